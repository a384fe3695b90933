/**
 * Direct quotations (인용) with their speakers, resolved from the sentence:
 * `박민수 보건복지부 제2차관은 “…”라고 말했다` → name 박민수, organization 보건복지부,
 * position 제2차관. A quotation is any span in double quotation marks (“ ” or ") that the
 * sentence has someone say: a quotative ending after it (`”라며`, `”고 밝혔다`), a speech
 * verb after its particle (`”을 당부했다`), a speaker right before it (`○○ 장관 “…”`), or a
 * chain of such spans (`“…”과, “…”을 요청했다`). Names of things in double marks
 * (`“…”라는 주제로`, `“…”로 선정`) are not quotations. A quotation without a speaker of its
 * own continues the remarks of the last speaker named before it (`박 차관은` refers back to
 * `박진규 1차관`).
 */
import type { Line, Root } from '../parse/tree.js'
import type { VFile } from 'vfile'
import type { Quote } from '../schema/record.js'
import { draft, lines, traceValue } from './context.js'
import { hasBodyEnding, isBodyName, isPersonName, isSurnameShaped, POSTS } from './gazetteer/persons.js'
import { stripParticles, tokenize } from './morphemes.js'

/** Lines whose double marks are never speech: the headline, the header, footnotes. */
const SKIPPED_KINDS = new Set(['title', 'header', 'documentType', 'footnote'])
/** Opening and closing double marks. */
const OPENING = /[“"]/gu
const CLOSING = /[”"]/u
/** A quotation spans at most this many line breaks (a wrapped paragraph) and characters. */
const MAX_BREAKS = 4
const MAX_LENGTH = 800
/** Speech verbs and nouns (말하다, 밝히다, 강조하다, 당부하다 …). */
const SPEECH = '(?:말[하했씀]|말을|밝[히혔힌]|강조|당부|전[했하한]|언급|덧붙|설명[하했]|소감|격려|약속|다짐|주문|요청|제안|촉구|호소|치하|피력|역설|표명|주장|답[했하]|화답|권고|지시|독려|부탁|감사를|축하|기원|말씀|발언|표현)'
/** A quotative ending right after the closing mark: `”라며`, `”고 밝혔다`, `”이고,`, `”하였다며`, `”한 것이라며`. */
const QUOTATIVE = /^\s*[.,]?\s*(?:(?:하|했|하였|한\s*것|이었|였|이|임)?\s*(?:이)?(?:라|다)?\s*(?:고|며|면서)(?![가-힣])|(?:이)?라\s*(?:말|강조|밝))/u
/** A particle, then a speech verb within two words: `”을 당부하였다`, `”임을 강조하며`. */
const PARTICLE_THEN_SPEECH = new RegExp(`^\\s*(?:을|를|임을|이라고|라고|이라는|라는|과|와|는|이라|라)?\\s*(?:[^\\s“”"]+\\s+){0,2}?${SPEECH}`, 'u')
/** Words between two quotations of one remark: `”과, ㅇ “`, `”며, “`, `”라고 하며 “`. */
const CHAIN = /^\s*(?:(?:과|와)\s*함께|과|와|이?며|이?고|이?라고\s*하며|이?라며|면서|,)?\s*[,.]?\s*(?:또한|특히|이어)?\s*,?\s*$/u
/** A speech verb as the sentence's predicate (`강조했다`, `당부하며`), not as a modifier (`제안한`). */
const SAID = new RegExp(`(?<![가-힣])${SPEECH}(?:하|했|하였|히|혔)?(?:다|며|면서|고|습니다)`, 'u')
/** What makes a quoted span a name: `”라는 주제로` (not `”라는 의지를 밝혔다`, whatever the spaces), `”란`, `”를 주제로`, `”로 선정`, `”의 범위`, `”(10시)`, `”에서 선정되었다` (a meeting's name). */
const NAMING_AFTER = new RegExp(`^\\s*(?:(?:이)?라는(?!\\s*(?:[^\\s]*${SPEECH}|(?:[^\\s]+의\\s+)?(?:말|뜻|의견|입장|의지|각오|다짐|포부|메시지|당부)))|(?:이)?란\\s|[을를]\\s*(?:주제|비전|슬로건|구호|모토|표어)|(?:으)?로\\s*(?:선정|지정|명명|이름|정하|바꾸|변경|표기|불리)|의\\s|\\(|에\\s*대해|에서\\s)`, 'u')
/**
 * The verb right after a quoted object, done or doing (`”을 의결했다고`, `”을 확정·발표한`,
 * `”를 개최하고`); not one asked for (`”를 실천해 줄 것을 당부`).
 */
const OBJECT_VERB = /^\s*[을를]\s*([가-힣·]+?)(?:했|하였|한|하고|하며)/u
/** A speech verb's stem (`설명하`, `당부하`). */
const SPEECH_START = new RegExp(`^${SPEECH}`, 'u')
/** A quoted span that closes as a sentence does (`…하겠다.`, `…할 것`, `…해요`), not as a name (`…세부적용방안`). */
const SENTENCE_CLOSE = /(?:다|요|것|음|함|임|까|죠|자|라|오)\s*[.!?…]*\s*$/u
/** A body or post joined by `과`/`와` (`산림청과`, `장관과`, `위원회와`), not a division (`버섯과`, `정책과`). */
const CONJOINED = /(?:[장관령리원처청부회단소]|센터)[과와]$/u
/** Bodies written before a speaker's name, at most (ministry, institute, division). */
const MAX_BODIES = 3
/** A word written apart after the closing mark on its line, no verb or quotative going on with the span (`” 될 것으로`, `” 이라고`). */
const NOUN_APART = /^[ \t]+(?![될된되하할한했]|이?라)\S/u
/** A quoted span of one short word. */
const ONE_WORD = /^\S{1,15}$/u
/** A label right before the quotation: `(주제) “…”`, `슬로건: “…”`. */
const LABEL_BEFORE = /(?:\)|:|：)\s*$/u
/** The end of a sentence. */
const SENTENCE_END = /(?:다|요|음|함|임|것)\s*[.。]|[.。]\s*\n|다\s*\n/gu
/** A blank line: where a paragraph starts. */
const BLANK_LINE = /\n[ \t]*\n/gu
/** A list marker at the start of a wrapped line. */
const LINE_START = /\n[ \t]*(?:[□■ㅇ○◦●▪▸·\-–]\s*)?/gu
/** A footnote mark written onto a word inside a quotation (`32%*를`). */
const INNER_MARK = /(?<=[^\s*])\*+/gu
/** A post word, with a rank in brackets (`정보작전참모부장(소장)은`) and its topic or subject particle, that ends a speaker's title. */
const POST_WORD = new RegExp(`(?<![가-힣])([가-힣A-Za-z0-9·]*?(?:${POSTS}))(?:\\([^()]{1,30}\\))?(?:은|는|이|가|도)?(?=[\\s“",]|$)`, 'gu')
/** A word that is a post alone or ends in one (`부총리`, `인구아동정책관`). */
const POST_ONLY = new RegExp(`(?:${POSTS})$`, 'u')
/**
 * The subject right before a quotation, whatever its post (`박소영 연구사는 “`, `김동건
 * 심사위원은, “`, `정운태 대표(전라남도 영암군)는 “`): a word, a bracket, a topic or subject
 * particle, perhaps a comma (a subject particle, `가`, marks things said about more often than speakers).
 */
const ADJACENT_SUBJECT = /(?<![가-힣])([가-힣]{1,10})(?:\([^()]{1,30}\))?(?:은|는)\s*,?\s*$/u
/** A surname alone before a post (`박 차관은`, `김 청장은`): the speaker named earlier. */
const SURNAME_POST = /(?<![가-힣])([가-힣]{1,2})\s+([가-힣A-Za-z0-9·]*?(?:부총리|총리|장관|차관보|차관|실장|청장|처장|원장|위원장|본부장|국장|과장|센터장|단장|회장|대표|총장|이사장|교수|시장|도지사|지사|군수|구청장|교육감|의원|차장|대변인|이사|소장|관장|사장|부장|팀장|직무대행))(?:은|는|이|가|도)?(?=[\s“",]|$)/gu
/** A post alone as the sentence's subject right before the quotation (`부총리는 “`, `이어 장관은 “`). */
const BARE_POST = /(?:^|\s)((?:부총리|총리|장관|차관|청장|처장|원장|위원장|본부장|시장|도지사|군수|구청장|교육감|총장|이사장|대사))(?:은|는)\s*,?\s*$/u
/** Where a clause ends: a full stop, a sentence's ending, a comma. */
const CLAUSE_END = /[.?!,]\s|다\s/u
/** A list marker or other sign written onto a word's start (`□박영범`). */
const LEADING_MARK = /^[^\p{L}\p{N}(]+/u
/** A sentence opened by a name and its topic particle, a bracket between (`관세청(청장 …)은 `). */
const BODY_TOPIC = /^\s*(?:[□■○◦ㅇ●▪▸·\-–]\s*)?([가-힣A-Za-z·]{2,30})(?:\([^()]*\))?(?:은|는)\s/u
/** The bracket after a post: `(김종근)`, `(고위공무원 윤창문)`, `(한금석 소장)`. */
const HOLDER_BRACKET = /\(([^()]{2,30})\)/u
/** A person called by name and 씨 right before the quotation, a note in brackets on either side of 씨. */
const ADDRESSED = /(?<![가-힣])([가-힣]{2,4})\s?(?:\([^()]{1,30}\)\s?)?씨(?:\([^()]{1,30}\))?(?:는|가)\s*,?\s*$/u
/** A noun's tag (체언). */
const NOUN_TAG = /^(?:NNG|NNP|NR|SL|XSN)/u
/** A pronoun subject: the speaker named before goes on speaking. */
const PRONOUN = /^(?:그|그녀|이어|또한|특히)$/u
/** A word saying where, at or on what (`간담회에서`, `회의에`, `간담회를 마무리하며`, `(간담회`): no speaker's body, though it ends as one does. */
const OCCASION_WORD = /(?:에서|에게|에|을|를)(?:는|도)?$|^\(/u
/** An official quoted without a name: `산업부 관계자는`. */
const OFFICIAL = /([가-힣A-Za-z()·]+)\s+관계자(?:는|가|도)?\s/gu
const SPEAKER_WINDOW = 5
/** How far back (characters) a quotation without its own speaker continues the last one. */
const CONTINUATION_REACH = 2500

interface Speaker {
  name: string | null
  position: string | null
  organization: string | null
}

/** A quoted span: the offsets of its marks and what lies between. */
interface Quoted {
  open: number
  close: number
  content: string
}

/**
 * unified plugin: fill `quotes`.
 */
export function quotes() {
  return (tree: Root, file: VFile) => {
    const record = draft(file)
    const text = record.text
    const found = quotedSpans(lines(tree), text)
    const spoken = found.map(() => false)
    // Right to left, so that a span chained to the next one takes its verdict.
    for (let i = found.length - 1; i >= 0; i--) {
      const q = found[i]!
      const next = found[i + 1]
      const chained = next !== undefined && CHAIN.test(flow(text.slice(q.close + 1, next.open))) && spoken[i + 1]!
      spoken[i] = chained || isSpoken(text, q)
    }
    const out: Quote[] = []
    let previous: { speaker: Speaker; at: number } | null = null
    found.forEach((q, i) => {
      if (!spoken[i]) return
      const before = sentenceBefore(text, q.open)
      // The quotation's own paragraph first: a line above it that closes no sentence (a table's, a
      // note's) is no part of its speaker's title.
      let speaker = lastSpeaker(before.paragraph, true) ?? lastSpeaker(before.paragraph) ?? lastSpeaker(before.current, true) ?? lastSpeaker(before.current) ?? referredSpeaker(text, q.open, before.current)
      // A subject of its own right before the quotation that names no person: a body speaks
      // (`관세청은 “`), or someone the release does not name; a pronoun (`그는 “`) goes on.
      const own = speaker ? null : (ownSubject(before.current, previous?.speaker ?? null) ?? bodyTopic(before.paragraph))
      if (own) speaker = own
      // The sentence before names a speaker after the last quotation: it is the newer one.
      const lastSaid = speaker || own ? null : lastSpeaker(before.previous) ?? referredSpeaker(text, q.open, before.previous)
      const newer = previous === null || q.open - previous.at > before.current.length + before.previous.length
      if (!speaker && !own && previous && q.open - previous.at <= CONTINUATION_REACH && !(lastSaid && newer)) speaker = previous.speaker
      speaker ??= lastSaid
      speaker ??= { name: null, position: null, organization: null }
      if (speaker.name || speaker.position || speaker.organization) previous = { speaker, at: q.close }
      const start = q.open + 1
      out.push(traceSpeaker(text, { speaker, text: quoteText(q.content), span: { start, end: q.close } }, q.open))
    })
    record.quotes = out
  }
}

/**
 * Trace the speaker's fields to where they were last written before the quotation (the
 * sentence's subject, or the earlier sentence a continuing or referring quote takes them from).
 */
function traceSpeaker(text: string, quote: Quote, open: number): Quote {
  for (const field of ['name', 'position', 'organization'] as const) {
    const value = quote.speaker[field]
    const at = value ? text.lastIndexOf(value, open) : -1
    if (at >= 0) traceValue(quote, `speaker.${field}`, { start: at, end: at + value!.length })
  }
  return quote
}

/**
 * The double-quoted spans of the release's lines, in order: a curly pair may run over a
 * wrapped line or two, a straight pair too where no other mark comes between.
 *
 * @param all The lines of the tree.
 * @param text The document text.
 */
function quotedSpans(all: Line[], text: string): Quoted[] {
  const out: Quoted[] = []
  let cursor = 0
  for (const line of all) {
    if (SKIPPED_KINDS.has(line.kind)) continue
    const end = line.position.end.offset!
    if (end <= cursor) continue
    const value = text.slice(Math.max(cursor, line.valueStart), end)
    const base = Math.max(cursor, line.valueStart)
    for (const m of value.matchAll(OPENING)) {
      const open = base + m.index
      if (open < cursor) continue
      const close = closingMark(text, open)
      if (close < 0) continue
      out.push({ open, close, content: text.slice(open + 1, close) })
      cursor = close + 1
    }
  }
  return out
}

/**
 * The offset of the mark closing the one at `open`, or -1.
 */
function closingMark(text: string, open: number): number {
  let breaks = 0
  for (let i = open + 1; i < text.length && i - open <= MAX_LENGTH; i++) {
    const c = text[i]!
    if (c === '\n' && ++breaks > MAX_BREAKS) return -1
    // A closing mark written as an opening one (`한다“고`): a word before it, a quotative after.
    if (c === '“') return /\S/u.test(text[i - 1]!) && /^(?:고|며|라|이라)/u.test(text.slice(i + 1, i + 3)) ? i : -1
    if (CLOSING.test(c)) return i - open > 1 ? i : -1
  }
  return -1
}

/**
 * Whether the sentence has someone say the quoted span.
 */
function isSpoken(text: string, q: Quoted): boolean {
  const after = flow(text.slice(q.close + 1, q.close + 120))
  const rest = after.slice(0, Math.max(0, after.search(/[“"]|다\s*[.]/u)) + 3 || after.length)
  const before = flow(text.slice(Math.max(0, q.open - 60), q.open))
  if (NAMING_AFTER.test(after)) return false
  const named = lastSpeaker(before.slice(before.lastIndexOf('\n') + 1), true) !== null
  // A speaker right before it makes even a nominal span speech (`○○ 협력관은 “… 어려움이 있는 점”을 공감하며`).
  if (!named && isObjectNamed(after, q.content)) return false
  // One word that closes no sentence (`“메로”라고 불리는`, `“색(Color)”을 강조하는`) names a thing.
  if (!named && ONE_WORD.test(q.content.trim()) && !SENTENCE_CLOSE.test(q.content.trim())) return false
  // A span written apart from the word after it, no speech verb, not closing as a sentence,
  // names that word (`“○○ 추진 협의회” 첫 회의를 개최하였다고 밝혔다`, `“○○ 자율점검” 시범사업을`).
  const raw = text.slice(q.close + 1, q.close + 40)
  if (!named && NOUN_APART.test(raw) && !SPEECH_START.test(raw.trimStart()) && !SENTENCE_CLOSE.test(q.content.trim())) return false
  if (QUOTATIVE.test(after) || PARTICLE_THEN_SPEECH.test(after)) return true
  if (LABEL_BEFORE.test(before)) return false
  if (named) return true
  const long = q.content.trim().length >= 10 && /\s/u.test(q.content.trim())
  return long && SAID.test(rest)
}

/**
 * Whether a quoted span is the name of what an act other than speech takes as its object
 * (`“○○ 세부적용방안”을 의결했다고 밝혔다`, `“○○ 개선방안”을 확정·발표한`): the first
 * verb after its object particle is no speech verb, and the span does not close as a sentence.
 *
 * @param after Text after the closing mark.
 * @param content The quoted span.
 */
function isObjectNamed(after: string, content: string): boolean {
  const verb = OBJECT_VERB.exec(after)?.[1]
  return verb !== undefined && !SPEECH_START.test(`${verb}하`) && !SENTENCE_CLOSE.test(content.trim())
}

/**
 * The text of the sentence up to a quotation, of its paragraph's part of it, and of the sentence
 * before it (list markers of wrapped lines dropped, lines joined).
 */
function sentenceBefore(text: string, open: number): { current: string; previous: string; paragraph: string } {
  const from = Math.max(0, open - 600)
  const window = text.slice(from, open)
  const ends = [...window.matchAll(SENTENCE_END)].map((m) => m.index + m[0].length)
  const last = ends.at(-1) ?? 0
  const prior = ends.at(-2) ?? 0
  const blank = [...window.matchAll(BLANK_LINE)].at(-1)
  const paragraph = Math.max(last, blank ? blank.index + blank[0].length : 0)
  return { current: flow(window.slice(last)), previous: flow(window.slice(prior, last)), paragraph: flow(window.slice(paragraph)) }
}

/**
 * Text with its wrapped lines joined: list markers at line starts dropped, breaks as spaces.
 */
function flow(value: string): string {
  return value.replace(LINE_START, ' ').replace(/[ \t]+/gu, ' ')
}

/**
 * A quotation's text: wrapped lines joined and white space folded (as a title's), footnote
 * marks on its words dropped (`32%*를` → `32%를`); the span keeps the text as written.
 */
function quoteText(content: string): string {
  return content.replace(INNER_MARK, '').replace(/\s+/gu, ' ').trim()
}

/**
 * The last speaker named before a quote: a post word (`제2차관은`) and, among the few words
 * before it, a person's name; the other words are the organization.
 *
 * @param before Text before the quote.
 * @param adjacent Whether the title must end right before the quote.
 */
function lastSpeaker(before: string, adjacent = false): Speaker | null {
  // `박종대(1940년생) 씨는 “`, `김해구씨(남, 52세)는 “`: a name, its note in brackets, 씨.
  const addressed = adjacent ? ADDRESSED.exec(before) : null
  if (addressed && (isPersonName(addressed[1]!) || isNameBeforePost(addressed[1]!))) return { name: addressed[1]!, position: '씨', organization: null }
  let found: Speaker | null = null
  for (const m of before.matchAll(OFFICIAL)) if (!adjacent) found = { name: null, position: null, organization: m[1]! }
  for (const m of before.matchAll(POST_WORD)) {
    if (adjacent && !/^\s*,?\s*$/u.test(before.slice(m.index + m[0].length))) continue
    const words = before.slice(0, m.index).trim().split(/\s+/u).slice(-SPEAKER_WINDOW)
    const s = speakerOf(words, m[1]!) ?? (adjacent ? bracketedHolder(words, m[1]!, m[0]) : null)
    if (s) found = s
  }
  return found ?? (adjacent ? namedSubject(before) : null)
}

/**
 * A post right before the quotation whose holder is named in brackets after it (`중앙119구조본부장(김종근)은`,
 * `감시전자사업부장(고위공무원 윤창문)은`, `울진산림항공관리소장(한금석 소장)은`): the name is
 * the bracket's last word, or its first where a post follows it.
 *
 * @param words The words before the post (its body, if any).
 * @param post The post.
 * @param written The post as written, with its bracket and particle.
 */
function bracketedHolder(words: string[], post: string, written: string): Speaker | null {
  const inside = HOLDER_BRACKET.exec(written)?.[1]?.trim().split(/\s+/u)
  if (!inside) return null
  const name = [inside.at(-1)!, inside[0]!].find((w) => isPersonName(w) || isNameBeforePost(w))
  if (!name) return null
  const bodies = words.map((w) => w.replace(LEADING_MARK, '')).filter(isBodyName)
  return { name, position: post, organization: bodies.at(-1) ?? null }
}

/**
 * The speaker of a quotation opened right after its subject, where the subject's post is none
 * of the known ones (`연구사`, `심사위원`, `경찰옴부즈만`, `님`): a person's name right before
 * the post, with only bodies' names between them (`이용권 산림청 산림재난통제관은 “`).
 *
 * @param before Text before the quote.
 */
function namedSubject(before: string): Speaker | null {
  const m = ADJACENT_SUBJECT.exec(before)
  if (!m) return null
  const words = before.slice(0, m.index).trim().split(/\s+/u).slice(-SPEAKER_WINDOW)
  let at = words.length - 1
  while (at >= 0 && isBodyName(words[at]!)) at--
  if (at < 0 || !(isPersonName(words[at]!) || isNameBeforePost(words[at]!))) return null
  const organization = words.slice(at + 1).join(' ') || null
  return { name: words[at]!, position: m[1]!, organization }
}

/**
 * The subject right before a quotation where it names no person the release names: a body
 * (`관세청은 “` → organization 관세청), a post of someone other than the last speaker
 * (`팀장은 “` after a 장관's remarks), or null fields (`참가자들은 “`); none for a pronoun
 * (`그는 “`) or the last speaker's own post (`장관은 “` after a 장관's), who goes on speaking.
 *
 * @param before Text before the quote.
 * @param last The speaker of the quotation before.
 */
function ownSubject(before: string, last: Speaker | null): Speaker | null {
  const m = ADJACENT_SUBJECT.exec(before)
  if (!m) return null
  const word = m[1]!
  // Only a noun is a subject (`대해서는 “`, `…이라는 “` are no subjects of their own).
  if (PRONOUN.test(word) || !NOUN_TAG.test(tokenize(word).at(-1)!.pos[0]!)) return null
  if (POST_ONLY.test(word) && word !== '씨') {
    const same = last?.position != null && (last.position.endsWith(word) || word.endsWith(last.position))
    return same ? null : { name: null, position: word, organization: null }
  }
  if (isBodyName(word) || hasBodyEnding(word)) return { name: null, position: null, organization: word }
  return { name: null, position: null, organization: null }
}

/**
 * A body that opens the quotation's sentence as its topic (`중수본은 … 농가에 대해 “`,
 * `국민권익위원회(위원장 …)는 … 사안에 대해 “`): the body speaks, where no person does.
 *
 * @param sentence The sentence (within its paragraph) up to the quotation.
 */
function bodyTopic(sentence: string): Speaker | null {
  const m = BODY_TOPIC.exec(sentence)
  return m && isBodyName(m[1]!) ? { name: null, position: null, organization: m[1]! } : null
}

/**
 * A speaker referred to by surname and post (`박 차관은`, `이 국무2차장은`): the person of
 * that surname named with that post earlier in the release (`박진규 1차관`).
 *
 * @param text The document text.
 * @param open Offset of the quotation.
 * @param sentence The sentence up to the quotation.
 */
function referredSpeaker(text: string, open: number, sentence: string): Speaker | null {
  const m = [...sentence.matchAll(SURNAME_POST)].at(-1)
  // A post alone as the subject (`부총리는 “`): the person named earlier with that post.
  const bare = m ? null : BARE_POST.exec(sentence)
  if (!m && !bare) return null
  const [surname, post] = m ? [m[1]!, m[2]!] : ['', bare![1]!]
  const earlier = flow(text.slice(0, open))
  // A body's head introduced in brackets (`외교부(장관 박진)`, `산림청(청장 임상섭, 이하 …)`).
  const head = new RegExp(`([가-힣A-Za-z·]+)\\(\\s*${post}\\s+(${surname}[가-힣]{${surname ? '1,2' : '2,3'}})\\s*[,)]`, 'uy')
  for (const f of [...earlier.matchAll(new RegExp(post, 'gu'))].reverse()) {
    const wordStart = earlier.lastIndexOf(' ', f.index) + 1
    head.lastIndex = wordStart
    const introduced = head.exec(earlier)
    if (introduced && isBodyName(introduced[1]!)) return { name: introduced[2]!, position: post, organization: introduced[1]! }
    // The words of its own clause only: a body's name in the sentence before is none of its.
    const clause = earlier.slice(Math.max(0, wordStart - 80), wordStart).split(CLAUSE_END).at(-1)!
    const words = clause.trim().split(/\s+/u).slice(-SPEAKER_WINDOW).map((w) => w.replace(LEADING_MARK, ''))
    const found = speakerOf(words, post)
    if (!found || !found.name!.startsWith(surname) || found.name!.length === surname.length) continue
    // Its body is the one written between the name and the post (`강도형 해양수산부 장관`).
    const between = words.slice(words.lastIndexOf(found.name!) + 1).filter((w) => w !== '겸')
    return { ...found, organization: between.length > 0 && between.every(isBodyName) ? between.join(' ') : null }
  }
  return null
}

/**
 * Words before a post → speaker: `[박민수, 보건복지부]` + `제2차관`, or
 * `[농촌진흥청, 국립원예특작과학원, 김명수]` + `원장`.
 *
 * @returns The speaker, or null where no person is named.
 */
export function speakerOf(words: string[], post: string): Speaker | null {
  let at = -1
  for (let i = words.length - 1; i >= 0; i--) {
    if (isPersonName(words[i]!) || isNameBeforePost(words[i]!)) {
      at = i
      break
    }
    if (!/^[가-힣A-Za-z0-9·()㈜]+$/u.test(words[i]!) || /[은는이가을를의에]$/u.test(words[i]!) && !isBodyName(words[i]!)) break
  }
  if (at < 0) return null
  // Mentions lose their particles (`보건복지부의` → `보건복지부`) before they are judged.
  const between = words.slice(at + 1).filter((w) => w !== '겸').map(stripParticles)
  const orgWords = between.length > 0 ? between.filter(isBodyName) : bodiesBefore(words.slice(0, at))
  return { name: words[at]!, position: post, organization: orgWords.join(' ') || null }
}

/**
 * The bodies written right before a speaker's name (`농촌진흥청 국립원예특작과학원 버섯과 김명수`;
 * the subject of the sentence, `보건복지부는 … 김민수`): the run of bodies' names ending at the
 * name (a division too, `버섯과`, not a body joined by `과`/`와`), else the last two among the
 * words; not a word saying where or on what (`간담회에서`).
 *
 * @param words The words before the name.
 */
function bodiesBefore(words: string[]): string[] {
  let from = words.length
  while (from > 0 && isBodyName(words[from - 1]!) && !CONJOINED.test(words[from - 1]!)) from--
  if (from < words.length) return words.slice(from).slice(-MAX_BODIES)
  return words.filter((w) => !OCCASION_WORD.test(w)).map(stripParticles).filter(isBodyName).slice(-2)
}

/** The last syllable of a word inflected or marked by a particle (`주재한`, `개최된`, `위원인`, `정부가`, `장관의`). */
const WORD_ENDING = /[한된할인는은을를의에와과가이도만서며고]$/u

/** Particles, and the endings of a verb or adjective (`주재한` = 주재 + 하 + ㄴ). */
const INFLECTED = /^(?:J|ETM|XSV|XSA)/u

/**
 * Whether a word among those before a post is a name though the dictionary splits it into
 * common nouns (`장갑열 과장`, `강도형 해양수산부 장관`): a name's shape of three syllables
 * that the dictionary does not know as one word, that ends in no common noun of its own
 * (`남동생`) and is no inflected verb (`주재한`, `이어서`).
 */
function isNameBeforePost(word: string): boolean {
  if (word.length !== 3 || !isSurnameShaped(word) || hasBodyEnding(word)) return false
  const tokens = tokenize(word)
  const tail = tokens.at(-1)!
  // A common noun of two syllables or more at its end makes it a word (`남동생` = 남 + 동생).
  const wordTail = tokens.length > 1 && tail.surface.length >= 2 && /^NN[GB]$/u.test(tail.pos[0]!)
  // An inflected word opens with a verb's stem (`이어서`) or ends in its ending or particle
  // (`주재한`, `이러한`, `정부가`); a name the dictionary splits may read a syllable of it as one
  // (`류필무` = 류 + 필 + 무, `서형진` = 서형 + 진, `김수란` = 김수 + 란).
  const inflected = tokens.some((t) => t.pos.some((p) => INFLECTED.test(p)))
  if (inflected && (!/^NN/u.test(tokens[0]!.pos[0] ?? '') || WORD_ENDING.test(word))) return false
  return (tokens.length > 1 || tokens[0]!.unknown) && !wordTail
}
