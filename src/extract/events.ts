/**
 * Events (행사): the labelled overview (`(일시) … (장소) … (참석자) …`), or, where the release
 * has none, the dated event its lead sentence announces; each with venue, attendees,
 * participants and its schedule.
 */
import type { Root, Line } from '../parse/tree.js'
import type { VFile } from 'vfile'
import type { Event, Participant, Span } from '../schema/record.js'
import { contextYear, draft, lines, traceValue, valueSpan, warn } from './context.js'
import { findDates, findTimes, isoDate, resolveYear, weekdayOf, type DateMatch } from '../util/dates.js'
import { findSchedules } from './agenda.js'
import { bodiesListed, dedupeParticipants, groupMembers, postHolder, hostBodies, nameParticipants, namedPeople, OPENING_WORD, parseParticipants, personsIn, presentersIn, proseBodies } from './participants.js'
import { isCentralBody, SHORT_FORMS } from './gazetteer/government.js'
import { isBodyName } from './gazetteer/persons.js'
import { NAME_LABEL, eventName, overviewName, quotedName } from './event-names.js'
import { fold } from '../util/text.js'
import type { Token } from '../morph/index.js'
import { tokenize } from './morphemes.js'

const WHEN = /^(?:일시|일자|일정|행사일시|개최일시|기간)/u
const WHERE = /^(?:장소|개최장소|행사장소)$/u
const WHEN_WHERE = /^(?:일시|일정|일자)\s*[·ㆍ･‧∙/및,]\s*장소$/u
const WHO = /^(?:참석|참석자|주요참석자|참석대상|참가자|참여자|참석범위|협약참여자|참여기관|참가기관|협약기관|서명기관)$/u
/** Markers of a sub-list under a labelled line. */
const SUB_MARKER = /^(?:-|–|·|◦|∘|ㅇ|o|▸|‣)$/u
/** Who an event is for and how many: `(대상) … 90명`, `(규모) 200여 명`. */
const AUDIENCE = /^(?:대상|참가대상|참여대상|교육대상|인원|규모|참석인원|참가인원|참여인원|참석규모|모집인원)$/u
const HOST = /^(?:주최|주관|주최\/주관|주최·주관|공동주최|주관기관|운영기관|연수기관|수행기관|시행기관|협력기관)$/u
const WHAT = /^(?:목적|주요내용|내용|주제|행사내용)$/u
const ADDRESS_LIKE = /(?:특별시|광역시|특별자치시|특별자치도|[가-힣]+[시도군구](?:\s|$)|[가-힣]+[읍면동](?:\s|$)|[가-힣0-9]+(?:로|길)\s?\d)/u
/** A station before a place's name: `시청역 더 플라자 호텔` (a city before it stays in the name). */
const LEADING_PLACE = /^([가-힣]{1,6}역)\s+([^\s].*)$/u
/** A bracketed label before a venue: `(현장방문) 롯데 하이마트 압구정점`. */
const LABEL_BEFORE = /^\([^()]{1,8}\)\s*(?=\S)/u
/** Who heads a body, in a bracket after its name: `(청장 홍길동)`, `(협회장 홍길동)`, `(대표 홍길동)`. */
const HEAD_BRACKET = /\s*\([가-힣]*(?:장|대표)\s+[가-힣]{2,4}\)/gu
/** The word closing a bracketed address: `(서울 중구 소재)`. */
const SITUATED = /\s*소재$/u
const LOCATED_AT = /^(.+?)\s*(?:소재|에\s*위치한|에\s*있는)\s+(.+)$/u
/** A province or metropolitan city by its short or full name (`서울`, `경기`, `부산광역시`). */
const REGION = '(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주)(?:특별시|광역시|특별자치시|특별자치도|시|도)?'
/** A province or city written bare before a place in a sentence: `서울 코엑스에서`, `부산 사직구장에서` (its address). */
const REGION_BEFORE = new RegExp(`^(${REGION})\\s+(?=\\S)`, 'u')
/** The particle a time leaves before the place (`오후 3시 45분에 서울바이오허브에서`). */
const TIME_PARTICLE = /^에\s+/u
/** A bracket that says where a place is: `(서울 서초)`, `(경기 안산시)`, `(세종)`. */
const REGION_BRACKET = new RegExp(`^${REGION}(?:\\s|$|[가-힣]{1,4}$)`, 'u')
const EVENT_VERB = /(?:개최|열린다|열렸다|열고|열린(?=\s)|실시|진행|방문|개막|출범|참석|시상식|간담회|협약|체결|발표|특강|접수|공모|모집|만나(?=\s|고)|만났|논의하였|논의했|점검하였|점검했|격려하였|격려했|주재하|주재했|면담|찾아(?=\s))/u
/** An event noun (행사 명사) by its head: a meeting or ceremony (`간담회`, `설명회`, `출범식`), or a kind of occasion. */
const EVENT_NOUN = /(?:(?<![기사국])회|회의|(?<![방인지형의])식|포럼|세미나|워크숍|심포지엄|콘퍼런스|컨퍼런스|행사|축제|페스티벌|캠프|전시|협약|회담|면담)$/u
/** Predicate nouns that hold an occasion (`개최하다`, `진행되다`, `참석하다`). */
const HOLDING_ACT = /^(?:개최|진행|실시|개막|참석|참가|거행|체결|출범|개회|주재)$/u
/** Verbs that hold an occasion: `열리다`, `열다`, `갖다`, `가지다`. */
const HOLDING_VERB = /^(?:열리|열|갖|가지)$/u
/** The particles that make an event noun the subject or object of the verb after it (or where one attends: `…에 참석`). */
const ARGUMENT = /^(?:JKO|JKS|JX|JKB)$/u
/** An event noun with its date in the bracket after it: `제52차 총회(` + `2월 24~28일)에서`. */
const NAMED_BEFORE = /([^\s(]+)\(\s*$/u
/** The rest of such a bracket (the end of the period, if any), then what happened there (`에서`). */
const BRACKET_CLOSE = /^\s*(?:[~∼〜～-]\s*\d{1,2}일(?:\s*\([^()]{1,2}\))?)?\s*\)\s*에서/u
/** A meeting cited as past (`지난 … 간담회(9.9)에서`). */
const CITED_PAST = /지난\s+(?:\S+\s+){0,4}$/u
/** An application window's verb or object (`모집한다`, `원서접수를 실시`, `공모를 시작`). */
const APPLICATION = /^(?:접수|공모|모집|신청)/u
const APPLICATION_OBJECT = /(?:접수|공모|모집|신청)\s*(?:을|를)?\s*$/u
/** A contest named in quotes (`「… 발명챌린지」`, `'제15회 녹색문학상'`): its intake is the contest's run, an event. */
const CONTEST = /(?:챌린지|공모전|경진대회|대회|콘테스트|어워[드즈]|[가-힣]상)\s*[’'」』”>]/u
/** Tokens between an event noun's particle and its verb, at most. */
const ARGUMENT_REACH = 6
const ATTENDANCE = /(\d[\d,]*)\s*(여)?\s*명\s*(내외|정도|가량|이상)?(?:\s*(?:이|가|과|와))?(?:\s*\S+){0,3}?\s*참석/u
/** Taking part (참여, 참가) counts where nothing says who attends. */
const PARTICIPATION = /(\d[\d,]*)\s*(여)?\s*명\s*(내외|정도|가량|이상)?(?:\s*(?:이|가|과|와))?(?:\s*직접)?\s*(?:참여|참가)/u
const COUNT = /(약\s*)?(\d[\d,]*)\s*(여)?\s*명\s*(내외|정도|가량|이상)?/u
/** A total among counts: `총 74명, 초 19명 …`. */
const TOTAL = new RegExp(`(?<=총\\s*)${COUNT.source}`, 'u')
const LEAD_LINES = 8
/** Bodies a lead names as co-hosts: `A, B(원장 …)과 함께`. */
const CO_HOSTS = /^\s*(.{2,80}?)(?:와|과)\s*함께/u
/** Characters between the two dates of a period (`~`, ` 부터 `). */
const MAX_RANGE_GAP = 12
/** A full address: a province or city, then a 시/군/구 (`전북특별자치도 완주군`, `서울시 송파구`). */
const FULL_ADDRESS = /(?:특별자치도|특별자치시|광역시|특별시|[가-힣]도|[가-힣]시)\s*[가-힣]+(?:시|군|구)/u
/** The end of a period given as a day alone: `부터 18일(토)까지`, `~18일`, `부터 29일(현지 시간)까지`. */
const DAY_ONLY_END = /^\s*(?:부터|~|∼|〜|～|-)\s*(\d{1,2})(?:(?:일|\.)(?:\s*\([월화수목금토일月火水木金土日]\))?|\s*\([월화수목금토일月火水木金土日]\))(?:\s*\(현지\s*시간\))?\s*(?:까지|간)?/u
/** A length in days after the first (`6일부터 이틀간`, `14일부터 5일간`, `약 열흘간`): the days it lasts. */
const DURATION = /^\s*(?:부터)?\s*(?:약\s*)?(이틀|양일|사흘|나흘|닷새|엿새|이레|여드레|아흐레|열흘|\d{1,2}일)\s*간(?:에\s*걸쳐)?\s*/u
/** The word closing a period or a time before what follows it: `~9.12.(목) 간`, `~20일까지`, `13시 17분경`. */
const PERIOD_WORD = /^\s*(?:간|까지|경)(?=\s)/u
/** The days that the native Korean words for a length count (이틀 2, 양일 2 … 열흘 10). */
const DAYS_IN_WORDS: Record<string, number> = { 이틀: 2, 양일: 2, 사흘: 3, 나흘: 4, 닷새: 5, 엿새: 6, 이레: 7, 여드레: 8, 아흐레: 9, 열흘: 10 }
/** A coming event's verb: `개최한다`, `열린다`, `진행될 예정이며`. */
const COMING = /(?:개최한다|개최된다|개최합니다|개최됩니다|열린다|열립니다|(?:개최|진행)(?:할|될)\s*예정|열릴\s*예정|진행된다|진행합니다)/u
/** A date that closes a period no start opens: `8월 27일까지 제출`, `~ 5.30.(금)까지`, `5월 22일(금) 18:00까지`. */
const DEADLINE = /^\s*(?:\([월화수목금토일]\)\s*)?(?:(?:오전|오후)?\s*\d{1,2}\s*(?::\s*\d{2}|시)\s*)?까지/u
/** An application period before its date: `신청 기간은`, `접수기간:`, `참가 접수는`. */
const APPLYING = /(?:신청|접수|모집|응모|제출|공모)\s*(?:(?:기간|기한|마감)\s*(?:은|는|이|:|：)?|은|는)\s*$/u
/** Characters before a date searched for an application period's label. */
const APPLYING_REACH = 16
/** A day written without its month: `24일(화)`, `오는 26일` (not `5월 24일`, `5.24일`, `~24일`, nor the days of a stay, `3박 4일`). */
const DAY_ALONE = /(?<![\d.월~∼〜～박-]\s?)(?<![\d.월~∼〜～박-])(?:^|\s)(오는\s*)?(\d{1,2})일(?:\s*\(([월화수목금토일])\))?(?![간째차])/u
/**
 * A period of days written without their month: `13~17일`, `11일부터 14일까지`, `오는 11일부터`,
 * `13일(월)~17일(금)` (its first day; the last is read after it, DAY_ONLY_END).
 */
const DAY_SPAN = /(?<![\d.월~∼〜～박-]\s?)(?<![\d.월~∼〜～박-])(?:^|\s)(오는\s*)?(\d{1,2})(?:일)?(?:\s*\(([월화수목금토일])\))?(?=\s*(?:부터|[~∼〜～-])\s*(\d{1,2})일(?![간째차]))/u
/** A connective ending that closes a clause (`공개되며 `, `마치고 `, `했으나 `). */
const CONNECTIVE = /[가-힣](?:며|고|면서|으나|지만)\s/u
/** The end of a clause: a comma, or a connective ending. */
const CLAUSE_BREAK = new RegExp(`,|${CONNECTIVE.source}`, 'u')
/** Days from the release within which a bare day announced as coming is read (a week). */
const COMING_REACH = 7
/** A day's milliseconds. */
const DAY_MS = 86_400_000
/** The place before a visit's verb: `… 공판장을 방문`. */
const VISITED = /^\s*,?\s*(?:오전|오후)?\s*,?\s*([^,]+?)(?:을|를)\s*$/u
/** What a place is said to be, before its name: `주관 연구기관인 `, `현장인 `. */
const APPOSITION = /^.*[가-힣]인\s+(?=\S)/u
/** Words no place's name holds: a period's, a purpose's, a manner's (`부터 이틀간 … 출장으로`). */
const NOT_A_PLACE = /(?:부터|까지|이틀간|일간|으로|위해|하여|맞아)/u
/** Today, the release's day: `오늘 오전`, not `오늘날`, `오늘의`. */
/** A holding verb said of an occasion held (개최하였다, 열렸다, 진행됐다), no mere activity (실시, 접수); coming ones are announcements (COMING). */
const HELD = /(?:개최(?:하였|했|됐|되었)|열렸|진행(?:됐|되었))/u

/** A date said to be past (`지난 8월 7일 개최된 …`): a meeting cited, not the release's own. */
const PAST_DATE = /(?:지난|이미|앞서|작년|지난\s?해)\s*(?:\d{2,4}년\s*)?\d{1,2}(?:월|\.)/u

/** A date of last year (`작년 8월 13일`, `지난해 12월 29일`): a happening cited, never the release's own. */
const LAST_YEAR = /(?:작년|지난\s?해)\s*$/u

/** Who chairs, written ahead of the venue (`… 본부장 주재로 정부서울청사 영상회의실에서`). */
const CHAIRED = /^.*?주재(?:로|하에)\s+/u

/** The occasion written as object ahead of the venue (`… 회의를 부산에서`, `「…」를 …호텔에서`, `…의 날을 맞아 …에서`). */
const OBJECT_AHEAD = /^.*(?:[」』’”>]|회의|회|식|날)\s*(?:을|를)\s+(?:맞아\s+)?/u

/** A line that closes its sentence (`…개최하였다.`, `…합니다`). */
const SENTENCE_END = /[.다요]\s*$/u

/** A topic or subject opening a sentence (`… 1차관은 `), not a headline's noun phrase. */
const TOPIC = /[은는]\s/u

/** A verb of holding or meeting in a wrapped sentence's second line (no 발표, which reports). */
const WRAPPED_VERB = /(?:개최|열[리렸린]|진행|참석|참가|만나|만났|회담)/u

/** A paragraph set aside from the release's own happening (`한편`, `또한`). */
const ASIDE = /^(?:한편|또한|아울러|이와\s*함께)/u

/** A body or person as topic right before a bare day (`산림청장은 28일`, `(장관 …)는 5일`). */
const TOPIC_DAY = /(?:\)|[청부처원위회관장단소도시군구]|센터|공단|재단)[은는]\s$/u

/** A verb of telling: the day it dates is when something was said. */
const REPORTING = /(?:밝혔|밝힌|말했|전했|발표|[다라]고\s)/u

/** Where a sentence ends. */
const SENTENCE_BREAK = /(?<=[다요])\.(?:\s|$)/u

const TODAY = /(?:^|\s)오늘(?![날의])/u
/** A korea.kr approve_date: `01/21/2025 12:00:00`. */
const WRAPPER_DAY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/u
/** Between the two dates of a period: `~`, `부터`, `-`. */
const RANGE_GAP = /^[^가-힣]{0,6}(?:일|\([^()]{1,2}\))?\s*(?:[~∼〜～-]|부터)/u
/** A past act cited after its verb: `발표한 바 있으며`. */
const CITED = /^[가-힣]{0,3}\s*바\s*있/u
/** A past act cited at its sentence's end: `… 권고한 바 있다`. */
const CITED_LATER = /[가-힣]\s*바\s*있/u
/** A date said to be past: `지난 12월 29일`. */
const PAST = /(?:지난|이미|앞서)\s*$/u
/** Bodies holding an event: `A(장관 …), B가 주최하고`, `C, D가 주관하는` (a name holds no brackets, so each is read one way). */
const HOSTED = /((?:[^\s,()]+(?:\([^()]*\))?,\s*)*[^\s,()]+(?:\([^()]*\))?)(?:이|가)\s*(주최|주관)(?:하고|하는|하며|한)/gu
/** Longest line searched for its hosts (a sentence, not a pasted list). */
const MAX_HOSTED_LINE = 1000
/** Who takes part, before `…이 참여한 가운데`. */
const PARTAKING = /^(.+?)(?:이|가)\s*(?:참여|참석)한\s*가운데/u
/** Lines above an overview searched for its heading or 행사명. */
const HEADING_REACH = 4
/** Lines a session's section runs on after its 일시 line, at most. */
const SECTION_REACH = 16
/** Markers that open the next section (`[2]`, `□`, `2.`, `가.`). */
const SECTION_MARKER = /^(?:□|■|◼|\[\d+\]|\d+[.)]|[IVX]+\.|[가-하][.)]|<.+>|【.+】)$/u
/** Words saying a group takes part: `참석`, `참가`, `부스`, `출전`. */
const TAKING_PART = /(?:참석|참여|참가|부스|출전|출품|전시|상담)/u
/** Group words a note expands into its members: `해외기관*`, `참여기업**`. */
const GROUP_WORD = /(?:기관|기업|업체|단체|부처|회사|대학|학교)(\*+)/gu
/** Words a session's speakers are noted on: `발표*`, `토론**`, `인사말씀*`. */
const SPEAKING = /(?:발표|토론|논의|강연|연설|인사말씀|축사|좌장|패널|주제발표|특강|대담)(\*+)/gu
/** Notes right after an event block that still belong to it. */
const NOTE_REACH = 4
/** The subject of an event sentence: its host (`신안군은`, `고영환 국립통일교육원장은`). */
const SUBJECT = /^(?:[□○ㅇ◦-]\s*)?([^\s,]+(?:\s[^\s,]+){0,2}?)(?:은|는)\s/u
/** An occasion by its noun, then who attends it and how many: `토론회에는 … 80여 명이 참석`. */
const OCCASION_ATTENDED = /([가-힣]+)에는\s[^.]{0,150}?\d[\d,]*\s*여?\s*명(?:\s*(?:내외|정도|가량|이상))?(?:이|가)?\s*(?:참석|참여|참가)/u
/** `회의에는 A, B, C 및 전문가 25여 명이 참석했다`: who attends, listed before the head count. */
const ATTENDING_LIST = /(?:에는|에)\s+(.+?)\s*(?:등\s*)?\d[\d,]*\s*여?\s*명(?:\s*내외|\s*가량|\s*정도)?(?:이|가)?\s*(?:참석|참여)/u

/** A verb's place in a text, as a regular expression's match gives it. */
type VerbMatch = { index: number; 0: string }
/** What finds an event's verb in the text after its date. */
type VerbFinder = { exec(text: string): VerbMatch | null }


/**
 * Where a text holds an occasion, read from the morphology: an event noun (`간담회`, `출범식`,
 * `포럼`; the run of nouns before a particle, read by its head) as the subject or object of a
 * holding verb (`열리다`, `갖다`) or predicate noun with 하다/되다 (`개최`, `진행`, `참석`).
 *
 * @param text The text after a date.
 * @returns The holding verb's place and stem, or null.
 */
function heldAt(text: string): VerbMatch | null {
  const tokens = tokenize(text)
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (!ARGUMENT.test(t.pos[0] ?? '')) continue
    const noun = nounRun(tokens, i)
    if (!noun || !EVENT_NOUN.test(noun)) continue
    for (let k = i + 1; k < Math.min(tokens.length, i + 1 + ARGUMENT_REACH); k++) {
      const v = tokens[k]!
      const stem = v.expression[0]?.surface ?? v.surface
      if (v.pos[0] === 'VV' && HOLDING_VERB.test(stem)) return { index: v.start, 0: stem }
      if (v.pos[0] === 'NNG' && HOLDING_ACT.test(v.surface) && (tokens[k + 1]?.pos[0] === 'XSV' || k + 1 === tokens.length)) return { index: v.start, 0: v.surface }
      // The next argument opens another clause.
      if (ARGUMENT.test(v.pos[0] ?? '') || v.pos[0] === 'EC' || v.pos[0] === 'EF') break
    }
  }
  return null
}

/** The nouns (and brackets around a period, `총회(2월 24~28일)`) written right before a particle. */
function nounRun(tokens: Token[], particle: number): string | null {
  let k = particle - 1
  // `총회(2월 24~28일)에`: a bracket between the noun and its particle.
  if (tokens[k]?.pos[0] === 'SSC') {
    while (k >= 0 && tokens[k]!.pos[0] !== 'SSO') k--
    k--
  }
  const end = k
  while (k >= 0 && /^NN[GP]$/u.test(tokens[k]!.pos[0] ?? '') && (k === end || tokens[k]!.end === tokens[k + 1]!.start)) k--
  if (k === end) return null
  return tokens.slice(k + 1, end + 1).map((t) => t.surface).join('')
}

/** The event verb of a lead sentence: the word list, or the morphology's reading (heldAt), whichever comes first. */
const EVENT_PREDICATE: VerbFinder = {
  exec(text) {
    const listed = EVENT_VERB.exec(text)
    const held = heldAt(text)
    if (!listed || !held) return listed ?? held
    return held.index < listed.index ? held : listed
  }
}

/**
 * unified plugin: fill `events`.
 */
export function events() {
  return (tree: Root, file: VFile) => {
    const record = draft(file)
    const year = contextYear(file)
    const all = lines(tree)
    // The body's paragraphs and items, and the lead among them (its first lines).
    const prose = all.filter((l) => (l.kind === 'paragraph' || l.kind === 'item') && !l.appendix)
    const lead = prose.slice(0, LEAD_LINES)
    const found: Array<Event & { at: number }> = []
    /** The lines each overview's session runs over, for notes further down. */
    const sections: Array<{ event: Event & { at: number }; from: number; to: number }> = []
    for (let i = 0; i < all.length; i++) {
      const line = all[i]!
      const label = line.label?.replace(/\s/gu, '') ?? ''
      if (!WHEN.test(label) && !WHEN_WHERE.test(label)) continue
      const group: Line[] = [line]
      let j = i + 1
      for (; j < all.length; j++) {
        const next = all[j]!
        const l = next.label?.replace(/\s/gu, '') ?? ''
        if (WHEN.test(l) || WHEN_WHERE.test(l)) break
        if (next.kind === 'footnote' || next.kind === 'note') continue
        if (l && (WHERE.test(l) || WHO.test(l) || WHAT.test(l) || HOST.test(l) || AUDIENCE.test(l))) {
          group.push(next)
          continue
        }
        // Another labelled line of the same box (`(형식)`, `(논의사항)`): the box goes on past it.
        if (l && next.kind === line.kind && next.marker === line.marker && next.indent === line.indent && !next.appendix === !line.appendix) {
          group.push(next)
          continue
        }
        const who = group.find((g) => WHO.test(g.label?.replace(/\s/gu, '') ?? ''))
        // Group lines under the 참석자 line: deeper, or a lower marker with a (group) label.
        if (who && next.kind === 'item' && (next.indent > who.indent || (next.label !== null && next.marker !== who.marker && SUB_MARKER.test(next.marker ?? '')))) {
          group.push(next)
          continue
        }
        break
      }
      const event = labelledEvent(group, year, file)
      if (event) {
        const above = all.slice(Math.max(0, i - HEADING_REACH), i)
        Object.assign(event, overviewName(above, group))
        // A note above the overview listing bodies (`관계기관*` in the event's name → `* 교육부‧법무부`) names the parties.
        const listed = above.filter((note, k) => note.kind === 'footnote' && k > 0 && NAME_LABEL.test(above[k - 1]!.label?.replace(/\s/gu, '') ?? '') && above[k - 1]!.value.includes(`${note.marker}`))
        event.participants.unshift(...listed.flatMap((note) => bodiesListed(note.value, note.valueStart)))
        // Notes inside the block (`* ①홍길동 장관 ②…`) name who speaks or presents.
        for (let k = i + 1; k < Math.min(all.length, j + NOTE_REACH); k++) {
          const note = all[k]!
          if (k >= j && note.kind !== 'footnote' && note.kind !== 'note') break
          if (note.kind === 'footnote' || note.kind === 'note') event.participants.push(...personsIn(note.value, note.valueStart))
        }
        // Further down the session's section, notes name the speakers (`발표*` → `* 주제(기관), …`).
        let k = j
        for (; k < Math.min(all.length, j + SECTION_REACH); k++) {
          const line = all[k]!
          if (endsSection(line)) break
          // Notes right after the block were read above.
          if (line.kind !== 'footnote' || (k < j + NOTE_REACH && all.slice(j, k).every((l) => l.kind === 'footnote' || l.kind === 'note'))) continue
          const body = all.slice(i, k).reverse().find((l) => l.kind !== 'footnote' && l.kind !== 'note')
          // A note on a speaking word names speakers, bodies too; any other note of the section, people with a post.
          if (body && marksWord(body.value, SPEAKING, line.marker ?? '')) event.participants.push(...presentersIn(line.value, line.valueStart))
          else event.participants.push(...personsIn(line.value, line.valueStart))
        }
        sections.push({ event, from: i, to: k })
        event.participants = dedupeParticipants(event.participants)
      }
      const same = event ? found.find((e) => sameOccasion(e, event)) : undefined
      if (event && same) {
        merge(same, event)
        for (const section of sections) if (section.event === event) section.event = same
      } else if (event) found.push(event)
      i = j - 1
    }
    // The event the lead sentence announces, where no overview starts that day (a fair around its sessions).
    const leadEvent = proseEvent(all, lead, year, file) ?? (found.length === 0 ? bodyEvent(all, prose, year, file) : null)
    const multiDay = leadEvent?.end !== null && leadEvent?.end !== undefined && leadEvent.end.slice(0, 10) !== leadEvent.start?.slice(0, 10)
    const sameDays = (e: Event) => e.start?.slice(0, 10) === leadEvent?.start?.slice(0, 10) && (!multiDay || (e.end ?? e.start)?.slice(0, 10) === leadEvent?.end?.slice(0, 10))
    if (leadEvent && !found.some((e) => e.start === leadEvent.start || sameDays(e))) found.unshift(leadEvent)
    // Events later sections announce, where no overview or the lead gives them already; in
    // document order after the lead's.
    const announced = announcedEvents(prose.slice(LEAD_LINES), year, file).filter((event) => !found.some((e) => e.start?.slice(0, 10) === event.start?.slice(0, 10) && (e.start === event.start || e.end === event.end || sameOccasion(e, event))))
    if (announced.length > 0) {
      const first = found[0] && found[0] === leadEvent ? found.shift()! : null
      found.push(...announced)
      found.sort((a, b) => a.at - b.at)
      if (first) found.unshift(first)
    }
    // A note expanding a group word in a line on taking part (`해외기관*의 부스` → `* A, B, C`)
    // names bodies that take part: in the session whose section holds it, else in the
    // release's main event.
    if (found[0]) {
      for (let k = 0; k < all.length; k++) {
        const note = all[k]!
        if (note.kind !== 'footnote' || note.appendix) continue
        const body = all.slice(Math.max(0, k - NOTE_REACH), k).reverse().find((l) => l.kind !== 'footnote' && l.kind !== 'note')
        if (!body || !marksWord(body.value, GROUP_WORD, note.marker ?? '') || !TAKING_PART.test(body.value)) continue
        const members = groupMembers(note.value, note.valueStart)
        if (members.length === 0) continue
        const owner = sections.find((x) => k > x.from && k < x.to)?.event ?? found[0]
        owner.participants = dedupeParticipants([...owner.participants, ...members])
      }
    }
    // A 참석 sentence in the lead names who takes part (`… 이사장을 비롯해 … 참석했다`).
    if (found[0]) {
      for (const line of lead) if (/참석/u.test(line.value)) found[0].participants.push(...personsIn(line.value, line.valueStart))
      found[0].participants = dedupeParticipants(found[0].participants)
    }
    if (found[0] && !found[0].attendees) {
      const m = headCount('', lead) ?? occasionCount(prose)
      if (m) found[0]!.attendees = { count: Number(m[1]!.replace(/,/gu, '')), approximate: Boolean(m[2] || (m[3] && m[3] !== '이상')), text: fold(m[0].slice(0, m[0].indexOf('명') + 1)) }
    }
    for (const schedule of findSchedules(tree.children, file)) {
      const owner = [...found].reverse().find((e) => e.at <= schedule.start) ?? found[0]
      if (owner && owner.agenda.length < schedule.rows.length) {
        // An event keeps its fullest schedule (a programme over an excerpt of it).
        owner.agenda = schedule.rows
        // Presenters and speakers a schedule names take part in the event.
        const text = record.text
        for (const row of schedule.rows) {
          const rowText = text.slice(row.span.start, row.span.end)
          const named = personsIn(rowText, row.span.start, true)
          owner.participants.push(...named)
          // Remarks naming a post by its body (`교육부 장관`): who speaks, named where the text names them.
          const holder = row.note && named.length === 0 ? postHolder(row.note, row.span.start + Math.max(0, rowText.lastIndexOf(row.note))) : null
          if (holder) owner.participants.push(holder)
        }
      }
    }
    // The lead sentence's subject hosts the first event (`교육부(장관 …)는 … 개최한다`).
    const host = leadHosts(lead)
    if (host && found[0]) found[0].participants = dedupeParticipants([...host, ...found[0].participants])
    const people = namedPeople(record.text, record.quotes.flatMap((q) => (q.speaker.name && q.speaker.position ? [{ name: q.speaker.name, position: q.speaker.position, organization: q.speaker.organization }] : [])))
    const expand = (body: string) => SHORT_FORMS[body] ?? body
    for (const event of found) event.participants = dedupeParticipants(nameParticipants(event.participants, people, expand))
    record.events = found.map(({ at: _at, ...event }) => event)
  }
}

function emptyEvent(at: number, span: { start: number; end: number }): Event & { at: number } {
  return { kind: null, title: null, start: null, end: null, venue: null, summary: null, attendees: null, participants: [], agenda: [], span, at }
}

function labelledEvent(group: Line[], year: number | null, file: VFile): (Event & { at: number }) | null {
  const first = group[0]!
  const event = emptyEvent(first.position.start.offset!, { start: first.position.start.offset!, end: group.at(-1)!.position.end.offset! })
  const participants: Participant[] = []
  let whoIndent = -1
  for (const line of group) {
    const label = line.label?.replace(/\s/gu, '') ?? ''
    if (WHEN.test(label) || WHEN_WHERE.test(label)) {
      const when = readWhen(line.value, year, line.valueStart, file)
      event.start = when.start
      event.end = when.end
      if (when.undated) traceValue(event, 'start', yearSpan(file))
      if (WHEN_WHERE.test(label) || /\s\/\s/u.test(line.value)) {
        const place = placeAmongTimes(line.value)
        if (place) event.venue = readVenue(place)
      }
    } else if (WHERE.test(label)) {
      event.venue = readVenue(line.value)
    } else if (WHO.test(label)) {
      whoIndent = line.indent
      const count = COUNT.exec(line.value)
      if (count) event.attendees = attendees(count)
      const value = line.value.replace(COUNT, '').replace(/^[\s,]+|[\s,]+$/gu, '')
      if (value) participants.push(...parseParticipants(value, line.valueStart, null))
    } else if (HOST.test(label)) {
      for (const side of line.value.split(/\s\/\s/u)) participants.push(...parseParticipants(side, line.valueStart + line.value.indexOf(side), null))
    } else if (AUDIENCE.test(label)) {
      // `(대상) 역사 선도교사단(총 74명, 초 19명 …)`: how many take part; who, only as a kind of people.
      const count = TOTAL.exec(line.value) ?? COUNT.exec(line.value)
      if (count && !event.attendees) event.attendees = attendees(count)
    } else if (WHAT.test(label)) {
      event.summary = fold(line.value)
    } else if (line.marker === first.marker && line.indent === first.indent) {
      // Another line of the box (`(형식)`, `(논의 주제)`): the lines under it are not the attendees'.
      whoIndent = -1
    } else if (whoIndent >= 0 && line.kind === 'item') {
      participants.push(...parseParticipants(`${line.label ? `(${line.label}) ` : ''}${line.value}`, line.valueStart - (line.label ? line.label.length + 3 : 0), null))
    }
  }
  event.participants = dedupeParticipants(participants)
  return event.start ? event : null
}

/** The date(s) and time(s) of an `일시` value. */
function readWhen(value: string, year: number | null, offset: number, file: VFile) {
  const dates = findDates(value)
  const times = findTimes(value)
  let start: string | null = null
  let end: string | null = null
  let consumed = 0
  const first = dates[0]
  if (first) {
    const y = resolveYear(first, year)
    checkWeekday(first, y, offset, file)
    const second = dates[1]
    const t1 = times.filter((t) => t.index >= first.end && (!second || t.index < second.index))
    if (y !== null) {
      start = isoDate(y, first.month, first.day, t1[0] ?? null)
      consumed = Math.max(first.end, t1[0]?.end ?? 0, t1[1]?.end ?? 0)
      if (second && value.slice(first.end, second.index).match(/[~∼〜～-]/u)) {
        const y2 = endYear(second, first, y)
        const after = times.filter((t) => t.index >= second.end)
        // A daily slot after the days (`2.20(월)~2.22(수), 10:30~15:00`): the first day from its start, the last to its end.
        const slot = t1.length === 0 && after.length === 2 && /^\s*[~∼〜～-]\s*$/u.test(value.slice(after[0]!.end, after[1]!.index))
        if (slot) start = isoDate(y, first.month, first.day, after[0]!)
        const t2 = slot ? after[1] : after[0]
        end = y2 !== null ? isoDate(y2, second.month, second.day, t2 ?? null) : null
        consumed = Math.max(consumed, second.end, t2?.end ?? 0)
      } else if (!second && DAY_ONLY_END.test(value.slice(first.end))) {
        // `8.20일(수)~21일(목)`: the last day written alone, in the same month.
        const day = Number(DAY_ONLY_END.exec(value.slice(first.end))![1])
        if (day > first.day) end = isoDate(y, first.month, day, times.find((t) => t.index > first.end) ?? null)
      } else if (t1[1]) {
        const endTime = t1[0] && t1[1].hour < t1[0].hour && t1[1].hour + 12 > t1[0].hour ? { ...t1[1], hour: t1[1].hour + 12 } : t1[1]
        end = isoDate(y, first.month, first.day, endTime)
      }
    }
  }
  return { start, end, consumed, undated: start !== null && first?.year === null }
}

/**
 * The year of a period's last day: its own where written, else the first day's (the next
 * where its month comes earlier). A weekday on it does not move it to another year: a period
 * never ends before it starts (`7월 30일(금)부터 9월 30일(수)까지`, the second weekday a slip).
 */
function endYear(last: DateMatch, first: DateMatch, year: number): number | null {
  if (last.year !== null) return resolveYear(last, year)
  return last.month < first.month ? year + 1 : year
}

function checkWeekday(d: DateMatch, year: number | null, offset: number, file: VFile): void {
  if (!d.weekday || year === null) return
  const actual = weekdayOf(year, d.month, d.day)
  if (actual !== d.weekday) {
    warn(file, 'weekday-mismatch', `${year}-${d.month}-${d.day} is a ${actual}요일, not ${d.weekday}요일 as written`, { start: offset + d.index, end: offset + d.end })
  }
}

/** `서울아산병원(서울시 송파구)`, `서울 여의도 소재 글래드 호텔` → name and address. */
export function readVenue(value: string): { name: string; address: string | null } | null {
  // A note's stars on the name (`혁신센터*`) and the head of the body there (`(청장 ○○○)`) are no part of it.
  let text = fold(value.replace(/\*+/gu, '').replace(HEAD_BRACKET, '')).replace(/^[\s,/]+|[\s,/.]+$/gu, '').replace(LABEL_BEFORE, '')
  if (text === '') return null
  const located = LOCATED_AT.exec(text)
  if (located) return { name: located[2]!, address: located[1]! }
  // A station written before the place says where it is: `시청역 더 플라자 호텔`.
  const placed = LEADING_PLACE.exec(text)
  if (placed) return { name: placed[2]!, address: placed[1]! }
  // A closing bracket may hold an address; one inside the name only a full one (`본원(전북특별자치도 완주군) 1층 …`,
  // but `롯데호텔(소공동) 2층 …` keeps its neighbourhood).
  const closing = /\(([^()]+)\)\s*$/u.exec(text)
  const inner = /\(([^()]+)\)/u.exec(text)
  const where = (inside: string) => FULL_ADDRESS.test(inside) || REGION_BRACKET.test(inside)
  const paren = closing && (ADDRESS_LIKE.test(closing[1]!) || where(closing[1]!)) ? closing : inner && where(inner[1]!) ? inner : null
  let address: string | null = null
  if (paren) {
    text = fold(text.replace(paren[0], ' '))
    // `(마포구 소재)`: where it is, without the word saying so.
    address = paren[1]!.replace(SITUATED, '').trim()
  }
  return { name: text, address }
}

function attendees(m: RegExpExecArray): Event['attendees'] {
  return {
    count: Number(m[2]!.replace(/,/gu, '')),
    approximate: Boolean(m[1] || m[3] || (m[4] && m[4] !== '이상')),
    text: fold(m[0])
  }
}

/**
 * The event a sentence dates (`… 12월 16일(목) 16:00~17:30, 서울 여의도 광장에서 개최한다`):
 * start, end, venue; null where no dated holding verb follows a date, false where the date
 * opens an application window.
 */
function datedEvent(line: Line, year: number | null, file: VFile, verbs: VerbFinder): (Event & { at: number }) | null | false {
  const text = line.value
  const dated = findDates(text).filter((d) => d.weekday !== null || /월/u.test(text.slice(d.index, d.end)))
  let date = dated[0] ?? dayOnly(text, file)
  if (!date) return null
  let after = text.slice(date.end)
  // A reported event dated in a bracket after its name (`제52차 총회(2월 24~28일)에서`).
  let verb = verbs.exec(after) ?? (verbs === COMING ? null : bracketDated(text, date))
  if (!verb) return null
  // The date nearest the verb, where an earlier one dates something else (`11일 … 확인됨에 따라, 12일 … 회의를 개최`), not a period's end.
  for (const next of dated.slice(dated.indexOf(date) + 1)) {
    if (next.index >= date.end + verb.index || RANGE_GAP.test(text.slice(date.end, next.index))) break
    const later = verbs.exec(text.slice(next.end))
    if (!later) break
    date = next
    after = text.slice(date.end)
    verb = later
  }
  // An application window (`참여자를 모집한다`, `접수를 실시한다`) is no event, but a contest's intake is its run.
  // (The window's own clause: `… 5월 24일(토) 시험을 시행하며, 접수는 …` dates the exam.)
  const ownClause = !after.slice(0, verb.index).includes(',')
  // A lead that opens with such a window announces no event further down either (false).
  if (ownClause && (APPLICATION.test(verb[0]) || APPLICATION_OBJECT.test(after.slice(0, verb.index))) && !CONTEST.test(text)) return false
  // A past event cited in passing (`… 발표한 바 있으며`, `… 체결한 협약에 따라 … 권고한 바 있다`) is not this release's.
  if (CITED.test(after.slice(verb.index + verb[0].length)) || CITED_LATER.test(after.slice(verb.index).split(SENTENCE_BREAK)[0]!)) return null
  // A window opened on an object written before the date (`… 통합공모를 2월 5일(수)부터 … 진행한다`).
  if (APPLICATION_OBJECT.test(text.slice(0, date.index)) && !CONTEST.test(text)) return null
  // The verb of the date's own sentence, not of a later one; a date said to be past (`지난 …`) is no announcement.
  if (verbs === COMING && (/[다요]\.\s/u.test(after.slice(0, verb.index)) || PAST.test(text.slice(0, date.index)))) return null
  // A deadline (`8월 27일까지 제출`) or an application period (`신청 기간은 4월 21일부터`) is no event.
  if (DEADLINE.test(after) || APPLYING.test(text.slice(Math.max(0, date.index - APPLYING_REACH), date.index))) return null
  if (LAST_YEAR.test(text.slice(0, date.index))) return null
  const y = resolveYear(date, year)
  if (y === null) return null
  checkWeekday(date, y, line.valueStart, file)
  const clause = after.slice(0, verb.index)
  const times = findTimes(clause).filter((t) => t.index < 12)
  const event = emptyEvent(line.position.start.offset!, valueSpan(line))
  // A year (and for `오늘`, `24일(화)`, a month) not written with the date: from the release's date.
  if (date.year === null) traceValue(event, 'start', yearSpan(file))
  event.start = isoDate(y, date.month, date.day, times[0] ?? null)
  // A period: `9.28.(수) ~ 9.30.(금)`, `4월1일(월)부터5월31일(금)까지`.
  const second = findDates(after).find((d) => d.index < verb.index)
  const between = second ? after.slice(0, second.index) : ''
  const ranged = second && between.length <= MAX_RANGE_GAP && /[~∼〜～-]|부터/u.test(between) ? second : null
  if (ranged) {
    const y2 = endYear(ranged, date, y)
    if (y2 !== null) event.end = isoDate(y2, ranged.month, ranged.day)
  }
  // `12월 16일(목)부터 18일(토)까지`: the last day written alone, in the same month.
  const lastDay = second ? null : DAY_ONLY_END.exec(after)
  if (lastDay && Number(lastDay[1]) > date.day) event.end = isoDate(y, date.month, Number(lastDay[1]))
  if (times[1] && /[~∼-]/u.test(clause.slice(times[0]!.end, times[1].index))) event.end = isoDate(y, date.month, date.day, times[1])
  // `6일부터 이틀간`: the last day counted from the first.
  const lasting = second || event.end ? null : DURATION.exec(after)
  if (lasting) event.end = dayAfter(y, date.month, date.day, daysIn(lasting[1]!) - 1)
  // The place comes after the period's last day (`9.10.(화)~9.12.(목) 간 벨기에 브뤼셀에서`) and times.
  let rest = lastDay ? clause.slice(lastDay[0].length) : clause.slice(Math.max(ranged?.end ?? 0, times.at(-1)?.end ?? 0))
  // A length written ahead of the place (`… 20일까지 약 열흘간 UAE 현지에서`, `~9.12.(목) 간`) is no part of it.
  rest = rest.replace(PERIOD_WORD, ' ').replace(DURATION, ' ')
  const at = /^(.*?)에서(?:\s|$)/u.exec(rest.replace(/^\s*(?:까지|부터)/u, ''))
  // Where it is held (`…에서`), or the place a visit goes to (`… 공판장을 방문`).
  const visited = !at && (verb[0] === '방문' || verb[0] === '찾아') ? VISITED.exec(rest) : null
  if (visited) {
    // `… 연구기관인 한림대학교 병원`: the name after what it is said to be; `(이하 …)` is no part of it.
    const named = visited[1]!.replace(/\s*\(이하[^()]*\)/gu, '').replace(APPOSITION, '')
    visited[1] = NOT_A_PLACE.test(named) || /^에/u.test(named) ? '' : named
  }
  const where = at ?? visited
  if (where) {
    const place = fold(where[1]!.replace(/^[\s,.)）]+/u, '').replace(TIME_PARTICLE, '').replace(/^(?:오전|오후)\s*/u, '').replace(CHAIRED, '').replace(OBJECT_AHEAD, ''))
    if (place && place.length <= 40 && !/[.다]$/u.test(place)) event.venue = regionFirst(readVenue(place))
  }
  return event
}

/** A venue whose name a sentence opens with its province or city (`서울 대한상공회의소`): that is its address. */
function regionFirst(venue: { name: string; address: string | null } | null): { name: string; address: string | null } | null {
  const region = venue && !venue.address ? REGION_BEFORE.exec(venue.name) : null
  return region ? { name: venue!.name.slice(region[0].length), address: region[1]! } : venue
}

/** The days a length counts: `이틀` 2, `5일` 5. */
function daysIn(length: string): number {
  return DAYS_IN_WORDS[length] ?? Number.parseInt(length, 10)
}

/**
 * The date some days after a day (`2024-11-06` and 1 → `2024-11-07`), across a month's or a
 * year's end.
 */
function dayAfter(year: number, month: number, day: number, days: number): string {
  const d = new Date(Date.UTC(year, month - 1, day + days))
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), null)
}

/**
 * The closing bracket of a date written in brackets after an event noun, where the sentence
 * goes on with what happened there (`제52차 총회(2월 24~28일)에서 … 승인했다`), as the place of
 * its verb; else null (and for a meeting cited as past, `지난 … 간담회(9.9)에서`).
 *
 * @param text The sentence.
 * @param date The date found in it.
 */
function bracketDated(text: string, date: DateMatch): VerbMatch | null {
  const before = text.slice(0, date.index)
  const named = NAMED_BEFORE.exec(before)
  const close = BRACKET_CLOSE.exec(text.slice(date.end))
  if (!named || !close || !EVENT_NOUN.test(named[1]!) || CITED_PAST.test(before.slice(0, named.index))) return null
  return { index: close[0].lastIndexOf(')'), 0: '' }
}

/**
 * A date written as a day alone (`24일(화)`, `오는 26일`) or as `오늘`, its month and year
 * from the release's date: the month around it whose calendar has that weekday on that day,
 * for `오는` the first such day on or after the release, for `오늘` the release's day.
 *
 * @param text A sentence.
 * @param file The file (for the release's date).
 */
function dayOnly(text: string, file: VFile): DateMatch | null {
  let m = DAY_ALONE.exec(text)
  const released = releaseDate(file)
  if (!released) return null
  // `오늘 오전에 열린 …`: the release's own day.
  const today = m ? null : TODAY.exec(text)
  if (today) {
    const index = today.index + today[0].indexOf('오늘')
    return { year: released.getUTCFullYear(), month: released.getUTCMonth() + 1, day: released.getUTCDate(), weekday: null, index, end: index + 2 }
  }
  const found = DAY_SPAN.exec(text)
  const span = found && Number(found[4]) > Number(found[2]) && (!m || found.index <= m.index) ? found : null
  if (span) m = span
  // `12일부터 14일까지 … 실시한다`: a period is a date, not a count; its month is the one around
  // the release that puts the period nearest it (a weekday or `오는` decide as for a single day).
  if (span && !span[1] && !span[3]) {
    const sentence = text.slice(span.index).split(SENTENCE_BREAK)[0]!
    const tense = HELD.test(sentence) ? 'past' : COMING.test(sentence) ? 'coming' : null
    return dayFound(span, nearestMonth(released, Number(span[2]), Number(span[4]) - Number(span[2]), tense), null)
  }
  if (!m) return null
  const day = Number(m[2])
  const weekday = m[3] ?? null
  // `최병암 산림청장은 28일 … 방문하여`: a bare day opening the clause of a body or person,
  // whose own sentence reports nothing (`… 개최한다고 28일 밝혔다` dates the telling) and is no
  // announcement (a coming day is written `오는 2일`): the release's month,
  // or the month before or after where that is nearer the release.
  const sentence = text.slice(m.index).split(SENTENCE_BREAK)[0]!
  if (!weekday && !m[1] && TOPIC_DAY.test(text.slice(0, m.index + 1)) && !toldFirst(sentence) && !COMING.test(sentence)) return dayFound(m, nearestMonth(released, day, 0), null)
  // `… 첫 회의를 26일 개최하였다`, `지난 11일 … 회의를 개최했다`: a bare day whose clause says the
  // occasion was held dates it, on or before the release (not `지원서는 8일 공개되며 … 개최하였다`).
  const held = HELD.exec(sentence)
  if (!weekday && !m[1] && held && !CLAUSE_BREAK.test(sentence.slice(0, held.index)) && !toldFirst(sentence)) return dayFound(m, nearestMonth(released, day, 0, 'past'), null)
  // `… 31일 오전 … 간담회를 개최한다.`: a bare day whose clause announces the occasion, where it
  // lies within days of the release (a release announces the coming week; further off, the
  // month is a guess: `2일 … 개최한다` released on the 22nd stays unread); not where the
  // sentence tells (`8일 … 개최한다고 밝혔다`: the day dates the telling).
  const coming = COMING.exec(sentence)
  const near = coming && !CONNECTIVE.test(sentence.slice(0, coming.index)) && !REPORTING.test(sentence) ? nearestMonth(released, day, 0) : null
  if (!weekday && !m[1] && near && Math.abs(near.getTime() - released.getTime()) <= COMING_REACH * DAY_MS) return dayFound(m, near, null)
  if (!weekday && !m[1]) return null
  for (const shift of weekday ? [0, -1, 1] : [0, 1]) {
    const at = new Date(Date.UTC(released.getUTCFullYear(), released.getUTCMonth() + shift, day))
    if (at.getUTCDate() !== day) continue
    if (weekday ? weekdayOf(at.getUTCFullYear(), at.getUTCMonth() + 1, day) !== weekday : at < released) continue
    return dayFound(m, at, weekday)
  }
  return null
}

/**
 * The day of the release's month, or of the month before or after, that puts a period of so
 * many days after it nearest the release (within it, where it can).
 *
 * @param released The release's date.
 * @param day The period's first day of the month.
 * @param days The days after it the period runs (0: one day).
 * @param tense Whether the sentence says it was held (it began by the release) or is to come
 *   (it has not ended before it); null where it says neither.
 */
function nearestMonth(released: Date, day: number, days: number, tense: 'past' | 'coming' | null = null): Date | null {
  const distance = (d: Date) => Math.max(0, d.getTime() - released.getTime(), released.getTime() - (d.getTime() + days * DAY_MS))
  const near = [-1, 0, 1]
    .map((shift) => new Date(Date.UTC(released.getUTCFullYear(), released.getUTCMonth() + shift, day)))
    .filter((d) => d.getUTCDate() === day)
    // A period held has begun by the release; one to come has not ended before it.
    .filter((d) => (tense === 'past' ? d <= released : tense === 'coming' ? d.getTime() + days * DAY_MS >= released.getTime() : true))
  return near.sort((a, b) => distance(a) - distance(b))[0] ?? null
}

/** A day found alone (DAY_ALONE, DAY_SPAN) as a date on the day chosen for it, or null. */
function dayFound(m: RegExpExecArray, at: Date | null, weekday: string | null): DateMatch | null {
  if (!at) return null
  const index = m.index + m[0].length - m[0].trimStart().length
  return { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate(), weekday, index, end: m.index + m[0].length }
}

/**
 * Whether a sentence's first verb is one of telling (`… 개최한다고 28일 밝혔다`: the day dates the
 * telling), not of holding (`13일 … 설명회를 개최했다고 밝혔다`: the day dates the meeting).
 */
function toldFirst(sentence: string): boolean {
  const told = REPORTING.exec(sentence)
  const held = EVENT_VERB.exec(sentence)
  return told !== null && (held === null || told.index <= held.index)
}

/**
 * Where the release's own date is written (배포, else 보도시점): the source of a year an
 * event's date leaves out; null where the year came from elsewhere (a wrapper's date).
 */
function yearSpan(file: VFile): Span | null {
  const release = draft(file).release
  return (release.distributed ? release.distributedSpan : release.embargo ? release.embargoSpan : null) ?? null
}

/** The release's own date (배포, 보도시점), else the wrapper's (korea.kr approve_date `MM/DD/YYYY`). */
function releaseDate(file: VFile): Date | null {
  const record = draft(file)
  const own = (record.release.distributed ?? record.release.embargo)?.slice(0, 10)
  if (own) return new Date(`${own}T00:00:00Z`)
  const approved = WRAPPER_DAY.exec(String(file.data.meta?.approve_date ?? ''))
  return approved ? new Date(Date.UTC(Number(approved[3]), Number(approved[1]) - 1, Number(approved[2]))) : null
}

/**
 * Events a later section announces in prose (`…박람회를 12월 16일(목)부터 18일(토)까지 …에서
 * 개최한다`): only coming events (개최한다, 열린다, 진행될 예정), so a past one mentioned in
 * passing is not taken; with the hosts (주최·주관) and who takes part (…이 참여한 가운데).
 */
function announcedEvents(body: Line[], year: number | null, file: VFile): Array<Event & { at: number }> {
  const out: Array<Event & { at: number }> = []
  for (const line of body) {
    const event = datedEvent(line, year, file, COMING)
    if (!event) continue
    const text = line.value
    const quoted = quotedName(text)
    Object.assign(event, quoted.title ? quoted : eventName(SUBJECT.exec(text)?.[1] ?? ''))
    for (const m of text.length <= MAX_HOSTED_LINE ? text.matchAll(HOSTED) : []) {
      const group = m[2]!
      for (const part of m[1]!.split(/,\s*/u)) {
        // The head in brackets names who leads the body, not a participant (`A(장관 …)`).
        const name = part.replace(/^(?:한편|또한|이와 함께)\s*/u, '').replace(/\s*\([^()]*\)/gu, '').trim()
        if (!isBodyName(name)) continue
        const at = line.valueStart + m.index + m[0].indexOf(part) + part.indexOf(name.slice(0, 2))
        event.participants.push({ name: null, position: null, organization: name, group, span: { start: at, end: at + name.length } })
      }
    }
    const partaking = PARTAKING.exec(text)
    if (partaking) event.participants.push(...personsIn(partaking[1]!, line.valueStart + partaking.index))
    event.participants = dedupeParticipants(event.participants)
    out.push(event)
  }
  return out
}

/** A number opening a name: a stage or a round (`1단계`, `2차 전시`) where no body's name follows. */
const ORDINAL = /^\d/u

/** `등` closing a list, a particle after it (`등의`, `등과`). */
const LIST_CLOSER = /^등(?:의|이|가|은|는|을|를|과|와|에)$/u

/** Quotation marks: an item holding one runs into quoted speech, no body's name. */
const QUOTE_MARK = /["“”'‘’]/u

/**
 * Participants a prose clause lists (a sentence's subject, the words before `… 등 N명이
 * 참석`), read as a list, each body's name alone: opening words dropped (`한편`, `이번`,
 * `오늘`), and the words up to the last one closing a clause with a particle or an ending
 * (`오늘 행사에는 …`, `공동주최기관인 보건복지부`); what is left must then read as a body's name
 * in prose (not `대회`, `행사`). An item that ends in a particle itself (`인천대 등의`), runs
 * into a quote, or is a surname before a post (`이 청장은`) names no body.
 *
 * @param clause The words of the clause.
 * @param start Offset of the clause in the document.
 */
function proseParticipants(clause: string, start: number): Participant[] {
  return parseParticipants(clause, start, null).flatMap((p) => {
    const org = p.organization
    if (p.name || !org) return [p]
    const words = org.split(' ')
    // A last word is read without `과`/`와`: the list split there already, so one left is a unit's ending (`노인건강과`).
    // One syllable before a post is a surname standing for one named before (`이 청장은`), no body.
    if (org.length < 2 || QUOTE_MARK.test(org) || closesClause(words.at(-1)!, false)) return []
    let from = 0
    while (from < words.length - 1 && OPENING_WORD.test(`${words[from]!} `)) from++
    from = Math.max(from, afterClause(words, true))
    const rest = words.slice(from).join(' ')
    const at = p.span.start + Math.max(0, org.indexOf(rest))
    const body = proseBodies(rest, at).some((b) => b.organization === rest)
    // A subject opened by a number is a stage or a round (`1단계는`, `1차 전시는`) unless it ends like a body (`4차산업혁명위원회`).
    if (from === 0 && !ORDINAL.test(org)) return body || isBodyName(org) || shortForm(org) ? [p] : []
    return body ? [{ ...p, organization: rest, span: { start: at, end: p.span.end } }] : []
  })
}

/**
 * Where a body's words begin after a clause: past the last word but the final one that ends
 * in a particle or an ending (`오늘 행사에는 A`, `… 회의실에서 A`); 0 where none does.
 *
 * @param words The words, the body's name last.
 * @param joining Whether a joining particle (`과`, `와`) ends the clause (not where the words list bodies joined so).
 */
function afterClause(words: string[], joining: boolean): number {
  return words.slice(0, -1).findLastIndex((w) => closesClause(w, joining)) + 1
}

/** Whether a name is a central body's short form (`권익위`, `국민권익위` for `국민권익위원회`). */
function shortForm(name: string): boolean {
  return SHORT_FORMS[name] !== undefined || (name.endsWith('위') && isCentralBody(`${name}원회`))
}

/**
 * Whether a word ends in a particle or an ending (`행사에는`, `기관인`, `학회의`, `해군과`): a
 * clause's word, no name's.
 *
 * @param word The word.
 * @param joining Whether a joining particle (`과`, `와`) counts.
 */
function closesClause(word: string, joining = true): boolean {
  // `등의`, `등과`: a list's closing noun with its particle, which the dictionary may read as one proper noun.
  if (LIST_CLOSER.test(word)) return true
  const last = tokenize(word).at(-1)
  return last !== undefined && last.pos.some((p) => /^(?:J|E|VCP)/u.test(p) && (joining || p !== 'JC'))
}

/** The event a lead sentence announces: a date, a venue `…에서`, an event verb. */
function proseEvent(all: Line[], body: Line[], year: number | null, file: VFile): (Event & { at: number }) | null {
  for (let k = 0; k < body.length; k++) {
    let line = body[k]!
    let event = datedEvent(line, year, file, EVENT_PREDICATE)
    // A sentence wrapped onto the next line, its verb there (`… 9.17(금) … ｢…회의 겸` / `…회의｣를 개최하였습니다.`).
    const next = body[k + 1]
    if (event === null && next && next.kind === 'paragraph' && next.marker === null && wraps(line.value, next.value)) {
      const joined = { ...line, value: draft(file).text.slice(line.valueStart, next.valueStart + next.value.length).replace(/\s/gu, ' ') }
      event = datedEvent(joined, year, file, EVENT_PREDICATE)
      if (event) line = joined
    }
    const text = line.value
    if (event === false) break
    if (!event) continue
    Object.assign(event, quotedName(text))
    const host = SUBJECT.exec(text)
    if (host) {
      const subject = host[1]!
      const person = personsIn(subject, line.valueStart)
      event.participants.push(...(person.length > 0 ? person : proseParticipants(subject.replace(/\([^)]*\)/gu, ''), line.valueStart)))
    }
    const listed = body.map((l) => ({ l, m: ATTENDING_LIST.exec(l.value) })).find((x) => x.m)
    if (listed) event.participants.push(...proseParticipants(listed.m![1]!, listed.l.valueStart + listed.m!.index + listed.m![0].indexOf(listed.m![1]!)))
    event.participants = dedupeParticipants(event.participants)
    // A note right after the lead lists who attends: `* (참석) 당 TF : A 단장, B 위원 / 정부TF : C, D`.
    const leadAt = all.indexOf(body[k]!)
    for (const note of all.slice(leadAt + 1, leadAt + 1 + NOTE_REACH)) {
      // Notes keep their label in the value (`* (참석) …`, `* 참석자: …`).
      const bracket = /^(?:[(（]\s*)?([^()（）:：]{1,10}?)\s*(?:[)）]|[:：])\s*/u.exec(note.value)
      const label = (note.label ?? bracket?.[1] ?? '').replace(/\s/gu, '')
      if (!WHO.test(label)) continue
      const value = note.label ? note.value : note.value.slice(bracket![0].length)
      let offset = note.valueStart + (note.value.length - value.length)
      for (const part of value.split(/\s\/\s/u)) {
        const grouped = /^([^:：]{1,20})\s*[:：]\s*(.+)$/u.exec(part)
        const list = grouped ? grouped[2]! : part
        event.participants.push(...parseParticipants(list, offset + part.indexOf(list), grouped ? grouped[1]!.trim() : null))
        offset += part.length + 3
      }
    }
    event.participants = dedupeParticipants(event.participants)
    const attendance = headCount(text, body)
    if (attendance) {
      event.attendees = {
        count: Number(attendance[1]!.replace(/,/gu, '')),
        approximate: Boolean(attendance[2] || (attendance[3] && attendance[3] !== '이상')),
        text: fold(`${attendance[1]}${attendance[2] ?? ''} 명${attendance[3] ? ` ${attendance[3]}` : ''}`).replace(' 명', '명').replace(/(\d)(여)명/u, '$1$2 명')
      }
    }
    return event
  }
  return null
}

/**
 * Where neither an overview nor the lead dates an event, the first body paragraph past the
 * lead that does with a past holding verb (개최하였다, 열렸다, 진행됐다), with what follows it (a
 * summary box ahead of the body, `[…]` heads, pushes `□ 정부는 10월 26일(수) … 전체회의를
 * 개최하였다` down): not an aside (`한편, …`), a date said to be past, nor an application window.
 */
function bodyEvent(all: Line[], prose: Line[], year: number | null, file: VFile): (Event & { at: number }) | null {
  for (let k = LEAD_LINES; k < prose.length; k++) {
    const line = prose[k]!
    if (ASIDE.test(line.value) || PAST_DATE.test(line.value)) continue
    const event = datedEvent(line, year, file, HELD)
    if (event === false) return null
    if (event) return proseEvent(all, prose.slice(k, k + LEAD_LINES), year, file)
  }
  return null
}

/**
 * Whether a line's sentence runs on into the next (`이억원 … 1차관은 9.17(금) … ｢…회의 겸` /
 * `…회의｣를 개최하였습니다.`): it opens with a topic, closes no sentence, dates nothing past,
 * and the next line holds a holding verb.
 *
 * @param line The line's text.
 * @param next The next line's text.
 */
function wraps(line: string, next: string): boolean {
  return TOPIC.test(line) && !SENTENCE_END.test(line) && !PAST_DATE.test(line) && WRAPPED_VERB.test(next)
}

/** Two overviews of one occasion (the body's and the appendix's): same day, same or no time. */
function sameOccasion(a: Event, b: Event): boolean {
  if (!a.start || !b.start || a.start.slice(0, 10) !== b.start.slice(0, 10)) return false
  // The same hours written twice (the body's box and the appendix's) are one occasion, whatever the venue's spelling; parallel sessions have names of their own.
  if (a.start.length > 10 && a.start === b.start && a.end !== null && a.end === b.end && (a.title === null || b.title === null || a.title === b.title)) return true
  const lastDay = (x: Event) => (x.end ?? x.start)!.slice(0, 10)
  if (lastDay(a) !== lastDay(b)) return false
  const whole = (x: Event) => (x.venue ? `${x.venue.name ?? ''}${x.venue.address ?? ''}`.replace(/[\s,()]/gu, '') : null)
  const name = (x: Event) => x.venue?.name?.replace(/[\s,()]/gu, '') ?? ''
  const va = whole(a)
  const vb = whole(b)
  const sameVenue = va === null || vb === null || va.includes(name(b)) || vb.includes(name(a))
  return sameVenue && (a.start.length === 10 || b.start.length === 10 || a.start === b.start)
}

/** Fill what the first overview left open from the second. */
function merge(into: Event, from: Event): void {
  if (into.start!.length === 10 && from.start!.length > 10) {
    into.start = from.start
    into.end = from.end ?? into.end
  }
  into.end ??= from.end
  const name = (e: Event) => e.venue?.name?.replace(/\s/gu, '') ?? ''
  if (!into.venue || (name(from).length > name(into).length && name(from).includes(name(into)))) into.venue = from.venue ?? into.venue
  into.attendees ??= from.attendees
  into.summary ??= from.summary
  into.participants = dedupeParticipants([...into.participants, ...from.participants])
}

/** The head count of the lead: who attends (참석), else who takes part (참여) directly. */
function headCount(text: string, body: Line[]): RegExpExecArray | null {
  for (const re of [ATTENDANCE, PARTICIPATION]) {
    const m = re.exec(text) ?? body.map((l) => re.exec(l.value)).find(Boolean) ?? null
    if (m) return m
  }
  return null
}

/**
 * The head count a later paragraph gives the occasion by its noun (`오늘 토론회에는 … 80여 명이
 * 참석했으며`, `금번 공청회에는 … 30여명이 참석하였음`), where the lead gives none.
 */
function occasionCount(prose: Line[]): RegExpExecArray | null {
  for (const line of prose) {
    const m = OCCASION_ATTENDED.exec(line.value)
    if (m && EVENT_NOUN.test(m[1]!) && !PAST_DATE.test(line.value.slice(0, m.index))) return headCount(m[0], [])
  }
  return null
}

/**
 * The place in a `일시·장소` value: what is left once dates, times and their bracketed
 * qualifiers are taken out, the first chunk between commas or slashes (brackets kept whole).
 */
function placeAmongTimes(value: string): string | null {
  let masked = value
  for (const d of findDates(value)) masked = masked.slice(0, d.index) + ' '.repeat(d.end - d.index) + masked.slice(d.end)
  masked = masked.replace(/(?:오전|오후|저녁|밤)?\s*~?\s*\d{1,2}\s*:\s*\d{2}\s*(?:[~∼〜～-]\s*\d{1,2}\s*:\s*\d{2})?(?:\s*\([^()]*\))?/gu, (m) => ' '.repeat(m.length))
  masked = masked.replace(/[~∼〜～-]\s*\d{1,2}\s*일(?:\s*\([^()]{1,2}\))?|\d+\s*박\s*\d+\s*일|[~∼〜～]/gu, (m) => ' '.repeat(m.length))
  const chunks: string[] = []
  let depth = 0
  let current = ''
  for (const ch of masked) {
    if (ch === '(' || ch === '（') depth++
    if (ch === ')' || ch === '）') depth = Math.max(0, depth - 1)
    if (depth === 0 && (ch === ',' || ch === '/')) {
      chunks.push(current)
      current = ''
    } else current += ch
  }
  chunks.push(current)
  const place = chunks.map((c) => fold(c)).find((c) => /[가-힣A-Za-z]/u.test(c) && !/^\([^()]*\)$/u.test(c))
  return place ?? null
}

/** The lead: a body written with its head as the subject of an event sentence. */
const HEADED_LEAD = /^(?:[□○ㅇ◦-]\s*)?(.{2,80}?\([^()]*(?:장관|차관|청장|처장|원장|위원장|이사장|사장|총장|회장|본부장|단장|시장|군수|구청장|도지사|교육감|대표)[^()]*\))\s*(?:은|는|이|가)(?=\s|[가-힣])/u

/** The subject's own verb a sponsor's (`…가 후원하고`, `후원하는`, `후원으로`): no participant unless the text says it takes part. */
const SPONSORING = /^\s*(?:공동\s*)?후원(?:하|한|으로)/u

/**
 * The bodies the lead sentence's subject names, written with their heads, where the sentence
 * is on an event (`교육부(장관 …)는 … 개최한다`); not a sponsor (`A(장관 …)가 후원하고 B가
 * 주최하는 …`).
 */
function leadHosts(lead: Line[]): Participant[] | null {
  for (const line of lead) {
    const m = HEADED_LEAD.exec(line.value)
    if (!m || SPONSORING.test(line.value.slice(m[0].length)) || !EVENT_VERB.test(line.value.slice(m[0].length))) continue
    const hosts = hostBodies(m[1]!, line.valueStart + m.index + m[0].indexOf(m[1]!))
    // Co-hosts right after the subject: `… 는 시도교육청, 한국교육개발원(원장 …)과 함께 …`.
    const rest = line.value.slice(m[0].length)
    const together = CO_HOSTS.exec(rest)
    if (together) {
      // Only the words after the clause's last particle or ending (`… 주재로 청사 회의실에서 A와 함께`: A).
      const words = together[1]!.split(' ')
      const bodies = words.slice(afterClause(words, false)).join(' ')
      hosts.push(...hostBodies(bodies, line.valueStart + m[0].length + together.index + together[1]!.lastIndexOf(bodies)))
    }
    return hosts.length > 0 ? hosts : null
  }
  return null
}

/** Whether a line opens the next section or session (a 일시 label, a heading, a top marker). */
function endsSection(line: Line): boolean {
  const label = line.label?.replace(/\s/gu, '') ?? ''
  if (WHEN.test(label) || WHEN_WHERE.test(label)) return true
  if (line.kind === 'heading' || line.kind === 'appendixHeading' || line.kind === 'attachment') return true
  return line.kind === 'item' && SECTION_MARKER.test(line.marker ?? '')
}

/**
 * Whether a body line marks one of a set of words with the note's stars (`발표*` for a `*`
 * note, not for a `**` one).
 *
 * @param text The body line.
 * @param words Words with their stars captured (`SPEAKING`, `GROUP_WORD`).
 * @param marker The note's marker.
 */
function marksWord(text: string, words: RegExp, marker: string): boolean {
  for (const m of text.matchAll(words)) if (m[1] === marker) return true
  return false
}
