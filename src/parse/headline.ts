/**
 * What a line at the top of a release is (머리 상자 칸, 제목, 부제, 리드): the evidence the frame
 * pass weighs to find the header box, the headline and the subtitles. Each test reads the
 * line's shape (markers, length, sentence endings, dates, labels), never its words.
 */
import type { Line } from './tree.js'
import { DISTRIBUTED_LABEL, DOCUMENT_TYPE, EMBARGO_LABEL } from './markers.js'

/** A document kind: `보도자료`, `공동보도자료`, `동정자료`, `보도참고자료`. */
export const KIND = `(?:공동|합동)?(?:${DOCUMENT_TYPE.source}|동정\\s*자료)`
/** The document kind standing alone as a whole cell or line (`보도자료`, `동정자료`, `공동보도자료`). */
export const HEADER_KIND = new RegExp(`^${KIND}$`, 'u')
/** A label cell alone (`보도 일시`, `배포`, `엠바고 :`): its value is the next cell. */
const LABEL_ONLY = new RegExp(`^(?:${EMBARGO_LABEL.source}|${DISTRIBUTED_LABEL.source})\\s*[:：]?$`, 'u')
/** A date or time cell: `2024. 11. 27.(수) 10:00`, `2020. 2. 12(수)`, `11:00`. */
const DATE_CELL = /^(?:['’]?\d{2,4}\s*[.년-]\s*)?\d{1,2}\s*[.월-]\s*\d{1,2}\s*[.일]?\s*(?:\([^)]{1,3}\))?\s*(?:\d{1,2}\s*[:시]\s*\d{0,2}\s*분?)?\s*(?:이후|부터|조간|석간)?\.?$/u
/** An edition line of the header box: `< 4.14.(화) 조간 >`, `(12.31. 석간)`. */
const EDITION = /^[<(［[]?\s*[^가-힣]{0,20}(?:\([^)]{1,3}\))?\s*(?:조간|석간)(?:\s*[가-힣]{0,4})?\s*[>)］\]]?$/u
/** An edition with text run on after it. */
const EDITION_TAIL = /(?:조간|석간)\s*[>)\]]?\s+(\S.*)$/u
const MIN_EDITION_TAIL = 8
/** A request on release time instead of a time: `배포 즉시 보도해 주시기 바랍니다`, `배포즉시`. */
const RELEASE_REQUEST = /^(?:배포\s*(?:후\s*)?즉시|즉시)(?:\s*보도|$)/u
/** A contacts cell's label: `담당 부서`, `책임자`, `담당자`, `문의처`. */
const CONTACT_CELL = /^(?:담당\s*부\s*서|담당\s*과\s*장|담\s*당\s*자|책\s*임\s*자|자료\s*문의|문\s*의\s*처?|배포\s*부서|홍보\s*담당관실?)\s*[:：]?$/u
/** A telephone number (`044-200-7632`, `02-2124-3013`, `(3162)` as an extension). */
const PHONE = /\d{2,4}\s*[-)]\s*\d{3,4}\s*-\s*\d{4}|☏|\(T\)|\(F\)/u
const MAX_CONTACT_CELL = 60
/** A whole cell in brackets: `< 보도자료 >`, `[배포]`. */
const BRACKETED = /^[<\[(【［]\s*(.*?)\s*[>\])】］]$/u
/** A release-time line led by its label with a condition for value: `보도시점 (전매체) 배포시점(국회 본회의 의결 시)`. */
const LABEL_LED = new RegExp(`^(?:${EMBARGO_LABEL.source}|${DISTRIBUTED_LABEL.source})\\s*(?:시\\s*점)?\\s*[:：(]`, 'u')
/** A release-time line under its label by medium: `(지 면) 2026. 4. 14.(화) 조간`, `(온라인) …`. */
const MEDIUM_LABEL = /^(?:인\s*터\s*넷|온\s*라\s*인|지\s*면|방\s*송|누리망[^)]*|전\s*매\s*체)$/u
const MAX_UNIT_CELL = 20

/** The opening of a korea.kr placeholder body: `<headline> 관련 보도자료 내용입니다.`, `<headline>에 관한 보도자료 입니다.` */
export const PLACEHOLDER = /^\s*(?:<\s*)?(.*?)\s*(?:>\s*)?(?:관련|에\s*관한)\s*보도\s*자료(?:\s*내용)?\s*입니다/u
/** A body that only hands on its attachment: `붙임 파일 참조`, `상세 내용 별첨 참조. 끝.`, `… 보도자료입니다.`, `… 보도참고자료를 첨부합니다.` */
const ATTACHMENT_ONLY = /^(?:붙임|첨부)\s*(?:파일|문서|자료)?\s*(?:을|를)?\s*참(?:조|고)|^.{0,20}(?:별첨|붙임|첨부)\s*(?:파일|문서|자료)?\s*참조\)?\.?\s*끝\.?$|보[도고]\s*(?:참고|설명)?\s*자료(?:\s*내용)?\s*(?:입니다|를\s*첨부합니다)/u
/** Sub-headline markers korea.kr bodies open with: `▷ …`, `◇ …`, `▶ …`. */
export const SUB_HEADLINE = /^[▷◇▶]\s*/u
/** A headline line that stops open (comma, particle, adnominal ending): the next line continues it. */
export const OPEN_HEADLINE_ENDING = /(?:,|、|을|를|[」｣』”’)]\s*(?:과|와)|및|등|는|은|할|된|될|하고|하며|에서|으로|로서|에게|에|위해|위한|대한|통해|따른|맞아|\s시|…|\.{2,3}|·{2,3})$/u
/** A line under a headline this short continues it rather than standing as a subtitle. */
const MAX_TAIL_LINE = 16
/** A stopped sentence this short under a headline line ends the headline. */
export const MAX_STOPPED_TAIL = 40
/** A section label of a 설명자료 (`주요 기사내용`, `보도 내용`), not a headline's tail. */
const SECTION_LABEL = /(?:내용|개요|요약)$/u
/** A subtitle that lost its opening dash (`“…” -`). */
const DASHED_END = /\s[-–]$/u
/** A subtitle opened by a dash (`- … -`, `-…`), its marker and text read together. */
const DASH_OPENED = /^[-–]/u
/** A line's closing full stop (before a closing quote). */
const CLOSING_STOP = /\.(["”’]?)$/u
/** A sentence ending in the past tense, as a lead reports (`…개최하였다.`, `…밝혔습니다.`). */
const PAST_ENDING = /(?:었|았|였|했|됐|웠)(?:다|습니다)\.?["”’]?$/u
/** A listing's category tag as a headline's bracketed label (`[보도참고] …`, `(보도참고) …`, `[동정] …`, `[모두발언] …`). */
const CATEGORY_LABEL = /^(?:공동|합동)?\s*(?:보도|자료|참고|설명|해명|동정|발언|모두발언)/u
const MAX_CATEGORY_LABEL = 12
/** A line opening with a quoted name: `「…」 발표`, `‘…’ 시행`. */
const NAMED_OPENING = /^[「『｢‘“"']/u

/** Markers that introduce a subtitle in the title box. */
const SUBTITLE_MARKER = /^(?:-|–|[①-⑳]|[◦○ㅇ▸■◆◇◈·•]|o)$/u

/** A sentence's end: `다.`, `니다`, `했음`, `함.` (with a closing quote). */
export const SENTENCE_END = /(?:다|니다|음|함|임)\.?["”’]?$/u
/** A full stop after a sentence ending: a lead sentence, seldom a headline. */
export const FULL_STOP = /(?:다|요|음|함|임)\.["”’]?$/u
/** The lead's subject with its head in brackets: `행정안전부(장관 전해철)는`, `농촌진흥청(청장 …)은`. */
const HEADED_SUBJECT = /^[^\s,]{2,30}\s?\([^()]{0,20}(?:장관|차관|청장|처장|원장|위원장|이사장|사장|총장|회장|본부장|단장|시장|군수|지사|교육감|대표|총리)[^()]{0,20}\)\s?(?:은|는|이|가|과|와)\s/u
/** A topic subject opening the line: `기획재정부는 `, `구미국유림관리소는 `, `외교부·경찰청·소방청은 `. */
const TOPIC_SUBJECT = /^(?:[^\s,]{1,20}\s){0,3}[가-힣A-Za-z0-9·ㆍ()\-]{1,30}(?:은|는)\s/u
/** A day written in a lead: `5.26.(화)`, `4월 23일(수)`. */
const DAY_WITH_WEEKDAY = /\d{1,2}\s*[.월]\s*\d{1,2}\s*[.일]?\s*\(\s*[월화수목금토일]\s*\)/u
/** A sentence going on after a connective ending: `평년보다 다소 적으나, …`. */
const CLAUSE_JOINT = /(?:으나|으며|지만|는데|였으며|였고),\s/u
/** Where a dated sentence says it happened: `… 쿠알라룸푸르에서 `. */
const PLACE_PHRASE = /[가-힣]에서\s/u
/** A line that opens a quotation it does not close (a slogan over the headline). */
const OPEN_QUOTE = /^["“'‘]/u
const QUOTES = /["“”'‘’]/gu
const LEAD_SCORE = 3
/** A day this close to the start opens the sentence (`4.8일(화)~9일(수) … 에서`). */
const OPENING_DAY = 3
const LONG_LINE = 90
const MEDIUM_LINE = 55
/** A headline is at most this long. */
const MAX_HEADLINE_LENGTH = 160
const MIN_HEADLINE = 2

/**
 * korea.kr feeds (the wrapper's `ministry`) whose bodies leave the headline out: the body
 * opens with the release's sub-headlines, with their dashes (`- … -`) or without, and the
 * wrapper's title is the headline (bulk: 고용노동부, 83 of 84 bodies lack the wrapper's title
 * in their first six lines, 17 of them open with unmarked sub-headlines, written by at least
 * six issuing bodies: the ministry, 근로복지공단, 안전보건공단, 장애인고용공단, 고용정보원,
 * 사회적기업진흥원). Other feeds drop the headline too but open with marked sub-headlines or
 * the lead, which the line shapes tell; these do not, so the feed is the evidence.
 */
const HEADLESS_FEEDS: ReadonlySet<string> = new Set(['고용노동부'])

/**
 * Whether a wrapper's publisher leaves the headline out of its bodies (see `HEADLESS_FEEDS`).
 *
 * @param meta The wrapper's metadata (korea.kr front matter), if any.
 */
export function headlessFeed(meta: Record<string, unknown> | undefined): boolean {
  const ministry = meta?.ministry
  return typeof ministry === 'string' && HEADLESS_FEEDS.has(ministry.trim())
}

/** What a header-box cell standing on its own line is. */
export type HeaderCell = 'kind' | 'label' | 'value' | 'edition' | 'contactLabel' | 'contact' | null

/**
 * What a line of a header box flattened one cell per line is (보도자료 / 보도 일시 / 2023. 3. 16.
 * / 담당 부서 / …), or null when it is none.
 *
 * @param line The line.
 * @param inBox Whether a header cell came just before (a date or unit name is a cell only there).
 * @returns The cell's kind.
 */
export function headerCell(line: Line, inBox: boolean): HeaderCell {
  const whole = `${line.marker ?? ''}${line.label ? `${line.label} ` : ''}${line.value}`.trim()
  const bare = BRACKETED.exec(whole)?.[1] ?? whole
  if (bare.length <= 14 && HEADER_KIND.test(bare.replace(/\s/gu, ''))) return 'kind'
  if (LABEL_ONLY.test(bare)) return 'label'
  if (RELEASE_REQUEST.test(bare) && bare.length <= 40) return 'value'
  if (EDITION.test(whole) || EDITION.test(line.value) || (line.label !== null && MEDIUM_LABEL.test(line.label))) return 'edition'
  if (CONTACT_CELL.test(bare)) return 'contactLabel'
  if (!inBox) return null
  if (LABEL_LED.test(bare) && bare.length <= MAX_CONTACT_CELL) return 'value'
  if (DATE_CELL.test(bare)) return 'value'
  if (whole.length <= MAX_CONTACT_CELL && PHONE.test(whole) && !SENTENCE_END.test(whole)) return 'contact'
  return null
}

/**
 * Whether a short line inside a flattened header box is a unit's name standing over its
 * contact line (`중기중앙회` / `국제통상부 김태환(02-…)`).
 */
export function isUnitCell(line: Line, next: Line | undefined): boolean {
  return line.marker === null && line.value.length <= MAX_UNIT_CELL && !/\s.*\s/u.test(line.value) && next !== undefined && next.value.length <= MAX_CONTACT_CELL && PHONE.test(next.value)
}

/**
 * Whether a line reads as the lead's first sentence rather than a headline. Evidence is
 * weighed: a full stop after a sentence ending (+3), the lead's
 * subject with its head in brackets (`교육부(장관 …)는`, +3) or as a topic in its first words
 * (`기획재정부는 `, `전해철 행정안전부 장관은 `, +2), a day with its weekday (+1, +2 opening the line), length (+2 over 90 characters, +1 over 55), a sentence
 * ending without a stop on a long line (+1), a connective ending mid-line (`…적으나, `) or a
 * place with the day (`…에서 `, +1). A score of 3 or more is a lead.
 *
 * @param text The line's value.
 * @returns Whether it is a lead sentence.
 */
export function isLead(text: string): boolean {
  let score = 0
  if (FULL_STOP.test(text)) score += 3
  if (HEADED_SUBJECT.test(text)) score += 3
  else if (TOPIC_SUBJECT.test(text)) score += 2
  const day = DAY_WITH_WEEKDAY.exec(text)
  if (day) score += day.index < OPENING_DAY ? 2 : 1
  if (text.length > LONG_LINE) score += 2
  else if (text.length > MEDIUM_LINE) score += 1
  if (text.length > MEDIUM_LINE && SENTENCE_END.test(text)) score += 1
  if (CLAUSE_JOINT.test(text) || (day && PLACE_PHRASE.test(text))) score += 1
  return score >= LEAD_SCORE
}

/**
 * Whether a line that reads as a lead by its full stop alone is a headline written with a
 * stop: it is short, reads as a lead only by its stop, does not report in the past tense
 * (a lead's `…하였다.`; headlines say `…나선다.`, `…되다.`), and a dash-opened subtitle stands
 * under it (`인공지능을 적용해 해양안전을 혁신하다.` / `- … -`; bulk: 15 releases, 12 bodies,
 * none a lead, all read from the wrapper before; `…인사발령하였다.` over a `▶` list is a lead).
 *
 * @param line The line.
 * @param next The line under it.
 */
export function isStoppedHeadline(line: Line, next: Line | undefined): boolean {
  if (next === undefined || line.marker !== null || line.value.length > MEDIUM_LINE || !FULL_STOP.test(line.value)) return false
  return !isLead(line.value.replace(CLOSING_STOP, '$1')) && !PAST_ENDING.test(line.value) && DASH_OPENED.test(`${next.marker ?? ''}${next.value}`)
}

/**
 * Whether a line's bracketed label is a listing's category tag that a korea.kr body repeats
 * before its headline (`[보도참고] 식약처, …`, `(보도참고) …`, `[동정] …`, `[모두발언] …`; bulk:
 * 6 releases, 4 bodies, read from the wrapper before): the headline is the line's value.
 *
 * @param line The first line of the title box.
 */
export function categoryTagged(line: Line): boolean {
  return line.marker === null && line.label !== null && line.label.length <= MAX_CATEGORY_LABEL && CATEGORY_LABEL.test(line.label)
}

/** What a line of the title box is. */
type TopLine = 'placeholder' | 'attachmentOnly' | 'sub' | 'lead' | 'item' | 'headline' | 'other'

/**
 * Classify a line that may open the release after its header box.
 *
 * @param line The line.
 * @returns Its role: a placeholder body, a body that only points at its attachment, a
 *   sub-headline (`▷`, `-`), the lead, another list item, a headline-shaped line, or other.
 */
export function topLine(line: Line): TopLine {
  const text = line.value
  if (line.kind !== 'paragraph' && line.kind !== 'item') return 'other'
  if (line.marker === null && PLACEHOLDER.test(text)) return 'placeholder'
  if (ATTACHMENT_ONLY.test(`${line.label ?? ''}${text}`)) return 'attachmentOnly'
  if (line.marker === null && (SUB_HEADLINE.test(text) || DASHED_END.test(text))) return 'sub'
  if (line.kind === 'item') return SUBTITLE_MARKER.test(line.marker ?? '') && !isLead(text) ? 'sub' : 'item'
  if (line.label !== null) return 'other'
  if (isLead(text)) return 'lead'
  if (text.length < MIN_HEADLINE || text.length > MAX_HEADLINE_LENGTH) return 'other'
  return 'headline'
}

/**
 * Whether a headline line goes on in the next line: it opens a quotation it does not
 * close (a slogan over the headline: `"청년의 내일, 금융을 더하다` / `「…」 개최`), or it is
 * a quoted slogan of its own with the headline under it.
 */
export function opensQuote(text: string): boolean {
  if (!OPEN_QUOTE.test(text)) return false
  const quotes = text.match(QUOTES)?.length ?? 0
  return quotes % 2 === 1 || /["”'’]\s*$/u.test(text)
}

/** Fold a headline for comparison: no spaces, quotes, brackets or punctuation. */
export function foldHeadline(text: string): string {
  return text.normalize('NFKC').replace(/[\s"'“”‘’「」『』｢｣<>《》〈〉[\]()（）…·ㆍ‧.,\-–—~!?:;]/gu, '')
}

/**
 * Whether a headline line goes on in the next: it stops open (a particle, a comma, an
 * ellipsis), leaves a bracket open, is a quoted slogan over the headline, or the next
 * line is too short to stand as a subtitle (`노력하겠음`, `“더 쉽고 빠르게”`), opens with a quoted
 * name (`「2026년 … 추진계획」 발표`) or is a short sentence with its full stop (a 설명자료's
 * `단축을 위해 최선을 다하고 있습니다.`).
 */
export function runsOn(line: string, next: string, first: boolean): boolean {
  return OPEN_HEADLINE_ENDING.test(line) || unclosedBracket(line) || (first && opensQuote(line)) || (next.length <= MAX_TAIL_LINE && !SECTION_LABEL.test(next)) || (NAMED_OPENING.test(next) && !DASHED_END.test(next)) || (FULL_STOP.test(next) && next.length < MAX_STOPPED_TAIL)
}

function unclosedBracket(text: string): boolean {
  return (text.match(/[(（「『｢]/gu)?.length ?? 0) > (text.match(/[)）」』｣]/gu)?.length ?? 0)
}

/**
 * The headline a reader ran into an edition line (`(지 면) 2026. 4. 13.(월) 조간 생명을 …`):
 * its span after the edition, or null.
 */
export function editionTail(line: Line): { start: number; end: number } | null {
  const m = EDITION_TAIL.exec(line.value)
  if (!m || m[1]!.length < MIN_EDITION_TAIL || !/[가-힣]{2}/u.test(m[1]!)) return null
  const start = line.valueStart + m.index + m[0].length - m[1]!.length
  return { start, end: start + m[1]!.length }
}
