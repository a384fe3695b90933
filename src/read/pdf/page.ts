/**
 * One PDF page → text lines in reading order, as the HWPX reader gives them: text outside
 * frames flows in paragraphs (a line running to the right edge goes on in the next, unless
 * that starts anew); a one-column frame (a box: title box, note box) gives its cells'
 * paragraphs as lines; a table gives one tab-separated row per grid row, spanned cells
 * leaving empty cells, nested frames read into their cell's text.
 */
import { LIST_MARKER_START } from '../../parse/markers.js'
import { gridRows } from '../grid.js'
import { layoutLines, type Item, type PdfLine } from './lines.js'
import { wrapJoint } from './words.js'
import type { Frame, FrameCell } from './tables.js'

/** What the page composer needs. */
export interface PageInput {
  items: Item[]
  /** The right edge text wraps at, when known (a box's cell); else the longest line's end. */
  right?: number
  frames: Frame[]
  /** The page's width, when the page may hold two pages side by side (a landscape 2-up print). */
  width?: number
  /** Lines of the page's flow to leave out (running headers, page numbers). */
  drop: (line: PdfLine) => boolean
}

/**
 * A line starting anew: never the continuation of a wrapped line: a note mark, a bracket, a
 * bracketed enumerator (`(ii) `, `(가) `, `(a) `: bulk, 29 lines in 9 releases of 7 bodies,
 * with `(1) `).
 */
const FRESH_START = /^(?:[*※<【[]|\((?:[ivx]{1,4}|[가-하]|[a-z])\)\s)/u
/**
 * A bracketed label before a space (`(추진 배경) …`) opens a paragraph after a sentence's
 * end (205 lines, 54 releases, 20 bodies in bulk); a bracket after an open line
 * (`… 도매시장법인` ⏎ `(이하 ‘도매시장법인’) …`, `(’22~’23)을 통해`) goes on from it.
 */
const LABEL_START = /^\([^()]{1,20}\)\s/u
const SENTENCE_END = /(?:[.!?。”’"]|다)$/u
/** Circled numbers in order (원문자), each series. */
const CIRCLED = ['①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳', '❶❷❸❹❺❻❼❽❾❿', '➊➋➌➍➎➏➐➑➒➓', '➀➁➂➃➄➅➆➇➈➉']
/** The narrowest empty band (points) that divides a 2-up page. */
const GUTTER = 12
/** Text items each half of a 2-up page holds at least. */
const MIN_SIDE_ITEMS = 20
/** How far a glyph reaches below its baseline, in font sizes. */
const DESCENT = 0.25
/** Space above a frame, in text sizes, that stands for an empty paragraph. */
const FRAME_GAP = 1
/** Body text size (points) where a region holds no line to tell it. */
const USUAL_SIZE = 10
/** A cell's inner margin (points) at most: Hancom's run from 0.5 to 2 mm. */
const MAX_PADDING = 6
/** A change of font size, as a share, that no wrapped line makes. */
const SIZE_CHANGE = 0.15
/** A space's width, in font sizes. */
const WORD_SPACE = 0.5
/** Slack (points) for an item to count as inside a frame or a cell. */
const INSIDE = 1.5

type Box = Pick<FrameCell, 'left' | 'right' | 'bottom' | 'top'>
type Piece = { top: number; bottom: number; line: PdfLine } | { top: number; bottom: number; lines: string[]; box: boolean }

/**
 * Compose a page (or a box's cell) into lines; an empty string is a paragraph gap.
 *
 * @param input The page's items, frames, and which flow lines to drop.
 * @returns The lines.
 */
export function composePage(input: PageInput): string[] {
  const split = input.width === undefined ? null : gutter(input.items, input.frames, input.width)
  if (split !== null) {
    const side = (left: boolean) => ({
      items: input.items.filter((i) => i.x + i.width / 2 < split === left),
      frames: input.frames.filter((f) => (f.left + f.right) / 2 < split === left),
      drop: input.drop
    })
    return [...composePage(side(true)), '', ...composePage(side(false))]
  }
  const top = outermost(input.frames)
  const flow: Item[] = []
  const held = new Map<Frame, Item[]>(top.map((f) => [f, []]))
  for (const item of input.items) {
    const frame = top.find((f) => inside(center(item), f))
    if (frame) held.get(frame)!.push(item)
    else flow.push(item)
  }
  const pieces: Piece[] = layoutLines(flow)
    .filter((line) => !input.drop(line))
    .map((line) => ({ top: line.y + line.size, bottom: line.y - DESCENT * line.size, line }))
  for (const frame of top) {
    const within = input.frames.filter((f) => f !== frame && contains(frame, f))
    pieces.push({ top: frame.top, bottom: frame.bottom, lines: frameLines(frame, held.get(frame)!, within), box: frame.cols === 1 })
  }
  pieces.sort((p, q) => q.top - p.top)
  return flowLines(pieces, input.right)
}

/** Pieces → lines: wrapped flow lines rejoined into paragraphs, frames' lines as they are. */
function flowLines(pieces: Piece[], edge?: number): string[] {
  const out: string[] = []
  const lines = pieces.flatMap((p) => ('line' in p ? [p.line] : []))
  const right = edge ?? Math.max(0, ...lines.filter((l) => !l.text.includes('\t')).map((l) => l.xEnd))
  const sizes = lines.map((l) => l.size).sort((a, b) => a - b)
  const size = sizes[Math.floor(sizes.length / 2)] ?? USUAL_SIZE
  let paragraph = ''
  pieces.forEach((piece, k) => {
    if (!('line' in piece)) {
      // Space above a frame is an empty paragraph, as HWPX gives it; text after a frame
      // starts a paragraph of its own, as a table's paragraph ends in HWPX.
      const above = pieces[k - 1]
      if (above && above.bottom - piece.top > FRAME_GAP * size && out.length > 0 && out.at(-1) !== '') out.push('')
      out.push(...piece.lines)
      // A box's paragraphs end with it, whatever follows.
      if (piece.lines.length > 0 && pieces[k + 1] !== undefined && ('line' in pieces[k + 1]! || piece.box)) out.push('')
      return
    }
    const line = piece.line
    if (line.gap && paragraph === '' && out.length > 0 && out.at(-1) !== '') out.push('')
    paragraph = paragraph === '' ? line.text : `${paragraph}${wrapJoint(paragraph, line.text)}${line.text.trimStart()}`
    const after = pieces[k + 1]
    const next = after && 'line' in after ? after.line : undefined
    // A line that runs to the right edge, or stops short of it only because the next line's
    // first word would not fit, goes on in the next, unless that starts anew.
    const room = right - line.xEnd
    const full = next !== undefined && (room <= 2 * line.size || room < next.lead + WORD_SPACE * next.size) && !line.text.includes('\t')
    // A paragraph's lines share one size.
    const continues = next !== undefined && full && !next.gap && Math.abs(next.size - line.size) <= SIZE_CHANGE * line.size && !next.text.includes('\t') && (!LIST_MARKER_START.test(next.text.trim()) || enumerationGoesOn(paragraph, next.text.trim())) && !FRESH_START.test(next.text.trim()) && !(LABEL_START.test(next.text.trim()) && SENTENCE_END.test(line.text))
    if (!continues) {
      out.push(paragraph)
      if (next?.gap && out.at(-1) !== '') out.push('')
      paragraph = ''
    }
  })
  return out
}

/**
 * A wrapped line that starts with the next number of an enumeration running inside the
 * paragraph (`이번 추경은 ①수출 …,` ⏎ `②소상공인 …`): the paragraph goes on. Bulk: a circled
 * number after a comma inside a line in 73 releases of 30 bodies.
 */
function enumerationGoesOn(paragraph: string, next: string): boolean {
  const series = CIRCLED.find((c) => c.includes(next[0] ?? ''))
  const at = series?.indexOf(next[0]!) ?? -1
  return at > 0 && paragraph.trimStart().indexOf(series![at - 1]!) > 0
}

/** A frame's lines: a box's cells as flowing text, a table's rows on its grid. */
function frameLines(frame: Frame, items: Item[], within: Frame[]): string[] {
  const cells = [...frame.cells].sort((p, q) => p.row - q.row || p.col - q.col)
  const held = new Map<FrameCell, Item[]>(cells.map((c) => [c, []]))
  for (const item of items.flatMap((i) => splitAtEdges(i, cells))) {
    const at = center(item)
    const cell = cells.find((c) => inside(at, c)) ?? nearest(at, cells)
    held.get(cell)!.push(item)
  }
  const box = (cell: FrameCell) => {
    const inner = held.get(cell)!
    // Text wraps at the cell's right edge less its padding, taken as wide as the left one
    // (an indented box's left inset is not its padding).
    const padding = Math.min(MAX_PADDING, Math.max(0, Math.min(...inner.map((i) => i.x)) - cell.left))
    const right = inner.length > 0 ? cell.right - padding : undefined
    return trimBlank(composePage({ items: inner, right, frames: within.filter((f) => contains(cell, f)), drop: () => false }))
  }
  if (frame.cols === 1) return cells.flatMap(box)
  // A row one cell wide is a box of its own (tables drawn touching one another read as one
  // frame: a title box under the header table); the other cells are rows on the grid.
  const out: string[] = []
  let pending: FrameCell[] = []
  const flush = () => {
    // Columns no cell of these rows starts at belong to the frame's other tables.
    const starts = [...new Set(pending.map((c) => c.col))].sort((a, b) => a - b)
    const column = (col: number) => starts.filter((s) => s < col).length
    const placed = pending.map((cell) => ({ ...cell, col: column(cell.col), colSpan: column(cell.col + cell.colSpan) - column(cell.col), text: cellText(held.get(cell)!) }))
    out.push(...gridRows(placed).map((r) => r.text))
    pending = []
  }
  for (const cell of cells) {
    if (cell.colSpan === frame.cols) {
      flush()
      out.push(...box(cell))
    } else pending.push(cell)
  }
  flush()
  return out
}

/**
 * An item that runs across cell edges (pdf.js joins text set close together into one item)
 * cut where the edges fall, its characters taken as equally wide.
 */
function splitAtEdges(item: Item, cells: FrameCell[]): Item[] {
  const y = center(item).y
  const chars = [...item.str]
  const cuts = [...new Set(cells.filter((c) => y >= c.bottom && y <= c.top).flatMap((c) => [c.left, c.right]))]
    .filter((x) => x > item.x + INSIDE && x < item.x + item.width - INSIDE)
    .map((x) => Math.round(((x - item.x) / item.width) * chars.length))
    .filter((k) => k > 0 && k < chars.length)
  if (cuts.length === 0) return [item]
  const out: Item[] = []
  let from = 0
  for (const to of [...new Set(cuts)].sort((a, b) => a - b).concat(chars.length)) {
    const str = chars.slice(from, to).join('')
    if (str.trim() !== '') out.push({ ...item, str: str.trim(), x: item.x + (from / chars.length) * item.width, width: ((to - from) / chars.length) * item.width })
    from = to
  }
  return out
}

/** A table cell's text on one line, as the HWPX reader gives it. */
function cellText(items: Item[]): string {
  return layoutLines(items)
    .map((l) => l.text.replace(/\t/gu, ' '))
    .reduce((text, line) => (text === '' ? line : `${text}${wrapJoint(text, line)}${line}`), '')
    .replace(/\s+/gu, ' ')
    .trim()
}

/**
 * Where a landscape page printed with two pages side by side (2-up) divides: an empty band
 * down the middle third that no text or frame crosses, with text on both sides.
 */
function gutter(items: Item[], frames: Frame[], width: number): number | null {
  const from = width / 3
  const to = (2 * width) / 3
  const busy: Array<[number, number]> = [...items.map((i): [number, number] => [i.x, i.x + i.width]), ...frames.map((f): [number, number] => [f.left, f.right])]
    .filter(([a, b]) => b > from && a < to)
    .sort((p, q) => p[0] - q[0])
  let best: [number, number] | null = null
  let reach = from
  for (const [a, b] of [...busy, [to, to] as [number, number]]) {
    if (a - reach > (best ? best[1] - best[0] : 0)) best = [reach, a]
    reach = Math.max(reach, b)
  }
  if (!best || best[1] - best[0] < GUTTER) return null
  const middle = (best[0] + best[1]) / 2
  const left = items.filter((i) => i.x + i.width < middle).length
  const right = items.filter((i) => i.x > middle).length
  return Math.min(left, right) >= MIN_SIDE_ITEMS ? middle : null
}

/** Frames not inside another. */
function outermost(frames: Frame[]): Frame[] {
  const out: Frame[] = []
  for (const f of frames) if (!out.some((o) => contains(o, f))) out.push(f)
  return out
}

function contains(outer: Box, inner: Box): boolean {
  return inner.left >= outer.left - INSIDE && inner.right <= outer.right + INSIDE && inner.bottom >= outer.bottom - INSIDE && inner.top <= outer.top + INSIDE
}

function center(item: Item): { x: number; y: number } {
  return { x: item.x + item.width / 2, y: item.y + item.size * 0.35 }
}

function inside(at: { x: number; y: number }, box: Box): boolean {
  return at.x >= box.left - INSIDE && at.x <= box.right + INSIDE && at.y >= box.bottom - INSIDE && at.y <= box.top + INSIDE
}

function nearest(at: { x: number; y: number }, boxes: FrameCell[]): FrameCell {
  let best = boxes[0]!
  let distance = Infinity
  for (const b of boxes) {
    const dx = Math.max(b.left - at.x, 0, at.x - b.right)
    const dy = Math.max(b.bottom - at.y, 0, at.y - b.top)
    if (dx + dy < distance) {
      best = b
      distance = dx + dy
    }
  }
  return best
}

function trimBlank(lines: string[]): string[] {
  let a = 0
  let b = lines.length
  while (a < b && lines[a] === '') a++
  while (b > a && lines[b - 1] === '') b--
  return lines.slice(a, b)
}
