/**
 * Glossary (용어 설명): footnotes of the form `term (English, ABBR) : definition`.
 */
import type { Root } from '../parse/tree.js'
import type { VFile } from 'vfile'
import type { GlossaryEntry } from '../schema/record.js'
import { draft } from './context.js'
import { tokenize } from './morphemes.js'
import { isBodyName } from './gazetteer/persons.js'

const DEFINITION = /^(.{1,40}?)\s*(?:\((.*)\))?\s*[:：]\s*(.+)$/u
const ABBREVIATION = /^[A-Z][A-Z0-9&.]{1,9}$/u
const LATIN_PHRASE = /^[A-Za-z][A-Za-z\s'&.-]+$/u
const EXPANSION_FIRST = /^([A-Z][A-Za-z'&.-]*(?:\s+[A-Za-z'&.-]+)+)\s*,\s*(.+)$/u
const NOT_A_TERM = /(?:다|음|함|됨|며|고|서|선택)$|^\(|[.,]$|(?:있음|한다|했다|된다)|제\d+조|^법\s|https?$|www$/u
/** A definition that is a schedule, a link or a change, not a meaning. */
const NOT_A_DEFINITION = /^(?:\/\/|[’‘'`]?\d{2,4}\s*\.\s*\d{1,2}\s*\.\s*\d{1,2}|\d{1,2}:\d{2}|https?:|www\.)|→/u
/** Figures with their units (`7점`, `47.8%`, `6,561명`). */
const FIGURE = /\d+(?:[.,]\d+)*\s*(?:%|명|점|개|건|억|조|만|원|톤|대|곳|회)/gu
/** A schedule, a ranking or a numbered list in place of a meaning (`15:17~15:25`, `A > B`, `①…`). */
const LISTING = /\d{1,2}:\d{2}|\s>\s|^[①-⑳❶-❿]/u
/** A term that is an overview's label or a list's heading: `일시/장소`, `주요 내용`, `▴붙임 4`. */
const LABEL_TERM = /[/→▴▲]|^주요\s?|붙\s*임|별\s*첨/u
/** Labels that introduce a note, not a term: `출처 :`, `단위 :`. */
const NOTE_LABEL = /^(?:출처|자료|단위|주|참고|비고|예시|사례|문의|담당|기준|기간)$/u
const MIN_TERM = 2
/** Where a note may start defining another term: a short term with English in brackets, then a colon. */
const NEXT_DEFINITION = /\s(?=[A-Za-z가-힣][^\s:：()]{0,20}\s?\([A-Za-z][^()]*\)\s*[:：]\s)/gu

/**
 * A note cut where, after one definition's colon, another `term (English) :` begins.
 */
export function definitions(text: string): string[] {
  const parts: string[] = []
  let from = 0
  for (const m of text.matchAll(NEXT_DEFINITION)) {
    if (!/[:：]/u.test(text.slice(from, m.index))) continue
    parts.push(text.slice(from, m.index))
    from = m.index + 1
  }
  parts.push(text.slice(from))
  return parts
}
const MAX_TERM = 30
/** A bracket after the term that gives its English or its Chinese characters (`Bus Rapid Transit`, `瓦瓦工`). */
const ORIGINAL_NAME = /[A-Za-z]{2,}|\p{Script=Han}/u
/** An English name spelled out in a definition's bracket (`(European Financial Reporting Advisory Group)`). */
const ENGLISH_EXPANSION = /\([A-Za-z][A-Za-z'&.-]*(?:\s+[A-Za-z'&.-]+)+\)/u
/** Examples, then the kind they are of: `A, B, C 등 공무집행방해`. */
const KINDS_BY_EXAMPLE = /^[^\d]+,[^\d]+\s등\s+[가-힣]{2,}$/u
/** What a value has and a short gloss has not: figures, a list's separators, brackets, links. */
const VALUE_MARK = /[\d,，/△▴·()（）:：~∼]|\.[a-z]/u
/** A clause's endings: a modifier (`결합된 구조`), a nominalizer (`…하는 것임`), a sentence's end. */
const DESCRIPTIVE_ENDING = /ETM|ETN|EF/u

/**
 * unified plugin: fill `glossary` from the footnotes.
 */
export function glossary() {
  return (_tree: Root, file: VFile) => {
    const record = draft(file)
    const out: GlossaryEntry[] = []
    const seen = new Set<string>()
    for (const note of record.footnotes) {
      // One note may define several terms in turn (`KPS(…) : … KASS(…) : …`).
      for (const part of definitions(note.text)) {
        const entry = define(part)
        // A term defined again (the same note under several tables) is one entry.
        if (!entry || seen.has(`${entry.term}|${entry.definition}`)) continue
        seen.add(`${entry.term}|${entry.definition}`)
        out.push({ ...entry, span: note.span })
      }
    }
    record.glossary = out
  }
}

/**
 * Read a definition: `차세대 염기서열분석 (Next Generation Sequencing, NGS) : DNA 조각을 …`.
 *
 * @param text A footnote's text.
 * @returns The entry's parts, or null where the text is not a definition.
 */
export function define(text: string): Omit<GlossaryEntry, 'span'> | null {
  const m = DEFINITION.exec(text)
  if (!m) return null
  const term = m[1]!.trim().replace(/[「」｢｣‘’“”]/gu, '')
  const inner = (m[2] ?? '').replace(/[()]/gu, '').trim()
  let definition = m[3]!.trim()
  if (term.length < MIN_TERM || term.length > MAX_TERM || NOT_A_TERM.test(term) || definition === '') return null
  if (NOT_A_DEFINITION.test(definition) || /[가-힣]/u.test(inner) || /[()]/u.test(term) || NOTE_LABEL.test(term)) return null
  if (LABEL_TERM.test(term) || LISTING.test(definition) || isDataNote(definition)) return null
  let english: string | null = null
  let abbreviation: string | null = null
  for (const part of inner.split(/\s*[,，]\s*/u).filter(Boolean)) {
    if (ABBREVIATION.test(part) && !part.includes(' ')) abbreviation ??= part
    else if (LATIN_PHRASE.test(part)) english ??= part
  }
  if (inner !== '' && !english && !abbreviation && /[가-힣]/u.test(inner) === false) english = inner
  if (!abbreviation && english && ABBREVIATION.test(term)) abbreviation = term
  const expansion = EXPANSION_FIRST.exec(definition)
  if (!abbreviation && !english && ABBREVIATION.test(term) && expansion) {
    abbreviation = term
    {
      english = expansion[1]!
      definition = expansion[2]!
    }
  }
  if (!abbreviation && !ORIGINAL_NAME.test(english ?? '') && !describes(definition)) return null
  return { term, english, abbreviation, definition }
}

/**
 * Whether a note's text after its colon says what its term is: it describes (a verb or an
 * adjective modifies a noun, `당 분자가 결합된 구조를 가진 화합물`; a clause ends, or is clipped
 * after its object, `… 전 과정을 담당`; examples and their kind, `무허가, 영해침범 등 공무집행방해`),
 * spells out an
 * English name, or glosses it in a plain noun phrase (`기둥구멍`, `소방청 공식 유튜브 채널`).
 * Where it only lists, places, dates or counts (`국립수목원, 물향기수목원(경기)`, `경기도 성남시
 * … 815`, `2월 상·중순`) or names a body, the note is a label and its value (`참여기관 : …`), not
 * a term and its meaning. A term given with its English, Chinese characters or abbreviation is
 * a term whatever follows.
 *
 * @param definition The text after the colon.
 */
function describes(definition: string): boolean {
  if (/^[A-Za-z][A-Za-z\s'&.,-]+$/u.test(definition) || ENGLISH_EXPANSION.test(definition)) return true
  const tokens = tokenize(definition)
  if (tokens.some((t) => t.pos.some((p) => DESCRIPTIVE_ENDING.test(p)))) return true
  // A clause with an object: a verb (`격자를 설정하여 … 집계`), or a clipped predicate, an object
  // and its verbal noun (`… 전 과정을 담당`) where no figure is given.
  const verb = tokens.some((t) => t.pos.some((p) => /^(?:VV|XSV)/u.test(p)))
  if (tokens.some((t) => t.pos[0] === 'JKO') && (verb || !/\d/u.test(definition))) return true
  // Kinds named by examples (`무허가, 영해침범, 폭력저항 등 공무집행방해`), not counted (`… 등 6개국`).
  if (KINDS_BY_EXAMPLE.test(definition)) return true
  const gloss = !VALUE_MARK.test(definition) && tokens.at(-1)?.pos[0] === 'NNG'
  return gloss && !isBodyName(definition.replace(/\s+/gu, ''))
}

/**
 * Whether a note's text is figures rather than a meaning: two figures or more, more than one
 * for every five words (`표창 7점, 3점, 11점`, `104개소(서울 28개소, …)`), where a definition
 * mentions a figure or two in passing (`아세안 10개국 … (총 15개국)`).
 */
function isDataNote(definition: string): boolean {
  const figures = definition.match(FIGURE)?.length ?? 0
  return figures >= 2 && figures / definition.split(/\s+/u).length > 0.2
}
