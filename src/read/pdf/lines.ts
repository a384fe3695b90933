/**
 * Positioned text → lines: items on one baseline, left to right (a wide gap is a column,
 * written as a tab, as table rows are elsewhere); superscript marks set on the line they
 * belong to; a flag where the line spacing opens up (a paragraph gap).
 */

/** A text item of pdf.js, in page space. */
export interface Item {
  str: string
  x: number
  y: number
  size: number
  width: number
}

/** A rebuilt line: text, baseline, left and right edges, font size, whether a paragraph gap precedes it. */
export interface PdfLine {
  text: string
  y: number
  xStart: number
  xEnd: number
  size: number
  gap: boolean
  /** Width of the line's first word: had it fitted at the end of the line above, it would stand there. */
  lead: number
}

const SAME_LINE = 0.35
/** A footnote or reference mark that may sit above the baseline. */
const SUPERSCRIPT = /^(?:\*{1,3}|\d{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)$/u
const RAISED_REACH = 0.8
const COLUMN_GAP = 1.1
const WORD_GAP = 0.12
const PARAGRAPH_GAP = 1.8
const USUAL_STEP_FACTOR = 1.4

/**
 * Lay items out in lines, top to bottom.
 *
 * @param items Text items (whitespace-only ones left out).
 * @returns The lines.
 */
export function layoutLines(items: Item[]): PdfLine[] {
  const sorted = dropOverprint([...items].sort((p, q) => q.y - p.y || p.x - q.x))
  const rows: Item[][] = []
  const raised: Item[] = []
  for (const item of sorted) {
    // Superscript marks (`*`, `**`, `1)`) ride above the baseline: placed after the rows are known.
    if (SUPERSCRIPT.test(item.str.trim())) {
      raised.push(item)
      continue
    }
    const row = rows.at(-1)
    if (row && Math.abs(row[0]!.y - item.y) <= SAME_LINE * Math.max(row[0]!.size, item.size)) row.push(item)
    else rows.push([item])
  }
  for (const mark of raised) {
    let best: Item[] | null = null
    let distance = Infinity
    for (const row of rows) {
      const d = Math.abs(row[0]!.y - mark.y)
      if (d <= RAISED_REACH * row[0]!.size && d < distance) {
        best = row
        distance = d
      }
    }
    if (best) best.push(mark)
    else rows.push([mark])
  }
  rows.sort((p, q) => q[0]!.y - p[0]!.y)
  const out: PdfLine[] = []
  let previousY: number | null = null
  let previousSize = 0
  // The usual baseline distance: a paragraph gap is clearly more than that.
  const steps = rows.slice(1).map((row, i) => rows[i]![0]!.y - row[0]!.y).filter((d) => d > 0).sort((a, b) => a - b)
  const usual = steps.length > 0 ? steps[Math.floor(steps.length / 2)]! : Infinity
  for (const row of rows) {
    row.sort((p, q) => p.x - q.x)
    let text = ''
    let end: number | null = null
    let lead: number | null = null
    for (const item of row) {
      if (end !== null) {
        const gap = item.x - end
        if (gap > WORD_GAP * item.size) lead ??= end - row[0]!.x
        if (gap > COLUMN_GAP * item.size) text += '\t'
        else if (gap > WORD_GAP * item.size && !text.endsWith(' ') && !item.str.startsWith(' ')) text += ' '
      }
      if (lead === null && /\s/u.test(item.str.trim())) lead = item.x + item.width * (item.str.trimStart().search(/\s/u) / item.str.length) - row[0]!.x
      text += item.str
      end = Math.max(end ?? -Infinity, item.x + item.width)
    }
    const y = row[0]!.y
    const size = Math.max(...row.map((i) => i.size))
    const step = previousY === null ? 0 : previousY - y
    const gap = previousY !== null && step > PARAGRAPH_GAP * Math.max(size, previousSize) && step > USUAL_STEP_FACTOR * usual
    out.push({ text: text.replace(/ +/gu, ' ').trimEnd(), y, xStart: row[0]!.x, xEnd: end ?? row[0]!.x, size, gap, lead: lead ?? (end ?? row[0]!.x) - row[0]!.x })
    previousY = y
    previousSize = size
  }
  return out
}

/** Text printed twice at almost the same place (simulated bold): keep one copy. */
function dropOverprint(items: Item[]): Item[] {
  const out: Item[] = []
  for (const item of items) {
    const twin = out.find((o) => o.str === item.str && Math.abs(o.x - item.x) < 0.3 * item.size && Math.abs(o.y - item.y) < 0.3 * item.size)
    if (!twin) out.push(item)
  }
  return out
}
