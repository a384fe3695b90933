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
/** A note mark alone at a line's start (`*`, `**`, `※`). */
const NOTE_MARK = /^\s*(?:\*{1,3}|※)$/u
const COLUMN_GAP = 1.1
const WORD_GAP = 0.12
const PARAGRAPH_GAP = 1.8
const USUAL_STEP_FACTOR = 1.4
/**
 * The least a real space adds to a line's inter-glyph gap, in font sizes: a justified line
 * spreads its slack over every gap alike, so a gap pdf.js took for a space stands within a
 * hundredth of an em of the line's own; the narrowest real spaces seen add a tenth.
 */
const SPACE_EXTRA = 0.06
/** A Hangul syllable (한글 음절): one advance for every syllable of a Korean font at one size. */
const SYLLABLE = /^[가-힣]$/u
/** An item of Hangul syllables only, two at least. */
const SYLLABLES = /^[가-힣]{2,}$/u
/** A glyph this much smaller than a line's text, or less, may be set on a baseline of its own within the line. */
const SMALL = 0.8
/** Where a glyph's middle stands above its baseline, in font sizes. */
const MIDDLE = 0.35
/** How high above its baseline a line's text reaches, in font sizes. */
const CAP = 0.8

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
  setSmallGlyphs(rows)
  rows.sort((p, q) => q[0]!.y - p[0]!.y)
  const out: PdfLine[] = []
  let previousY: number | null = null
  let previousSize = 0
  // The usual baseline distance: a paragraph gap is clearly more than that.
  const steps = rows.slice(1).map((row, i) => rows[i]![0]!.y - row[0]!.y).filter((d) => d > 0).sort((a, b) => a - b)
  const usual = steps.length > 0 ? steps[Math.floor(steps.length / 2)]! : Infinity
  const advances = glyphAdvances(sorted)
  for (const row of rows) {
    row.sort((p, q) => p.x - q.x)
    const tracking = lineTracking(row, advances)
    let text = ''
    let end: number | null = null
    let lead: number | null = null
    let before = 0
    for (const item of row) {
      // Gaps are measured against the larger of the two glyphs beside them (a small `③` after a comma).
      const size = Math.max(item.size, before)
      // A word gap is clearly wider than the gap the line sets between the glyphs of a word.
      const wordGap = Math.max(WORD_GAP * size, (tracking ?? -Infinity) + SPACE_EXTRA * size)
      if (end !== null) {
        const gap = item.x - end
        if (gap > wordGap) lead ??= end - row[0]!.x
        // A note mark before its text's hanging indent (내어쓰기) is not a column.
        if (gap > COLUMN_GAP * size && !NOTE_MARK.test(text)) text += '\t'
        else if (gap > wordGap && !text.endsWith(' ') && !item.str.startsWith(' ')) text += ' '
      }
      before = item.size
      const str = tracking === null ? item.str : unspread(item, tracking, advances)
      if (lead === null && /\s/u.test(str.trim())) lead = item.x + item.width * (str.trimStart().search(/\s/u) / str.length) - row[0]!.x
      text += str
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

/**
 * Rows of smaller glyphs set within another line's height (a bullet `▲` or a circled number
 * `①` set smaller and centred on the text: a baseline of their own) moved into that line.
 */
function setSmallGlyphs(rows: Item[][]): void {
  const sizes = new Map(rows.map((row) => [row, Math.max(...row.map((i) => i.size))]))
  for (let k = rows.length - 1; k >= 0; k--) {
    const row = rows[k]!
    const size = sizes.get(row)!
    const middle = row[0]!.y + MIDDLE * size
    const host = rows.find((h) => h !== row && size <= SMALL * sizes.get(h)! && middle >= h[0]!.y && middle <= h[0]!.y + CAP * sizes.get(h)!)
    if (!host) continue
    host.push(...row)
    rows.splice(k, 1)
  }
}

/** Advance widths by glyph and size, from items of one glyph: `가` stands for every syllable. */
type Advances = Map<string, number>

const advanceKey = (glyph: string, size: number) => `${SYLLABLE.test(glyph) ? '가' : glyph}@${size.toFixed(1)}`

/** The advance of each glyph met alone in an item (an item's width is its glyphs' advances and the gaps between them). */
function glyphAdvances(items: Item[]): Advances {
  const seen = new Map<string, number[]>()
  for (const item of items) {
    const glyph = item.str.trim()
    if ([...glyph].length !== 1) continue
    const key = advanceKey(glyph, item.size)
    const widths = seen.get(key)
    if (widths) widths.push(item.width)
    else seen.set(key, [item.width])
  }
  return new Map([...seen].map(([key, widths]) => [key, median(widths)]))
}

/** The summed advances of an item's glyphs (spaces left out), or null where one is not known. */
function glyphsWidth(glyphs: string[], size: number, advances: Advances): number | null {
  let sum = 0
  for (const glyph of glyphs) {
    const advance = advances.get(advanceKey(glyph, size))
    if (advance === undefined) return null
    sum += advance
  }
  return sum
}

/**
 * The gap a line sets between the glyphs of a word (자간; a justified line widens it): the
 * median over its items of syllables that hold no space, or null where none tells it.
 */
function lineTracking(row: Item[], advances: Advances): number | null {
  const gaps: number[] = []
  for (const item of row) {
    if (!SYLLABLES.test(item.str)) continue
    const glyphs = [...item.str]
    const width = glyphsWidth(glyphs, item.size, advances)
    if (width !== null) gaps.push((item.width - width) / (glyphs.length - 1))
  }
  return gaps.length > 0 ? median(gaps) : null
}

/**
 * An item's text without the spaces pdf.js put inside it where a justified line's glyphs
 * stand a little wider apart than its threshold (`중소벤 처기업 부`): when the item is no wider
 * than its glyphs at the line's own gap, with less room left than one real space takes, its
 * spaces are not spaces.
 */
function unspread(item: Item, tracking: number, advances: Advances): string {
  const inner = item.str.trim()
  if (!/\s/u.test(inner)) return item.str
  const glyphs = [...inner.replace(/\s+/gu, '')]
  const width = glyphsWidth(glyphs, item.size, advances)
  if (width === null) return item.str
  const room = item.width - width - (glyphs.length - 1) * tracking
  return room < SPACE_EXTRA * item.size ? item.str.replace(inner, inner.replace(/\s+/gu, '')) : item.str
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
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
