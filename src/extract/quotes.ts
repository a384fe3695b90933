/**
 * Direct quotations (인용) with their speakers, resolved from the sentence:
 * `박민수 보건복지부 제2차관은 “…”라고 말했다` → name 박민수, organization 보건복지부,
 * position 제2차관. A quote without a speaker of its own continues the previous speaker's
 * remarks in the same or the previous paragraph.
 */
import type { Root } from '../parse/tree.js'
import type { VFile } from 'vfile'
import type { Quote } from '../schema/record.js'
import { draft, lines } from './context.js'
import { isBodyName, isPersonName } from './gazetteer/persons.js'
import { stripParticles } from './morphemes.js'

const QUOTED = /[“"]([^“”"]{8,}?)[”"]/gu
/** Speech endings right after the closing mark. */
const SPEECH_AFTER = /^\s*(?:(?:이?라|이?다|고|며)(?:고|며|면서)?|\s*라고)\s*|^\s*(?:고|며)\s*(?:말|밝|강조|당부|전했|언급|덧붙|설명|소감)/u
const SPEECH_VERB = /^[^“"]{0,20}?(?:말|밝|강조|당부|전했|전하|언급|덧붙|설명|소감|격려|약속|다짐|주문|요청|제안|촉구|호소)/u
/** A post word, followed by its topic or subject particle, that ends a speaker's title. */
const POST_WORD = /(?<![가-힣])([가-힣A-Za-z0-9·]*?(?:부총리|총리|장관|차관|실장|청장|처장|원장|위원장|본부장|국장|과장|센터장|단장|회장|부회장|대표|대표이사|총장|이사장|교수|박사|시장|도지사|지사|군수|구청장|교육감|의원|차장|대변인|이사|소장|관장|사장|부장|팀장|대통령|비서관|수석|조정관|정책관|기획관|씨|어린이|학생))(?:은|는|이|가|도)?(?=[\s“"]|$)/gu
const SPEAKER_WINDOW = 5

interface Speaker {
  name: string | null
  position: string | null
  organization: string | null
}

/**
 * unified plugin: fill `quotes`.
 */
export function quotes() {
  return (tree: Root, file: VFile) => {
    const record = draft(file)
    const out: Quote[] = []
    let previous: { speaker: Speaker; line: number } | null = null
    for (const line of lines(tree)) {
      if (line.kind === 'title' || line.kind === 'footnote' || line.kind === 'header') continue
      const text = line.value
      let lineSpeaker: Speaker | null = null
      for (const m of text.matchAll(QUOTED)) {
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30)
        const before = text.slice(0, m.index)
        const directSpeaker = /[가-힣]\s*(?:은|는)?\s*$/u.test(before) ? lastSpeaker(before.slice(-40), true) : null
        const spoken = (SPEECH_AFTER.test(after) && SPEECH_VERB.test(after)) || /^\s*이?라(?:고|며|면서)/u.test(after) || /^\s*\S{0,4}\s*(?:을|를)?\s*(?:강조|밝|말)/u.test(after)
        if (!spoken && !directSpeaker) continue
        let speaker: Speaker | null = directSpeaker ?? lastSpeaker(before) ?? lineSpeaker
        const lineNo = line.position.start.line
        if (!speaker && previous && lineNo - previous.line <= 4) speaker = previous.speaker
        speaker ??= { name: null, position: null, organization: null }
        if (speaker.name || speaker.position) {
          lineSpeaker = speaker
          previous = { speaker, line: lineNo }
        }
        const start = line.valueStart + m.index + 1
        out.push({ speaker, text: m[1]!.trim(), span: { start, end: start + m[1]!.length } })
      }
    }
    record.quotes = out
  }
}

/**
 * The last speaker named before a quote: a post word (`제2차관은`) and, among the few words
 * before it, a person's name; the other words are the organization.
 *
 * @param before Text before the quote.
 * @param adjacent Whether the title must end right before the quote.
 */
function lastSpeaker(before: string, adjacent = false): Speaker | null {
  let found: Speaker | null = null
  const official = /([가-힣A-Za-z()·]+)\s+관계자(?:는|가|도)?\s/gu
  for (const m of before.matchAll(official)) if (!adjacent) found = { name: null, position: null, organization: m[1]! }
  for (const m of before.matchAll(POST_WORD)) {
    if (adjacent && before.slice(m.index + m[0].length).trim() !== '') continue
    const words = before.slice(0, m.index).trim().split(/\s+/u).slice(-SPEAKER_WINDOW)
    const s = speakerOf(words, m[1]!)
    if (s) found = s
  }
  return found
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
    if (isPersonName(words[i]!)) {
      at = i
      break
    }
    if (!/^[가-힣A-Za-z0-9·()]+$/u.test(words[i]!) || /[은는이가을를의에]$/u.test(words[i]!) && !isBodyName(words[i]!)) break
  }
  if (at < 0) return null
  // Mentions lose their particles (`보건복지부의` → `보건복지부`) before they are judged.
  const between = words.slice(at + 1).filter((w) => w !== '겸').map(stripParticles)
  const orgWords = between.length > 0 ? between.filter(isBodyName) : words.slice(0, at).map(stripParticles).filter(isBodyName).slice(-2)
  return { name: words[at]!, position: post, organization: orgWords.join(' ') || null }
}
