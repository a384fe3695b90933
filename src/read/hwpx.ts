/**
 * HWPX (OWPML, KS X 6101) → release text. The zip's `Contents/section*.xml`, in order,
 * parsed with `xast-util-from-xml` (DTDs and entities are refused, never expanded):
 * paragraphs become lines; a table becomes tab-separated rows laid out on its grid
 * (`cellAddr`, `cellSpan`; a spanned cell leaves empty cells); a one-column table (a box,
 * or boxes stacked) gives its paragraphs as lines, as a viewer's text export does; text boxes and footnotes are read
 * where they stand. Click-here fields (누름틀) keep their guide text in their parameters,
 * which is not read; a guide text left in the body is dropped.
 */
import type { Element, ElementContent } from 'xast'
import { BodoError, type ReadNote } from '../errors.js'
import { unzipEntries } from './zip.js'
import { parseXmlSalvaging } from './xml-salvage.js'
import { TextBuilder, type SourcePlace } from './source-map.js'
import { gridColumns, gridRows } from './grid.js'

/** What the HWPX reader hands on. */
export interface HwpxRead {
  text: string
  places: SourcePlace[]
  meta: Record<string, unknown>
  /** What reading had to mend (a damaged archive or section), each with its place. */
  notes: ReadNote[]
}

const MIMETYPE = 'application/hwp+zip'
const SECTION = /^Contents\/section(\d+)\.xml$/u
const MAX_DEPTH = 64
const HEADER = 'Contents/header.xml'
/** A paragraph shape (`hh:paraPr`) of the header, up to its end. */
const PARA_SHAPE = /<hh:paraPr\b[^>]*\bid="(\d+)"[^>]*>([\s\S]*?)<\/hh:paraPr>/gu
const BULLET_HEADING = /<hh:heading\b[^>]*\btype="BULLET"[^>]*\bidRef="(\d+)"/u
const BULLET_SHAPE = /<hh:bullet\b[^>]*\bid="(\d+)"[^>]*\bchar="([^"]+)"[^>]*>/gu
/** Private-use characters (a symbol font's glyphs) say nothing as text. */
const PRIVATE_USE = /[\u{e000}-\u{f8ff}]/u
/** Each document's bullets by paragraph shape, while it is read (the builder is the document's). */
const BULLETS = new WeakMap<TextBuilder, Map<string, string>>()
const PREVIEW = 'Preview/PrvText.txt'
/** A preview line of table cells: `<a><b>`. */
const PREVIEW_CELLS = /^<.*>$/u
/** Where paragraphs and runs stand (OWPML), to resume at the next one after damage. */
const SALVAGE_PARENTS = { p: ['sec', 'subList'], run: ['p'] } as const
/** Guide text of an unfilled click-here field. */
const FIELD_GUIDE = /이곳을\s*(?:마우스로\s*)?(?:누르고|클릭하(?:고|여))[^.]*?입력하(?:세요|십시오)\.?/gu

/**
 * Is this zip an HWPX document?
 *
 * @param entries The archive's unpacked `mimetype`, if any.
 */
export function isHwpxMimetype(mimetype: Uint8Array | undefined): boolean {
  return mimetype !== undefined && new TextDecoder().decode(mimetype).trim() === MIMETYPE
}

/**
 * Read an HWPX document.
 *
 * @param bytes The archive.
 * @returns The text, where each line came from, and the archive's metadata.
 * @throws BodoError for a damaged or unsafe archive, or one that is not HWPX.
 */
export function readHwpx(bytes: Uint8Array): HwpxRead {
  const { entries, notes } = unzipEntries(bytes, (name) => name === 'mimetype' || SECTION.test(name) || name === 'version.xml' || name === HEADER || name === PREVIEW)
  if (!isHwpxMimetype(entries.get('mimetype'))) {
    if (![...entries.keys()].some((n) => SECTION.test(n))) throw new BodoError('unsupported-format', 'a zip archive that is not an HWPX document')
  }
  const sections = [...entries.keys()]
    .filter((n) => SECTION.test(n))
    .sort((a, b) => Number(SECTION.exec(a)![1]) - Number(SECTION.exec(b)![1]))
  const preview = entries.get(PREVIEW)
  if (sections.length === 0 && !(notes.length > 0 && preview)) throw new BodoError('damaged', `the HWPX archive has no Contents/section*.xml${notes.length > 0 ? ' (it is cut short or damaged before its first section)' : ''}`)
  const out = new TextBuilder()
  const header = entries.get(HEADER)
  if (header) BULLETS.set(out, paragraphBullets(new TextDecoder().decode(header)))
  for (const name of sections) {
    const { tree, notes: mended } = parseXmlSalvaging(entries.get(name)!, name, SALVAGE_PARENTS)
    notes.push(...mended)
    const section = `section${SECTION.exec(name)![1]}`
    const root = tree.children.find((c): c is Element => c.type === 'element')
    if (root) blockChildren(root, section, out, 0)
  }
  const { text, places } = out.result()
  if (text.trim() === '' && notes.length > 0 && preview) return { ...previewText(preview), meta: {}, notes: [...notes, { ruleId: 'zip-salvaged', reason: `no section could be read: the text is ${PREVIEW}, the preview of the document's first page` }] }
  return { text, places, meta: {}, notes }
}

/**
 * The preview text an HWPX keeps of its first page (`Preview/PrvText.txt`: lines, table cells
 * as `<…>`), as lines with cells tab-separated: what is left of a document whose sections are lost.
 */
function previewText(bytes: Uint8Array): { text: string; places: SourcePlace[] } {
  const out = new TextBuilder()
  for (const line of new TextDecoder().decode(bytes).split(/\r?\n/u)) out.line(PREVIEW_CELLS.test(line) ? line.slice(1, -1).split('><').join('\t') : line, 'preview')
  return out.result()
}

/** Paragraphs and tables directly under a section or a cell's list. */
function blockChildren(parent: Element, place: string, out: TextBuilder, depth: number): void {
  let p = 0
  for (const child of parent.children) {
    if (child.type !== 'element') continue
    if (local(child) === 'p') paragraph(child, `${place}/p${p++}`, out, depth)
    else if (local(child) === 'subList') blockChildren(child, place, out, depth + 1)
  }
}

/** One paragraph: its text as a line; tables, boxes and notes inside it after it. */
function paragraph(p: Element, place: string, out: TextBuilder, depth: number): void {
  if (depth > MAX_DEPTH) return
  let text = ''
  const after: Array<() => void> = []
  let objects = 0
  const visit = (node: ElementContent, d: number) => {
    if (node.type === 'text') return
    if (node.type !== 'element' || d > MAX_DEPTH) return
    const name = local(node)
    if (name === 't') {
      text += runText(node)
      return
    }
    if (name === 'tbl') {
      const at = `${place}/tbl${objects++}`
      after.push(() => table(node, at, out, depth + 1))
      return
    }
    if (name === 'drawText') {
      const at = `${place}/box${objects++}`
      after.push(() => {
        for (const list of node.children) if (list.type === 'element' && local(list) === 'subList') blockChildren(list, at, out, depth + 1)
      })
      return
    }
    if (name === 'footNote' || name === 'endNote') {
      const at = `${place}/note${objects++}`
      after.push(() => {
        for (const list of node.children) if (list.type === 'element' && local(list) === 'subList') blockChildren(list, at, out, depth + 1)
      })
      return
    }
    if (name === 'fieldBegin' || name === 'parameters' || name === 'linesegarray' || name === 'secPr' || name === 'colPr') return
    for (const c of node.children) visit(c, d + 1)
  }
  for (const c of p.children) visit(c, 0)
  const bullet = BULLETS.get(out)?.get(attr(p, 'paraPrIDRef') ?? '')
  const line = bullet && text.trim() !== '' ? `${bullet} ${clean(text).trimStart()}` : clean(text)
  if (line.trim() !== '' || after.length === 0) for (const part of line.split('\n')) out.line(part, place)
  for (const f of after) f()
}

/**
 * Bullets (글머리표) that paragraph shapes put before their paragraphs: Hancom draws them,
 * the text does not hold them (subtitles set as `-` bullets, in 9 of the 46 originals).
 *
 * @param header `Contents/header.xml`.
 * @returns The bullet character by paragraph shape id.
 */
function paragraphBullets(header: string): Map<string, string> {
  const chars = new Map<string, string>()
  for (const m of header.matchAll(BULLET_SHAPE)) if (!PRIVATE_USE.test(m[2]!)) chars.set(m[1]!, m[2]!)
  const out = new Map<string, string>()
  for (const m of header.matchAll(PARA_SHAPE)) {
    const heading = BULLET_HEADING.exec(m[2]!)
    const char = heading ? chars.get(heading[1]!) : undefined
    if (char) out.set(m[1]!, char)
  }
  return out
}

/** The text of `<hp:t>`: characters, tabs as spaces, line breaks as `\n` (a new line). */
function runText(t: Element): string {
  let s = ''
  for (const c of t.children) {
    if (c.type === 'text') s += c.value
    else if (c.type === 'element') {
      const name = local(c)
      if (name === 'lineBreak') s += '\n'
      else if (name === 'tab' || name === 'fwSpace' || name === 'nbSpace') s += ' '
      else if (name === 'hyphen') s += '-'
    }
  }
  return s
}

function clean(text: string): string {
  // Hancom's private-use circled numbers are read as ① … by the repair stage, for every format.
  return text.replace(FIELD_GUIDE, '')
}

/** A table: one-cell boxes as lines; others as tab rows on their grid. */
function table(tbl: Element, place: string, out: TextBuilder, depth: number): void {
  if (depth > MAX_DEPTH) return
  const cells: Array<{ row: number; col: number; rowSpan: number; colSpan: number; cell: Element }> = []
  let r = 0
  for (const tr of tbl.children) {
    if (tr.type !== 'element' || local(tr) !== 'tr') continue
    let c = 0
    for (const tc of tr.children) {
      if (tc.type !== 'element' || local(tc) !== 'tc') continue
      const addr = child(tc, 'cellAddr')
      const span = child(tc, 'cellSpan')
      const row = addr ? Number(attr(addr, 'rowAddr') ?? r) : r
      const col = addr ? Number(attr(addr, 'colAddr') ?? c) : c
      cells.push({ row, col, rowSpan: Math.max(1, Number(span ? attr(span, 'rowSpan') : 1) || 1), colSpan: Math.max(1, Number(span ? attr(span, 'colSpan') : 1) || 1), cell: tc })
      c = col + 1
    }
    r++
  }
  if (cells.length === 0) return
  if (gridColumns(cells) === 1) {
    // A box or a stack of boxes (title, subtitles, notes): its paragraphs are lines.
    for (const x of cells) {
      const list = child(x.cell, 'subList')
      if (list) blockChildren(list, `${place}/r${x.row}c0`, out, depth + 1)
    }
    return
  }
  for (const { row, text } of gridRows(cells.map((x) => ({ ...x, text: cellText(x.cell, depth + 1) })))) out.line(text, `${place}/r${row}`)
}

/** A cell's text on one line: its paragraphs (and nested tables' text) joined by spaces. */
function cellText(tc: Element, depth: number): string {
  const parts: string[] = []
  const visit = (node: ElementContent, d: number) => {
    if (node.type !== 'element' || d > MAX_DEPTH) return
    const name = local(node)
    if (name === 't') {
      parts.push(runText(node))
      return
    }
    if (name === 'p' || name === 'tr' || name === 'tc') parts.push(' ')
    if (name === 'fieldBegin' || name === 'parameters' || name === 'linesegarray') return
    for (const c of node.children) visit(c, d + 1)
  }
  for (const c of tc.children) visit(c, depth)
  return clean(parts.join('')).replace(/\s+/gu, ' ').trim()
}

function local(el: Element): string {
  const i = el.name.indexOf(':')
  return i >= 0 ? el.name.slice(i + 1) : el.name
}

function child(el: Element, name: string): Element | undefined {
  return el.children.find((c): c is Element => c.type === 'element' && local(c) === name)
}

function attr(el: Element, name: string): string | undefined {
  const v = el.attributes[name]
  return v === null || v === undefined ? undefined : String(v)
}
