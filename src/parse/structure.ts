/**
 * The document's frame: header box, title, subtitles, the 붙임 list and the appendices
 * after it, and the contacts table. Marks the blocks found by `toBlocks` with their roles.
 */
import type { Block, Line, Table } from './tree.js'
import {
  ATTACHMENT_OPENER,
  DISTRIBUTED_LABEL,
  DOCUMENT_TYPE,
  EMBARGO_LABEL,
  LIST_MARKER_START
} from './markers.js'

/** Markers that introduce a subtitle in the title box. */
const SUBTITLE_MARKER = /^(?:-|–|[①-⑳]|[◦○ㅇ▸■◆◇·•]|o)$/u
/** A headline line that stops open (comma, particle, adnominal ending): the next line continues it. */
export const OPEN_HEADLINE_ENDING = /(?:,|、|을|를|[」｣』”’)]\s*(?:과|와)|및|등|는|은|할|된|될|하고|하며|에서|으로|에게)$/u
/** A body sentence: the title box has ended. */
const SENTENCE_END = /(?:다|니다|음|함)\.?["”’]?$/u
const LEAD_MIN_LENGTH = 40
const MIN_BODY_HEADLINE = 12
/** Tags a listing puts before a headline: `[보도자료]`, `(공동 보도)`, `[설명]`. */
export const WRAPPER_TAGS = /^(?:\s*(?:\[[^\]]{1,20}\]|\([^)]{0,30}보도[^)]{0,30}\)|\([^)]*엠바고[^)]*\)))+\s*/u
const MAX_HEADLINE_LENGTH = 160
const MAX_HEADER_BLOCKS = 6
const LETTERHEAD_BLOCKS = 3
const LATE_HEADER_BLOCKS = 3
/** The first cell of a contacts row: 담당과장, 담당자, 자료문의, 담당 부서 … */
const CONTACT_ROW_LABEL = /^(?:담당\s*부\s*서|담당부서|담당\s*과\s*장|담당자|자료\s*문의|문의처?|배포\s*부서|책임자)$/u
const MAX_LETTERHEAD = 30
const DATE_OR_IMMEDIATE = /\d{1,4}\s*[.년]|즉시|조간|석간|\d{1,2}\s*:\s*\d{2}/u
const CONTACT_LABEL = /담당\s*부\s*서|담당부서|책\s*임\s*자|담\s*당\s*자|문\s*의\s*처|자료\s*문의/u
const PHONE = /\d{2,4}[-)\s.]\s?\d{3,4}[-.\s]\d{4}/u
const APPENDIX_HEADING = /^[<【\[(]?\s*(?:붙\s*임|참\s*고|별\s*첨)\s*\d{0,2}\s*[>】\])]?\s*$/u
const APPENDIX_LINE = /^[<【\[(]\s*(?:붙\s*임|참\s*고|별\s*첨)\s*\d{1,2}\s*[>】\])]\s*\S/u

/** Where the frame was found. */
export interface Frame {
  /** Title lines (one or several, to be joined) or empty when the body states none. */
  title: Line[]
  /** Subtitles, each one or several lines. */
  subtitles: Line[][]
}

/**
 * Find the header, title and subtitles; mark attachment lines, appendix blocks and the
 * contacts table.
 *
 * @param blocks Blocks in document order (changed in place).
 * @param wrapperTitle The title a wrapper states (korea.kr heading), or null.
 * @returns The title and subtitle lines.
 */
export function markFrame(blocks: Block[], wrapperTitle: string | null, leadSubtitles = 0): Frame {
  let i = 0
  // Letterhead lines (a running header, a logo's text) before the document kind.
  const kindAt = blocks.slice(0, LETTERHEAD_BLOCKS + 1).findIndex((b) => b.type === 'line' && b.marker === null && isDocumentType(b.value))
  for (; i < kindAt; i++) {
    const block = blocks[i]!
    if (block.type === 'line' && block.value.length <= MAX_LETTERHEAD) block.kind = 'header'
    else break
  }
  // Header box.
  for (; i < Math.min(blocks.length, MAX_HEADER_BLOCKS + kindAt + 1); i++) {
    const block = blocks[i]!
    if (block.type === 'table') {
      const cells = block.children.flatMap((r) => r.children.map((c) => c.value))
      if (cells.some((c) => isDocumentType(c) || isHeaderField(c))) {
        block.role = 'header'
        continue
      }
      break
    }
    if (isDocumentType(block.value) && block.marker === null) block.kind = 'documentType'
    else if (isHeaderField(`${block.label ?? ''} ${block.value}`)) block.kind = 'header'
    else break
  }
  const quoted: Line[][] = []
  for (; quoted.length < leadSubtitles && i < blocks.length; i++) {
    const block = blocks[i]!
    if (block.type !== 'line') break
    block.kind = 'subtitle'
    quoted.push([block])
  }
  const frame = markTitle(blocks, i, wrapperTitle)
  // A header box the layout anchored after the title box (HWP reading order).
  const afterTitle = frame.title.length > 0 ? blocks.indexOf(frame.title.at(-1)!) + 1 : i
  for (let k = afterTitle; k < Math.min(blocks.length, afterTitle + LATE_HEADER_BLOCKS); k++) {
    const block = blocks[k]!
    if (block.type === 'table' && block.children.some((r) => r.children.some((c) => isHeaderField(c.value)))) block.role = 'header'
    else if (block.type === 'line' && block.kind === 'paragraph' && isHeaderField(`${block.label ?? ''} ${block.value}`)) block.kind = 'header'
  }
  splitHeaderContacts(blocks)
  if (quoted.length > 0) {
    const seen = new Set(quoted.map((q) => q[0]!.value))
    frame.subtitles = [...quoted, ...frame.subtitles.filter((s) => !seen.has(s.map((l) => l.value).join(' ')))]
  }
  markAttachments(blocks)
  for (const block of blocks) if (block.type === 'table' && block.role === null && isContactsTable(block)) block.role = 'contacts'
  return frame
}

function isDocumentType(value: string): boolean {
  // A letterhead may follow the kind with the body's site (`보 도 자 료 http://…`).
  const v = value.replace(/\s*(?:https?:\/\/|www\.)\S+\s*$/u, '').replace(/\s/gu, '')
  return v.length <= 12 && DOCUMENT_TYPE.test(v) && new RegExp(`^${DOCUMENT_TYPE.source}$`, 'u').test(v.replace(/^[<\[(【]|[>\])】]$/gu, ''))
}

function isHeaderField(value: string): boolean {
  return (EMBARGO_LABEL.test(value) || DISTRIBUTED_LABEL.test(value)) && (DATE_OR_IMMEDIATE.test(value) || value.length < 12)
}

function markTitle(blocks: Block[], from: number, wrapperTitle: string | null): Frame {
  const box: Line[] = []
  for (let i = from; i < blocks.length; i++) {
    const block = blocks[i]!
    if (block.type !== 'line') break
    if (block.kind !== 'paragraph' && block.kind !== 'item') break
    if (block.kind === 'item' && !SUBTITLE_MARKER.test(block.marker ?? '')) break
    if (block.label !== null && box.length > 0) break
    const text = block.value
    if (text.length > MAX_HEADLINE_LENGTH && block.marker === null) break
    if (box.length > 0 && block.marker === null && text.length >= LEAD_MIN_LENGTH && SENTENCE_END.test(text)) break
    if (box.length === 0 && block.marker === null && text.length >= 2 * LEAD_MIN_LENGTH && SENTENCE_END.test(text)) break
    box.push(block)
  }
  if (box.length === 0) return { title: [], subtitles: [] }

  let titleLines: Line[] = []
  let rest: Line[]
  const first = box[0]!
  if (first.marker !== null) {
    // The body opens with subtitles; the headline is only in the wrapper.
    rest = box
  } else if (wrapperTitle !== null && !sameHeadline(first.value, wrapperTitle) && first.value.length < MIN_BODY_HEADLINE) {
    // A box label (`주요 내용`), not a headline.
    return { title: [], subtitles: [] }
  } else if (wrapperTitle !== null && sameHeadline(first.value, wrapperTitle)) {
    titleLines = [first]
    rest = box.slice(1)
  } else {
    const firstMarked = box.findIndex((l) => l.marker !== null)
    if (firstMarked > 0 && wrapperTitle === null) {
      titleLines = box.slice(0, firstMarked)
      rest = box.slice(firstMarked)
    } else {
      let n = 1
      while (n < box.length && box[n]!.marker === null && OPEN_HEADLINE_ENDING.test(box[n - 1]!.value)) n++
      titleLines = box.slice(0, n)
      rest = box.slice(n)
    }
  }
  for (const l of titleLines) l.kind = 'title'
  const subtitles: Line[][] = []
  for (const line of rest) {
    const previous = subtitles.at(-1)
    const last = previous?.at(-1)
    if (previous && last && line.marker === null && (OPEN_HEADLINE_ENDING.test(last.value) || (last.marker !== null && line.value.length < 15))) {
      previous.push(line)
    } else subtitles.push([line])
    line.kind = 'subtitle'
  }
  return { title: titleLines, subtitles }
}

function sameHeadline(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(WRAPPER_TAGS, '').replace(/[\s"'“”‘’「」『』｢｣.,·]/gu, '')
  const x = norm(a)
  const y = norm(b)
  return x === y || (x.length > 8 && (y.startsWith(x) || x.startsWith(y)))
}

function markAttachments(blocks: Block[]): void {
  let inList = false
  let seenList = false
  let appendix = false
  for (const block of blocks) {
    if (block.type === 'table') {
      const firstCell = block.children[0]?.children.find((c) => c.value !== '')?.value ?? ''
      if (seenList && APPENDIX_HEADING.test(firstCell)) appendix = true
      block.appendix = appendix
      if (inList) inList = false
      continue
    }
    const line = block
    const whole = `${line.marker ?? ''}${line.label ? `(${line.label})` : ''}${line.value}`.trim()
    const raw = whole
    if (seenList && (APPENDIX_HEADING.test(raw) || APPENDIX_LINE.test(raw)) && !inList) {
      appendix = true
      line.kind = 'appendixHeading'
      line.appendix = true
      continue
    }
    const opener = ATTACHMENT_OPENER.exec(raw)
    if (opener && opener[1]!.replace(/\s/gu, '') !== '참고' && (line.kind !== 'item' || /^[-<【\[(]/u.test(raw))) {
      inList = true
      seenList = true
      line.kind = 'attachment'
      line.appendix = appendix
      continue
    }
    if (inList && isAttachmentContinuation(line)) {
      line.kind = 'attachment'
      line.appendix = appendix
      continue
    }
    inList = false
    line.appendix = appendix
  }
}

function isAttachmentContinuation(line: Line): boolean {
  if (CONTACT_LABEL.test(line.value) && line.value.length < 12) return false
  if (line.kind === 'item' && /^\d{1,2}[.)]$/u.test(line.marker ?? '')) return true
  if (line.kind === 'paragraph' && line.value.length <= 80 && !SENTENCE_END.test(line.value) && !LIST_MARKER_START.test(line.value)) return true
  return false
}

function isContactsTable(table: Table): boolean {
  const text = table.children.map((r) => r.children.map((c) => c.value).join(' ')).join(' ')
  return CONTACT_LABEL.test(text) && PHONE.test(text)
}

/**
 * A header box that also holds the contacts (older layouts: 담당과장 / 담당자 rows under
 * 보도일시 / 배포일시): its contact rows become a contacts table of their own.
 */
function splitHeaderContacts(blocks: Block[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!
    if (block.type !== 'table' || block.role !== 'header') continue
    const at = block.children.findIndex((row) => {
      const first = row.children.find((c) => c.value !== '')
      return first !== undefined && CONTACT_ROW_LABEL.test(first.value.trim())
    })
    if (at <= 0) continue
    const rows = block.children.splice(at)
    const contacts: Table = {
      type: 'table',
      role: 'contacts',
      appendix: false,
      children: rows,
      position: { start: rows[0]!.position.start, end: rows.at(-1)!.position.end }
    }
    block.position = { start: block.children[0]!.position.start, end: block.children.at(-1)!.position.end }
    blocks.splice(i + 1, 0, contacts)
  }
}
