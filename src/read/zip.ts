/**
 * Reading a zip container safely: only the wanted entries, each inflated (fflate's streaming
 * `Inflate`) a few KiB of packed bytes at a time with the caps checked after every step, so
 * that a zip bomb is stopped within one step of its cap, whatever the archive claims. The
 * central directory says where the entries are; where it is missing or damaged (a truncated
 * download), the entries are found by their local headers instead, and an entry cut short or
 * damaged keeps what inflated before the damage. Each such repair is a note.
 */
import { Inflate } from 'fflate'
import { BodoError, type ReadNote } from '../errors.js'

/** Caps on what an archive may unpack to. */
export interface ZipLimits {
  /** Bytes one entry may unpack to. */
  entryBytes: number
  /** Bytes all wanted entries may unpack to. */
  totalBytes: number
  /** Largest unpacked/packed ratio of an entry (beyond it: a zip bomb). */
  ratio: number
}

/** The wanted entries and what was mended to read them. */
export interface Unzipped {
  entries: Map<string, Uint8Array>
  notes: ReadNote[]
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { entryBytes: 16 * 1024 * 1024, totalBytes: 48 * 1024 * 1024, ratio: 200 }

/** Packed bytes handed to the inflater at a time: at most ~1032× that comes out per step. */
const STEP = 4096
/** Steps after damage, to keep what inflates up to it. */
const SMALL_STEP = 64
/** Below this, an entry's ratio is not checked (tiny XML inflates well past 200×). */
const RATIO_FLOOR = 1024 * 1024
const LOCAL = 0x04034b50
const CENTRAL = 0x02014b50
const END = 0x06054b50
const MAX_COMMENT = 0xffff
const MAX_NAME = 1024

/** Where an entry's packed bytes are. */
interface EntryPlace {
  name: string
  method: number
  flags: number
  start: number
  /** Packed size (from the central directory, or the local header, or the next header's place). */
  packed: number
  /** Unpacked size, where a header states it. */
  size: number | null
}

/**
 * Unpack the entries whose names `want` accepts.
 *
 * @param bytes The archive.
 * @param want Which entries to unpack.
 * @param limits Size caps.
 * @returns Entry name → bytes, and notes on what was mended (a damaged directory, entries cut
 *   short).
 * @throws BodoError `damaged` (nothing readable), `encrypted` or `zip-bomb`.
 */
export function unzipEntries(bytes: Uint8Array, want: (name: string) => boolean, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Unzipped {
  const notes: ReadNote[] = []
  let places = centralDirectory(bytes)
  if (places === null) {
    places = localHeaders(bytes)
    if (places.length === 0) throw new BodoError('damaged', 'not a readable zip archive (no entry header found)')
    notes.push({ ruleId: 'zip-salvaged', reason: `the zip's central directory is missing or damaged (a truncated file?); ${places.length} entries were found by their local headers` })
  }
  const entries = new Map<string, Uint8Array>()
  let total = 0
  let encrypted = 0
  for (const place of places) {
    if (!want(place.name) || entries.has(place.name)) continue
    if (place.flags & 1) {
      encrypted++
      continue
    }
    if (place.method !== 0 && place.method !== 8) {
      notes.push({ ruleId: 'zip-salvaged', reason: `zip entry ${place.name} uses compression method ${place.method}, which is not read; skipped` })
      continue
    }
    const available = Math.max(0, Math.min(place.packed, bytes.length - place.start))
    const packed = bytes.subarray(place.start, place.start + available)
    if (available < place.packed) notes.push({ ruleId: 'zip-salvaged', reason: `zip entry ${place.name} is cut short (${available} of ${place.packed} packed bytes): what they hold was read` })
    const cap = Math.min(limits.entryBytes, limits.totalBytes - total)
    const { data, error } = place.method === 0 ? stored(packed, place, cap, limits) : inflateCapped(packed, place.name, cap, limits, place.size)
    if (error) notes.push({ ruleId: 'zip-salvaged', reason: `zip entry ${place.name} is damaged after ${data.length} unpacked bytes (${error}): the bytes before the damage were read` })
    total += data.length
    entries.set(place.name, data)
  }
  if (entries.size === 0 && encrypted > 0) throw new BodoError('encrypted', 'the zip entries are encrypted')
  return { entries, notes }
}

/** A stored entry: its bytes, under the caps. */
function stored(packed: Uint8Array, place: EntryPlace, cap: number, limits: ZipLimits): { data: Uint8Array; error: string | null } {
  if (packed.length > cap) throw bomb(place.name, limits)
  return { data: packed.slice(), error: null }
}

function bomb(name: string, limits: ZipLimits): BodoError {
  return new BodoError('zip-bomb', `${name} unpacks past ${Math.round(limits.entryBytes / 1048576)} MiB, or ${limits.ratio}× its packed size, or the archive past ${Math.round(limits.totalBytes / 1048576)} MiB`)
}

/**
 * Raw deflate with caps checked at every step: a bomb stops within one step of its cap; a
 * damaged stream keeps what inflated before the damage.
 *
 * @param packed The deflated bytes.
 * @param name What to call them in a message.
 * @param cap Bytes they may unpack to.
 * @param limits The ratio cap.
 * @param expected The unpacked size a header states, if any: less than that means the stream ends early.
 * @param step Packed bytes per step.
 * @returns The bytes inflated, and the inflater's complaint where the stream broke off.
 * @throws BodoError `zip-bomb`.
 */
export function inflateCapped(packed: Uint8Array, name: string, cap: number, limits: Pick<ZipLimits, 'ratio' | 'entryBytes' | 'totalBytes'>, expected: number | null = null, step = STEP): { data: Uint8Array; error: string | null } {
  const chunks: Uint8Array[] = []
  let size = 0
  const inflate = new Inflate((chunk) => {
    size += chunk.length
    if (size > cap || (size > RATIO_FLOOR && size / Math.max(packed.length, 1) > limits.ratio)) throw bomb(name, { ...limits, entryBytes: cap })
    chunks.push(chunk)
  })
  let error: string | null = null
  try {
    // Never `final`: a stream cut short then gives what it holds instead of an error that loses the last step.
    for (let at = 0; at < packed.length; at += step) inflate.push(packed.subarray(at, at + step))
  } catch (e) {
    if (e instanceof BodoError) throw e
    error = (e as Error).message
    // The step that broke lost what it inflated: again in small steps, to keep up to the damage.
    if (step > SMALL_STEP) return inflateCapped(packed, name, cap, limits, expected, SMALL_STEP)
  }
  if (error === null && (packed.length === 0 || (expected !== null && size < expected))) error = `it ends after ${size} of ${expected ?? '?'} bytes`
  return { data: concat(chunks, size), error }
}

/**
 * Byte chunks joined into one array.
 *
 * @param chunks The chunks.
 * @param size Their total length, where known.
 */
export function concat(chunks: Uint8Array[], size = chunks.reduce((s, c) => s + c.length, 0)): Uint8Array {
  const out = new Uint8Array(size)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.length
  }
  return out
}

/** The entries the central directory lists, or null where it is missing or damaged. */
function centralDirectory(bytes: Uint8Array): EntryPlace[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let end = -1
  for (let o = bytes.length - 22; o >= Math.max(0, bytes.length - 22 - MAX_COMMENT); o--) {
    if (view.getUint32(o, true) === END) {
      end = o
      break
    }
  }
  if (end < 0) return null
  const count = view.getUint16(end + 10, true)
  let o = view.getUint32(end + 16, true)
  const out: EntryPlace[] = []
  for (let i = 0; i < count; i++) {
    if (o + 46 > bytes.length || view.getUint32(o, true) !== CENTRAL) return null
    const flags = view.getUint16(o + 8, true)
    const method = view.getUint16(o + 10, true)
    const packed = view.getUint32(o + 20, true)
    const size = view.getUint32(o + 24, true)
    const nameLength = view.getUint16(o + 28, true)
    const skip = nameLength + view.getUint16(o + 30, true) + view.getUint16(o + 32, true)
    const local = view.getUint32(o + 42, true)
    if (o + 46 + nameLength > bytes.length) return null
    const name = decodeName(bytes.subarray(o + 46, o + 46 + nameLength))
    o += 46 + skip
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) return null
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
    out.push({ name, method, flags, start, packed, size })
  }
  return out
}

/**
 * The entries found by their local headers, wherever one stands (resynchronising past damage):
 * sizes from the header, or up to the next header where the header defers them.
 */
function localHeaders(bytes: Uint8Array): EntryPlace[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const starts: number[] = []
  for (let o = 0; o + 30 <= bytes.length; o++) {
    if (bytes[o] === 0x50 && bytes[o + 1] === 0x4b && view.getUint32(o, true) === LOCAL) starts.push(o)
  }
  const out: EntryPlace[] = []
  starts.forEach((o, k) => {
    const flags = view.getUint16(o + 6, true)
    const method = view.getUint16(o + 8, true)
    const nameLength = view.getUint16(o + 26, true)
    if (nameLength === 0 || nameLength > MAX_NAME || o + 30 + nameLength > bytes.length) return
    const name = decodeName(bytes.subarray(o + 30, o + 30 + nameLength))
    if (/[\u0000-\u001f\ufffd]/u.test(name)) return
    const start = o + 30 + nameLength + view.getUint16(o + 28, true)
    const next = starts[k + 1] ?? bytes.length
    const stated = view.getUint32(o + 18, true)
    const deferred = (flags & 8) !== 0 || stated === 0
    const packed = deferred ? Math.max(0, next - start) : stated
    out.push({ name, method, flags, start, packed, size: deferred ? null : view.getUint32(o + 22, true) })
  })
  return out
}

function decodeName(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes)
}
