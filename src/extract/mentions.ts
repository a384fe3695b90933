/**
 * Participants the release names outside its overviews (참여 언급): lists labelled as who
 * takes part wherever they stand (`(참석기관) …`, `협약 당사자 : …`, a `참석자` line over its
 * groups), and prose saying who takes part (`…이 참석한 가운데`, `… 주재로`, `…와 함께`,
 * `… 주최로`, `…와 협약을 체결`, a person with a post as the subject of a visit or a
 * meeting). Runs after `events` and adds to the event each mention stands under.
 */
import type { Root, Line } from '../parse/tree.js'
import type { VFile } from 'vfile'
import type { Event, Participant, Span } from '../schema/record.js'
import { draft, lines, traceValue } from './context.js'
import { dedupeParticipants, fusedPost, groupMembers, introducedBodies, isGroupHeading, nameParticipants, namedPeople, OPENING_WORD, parseParticipants, personsIn, proseBodies } from './participants.js'
import { isCentralBody, SHORT_FORMS } from './gazetteer/government.js'
import { isBodyName } from './gazetteer/persons.js'

/** Labels of a line listing who takes part: `참석`, `(참석기관)`, `협약 당사자`, `서명기관`, a meeting's `(위원)`. */
const PARTY_LABEL = /^(?:주요)?(?:참석|참가|참여|협약|서명)(?:자|기관|인사|업체|기업|당사자|자명단)?$|^협약당사자$|^위원$/u
/** A line that is only such a label, its groups on the lines below (`· 참석자`). */
const PARTY_HEADING = /^(?:주요\s*)?(?:참석|참가|참여)(?:자|기관)?\s*[:：]?$/u
/** A group word a note expands: `관계부처*`, `참여기업**`. */
const GROUP_MARK = /(?:기관|기업|업체|단체|부처|회사|대학|학교)(\*+)/gu
/** Lines a labelled list runs on under its label, at most. */
const LIST_REACH = 8
/** Markers of a sub-list (`-`, `·`, `ㅇ` …). */
const SUB_MARKER = /^(?:-|–|·|◦|∘|ㅇ|o|▸|‣|\*)$/u
/**
 * Words saying someone takes part in a sentence: attending, chairing, visiting, meeting,
 * signing, hosting, speaking, or the sentence set at a gathering (`개회식에서는 …`).
 */
const TAKING_PART = /(?:참석|참여|참가|주재|(?<![가-힣])수상|표창|훈장|포장|포상|방문|면담|접견|서명|체결|개최|주최|주관|축사|기조연설|개회사|환영사|격려사|강연|발제|발표|토의|토론|회담|만나|만났|좌장|시찰|간담회|(?:식|회의|세션|행사|포럼|토론회|설명회)에서(?:는|도)?\s)/u
/** A person's post followed by what makes them an actor: a subject particle, `주재`, `와`, `등`, `…을 수석대표로`, `면담`, another item of a `△` list. */
const ACTOR_AFTER = /^(?:\s*\([^()]*\))?(?:은|는|이|가|께서|과|와|,|도\s*(?:함께\s*)?(?:참석|참여|참가)|\s+(?:[가-힣]+\s+)?(?:개회사|환영사|축사|영상축사|격려사|기조연설|기조강연|주제발표|강연|특강|인사말)|\s*등|\s*및|\s*주재|\s*공동\s*주재|을\s*비롯|를\s*비롯|\s*일행|(?:을|를)\s*(?:수석대표|단장|대표)(?:로|으로)|\s+(?:면담|접견|예방)(?=\s|[을를]|$)|\s*[△▲▴])/u
/**
 * The `의` joining a person's post to the speech they give (`A 차관의 개회사`, `A 교수의 주제별
 * 강연`): blanked, so that the post reads as one and the speech follows it as the actor's.
 */
const SPEECH_OF = /(?<=[가-힣])의(?=\s+(?:[가-힣]+\s+)?(?:개회사|환영사|축사|영상축사|격려사|기조연설|기조강연|주제발표|강연|특강|인사말)(?!자|장|회))/gu
/**
 * Who attends, before the verb: `A, B 등이 참석한 가운데`, `A가 참여하여`, `A가 위원으로 참여한다`
 * (not `참여하는`, which describes, not reports).
 */
const ATTENDING = /(?:이|가)?\s*(?:(?:위원|회원)(?:으로|으로서)\s*)?(?:참석(?:한|했|하였|하여|해|하며|하고|한다|합니다|할)|(?:참여|참가)(?:한\s*가운데|했|하였|하여|하고|해\s|한다|합니다|할\s*예정))/gu
/** Who hosts, before the word: `A 주최로`, `A와 B 공동 주관으로`, `A가 주최하고`. */
const HOSTING = /(?:이|가)?\s*(?:공동\s*)?(?:주최|주관)(?:로|으로|하에|하고|하는|하며|한|했|하였|(?=,))/gu
/**
 * Who the subject acts with: `A, B와 함께`, `A와 합동으로`, `A와 협약을 체결` (`A와 기술이전 협약을 체결`), `A와 면담`, and `A와 ‘…’을
 * 개최` (the gathering's quoted name the object, blanked by then, or in straight quotes).
 */
const ALONGSIDE = /(?:와|과)\s*(?:함께|공동으로|합동으로|(?:업무\s*)?협약(?:을|식을)?|면담|간담회를)|(?:와|과)(?=\s+(?:[가-힣·]+\s+){1,4}(?:업무\s*)?협약(?:을|식을)?\s*(?:체결|맺))|(?:와|과)(?=(?:\s{3,}|\s*'[^']{1,60}')\s*(?:을|를)\s*(?:공동\s*)?(?:개최|주최))/gu
/** Where a clause listing who takes part begins, reading back from its verb. */
const CLAUSE_START = /(?:^|[.!?。]\s|다\.\s?|(?:에서는|에서도|에는|에서|에게|으로|로|부터|까지)\s|(?:은|는)\s|(?:하고|하며|(?<!비롯)하여|하였고|했고|되며|되어|으며|며|고)[,\s]\s*)/gu
/** A sentence on signing an agreement: its subject lists the signatories. */
const SIGNING = /협약(?:을|식을)?\s*(?:체결|맺|서명)|(?:협약서|양해각서)에\s*서명/u
/** A line whose subject holds or hosts (개최, 연다; in the noun style of outlines `개최함`, `… 개최`), or has attended or visited (a plan to visit is policy, not an event). */
const HOLDING = /(?:개최|주최|주관)(?:했|하였|한다|합니다|하고|하여|해|할\s*예정|함|\s*$)|(?:연다|열었|열고|열어)|(?:참석|방문)(?:했|하였|함)/u
/** A sentence whose subject attends, its verb going on (`A는 기념행사에 참석해 …`): read in that sentence only. */
const ATTENDING_ON = /참석(?:해|하여|하고)\s/u
/** A subject that is a place or time (`이번 회의에는`, `행사에서는`): who takes part follows it. */
const NOT_A_SUBJECT = /(?:에|에서|에게|께|때|날)$/u
/** The end of a sentence inside a line: `…했다. ` (a later sentence has its own subject). */
const SENTENCE_END = /다\.\s+/gu
/**
 * A kind of body with its members in brackets: `수출지원 대표기관(관세청, 특허청, KOTRA)`,
 * `3개 은행(A, B, C)`, `관계부처(산업부, 기재부) 장관`; not a head and short form (`(회장 …, 이하 …)`).
 */
/** A post the members of a kind in brackets hold, after the bracket: `관계부처(…) 장관이`, `(…) 국장급이`. */
const MEMBERS_POST = /^\s*((?:차관보|[가-힣]{1,3}장|장관|차관|국장급|대표))(?=이|가|은|는|과|와|,|\s|$)/u
const KIND_MEMBERS = /[가-힣0-9]\s?(?:부처|기관|기업|은행|업체|단체|개사)\s*[(（](?![^()（）]*이하)([^()（）]*[,，][^()（）]*)[)）]/gu
/** A date's weekday in brackets: `8일(목)`. */
const WEEKDAY_NOTE = /[(（][월화수목금토일][)）]$/u
/** Posts of a central body's own officials: `제1차관`, `에너지산업실장`, `대변인` (not `교수`, `대표`). */
const OFFICIAL_POST = /(?:장관|차관|차관보|실장|국장|청장|차장|처장|본부장|정책관|기획관|심의관|조정관|협력관|대변인|과장|단장|위원장)$/u
/** The subject of a line: the words before its first `은/는`. */
const SUBJECT = /^(.{2,200}?)(?:은|는)\s/u
/** Brackets holding a head or a short form: `(장관 노형욱)`, `(회장 김경수, 이하 협회)`. */
const HEAD_NOTE = /[(（][^()（）]*\s[^()（）]*[)）]/gu
/** A name in Latin script in brackets, the spelling of the name before it (`(Neal Mohan)`): kept for reading that name. */
const LATIN_NAME_NOTE = /^[(（](?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)){1,4}[)）]$/u
/** Bodies read as the subject of a line on holding or signing: kept beside their people, as hosts are. */
const HOSTS = new WeakSet<Participant>()
/** Quoted speech and quoted titles, left out of the mentions: `“…”`, `"…"`, `‘…와 함께하는 …’`, `「…」`. */
const QUOTED = /“[^”]*”|"[^"]*"|‘[^’]*’|「[^」]*」|｢[^｣]*｣|『[^』]*』/gu

/**
 * unified plugin: add to `events[].participants` who the text names taking part outside
 * the overviews.
 */
export function mentions() {
  return (tree: Root, file: VFile) => {
    const record = draft(file)
    if (record.events.length === 0) return
    const all = lines(tree)
    const found: Participant[] = [...labelledLists(all, record.text)]
    let body: Line | null = null
    for (const line of all) {
      if (line.kind === 'footnote' && body && TAKING_PART.test(body.value) && marks(body.value, line.marker)) {
        // A note on a word of a sentence on taking part (`주요 인사*가 참석` → `* A 장관, B 회장`) lists who.
        found.push(...personsIn(line.value, line.valueStart))
        continue
      }
      if (line.kind !== 'footnote' && line.kind !== 'note') body = line
      if ((line.kind !== 'paragraph' && line.kind !== 'item' && line.kind !== 'footnote') || line.label) continue
      found.push(...proseMentions(line.value, line.valueStart))
    }
    const speakers = record.quotes.flatMap((q) => (q.speaker.name && q.speaker.position ? [{ name: q.speaker.name, position: q.speaker.position, organization: q.speaker.organization }] : []))
    const named = found.flatMap((p) => (p.name && p.position ? [{ name: p.name, position: p.position, organization: p.organization }] : []))
    const people = namedPeople(record.text, [...speakers, ...named])
    const expand = (body: string) => SHORT_FORMS[body] ?? body
    const added = new Map<Event, Participant[]>()
    for (const p of nameParticipants(found, people, expand)) {
      const owner = ownerOf(record.events, p.span.start)
      added.set(owner, [...(added.get(owner) ?? []), p])
    }
    for (const event of record.events) {
      // Posts the overview listed are named from the prose too (`국무총리` → `한덕수 국무총리 주재로`).
      const listed = event.participants.length
      const all = nameParticipants([...event.participants, ...(added.get(event) ?? [])], people, expand)
      // A body the overview names as host stays beside its people; one only mentioned does not.
      event.participants = parentsBeforeUnits(sameBodyOnce(dedupeParticipants(introducedBodies(firstWritten(bodiesGiven(wholePosts(all.filter((p, i) => !represented(p, all, expand, i < listed || HOSTS.has(p)))))), record.text)), expand), record.text)
    }
  }
}

/**
 * Whether a mention adds nothing: a post its holder's entry already gives (`장관@교육부`
 * beside `이주호 장관 교육부`), or a body one of its people already stands for (unless
 * `listed` by the events extractor or read as a host, kept beside their people).
 */
function represented(p: Participant, all: Participant[], expand: (body: string) => string, listed: boolean): boolean {
  if (p.name || (listed && !p.position)) return false
  const org = p.organization ? expand(p.organization) : null
  return all.some((q) => {
    if (!q.name) return false
    const qOrg = q.organization ? expand(q.organization) : null
    if (p.position) return q.position === p.position && (org === null || org === qOrg)
    return org !== null && org === qOrg
  })
}

/**
 * A person listed with a post and no body (`(정부) 박진규 제1차관`) takes the body another
 * reading of them gives with the same post (`산업통상자원부는 박진규 제1차관 주재로`).
 */
export function bodiesGiven(list: Participant[]): Participant[] {
  return list.map((p) => {
    if (!p.name || p.organization) return p
    const other = list.find((q) => q.name === p.name && q.position === p.position && q.organization)
    return other ? traceValue({ ...p, organization: other.organization }, 'organization', other.sources?.organization ?? other.span) : p
  })
}

/**
 * A person read twice with their body written short and in full (`서울대 임종우 교수` in prose,
 * `임종우 교수 (서울대학교, …)` in a schedule) keeps the body as the text first writes it with
 * them, as the annotation rules take a person's body from where the text introduces them.
 */
export function firstWritten(list: Participant[]): Participant[] {
  return list.map((p) => {
    if (!p.name || !p.organization) return p
    const org = p.organization
    const first = list.find((q) => q.name === p.name && q.organization && q.organization !== org && q.span.start < p.span.start && (org.startsWith(q.organization) || q.organization.startsWith(org)))
    return first ? traceValue({ ...p, organization: first.organization }, 'organization', first.sources?.organization ?? first.span) : p
  })
}

/**
 * Bodies named alone once: a short form after its full name (`산업부` after
 * `산업통상자원부`) is the same body; the first written stays.
 */
function sameBodyOnce(list: Participant[], expand: (body: string) => string): Participant[] {
  const seen = new Set<string>()
  return list.filter((p) => {
    if (p.name || p.position || !p.organization) return true
    const body = expand(p.organization)
    if (seen.has(body)) return false
    seen.add(body)
    return true
  })
}

/**
 * A person read twice, once with the post split from its unit (`본부장` of `통상교섭본부`) and
 * once whole with the body (`통상교섭본부장`, `산업통상부`): the whole reading stands for both.
 */
export function wholePosts(list: Participant[]): Participant[] {
  return list.map((p) => {
    const fused = p.name && p.position ? fusedPost({ name: p.name, position: p.position, organization: p.organization }) : null
    const whole = fused ? list.find((q) => q.name === p.name && q.position === fused && q.organization) : undefined
    return whole ?? p
  })
}

/**
 * Bodies named alone where the text writes them as the parent of another body named alone
 * (상위 기관): `산업통상자원부 국가기술표준원(원장 …)은 … 개최했다` names the 국가기술표준원 as
 * the one holding, its ministry only placing it; the unit stays, the parent goes.
 */
function parentsBeforeUnits(list: Participant[], text: string): Participant[] {
  const alone = list.filter((p) => !p.name && !p.position && p.organization)
  return list.filter((p) => {
    if (!alone.includes(p)) return true
    const after = text.slice(p.span.end, p.span.end + UNIT_REACH)
    const unit = PARENT_GAP.exec(after)
    return !unit || !alone.some((q) => q !== p && q.organization !== p.organization && after.startsWith(q.organization!, unit[0].length))
  })
}

/** Characters after a parent body within which its unit's name starts. */
const UNIT_REACH = 60
/** What stands between a parent body and its unit: spaces only (`산업통상자원부 국가기술표준원`). */
const PARENT_GAP = /^[^\S\n]+/u

/** The event a mention stands under: the last one whose span starts before it, else the first. */
function ownerOf(events: Event[], at: number): Event {
  const inside = events.find((e) => e.span.start <= at && at < e.span.end)
  if (inside) return inside
  return [...events].reverse().find((e) => e.span.start <= at) ?? events[0]!
}

/**
 * Lists labelled as who takes part, and the group lines under a line that is such a label
 * alone (`· 참석자` over `(국토부) 장관, …` and `(공공기관) …`).
 */
function labelledLists(all: Line[], text: string): Participant[] {
  const out: Participant[] = []
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!
    const label = line.label?.replace(/\s/gu, '') ?? ''
    const heading = !line.label && PARTY_HEADING.test(line.value.trim())
    if (!heading && !PARTY_LABEL.test(label)) {
      // Groups of those taking part with no label over them: `- (정부) …` then `- (민간) …`.
      if (i > 0 && sideGroups(all, i) && !sideGroups(all, i - 1)) out.push(...groupRun(all, i, text))
      continue
    }
    if (!heading) out.push(...parseParticipants(line.value, line.valueStart, null))
    let previous = line
    for (const next of all.slice(i + 1, i + 1 + LIST_REACH)) {
      // A note expanding a group word of the list (`관계부처*` → `* 외교부, 국조실, …`) names its bodies.
      if (next.kind === 'footnote') {
        if ([...previous.value.matchAll(GROUP_MARK)].some((m) => m[1] === next.marker)) out.push(...groupMembers(next.value, next.valueStart))
        continue
      }
      if (next.kind !== 'paragraph' && next.kind !== 'item') break
      if (next.marker !== null && next.marker === line.marker) break
      const continued = /[,，]\s*$/u.test(previous.value) && !next.label
      // A group under the label, or beside it on a line of its own headed by its body or side (`(관세청) …`).
      const group = next.label !== null && (next.marker === null || SUB_MARKER.test(next.marker)) && (heading || next.indent > line.indent || next.marker !== line.marker || groupLine(next))
      if (!continued && !group) break
      out.push(...parseParticipants(next.value, next.valueStart, next.label, labelSpan(next, text)))
      previous = next
    }
  }
  return out
}

/** Items a group line lists at least, to be read as one: `(정부) 차관, 정책관`. */
const MIN_GROUP_ITEMS = 2

/** A line headed by a group of those taking part that lists them: `(민간) 협회, 공사, 대한상의`. */
function groupLine(line: Line): boolean {
  return line.label !== null && isGroupHeading(line.label.replace(/\s/gu, '')) && parseParticipants(line.value, line.valueStart, line.label).length >= MIN_GROUP_ITEMS
}

/** Where a line's label stands in the text (before its value): a group's heading. */
function labelSpan(line: Line, text: string): Span | null {
  const from = line.position.start.offset
  const at = line.label !== null && from !== undefined ? text.indexOf(line.label, from) : -1
  return at >= 0 && at < line.valueStart ? { start: at, end: at + line.label!.length } : null
}

/** Whether lines `i` and `i + 1` are sibling group lines (same marker and indent): a run of groups. */
function sideGroups(all: Line[], i: number): boolean {
  const [a, b] = [all[i], all[i + 1]]
  return a !== undefined && b !== undefined && a.marker === b.marker && a.indent === b.indent && groupLine(a) && groupLine(b)
}

/**
 * The participants of a run of sibling group lines from `i`, with lines carried on after a
 * trailing comma.
 */
function groupRun(all: Line[], i: number, text: string): Participant[] {
  const out: Participant[] = []
  let previous: Line | null = null
  let label: string | null = null
  let heading: Span | null = null
  for (const line of all.slice(i)) {
    const continued: boolean = previous !== null && /[,，]\s*$/u.test(previous.value) && !line.label && line.kind === 'paragraph'
    if (!continued && !(groupLine(line) && line.marker === all[i]!.marker && line.indent === all[i]!.indent)) break
    if (!continued) [label, heading] = [line.label, labelSpan(line, text)]
    out.push(...parseParticipants(line.value, line.valueStart, label, heading))
    previous = line
  }
  return out
}

/**
 * Who a prose line says takes part: people with a post acting in a sentence on taking part,
 * and bodies listed before an attending, hosting or alongside phrase.
 *
 * @param value The line's text.
 * @param start Offset of the text in the document.
 */
export function proseMentions(value: string, start: number): Participant[] {
  // Quoted speech and heads in brackets (`(장관 …)`, `(이하 …)`) name no one taking part.
  const unquoted = value.replace(QUOTED, (m) => ' '.repeat(m.length))
  const text = unquoted.replace(HEAD_NOTE, (m) => (LATIN_NAME_NOTE.test(m) ? m : ' '.repeat(m.length))).replace(/\*/gu, ' ').replace(SPEECH_OF, ' ')
  if (!TAKING_PART.test(text)) return []
  const out: Participant[] = []
  const official = subjectOfficial(text, start)
  for (const p of personsIn(text, start)) {
    const after = text.slice(p.span.end - start)
    if (ACTOR_AFTER.test(after)) out.push(official(p))
  }
  /** The bodies of the words from `from` to `to`: as listed, and the members a kind of body has in brackets. */
  const bodiesOf = (from: number, to: number) => [...proseBodies(text.slice(from, to), start + from), ...kindMembers(unquoted.slice(from, to), start + from)]
  for (const re of [ATTENDING, HOSTING, ALONGSIDE]) {
    for (const m of text.matchAll(re)) {
      const found = bodiesOf(clauseStart(text, m.index), m.index)
      // Hosts (`A가 주관하는`) stay beside their people, as the annotation lists a host body alone as well.
      if (re === HOSTING) for (const host of found) HOSTS.add(host)
      out.push(...found)
    }
  }
  // The subject of a line, or of a later sentence of it, on holding, signing or attending: the bodies that do so (`A(장관 …)와 B는 … 개최했다`).
  for (const at of subjectsAt(text)) {
    const subject = SUBJECT.exec(text.slice(at))
    if (!subject || NOT_A_SUBJECT.test(subject[1]!.trimEnd())) continue
    const from = at + (OPENING_WORD.exec(subject[1]!)?.[0].length ?? 0)
    for (const host of bodiesOf(from, at + subject[1]!.length)) {
      HOSTS.add(host)
      out.push(host)
    }
  }
  return out
}

/**
 * The body an official with no body written belongs to: the central body the line's subject
 * names, where the official stands in that sentence (`외교부는 … 오영주 제2차관 주재로`,
 * `보건복지부(장관 …)는 이기일 제1차관 주재로`), traced to the subject; others unchanged.
 *
 * @param text The line's text, heads in brackets blanked.
 * @param start Offset of the text in the document.
 */
function subjectOfficial(text: string, start: number): (p: Participant) => Participant {
  const subject = SUBJECT.exec(text)
  const body = subject ? subject[1]!.trim() : ''
  if (!subject || !isCentralBody(body)) return (p) => p
  const sentenceEnd = text.slice(subject[0].length).search(SENTENCE_END)
  const reach = start + subject[0].length + (sentenceEnd < 0 ? text.length : sentenceEnd)
  const at = start + subject[1]!.indexOf(body)
  return (p) => {
    if (!p.name || p.organization || !p.position || !OFFICIAL_POST.test(p.position) || p.span.start >= reach || p.span.start < at) return p
    // A word just before the name that may be a body of their own (`국제이주기구(IOM) 이성아 사무차장`) leaves the body unknown.
    const before = /(\S+)\s+$/u.exec(text.slice(0, p.span.start - start))?.[1] ?? ''
    if ((/[)）]$/u.test(before) && !WEEKDAY_NOTE.test(before)) || isBodyName(before.replace(/[(（].*$/u, ''))) return p
    return traceValue({ ...p, organization: body }, 'organization', { start: at, end: at + body.length })
  }
}

/**
 * Where the subjects of a line on holding, signing or attending begin: the line's start
 * when the line says so anywhere, each later sentence that says so itself, and any sentence
 * whose subject attends and goes on (`…개최되었다. 산업통상자원부는 기념행사에 참석해 …`).
 */
function subjectsAt(text: string): number[] {
  const says = (s: string) => SIGNING.test(s) || HOLDING.test(s)
  const starts = new Set(says(text) ? [0] : [])
  const from = [0, ...[...text.matchAll(SENTENCE_END)].map((m) => m.index + m[0].length)]
  from.forEach((at, i) => {
    const sentence = text.slice(at, from[i + 1] ?? text.length)
    if (ATTENDING_ON.test(sentence) || (at > 0 && says(sentence))) starts.add(at)
  })
  return [...starts]
}

/**
 * The bodies a kind of body lists in brackets (`수출지원 대표기관(관세청, 특허청, KOTRA)이
 * 참석`), read as a prose list of their own; each holds the post written after the bracket
 * (`관계부처(산업부, 기재부) 장관` → 장관 of 산업부, 장관 of 기재부).
 *
 * @param clause The words before a verb on taking part, quotes blanked, brackets kept.
 * @param start Offset of the clause in the document.
 */
function kindMembers(clause: string, start: number): Participant[] {
  return [...clause.matchAll(KIND_MEMBERS)].flatMap((m) => {
    const at = m.index + m[0].search(/[(（]/u) + 1
    const post = MEMBERS_POST.exec(clause.slice(m.index + m[0].length))?.[1] ?? null
    return proseBodies(m[1]!, start + at, true).map((p) => ({ ...p, position: post }))
  })
}

/** Whether a line marks a word with a note's stars (`인사*` for `*`, not for `**`). */
function marks(text: string, marker: string | null): boolean {
  if (!marker || !/^\*+$/u.test(marker)) return false
  return new RegExp(`[^*\\s]${marker.replace(/\*/gu, '\\*')}(?!\\*)`, 'u').test(text)
}

/** Where the clause ending at `end` begins: after the last boundary before it. */
function clauseStart(text: string, end: number): number {
  let from = 0
  for (const m of text.slice(0, end).matchAll(CLAUSE_START)) from = m.index + m[0].length
  return from
}
