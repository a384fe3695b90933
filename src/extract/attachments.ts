/**
 * Attachments (붙임 / 별첨 / 첨부 list): `<붙임> 1. 제목`, `【붙임】 제목`, `(붙임1) 제목`,
 * `붙임 : 제목. 끝.`, and a list whose entries continue on the lines below (`2. …`,
 * `- …`). Where a release has no such list, the appended sections headed `붙임` / `참고` /
 * `별첨` (the heading alone on its line, its title on the next, or `<참고1> 제목`) name the
 * attachments. Table cells and the content of the sections are never attachments.
 */
import type { Line, Root } from '../parse/tree.js'
import type { VFile } from 'vfile'
import type { Attachment } from '../schema/record.js'
import { draft } from './context.js'
import { fold } from '../util/text.js'

/**
 * The opener: an optional dash or `※`, a bracket, the word (붙임, 별첨, 첨부, 참고), a number,
 * the closing bracket or a `.` / `:`; then a separator, never a syllable (`참고로`, `첨부파일`:
 * see OPENER_END).
 */
const OPENER = /^(?:-\s*)?(?:※\s*)?(?:참고\s*자료\s*[:：]\s*)?([<【\[(《〔]?)\s*(붙\s*임|별\s*첨|첨\s*부|참\s*고)\s*(\d{0,2})\s*([>】\])》〕]?)\s*(?:[.:：]|-(?=\s))?\s*/u
/** How an opener ends where a title follows it: a bracket, number, `.`, `:` or a space. */
const OPENER_END = /[>】\])》〕.:：\d\s]$/u
/** A numbered entry: `1. 제목`, `2) 제목`, `- 1. 제목`. */
const NUMBERED = /^(?:-\s*)?(\d{1,2})\s*[.)](?!\d)\s*(?=\S)/u
/** The next numbered entry on a line that starts with one: `1. 제목 1부. 2. 제목` (not `2025. 3.`). */
const NEXT_ON_LINE = /(?<=\S)(?<!\d\.)\s+(\d{1,2})\.\s/gu
/** A dashed entry: `- 제목`. */
const DASHED = /^[-·]\s+(?=\S)/u
/** The end of the release's text: `. 끝.` */
const END_MARK = /끝\s*[.。]?\s*$/u
/** A contacts line that may follow the list: `담당 부서`, `문의`. */
const CONTACT_WORD = /^(?:담당|문의|연락처|책임자)/u
/** A notice, not a title: `<첨부 참조>`, `자세한 내용은 첨부파일을 참고하시기 바랍니다`. */
const NOTICE = /(?:참\s*조|참고하시기|바랍니다|입니다|습니다)\s*[>.]?\s*$/u
/** What closes a title: `1부`, `각 1부`, `. 끝.`, a closing bracket left from `<별첨 : …>`. */
const TITLE_TAIL = /(?:\s*(?:각\s*)?\d+\s*부)?\s*(?:[.。]\s*)?(?:끝\s*[.。]?)?\s*[>】]?\s*$/u
/** A title has no sentence ending and no list or table marker of the section's content. */
const NOT_A_TITLE = /^[□■○●◦ㅇ※*①-⑳]|(?:니다|[었였했한된있없이]다)\s*[.。]?$|다\s*[.。]$/u
const MAX_TITLE = 80
/** A title boxed in angle brackets whose closing one the tail took: `<제목>` → `<제목`. */
const BOXED = /^[<〈《]\s*([^<>〈〉《》]+?)\s*[>〉》]?$/u

/** An entry found, with where it came from. */
interface Found extends Attachment {
  /** `list` from a 붙임 list, `heading` from an appended section's heading. */
  from: 'list' | 'heading'
}

/**
 * unified plugin: fill `attachments`.
 */
export function attachments() {
  return (tree: Root, file: VFile) => {
    const record = draft(file)
    const text = record.text
    const found: Found[] = []
    const blocks = tree.children
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!
      if (block.type === 'table') {
        found.push(...tableHeadings(block.children.map((row) => row.children.filter((c) => c.value !== ''))))
        continue
      }
      if (block.kind === 'title' || block.kind === 'header' || block.kind === 'subtitle') continue
      const line = rawLine(block, text)
      const opener = OPENER.exec(line.raw)
      if (!opener || NOTICE.test(line.raw)) continue
      const [, open, word, digits, close] = opener as unknown as [string, string, string, string, string]
      const isReference = word.replace(/\s/gu, '') === '참고'
      const number = digits ? Number(digits) : null
      const rest = line.raw.slice(opener[0].length)
      if (rest.trim() !== '') {
        if (!OPENER_END.test(opener[0])) continue
        // 참고 opens a section only as a bracketed or numbered heading (`<참고1> …`), not in a note.
        if (isReference && ((!(open && close) && number === null) || /^[※-]/u.test(line.raw))) continue
        let from = opener[0].length
        for (const [k, part] of entriesOnLine(rest, number).entries()) {
          from = line.raw.indexOf(part, from)
          const entry = titled(part, line.start + from, k === 0 ? number : null, isReference ? 'heading' : 'list')
          if (entry) found.push(entry)
          from += part.length
        }
        if (!isReference) i = continuation(blocks, i, text, found, number === null && !NUMBERED.test(rest) && !END_MARK.test(rest))
        continue
      }
      // The opener alone: a list below it (`1. …`, `- …`), or the title of its section.
      const next = blocks[i + 1]
      if (next?.type !== 'line') continue
      const nextLine = rawLine(next, text)
      if (!isReference && (NUMBERED.test(nextLine.raw) || DASHED.test(nextLine.raw))) {
        i = continuation(blocks, i, text, found)
        continue
      }
      const entry = titled(nextLine.raw, nextLine.start, number, 'heading')
      if (entry) {
        found.push(entry)
        i++
      }
    }
    const list = found.filter((f) => f.from === 'list')
    record.attachments = (list.length > 0 ? list : found).map(({ from: _, ...a }) => a)
  }
}

/**
 * A line as written (marker and label included) and its offset.
 */
function rawLine(line: Line, text: string): { raw: string; start: number } {
  const start = line.position.start.offset!
  const raw = text.slice(start, line.position.end.offset!)
  const lead = raw.length - raw.trimStart().length
  return { raw: raw.trim(), start: start + lead }
}

/**
 * The entries continuing a list on the lines after `at` (`2. …`, `- …`); returns the index
 * of the last one.
 */
function continuation(blocks: Root['children'], at: number, text: string, found: Found[], unmarked = false): number {
  let i = at
  for (let j = at + 1; j < blocks.length; j++) {
    const block = blocks[j]!
    if (block.type !== 'line') break
    const line = rawLine(block, text)
    const numbered = NUMBERED.exec(line.raw)
    const dashed = numbered ? null : DASHED.exec(line.raw)
    const marker = numbered ?? dashed
    // After `※붙임: 제목`, a title may stand alone on the next line (not a label, not the contacts).
    if (OPENER.test(line.raw)) break
    if (!marker && !(unmarked && (block.kind === 'paragraph' || block.kind === 'attachment') && block.label === null && !CONTACT_WORD.test(line.raw))) break
    const skip = marker?.[0].length ?? 0
    const entry = titled(line.raw.slice(skip), line.start + skip, numbered ? Number(numbered[1]) : null, 'list')
    if (!entry) break
    found.push(entry)
    i = j
  }
  return i
}

/**
 * The entries of a line that starts with a numbered one (or whose opener is numbered: `붙임 1.`),
 * cut where the next number follows (`1. 제목 1부. 2. 제목`); a number out of sequence
 * (`2026. 3. 9.`) is part of a title.
 */
function entriesOnLine(rest: string, number: number | null): string[] {
  const first = number ?? Number(NUMBERED.exec(rest)?.[1] ?? NaN)
  if (Number.isNaN(first)) return [rest]
  const parts: string[] = []
  let expected = first + 1
  let from = 0
  for (const m of rest.matchAll(NEXT_ON_LINE)) {
    if (Number(m[1]) !== expected) continue
    parts.push(rest.slice(from, m.index))
    from = m.index + m[0].length - m[1]!.length - 2
    expected++
  }
  parts.push(rest.slice(from))
  return parts.map((p) => p.trim())
}

/**
 * An entry from a title as written: its number (`1.`) read off, its tail (`1부`, `. 끝.`)
 * dropped; null where it is no title (a sentence, a content line, too long).
 */
function titled(value: string, start: number, number: number | null, from: Found['from']): Found | null {
  let raw = value.trimStart()
  let offset = start + value.length - raw.length
  const n = number === null ? NUMBERED.exec(raw) : null
  if (n) {
    number = Number(n[1])
    offset += n[0].length
    raw = raw.slice(n[0].length)
  }
  raw = raw.replace(TITLE_TAIL, '')
  // A title in angle brackets of its own (`<1~3등 우수 아이디어>`).
  const boxed = BOXED.exec(raw)
  if (boxed) {
    offset += boxed.index + boxed[0].indexOf(boxed[1]!)
    raw = boxed[1]!
  }
  const title = fold(raw)
  if (title === '' || title.length > MAX_TITLE || NOT_A_TITLE.test(title)) return null
  return { number, title, span: { start: offset, end: offset + raw.length }, from }
}

/** Numbered appendix heading in a table's first cell: `참고 1 | 제목`. */
const APPENDIX_NUMBER = /^[<【\[(]?\s*(?:붙\s*임|참\s*고|별\s*첨)\s*(\d{1,2})\s*[>】\])]?$/u

/**
 * A heading row (`참고 1 | | 제목`) may stand in any row of a table.
 */
function tableHeadings(rows: { value: string; position: { start: { offset?: number } } }[][]): Found[] {
  const out: Found[] = []
  for (const cells of rows) {
    const number = cells[0] ? APPENDIX_NUMBER.exec(cells[0].value)?.[1] : undefined
    if (!number || !cells[1] || cells.length !== 2) continue
    const entry = titled(cells[1].value, cells[1].position.start.offset!, Number(number), 'heading')
    if (entry) out.push(entry)
  }
  return out
}
