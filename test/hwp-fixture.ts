/**
 * Writes small HWP 5 files for tests: an OLE compound file (`cfb`) with a FileHeader and a
 * raw-deflated BodyText/Section0 of records.
 */
import CFB from 'cfb'
import { deflateSync } from 'fflate'

const TAG = { paraHeader: 66, paraText: 67, ctrlHeader: 71, listHeader: 72, table: 77 }

function record(tag: number, level: number, data: Uint8Array): Uint8Array {
  const size = data.length
  const big = size >= 0xfff
  const out = new Uint8Array(4 + (big ? 4 : 0) + size)
  const view = new DataView(out.buffer)
  view.setUint32(0, (tag & 0x3ff) | ((level & 0x3ff) << 10) | ((big ? 0xfff : size) << 20), true)
  if (big) view.setUint32(4, size, true)
  out.set(data, big ? 8 : 4)
  return out
}

function utf16(text: string, controls: number[] = []): Uint8Array {
  const units: number[] = []
  for (const c of controls) units.push(c, 0, 0, 0, 0, 0, 0, c) // a wide control: 8 WCHARs
  for (let i = 0; i < text.length; i++) units.push(text.charCodeAt(i))
  units.push(13)
  const out = new Uint8Array(units.length * 2)
  units.forEach((u, i) => {
    out[i * 2] = u & 0xff
    out[i * 2 + 1] = u >> 8
  })
  return out
}

/** A paragraph at a level, with its text (`\n` for a line break). */
export function para(level: number, text: string, controls: Uint8Array[] = []): Uint8Array[] {
  const textUnits = text.replace(/\n/gu, '\u000a')
  return [record(TAG.paraHeader, level, new Uint8Array(22)), record(TAG.paraText, level + 1, utf16(textUnits, controls.length > 0 ? [11] : [])), ...controls]
}

/** A table control at a level: cells `[row, col, rowSpan, colSpan, text]`. */
export function tableControl(level: number, rows: number, cols: number, cells: Array<[number, number, number, number, string]>): Uint8Array {
  const ctrl = new Uint8Array(4)
  ctrl.set([0x20, 0x6c, 0x62, 0x74]) // 'tbl ' stored little-endian
  const tbl = new Uint8Array(8)
  new DataView(tbl.buffer).setUint16(4, rows, true)
  new DataView(tbl.buffer).setUint16(6, cols, true)
  const parts: Uint8Array[] = [record(TAG.ctrlHeader, level, ctrl), record(TAG.table, level + 1, tbl)]
  for (const [row, col, rowSpan, colSpan, text] of cells) {
    const list = new Uint8Array(32)
    const v = new DataView(list.buffer)
    v.setUint16(0, 1, true)
    v.setUint16(8, col, true)
    v.setUint16(10, row, true)
    v.setUint16(12, colSpan, true)
    v.setUint16(14, rowSpan, true)
    parts.push(record(TAG.listHeader, level + 1, list), ...para(level + 1, text))
  }
  return concat(parts)
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/**
 * Build an HWP file.
 *
 * @param section The section's records (uncompressed).
 * @param flags FileHeader property bits: 1 compressed (default), 2 password, 4 distribution.
 */
export function makeHwp(section: Uint8Array[] | Uint8Array, flags = 1): Uint8Array {
  const header = new Uint8Array(256)
  header.set(new TextEncoder().encode('HWP Document File'))
  header.set([0, 0, 1, 5], 32)
  new DataView(header.buffer).setUint32(36, flags, true)
  const body = Array.isArray(section) ? concat(section) : section
  const cfb = CFB.utils.cfb_new()
  CFB.utils.cfb_add(cfb, 'FileHeader', header)
  CFB.utils.cfb_add(cfb, 'BodyText/Section0', flags & 1 ? deflateSync(body) : body)
  return new Uint8Array(CFB.write(cfb, { type: 'buffer' }) as Buffer)
}
