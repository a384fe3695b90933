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
import { BodoError, type ReadNote } from '../errors.js'
import { inflateCapped, DEFAULT_ZIP_LIMITS } from './zip.js'
import { TextBuilder, type SourcePlace } from './source-map.js'
import { gridColumns, gridRows } from './grid.js'

/** What the HWP reader hands on. */
export interface HwpRead {
  text: string
  places: SourcePlace[]
  meta: Record<string, unknown>
  /** What reading had to mend (a section cut short, damaged records skipped), each with its place. */
  notes: ReadNote[]
}

const SIGNATURE = 'HWP Document File'
const TAG = { paraHeader: 66, paraText: 67, ctrlHeader: 71, listHeader: 72, table: 77 } as const
const SECTION = /(?:^|\/)BodyText\/Section(\d+)$/u
const MAX_SECTION_BYTES = DEFAULT_ZIP_LIMITS.entryBytes
/** Tags past this are not HWP 5's: a header that names one is damage. */
const MAX_TAG = 0x1ff
/** A paragraph header's size (HWPTAG_PARA_HEADER holds 22–24 bytes in the versions seen). */
const PARA_HEADER_SIZE = { min: 12, max: 64 } as const
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
  } catch {
    throw new BodoError('damaged', 'its OLE container (the sector tables or directory) is cut short or damaged, so its streams cannot be found')
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
  const notes: ReadNote[] = []
  for (const { i, m } of sections) {
    const raw = asBytes(cfb.FileIndex[i]!.content) ?? new Uint8Array()
    const place = `section${m![1]}`
    let data = raw
    if (compressed) {
      const inflated = inflateCapped(raw, place, MAX_SECTION_BYTES, DEFAULT_ZIP_LIMITS)
      if (inflated.error) notes.push({ ruleId: 'hwp-salvaged', reason: `BodyText/Section${m![1]} is damaged after ${inflated.data.length} unpacked bytes (${inflated.error}): the records before the damage were read` })
      data = inflated.data
    }
    const roots = recordTree(data, place, notes)
    let p = 0
    for (const r of roots) if (r.tag === TAG.paraHeader) paragraph(r, `${place}/p${p++}`, out, 0)
  }
  const { text, places } = out.result()
  if (text.trim() === '' && notes.length > 0) throw new BodoError('damaged', notes.map((n) => n.reason).join('; '))
  return { text, places, meta, notes }
}

/** A stream's content as bytes (`cfb` gives number arrays for non-Buffer input). */
function asBytes(content: unknown): Uint8Array | undefined {
  if (content instanceof Uint8Array) return content
  if (Array.isArray(content)) return Uint8Array.from(content as number[])
  return undefined
}

/**
 * The records of a stream, nested by level. A header that cannot be right (an unknown tag, a
 * level that skips, a size past the end) is damage: reading resumes at the next paragraph
 * header that starts a plausible run of records; a record cut off by the end keeps what is there.
 */
function recordTree(data: Uint8Array, place: string, notes: ReadNote[]): HwpRecord[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  const roots: HwpRecord[] = []
  const stack: HwpRecord[] = []
  let o = 0
  while (o + 4 <= data.length) {
    const header = recordHeader(view, o)
    const parentLevel = stack.at(-1)?.level ?? -1
    if (header.tag < 16 || header.tag > MAX_TAG || header.level > parentLevel + 1) {
      const next = resync(view, o + 1)
      notes.push({ ruleId: 'hwp-salvaged', reason: `${place}: a damaged record at byte ${o}; ${next < 0 ? 'the rest of the section was' : `${next - o} bytes up to the next paragraph were`} skipped` })
      if (next < 0) break
      o = next
      stack.length = 0
      continue
    }
    let { size } = header
    o = header.start
    if (o + size > data.length) {
      notes.push({ ruleId: 'hwp-salvaged', reason: `${place}: the last record runs past the end of the section (${data.length - o} of ${size} bytes; a truncated file): what is there was read` })
      size = data.length - o
    }
    const record: HwpRecord = { tag: header.tag, level: header.level, data: data.subarray(o, o + size), children: [] }
    o += size
    while (stack.length > 0 && stack.at(-1)!.level >= header.level) stack.pop()
    if (stack.length === 0) roots.push(record)
    else stack.at(-1)!.children.push(record)
    if (stack.length < MAX_DEPTH * 4) stack.push(record)
  }
  return roots
}

/** A record header at an offset: tag, level, size, where its data starts. */
function recordHeader(view: DataView, o: number): { tag: number; level: number; size: number; start: number } {
  const head = view.getUint32(o, true)
  const tag = head & 0x3ff
  const level = (head >>> 10) & 0x3ff
  let size = head >>> 20
  let start = o + 4
  if (size === 0xfff) {
    size = start + 4 <= view.byteLength ? view.getUint32(start, true) : Infinity
    start += 4
  }
  return { tag, level, size, start }
}

/** The next offset where a top-level paragraph header is followed by a level-1 record, or -1. */
function resync(view: DataView, from: number): number {
  for (let o = from; o + 8 <= view.byteLength; o++) {
    const h = recordHeader(view, o)
    if (h.tag !== TAG.paraHeader || h.level !== 0 || h.size < PARA_HEADER_SIZE.min || h.size > PARA_HEADER_SIZE.max) continue
    const at = h.start + h.size
    if (at + 4 > view.byteLength) continue
    const next = recordHeader(view, at)
    if (next.tag >= 16 && next.tag <= MAX_TAG && next.level === 1 && next.start + next.size <= view.byteLength) return o
  }
  return -1
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
