/**
 * HWP 5 (the binary Hangul format) → release text. The OLE compound file is opened with
 * `cfb`; each `BodyText/Section*` stream is inflated (raw deflate, with a size cap) and
 * read as its record tree (HWPTAG_PARA_HEADER, PARA_TEXT, CTRL_HEADER, TABLE, LIST_HEADER):
 * paragraphs become lines; tables become tab-separated rows laid out on their grid (a
 * one-column table gives its paragraphs as lines); text boxes and footnotes are read where
 * they stand; page headers and footers are left out. Password-protected and distribution
 * (배포용) documents keep their text encrypted and are refused.
 */
import CFB from 'cfb'
import { Inflate } from 'fflate'
import { BodoError } from '../errors.js'
import { TextBuilder, type SourcePlace } from './source-map.js'
import { gridColumns, gridRows } from './grid.js'

/** What the HWP reader hands on. */
export interface HwpRead {
  text: string
  places: SourcePlace[]
  meta: Record<string, unknown>
}

const SIGNATURE = 'HWP Document File'
const TAG = { paraHeader: 66, paraText: 67, ctrlHeader: 71, listHeader: 72, table: 77 } as const
const SECTION = /(?:^|\/)BodyText\/Section(\d+)$/u
const MAX_SECTION_BYTES = 64 * 1024 * 1024
const MAX_DEPTH = 64
/** Extended and inline controls take 8 WCHARs in the text. */
const WIDE_CONTROL = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23])
/** Controls whose text is not the body's: page headers and footers, hidden comments. */
const SKIPPED_CONTROLS = new Set(['head', 'foot', 'tcmt'])

interface HwpRecord {
  tag: number
  level: number
  data: Uint8Array
  children: HwpRecord[]
}

/**
 * Read an HWP 5 document.
 *
 * @param bytes The file.
 * @returns The text, where each line came from, and the file's version.
 * @throws BodoError `damaged`, `encrypted`, `zip-bomb`.
 */
export function readHwp(bytes: Uint8Array): HwpRead {
  let cfb: CFB.CFB$Container
  try {
    cfb = CFB.read(bytes, { type: 'buffer' })
  } catch (error) {
    throw new BodoError('damaged', `not a readable OLE compound file (${(error as Error).message})`)
  }
  const stream = (name: RegExp) => {
    const i = cfb.FullPaths.findIndex((p) => name.test(p))
    return i >= 0 ? asBytes(cfb.FileIndex[i]!.content) : undefined
  }
  const header = stream(/(?:^|\/)FileHeader$/u)
  if (!header || header.length < 40 || new TextDecoder('latin1').decode(header.subarray(0, SIGNATURE.length)) !== SIGNATURE) {
    throw new BodoError('damaged', 'an OLE file without an HWP FileHeader')
  }
  const props = header[36]! | (header[37]! << 8)
  if (props & 2) throw new BodoError('encrypted', 'the HWP document is password-protected')
  if (props & 4) throw new BodoError('encrypted', 'a distribution (배포용) HWP document keeps its text encrypted')
  const compressed = (props & 1) === 1
  const meta = { version: `${header[35]}.${header[34]}.${header[33]}.${header[32]}` }
  const sections = cfb.FullPaths.map((p, i) => ({ p, i, m: SECTION.exec(p) }))
    .filter((x) => x.m)
    .sort((a, b) => Number(a.m![1]) - Number(b.m![1]))
  if (sections.length === 0) throw new BodoError('damaged', 'the HWP document has no BodyText sections')
  const out = new TextBuilder()
  for (const { i, m } of sections) {
    const raw = asBytes(cfb.FileIndex[i]!.content) ?? new Uint8Array()
    const data = compressed ? inflateCapped(raw, MAX_SECTION_BYTES) : raw
    const roots = recordTree(data)
    const place = `section${m![1]}`
    let p = 0
    for (const r of roots) if (r.tag === TAG.paraHeader) paragraph(r, `${place}/p${p++}`, out, 0)
  }
  const { text, places } = out.result()
  return { text, places, meta }
}

/** A stream's content as bytes (`cfb` gives number arrays for non-Buffer input). */
function asBytes(content: unknown): Uint8Array | undefined {
  if (content instanceof Uint8Array) return content
  if (Array.isArray(content)) return Uint8Array.from(content as number[])
  return undefined
}

/** Raw deflate with a cap on the output: a deflate bomb stops at the cap. */
function inflateCapped(data: Uint8Array, cap: number): Uint8Array {
  const chunks: Uint8Array[] = []
  let size = 0
  const inflate = new Inflate((chunk) => {
    size += chunk.length
    if (size > cap) throw new BodoError('zip-bomb', `a section inflates past ${Math.round(cap / 1048576)} MiB`)
    chunks.push(chunk)
  })
  try {
    inflate.push(data, true)
  } catch (error) {
    if (error instanceof BodoError) throw error
    throw new BodoError('damaged', `a BodyText section does not inflate (${(error as Error).message})`)
  }
  const out = new Uint8Array(size)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.length
  }
  return out
}

/** The records of a stream, nested by level. */
function recordTree(data: Uint8Array): HwpRecord[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  const roots: HwpRecord[] = []
  const stack: HwpRecord[] = []
  let o = 0
  while (o + 4 <= data.length) {
    const head = view.getUint32(o, true)
    o += 4
    const tag = head & 0x3ff
    const level = (head >>> 10) & 0x3ff
    let size = head >>> 20
    if (size === 0xfff) {
      if (o + 4 > data.length) break
      size = view.getUint32(o, true)
      o += 4
    }
    if (o + size > data.length) throw new BodoError('damaged', 'a record runs past the end of its section (truncated file)')
    const record: HwpRecord = { tag, level, data: data.subarray(o, o + size), children: [] }
    o += size
    while (stack.length > 0 && stack.at(-1)!.level >= level) stack.pop()
    if (stack.length === 0) roots.push(record)
    else stack.at(-1)!.children.push(record)
    if (stack.length < MAX_DEPTH * 4) stack.push(record)
  }
  return roots
}

/** A paragraph: its text as lines; its tables, boxes and notes after it. */
function paragraph(para: HwpRecord, place: string, out: TextBuilder, depth: number): void {
  if (depth > MAX_DEPTH) return
  const textRecord = para.children.find((c) => c.tag === TAG.paraText)
  const text = textRecord ? paraText(textRecord.data) : ''
  const controls = para.children.filter((c) => c.tag === TAG.ctrlHeader)
  if (text.trim() !== '' || controls.length === 0) for (const line of text.split('\n')) out.line(line, place)
  controls.forEach((ctrl, k) => {
    const id = controlId(ctrl)
    if (SKIPPED_CONTROLS.has(id)) return
    if (id === 'tbl ') table(ctrl, `${place}/tbl${k}`, out, depth + 1)
    else {
      let p = 0
      for (const para of descendants(ctrl, TAG.paraHeader)) paragraph(para, `${place}/${id.trim() || 'ctrl'}${k}/p${p++}`, out, depth + 1)
    }
  })
}

/** The UTF-16 text of a paragraph, controls taken out (line breaks kept as `\n`). */
function paraText(data: Uint8Array): string {
  const n = data.length >>> 1
  let s = ''
  for (let i = 0; i < n; i++) {
    const c = data[i * 2]! | (data[i * 2 + 1]! << 8)
    if (c >= 32) {
      s += String.fromCharCode(c)
      continue
    }
    if (c === 10) s += '\n'
    else if (c === 9) s += ' '
    else if (c === 24) s += '-'
    else if (c === 30 || c === 31) s += ' '
    if (WIDE_CONTROL.has(c)) i += 7
  }
  return s.replace(/\r/gu, '')
}

function controlId(ctrl: HwpRecord): string {
  const d = ctrl.data
  return d.length >= 4 ? String.fromCharCode(d[3]!, d[2]!, d[1]!, d[0]!) : ''
}

/** Records of a tag anywhere below a record, in order, not descending into what they match. */
function descendants(record: HwpRecord, tag: number): HwpRecord[] {
  const out: HwpRecord[] = []
  const stack = [...record.children].reverse()
  while (stack.length > 0) {
    const r = stack.pop()!
    if (r.tag === tag) out.push(r)
    else for (let i = r.children.length - 1; i >= 0; i--) stack.push(r.children[i]!)
  }
  return out
}

/** A table control: cells (LIST_HEADER, then their paragraphs) laid out on the grid. */
function table(ctrl: HwpRecord, place: string, out: TextBuilder, depth: number): void {
  if (depth > MAX_DEPTH) return
  const cells: Array<{ row: number; col: number; rowSpan: number; colSpan: number; paragraphs: HwpRecord[] }> = []
  for (const r of ctrl.children) {
    if (r.tag === TAG.listHeader && r.data.length >= 16) {
      const v = new DataView(r.data.buffer, r.data.byteOffset, r.data.byteLength)
      cells.push({ col: v.getUint16(8, true), row: v.getUint16(10, true), colSpan: Math.max(1, v.getUint16(12, true)), rowSpan: Math.max(1, v.getUint16(14, true)), paragraphs: [] })
    } else if (r.tag === TAG.paraHeader && cells.length > 0) cells.at(-1)!.paragraphs.push(r)
  }
  if (cells.length === 0) return
  if (gridColumns(cells) === 1) {
    for (const x of cells) x.paragraphs.forEach((p, i) => paragraph(p, `${place}/r${x.row}c0/p${i}`, out, depth + 1))
    return
  }
  for (const { row, text } of gridRows(cells.map((x) => ({ ...x, text: cellText(x.paragraphs, depth + 1) })))) out.line(text, `${place}/r${row}`)
}

/** A cell's text on one line: paragraphs and nested tables' text joined by spaces. */
function cellText(paragraphs: HwpRecord[], depth: number): string {
  if (depth > MAX_DEPTH) return ''
  const parts: string[] = []
  for (const p of paragraphs) {
    const t = p.children.find((c) => c.tag === TAG.paraText)
    if (t) parts.push(paraText(t.data))
    for (const ctrl of p.children) {
      if (ctrl.tag !== TAG.ctrlHeader || SKIPPED_CONTROLS.has(controlId(ctrl))) continue
      parts.push(cellText(descendants(ctrl, TAG.paraHeader), depth + 1))
    }
  }
  return parts.join(' ').replace(/\s+/gu, ' ').trim()
}
