/**
 * PDF → release text, through Mozilla's pdf.js (`pdfjs-dist`): lines rebuilt from
 * positioned text (items on one baseline, left to right; a wide gap is a column, written as
 * a tab, as table rows are elsewhere), paragraphs separated where the line spacing opens up,
 * page headers, footers and page numbers dropped. Lines broken across pages are rejoined by
 * the repairs, like any page-break gap.
 */
import { BodoError } from '../errors.js'
import { TextBuilder, type SourcePlace } from './source-map.js'
import { LIST_MARKER_START } from '../parse/markers.js'
import { createRequire } from 'node:module'
import { dirname } from 'node:path'

/** The pdfjs-dist package folder: its predefined CJK CMaps (Adobe-Korea1) and standard fonts. */
const PDFJS_ROOT = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))

/** What the PDF reader hands on. */
export interface PdfRead {
  text: string
  places: SourcePlace[]
  meta: Record<string, unknown>
}

/** Budgets for one PDF. */
export interface PdfLimits {
  pages: number
  milliseconds: number
}

export const DEFAULT_PDF_LIMITS: PdfLimits = { pages: 400, milliseconds: 60_000 }

interface Item {
  str: string
  x: number
  y: number
  size: number
  width: number
}

const MIN_TEXT = 20
const SAME_LINE = 0.35
/** A footnote or reference mark that may sit above the baseline. */
const SUPERSCRIPT = /^(?:\*{1,3}|\d{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)$/u
const RAISED_REACH = 0.8
const COLUMN_GAP = 1.1
const WORD_GAP = 0.12
const PARAGRAPH_GAP = 1.8
const USUAL_STEP_FACTOR = 1.4
const MARGIN = 0.07
const PAGE_NUMBER = /^(?:-\s*\d{1,4}\s*-|\d{1,4}|\d{1,4}\s*\/\s*\d{1,4}|-\s*\d{1,4}\s*\/\s*\d{1,4}\s*-|page\s*\d+)$/iu

/**
 * Read a PDF.
 *
 * @param bytes The file.
 * @param limits Page and time budgets.
 * @returns Text lines, their pages, and the document's info.
 * @throws BodoError `encrypted`, `damaged`, `no-text` (image-only: OCR is not done), `too-large`.
 */
export async function readPdf(bytes: Uint8Array, limits: PdfLimits = DEFAULT_PDF_LIMITS): Promise<PdfRead> {
  const started = Date.now()
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  let doc
  try {
    doc = await getDocument({
      data: new Uint8Array(bytes),
      cMapUrl: `${PDFJS_ROOT}/cmaps/`,
      cMapPacked: true,
      standardFontDataUrl: `${PDFJS_ROOT}/standard_fonts/`,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
      stopAtErrors: false
    }).promise
  } catch (error) {
    const name = (error as { name?: string }).name ?? ''
    if (name === 'PasswordException') throw new BodoError('encrypted', 'the PDF is password-protected')
    throw new BodoError('damaged', `not a readable PDF (${(error as Error).message})`)
  }
  try {
    if (doc.numPages > limits.pages) throw new BodoError('too-large', `${doc.numPages} pages; the budget is ${limits.pages}`)
    const meta: Record<string, unknown> = { pages: doc.numPages }
    try {
      const info = (await doc.getMetadata()).info as Record<string, unknown>
      for (const key of ['Title', 'Author', 'Creator', 'Producer', 'CreationDate']) if (typeof info[key] === 'string' && info[key] !== '') meta[key.toLowerCase()] = info[key]
    } catch {
      // Metadata is optional.
    }
    const pages: Array<{ lines: PdfLine[]; height: number }> = []
    for (let n = 1; n <= doc.numPages; n++) {
      if (Date.now() - started > limits.milliseconds) throw new BodoError('too-large', `reading took more than ${limits.milliseconds / 1000} s (at page ${n})`)
      const page = await doc.getPage(n)
      const viewport = page.getViewport({ scale: 1 })
      const content = await page.getTextContent()
      const items: Item[] = []
      for (const raw of content.items) {
        if (!('str' in raw) || raw.str.trim() === '') continue
        const [a, b, , d, x, y] = raw.transform as number[]
        items.push({ str: raw.str, x: x!, y: y!, size: Math.max(1, Math.hypot(a!, b!) || Math.abs(d!)), width: raw.width })
      }
      pages.push({ lines: layoutLines(items), height: viewport.height })
      page.cleanup()
    }
    const total = pages.reduce((s, p) => s + p.lines.reduce((t, l) => t + l.text.replace(/\s/gu, '').length, 0), 0)
    if (total < MIN_TEXT) throw new BodoError('no-text', 'the PDF has no text layer (image-only); OCR is not done')
    const out = new TextBuilder()
    const repeated = repeatedMargins(pages)
    pages.forEach((page, i) => {
      const kept = page.lines.filter((line) => {
        const inMargin = line.y > page.height * (1 - MARGIN) || line.y < page.height * MARGIN
        const key = line.text.replace(/\d+/gu, '#').trim()
        return !(inMargin && (PAGE_NUMBER.test(line.text.trim()) || repeated.has(key)))
      })
      const right = Math.max(0, ...kept.filter((l) => !l.text.includes('\t')).map((l) => l.xEnd))
      let paragraph = ''
      kept.forEach((line, k) => {
        if (line.gap && paragraph === '') out.line('', `page ${i + 1}`)
        paragraph = paragraph === '' ? line.text : `${paragraph} ${line.text.trimStart()}`
        const next = kept[k + 1]
        // A line that runs to the right edge goes on in the next, unless that starts anew.
        const full = line.xEnd >= right - 2 * line.size && !line.text.includes('\t')
        const continues = next !== undefined && full && !next.gap && !next.text.includes('\t') && !LIST_MARKER_START.test(next.text.trim()) && !/^[*※<【\[(]/u.test(next.text.trim())
        if (!continues) {
          if (next?.gap) out.line(paragraph, `page ${i + 1}`), out.line('', `page ${i + 1}`)
          else out.line(paragraph, `page ${i + 1}`)
          paragraph = ''
        }
      })
      out.line('', `page ${i + 1}`)
    })
    return { ...out.result(), meta }
  } finally {
    await doc.destroy()
  }
}

/** Items → lines, top to bottom, with tabs at column gaps and a flag where a paragraph starts. */
/** A rebuilt line: text, baseline, left and right edges, font size, whether a paragraph gap precedes it. */
interface PdfLine {
  text: string
  y: number
  xStart: number
  xEnd: number
  size: number
  gap: boolean
}

function layoutLines(items: Item[]): PdfLine[] {
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
  // The page's usual baseline distance: a paragraph gap is clearly more than that.
  const steps = rows.slice(1).map((row, i) => rows[i]![0]!.y - row[0]!.y).filter((d) => d > 0).sort((a, b) => a - b)
  const usual = steps.length > 0 ? steps[Math.floor(steps.length / 2)]! : Infinity
  for (const row of rows) {
    row.sort((p, q) => p.x - q.x)
    let text = ''
    let end: number | null = null
    for (const item of row) {
      if (end !== null) {
        const gap = item.x - end
        if (gap > COLUMN_GAP * item.size) text += '\t'
        else if (gap > WORD_GAP * item.size && !text.endsWith(' ') && !item.str.startsWith(' ')) text += ' '
      }
      text += item.str
      end = item.x + item.width
    }
    const y = row[0]!.y
    const size = Math.max(...row.map((i) => i.size))
    const step = previousY === null ? 0 : previousY - y
    const gap = previousY !== null && step > PARAGRAPH_GAP * Math.max(size, previousSize) && step > USUAL_STEP_FACTOR * usual
    out.push({ text: text.replace(/ +/gu, ' ').trimEnd(), y, xStart: row[0]!.x, xEnd: end ?? row[0]!.x, size, gap })
    previousY = y
    previousSize = size
  }
  return out
}

/** Lines that stand in the top or bottom margin of most pages (running headers, footers). */
function repeatedMargins(pages: Array<{ lines: PdfLine[]; height: number }>): Set<string> {
  const counts = new Map<string, number>()
  for (const page of pages) {
    const seen = new Set<string>()
    for (const line of page.lines) {
      if (line.y <= page.height * (1 - MARGIN) && line.y >= page.height * MARGIN) continue
      const key = line.text.replace(/\d+/gu, '#').trim()
      if (!seen.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1)
      seen.add(key)
    }
  }
  const threshold = Math.max(2, Math.ceil(pages.length / 2))
  return new Set([...counts].filter(([, n]) => n >= threshold).map(([k]) => k))
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
