/**
 * PDF → release text, through Mozilla's pdf.js (`pdfjs-dist`), rebuilt into the tree the
 * HWPX reader gives: each page's positioned text (pdf/lines.ts) and drawing (pdf/rules.ts:
 * rules, boxes, cell clips) → frames with cells on a grid (pdf/tables.ts) → lines in reading
 * order (pdf/page.ts): tables as tab rows, boxes as lines, wrapped lines rejoined into
 * paragraphs; page headers, footers and page numbers dropped. Lines broken across pages are
 * rejoined by the repairs, like any page-break gap.
 */
import { BodoError, firstLine, type ReadNote } from '../errors.js'
import { TextBuilder, type SourcePlace } from './source-map.js'
import { layoutLines, type Item, type PdfLine } from './pdf/lines.js'
import { pageRules } from './pdf/rules.js'
import { findFrames, type Frame } from './pdf/tables.js'
import { composePage } from './pdf/page.js'
import { boundStreams } from './pdf/streams.js'
import { threadPort } from './pdf/port.js'
import { createRequire } from 'node:module'
import { dirname } from 'node:path'

/** The pdfjs-dist package folder: its predefined CJK CMaps (Adobe-Korea1) and standard fonts. */
const PDFJS_ROOT = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
const PDFJS_API = 'pdfjs-dist/legacy/build/pdf.mjs'
const PDFJS_WORKER = 'pdfjs-dist/legacy/build/pdf.worker.mjs'
type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')
type PdfjsWorker = { WorkerMessageHandler: { initializeFromPort(port: unknown): void } }

/**
 * A document for pdf.js's font loader that keeps nothing. Fonts are loaded as font faces
 * (`disableFontFace: false`): with font faces disabled, pdf.js instead compiles the outline
 * of every glyph drawn, for painting text as paths (on the originals, a quarter of the
 * reading time). bodo paints nothing, so the `@font-face` rules go to this stand-in.
 */
const FONTLESS_DOCUMENT = {
  createElement: () => ({ sheet: { cssRules: { length: 0 }, insertRule() {} }, remove() {} }),
  documentElement: { getElementsByTagName: () => [{ append() {} }] }
}

/** What the PDF reader hands on. */
export interface PdfRead {
  text: string
  places: SourcePlace[]
  meta: Record<string, unknown>
  /** Pages that could not be read (damaged streams or objects) and were skipped, each with its place. */
  notes: ReadNote[]
}

/** Budgets for one PDF. */
export interface PdfLimits {
  pages: number
  milliseconds: number
}

/**
 * The wall-clock budget is a backstop for a PDF read in this thread; on a worker the pool
 * holds each input to 10 s of CPU, and to this much wall time whatever the machine's load
 * (at 60 s, a loaded machine failed PDFs that took 3–5 s of CPU).
 */
export const DEFAULT_PDF_LIMITS: PdfLimits = { pages: 400, milliseconds: 120_000 }

/** A page as read: its text items, frames, lines (for margins and the text check) and height. */
interface PageRead {
  /** Its page number, from 1 (a skipped page leaves a gap). */
  number: number
  items: Item[]
  frames: Frame[]
  lines: PdfLine[]
  width: number
  height: number
}

const MIN_TEXT = 20
/** A page object (`12 0 obj << … /Type /Page …`, not `/Pages`), its number in group 1. */
const PAGE_OBJECT = /(\d+)\s+0\s+obj\s*<<(?:(?!endobj)[\s\S]){0,2000}?\/Type\s*\/Page(?![A-Za-z])/gu
const OBJECT_HEAD = /(\d+)\s+\d+\s+obj\b/gu
/** Pages whose drawing (tables, boxes) is read; later ones are read as text lines only. */
const DRAWN_PAGES = 24
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
  const { pdfjs, worker } = await pdfjsInThread()
  const { getDocument, OPS, AnnotationMode } = pdfjs
  // Streams that would unpack past a budget (a deflate bomb, a damaged character map) are blanked first.
  const bounded = boundStreams(bytes)
  const notes: ReadNote[] = [...bounded.notes]
  // pdf.js may take the buffer over: it gets a copy.
  const open = (data: Uint8Array) =>
    getDocument({
      data: new Uint8Array(data),
      worker,
      cMapUrl: `${PDFJS_ROOT}/cmaps/`,
      cMapPacked: true,
      standardFontDataUrl: `${PDFJS_ROOT}/standard_fonts/`,
      isEvalSupported: false,
      disableFontFace: false,
      ownerDocument: FONTLESS_DOCUMENT as unknown as Document,
      useSystemFonts: false,
      // Images are never looked at: pdf.js leaves out any larger than this instead of decoding it.
      maxImageSize: 1,
      verbosity: 0,
      stopAtErrors: false
    }).promise
  let doc
  try {
    doc = await open(bounded.bytes)
  } catch (error) {
    const name = (error as { name?: string }).name ?? ''
    if (name === 'PasswordException') throw new BodoError('encrypted', 'the PDF is password-protected')
    // A file cut short has lost its catalogue or page tree (written last): rebuilt from the page objects left.
    const rebuilt = name === 'InvalidPDFException' ? withPageTree(bounded.bytes) : null
    doc = rebuilt ? await open(rebuilt.bytes).catch(() => null) : null
    if (!doc) throw new BodoError('damaged', `not a readable PDF (${(error as Error).message})`)
    notes.push({ ruleId: 'pdf-page-tree-rebuilt', reason: `the PDF's catalogue or page tree is missing (${(error as Error).message}; the file is cut short or damaged): the ${rebuilt!.pages} page objects left were read in the order they stand in the file` })
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
    const pages: PageRead[] = []
    for (let n = 1; n <= doc.numPages; n++) {
      if (Date.now() - started > limits.milliseconds) throw new BodoError('too-large', `reading took more than ${limits.milliseconds / 1000} s (at page ${n})`)
      // A page whose objects or streams are damaged is skipped; the others are read.
      let page
      try {
        page = await doc.getPage(n)
        const viewport = page.getViewport({ scale: 1 })
        const content = await page.getTextContent()
        const items: Item[] = []
        for (const raw of content.items) {
          if (!('str' in raw) || raw.str.trim() === '') continue
          const [a, b, , d, x, y] = raw.transform as number[]
          items.push({ str: raw.str, x: x!, y: y!, size: Math.max(1, Math.hypot(a!, b!) || Math.abs(d!)), width: raw.width })
        }
        // Annotations (links, form fields) draw no table: left out. Past the release's first
        // pages (long statistical annexes) the drawing is not read: reading stays within budget.
        const operators = n <= DRAWN_PAGES ? await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE }) : { fnArray: [], argsArray: [] }
        const rules = pageRules(operators.fnArray, operators.argsArray, OPS, { width: viewport.width, height: viewport.height })
        pages.push({ number: n, items, frames: findFrames(rules), lines: layoutLines(items), width: viewport.width, height: viewport.height })
      } catch (error) {
        if (error instanceof BodoError) throw error
        notes.push({ ruleId: 'pdf-page-skipped', reason: `page ${n} could not be read (${firstLine(error)}); skipped` })
      } finally {
        page?.cleanup()
      }
    }
    if (pages.length === 0) throw new BodoError('damaged', `none of its ${doc.numPages} pages could be read`)
    const total = pages.reduce((s, p) => s + p.lines.reduce((t, l) => t + l.text.replace(/\s/gu, '').length, 0), 0)
    if (total < MIN_TEXT) throw new BodoError('no-text', 'the PDF has no text layer (image-only); OCR is not done')
    const out = new TextBuilder()
    const repeated = repeatedMargins(pages)
    for (const page of pages) {
      const drop = (line: PdfLine) => {
        const inMargin = line.y > page.height * (1 - MARGIN) || line.y < page.height * MARGIN
        return inMargin && (PAGE_NUMBER.test(line.text.trim()) || repeated.has(marginKey(line)))
      }
      for (const line of composePage({ items: page.items, frames: page.frames, drop, width: page.width > page.height ? page.width : undefined })) out.line(line, `page ${page.number}`)
      out.line('', `page ${page.number}`)
    }
    return { ...out.result(), meta, notes }
  } finally {
    await doc.destroy()
  }
}

let inThread: Promise<{ pdfjs: Pdfjs; worker: InstanceType<Pdfjs['PDFWorker']> }> | undefined

/**
 * pdf.js, and its worker half started in this thread on a port that passes messages without
 * copying them (pdf/port.ts): once per thread, shared by every PDF read in it.
 */
function pdfjsInThread() {
  inThread ??= loadPdfjs().then(({ pdfjs, workerHalf }) => {
    const port = threadPort()
    workerHalf.WorkerMessageHandler.initializeFromPort(port)
    return { pdfjs, worker: new pdfjs.PDFWorker({ port: port as never, verbosity: 0 }) }
  })
  return inThread
}

/**
 * pdf.js's two halves, loaded by `require` where Node can (20.19 and later), else imported,
 * either way without source maps. Imported through a loader hook (tsx), its 3 MB of source
 * pass through the hook's thread, and with source maps on (tsx turns them on) Node parses and
 * keeps the 7 MB of maps pdf.js ships: together some 200 MB more in every worker that reads a PDF.
 */
async function loadPdfjs(): Promise<{ pdfjs: Pdfjs; workerHalf: PdfjsWorker }> {
  const maps = process.sourceMapsEnabled
  process.setSourceMapsEnabled(false)
  const natives = { push: Array.prototype.push, parse: JSON.parse }
  try {
    const load = createRequire(import.meta.url)
    return { workerHalf: load(PDFJS_WORKER) as PdfjsWorker, pdfjs: load(PDFJS_API) as Pdfjs }
  } catch {
    // Node before 20.19 cannot `require` a module.
    return { workerHalf: (await import(PDFJS_WORKER)) as PdfjsWorker, pdfjs: await import('pdfjs-dist/legacy/build/pdf.mjs') }
  } finally {
    process.setSourceMapsEnabled(maps)
    // The legacy build's polyfills (core-js) replace the engine's own `Array.prototype.push`
    // and `JSON.parse` with slower ones for spec corners no code here meets (a frozen
    // array's length, a reviver's source text); they would slow every thread that reads a
    // PDF, pdf.js and the extractors alike (a tenth of a PDF's reading): the engine's are put back.
    Array.prototype.push = natives.push
    JSON.parse = natives.parse
  }
}

/**
 * The bytes with a new catalogue and page tree appended, listing every page object found in
 * the file in file order, and a trailer naming them (pdf.js, finding no usable cross-reference
 * table, indexes the objects and takes the last trailer's root); null where no page is left.
 */
function withPageTree(bytes: Uint8Array): { bytes: Uint8Array; pages: number } | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
  // A page updated later in the file (an incremental update) stands there twice: listed once.
  const pages = [...new Set([...text.matchAll(PAGE_OBJECT)].map((m) => m[1]!))]
  if (pages.length === 0) return null
  const last = Math.max(...[...text.matchAll(OBJECT_HEAD)].map((m) => Number(m[1])))
  const [catalog, tree] = [last + 1, last + 2]
  const tail = `\n${catalog} 0 obj\n<< /Type /Catalog /Pages ${tree} 0 R >>\nendobj\n${tree} 0 obj\n<< /Type /Pages /Kids [${pages.map((p) => `${p} 0 R`).join(' ')}] /Count ${pages.length} >>\nendobj\ntrailer\n<< /Size ${tree + 1} /Root ${catalog} 0 R >>\n%%EOF\n`
  return { bytes: new Uint8Array(Buffer.concat([bytes, Buffer.from(tail, 'latin1')])), pages: pages.length }
}

/** Lines that stand in the top or bottom margin of most pages (running headers, footers). */
function repeatedMargins(pages: PageRead[]): Set<string> {
  const counts = new Map<string, number>()
  for (const page of pages) {
    const seen = new Set<string>()
    for (const line of page.lines) {
      if (line.y <= page.height * (1 - MARGIN) && line.y >= page.height * MARGIN) continue
      const key = marginKey(line)
      if (!seen.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1)
      seen.add(key)
    }
  }
  const threshold = Math.max(2, Math.ceil(pages.length / 2))
  return new Set([...counts].filter(([, n]) => n >= threshold).map(([k]) => k))
}

/** A margin line with its numbers blanked (a running header's page number changes). */
function marginKey(line: PdfLine): string {
  return line.text.replace(/\d+/gu, '#').trim()
}
