/**
 * A PDF's streams measured before pdf.js reads them, so that memory stays bounded whatever
 * the file holds. pdf.js decodes a stream whole into one growing buffer outside the V8 heap
 * (a deflate bomb takes gigabytes), and builds a character map (CMap, 문자 매핑) entry by
 * entry in one synchronous loop (a damaged range such as `<0000> <FFFFFF>` makes 16 million
 * strings: seconds of CPU and hundreds of MB of heap, which no timer in the thread can stop).
 * So each stream that is not an image (images are never decoded) is inflated here with a cap,
 * and a CMap is measured by the codes its ranges span; a stream past a budget is blanked (its
 * bytes become spaces, which pdf.js reads as an empty stream: a page whose content it was is
 * skipped, a font whose map it was falls back to its encoding). Each blanked stream is a note.
 */
import { inflateSync, constants } from 'node:zlib'
import type { ReadNote } from '../../errors.js'

/** What one PDF's streams may unpack to. */
export interface StreamLimits {
  /** Bytes one stream may inflate to. */
  streamBytes: number
  /** Bytes all measured streams may inflate to (beyond it, later streams are blanked). */
  totalBytes: number
  /** Codes the ranges of one CMap may span (a 2-byte code space has 65,536). */
  cmapCodes: number
}

export const DEFAULT_STREAM_LIMITS: StreamLimits = { streamBytes: 32 * 1024 * 1024, totalBytes: 192 * 1024 * 1024, cmapCodes: 0x40000 }

/** A stream's data starts after the keyword and its end of line (not `endstream`). */
const STREAM_START = /(?<![A-Za-z])stream(?:\r\n|\n|\r)/gu
const STREAM_END = 'endstream'
/** How far back from `stream` its dictionary is looked for. */
const DICTIONARY_REACH = 2048
const OBJECT_NUMBER = /(\d+)\s+\d+\s+$/u
const TOO_LARGE = 'ERR_BUFFER_TOO_LARGE'
const FLATE = /\/Filter\s*(?:\[\s*)?\/FlateDecode\b/u
/** Any filter but Flate: its output is not measured here. */
const OTHER_FILTER = /\/Filter\s*(?:\[\s*)?\/(?!FlateDecode\b)\w+/u
const IMAGE = /\/Subtype\s*\/Image\b/u
const CMAP_SIGN = /begin(?:bf|cid)range|begincmap/u
/** A range block's entries: hex strings, numbers, brackets, operators. */
const RANGE_BLOCK = /begin(?:bf|cid)range/gu
const CMAP_TOKEN = /<([^<>]*)>|\[|\]|[^\s<>[\]]+/gu
const NOT_HEX = /[^0-9A-Fa-f]/gu

/**
 * The PDF's bytes with every stream past a budget blanked, and a note for each.
 *
 * @param bytes The file (not changed).
 * @param limits The budgets.
 * @returns The bytes to hand pdf.js (a copy where anything was blanked) and the notes.
 */
export function boundStreams(bytes: Uint8Array, limits: StreamLimits = DEFAULT_STREAM_LIMITS): { bytes: Uint8Array; notes: ReadNote[] } {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
  const notes: ReadNote[] = []
  let out = bytes
  let total = 0
  for (const match of text.matchAll(STREAM_START)) {
    const start = match.index + match[0].length
    const stop = text.indexOf(STREAM_END, start)
    const end = stop < 0 ? text.length : stop
    const reach = Math.max(0, match.index - DICTIONARY_REACH)
    const object = objectStart(text, reach, match.index)
    const dictionary = text.slice(object?.at ?? reach, match.index)
    if (IMAGE.test(dictionary) || OTHER_FILTER.test(dictionary)) continue
    const place = object ? `object ${object.number}` : `the stream at byte ${start}`
    const measured = measure(bytes.subarray(start, end), FLATE.test(dictionary), Math.min(limits.streamBytes, limits.totalBytes - total))
    let reason: string | null = null
    if (measured === null) reason = total + limits.streamBytes > limits.totalBytes ? `the streams inflate past ${mib(limits.totalBytes)} MiB in all` : `it inflates past ${mib(limits.streamBytes)} MiB`
    else {
      total += measured.size
      const codes = CMAP_SIGN.test(measured.head) ? cmapCodes(measured.text()) : 0
      if (codes > limits.cmapCodes) reason = `its character map spans ${codes.toLocaleString('en')} codes (damaged ranges); the budget is ${limits.cmapCodes.toLocaleString('en')}`
    }
    if (reason === null) continue
    // A copy (a plain Uint8Array, as pdf.js wants: `Buffer.slice` would be a view).
    if (out === bytes) out = new Uint8Array(bytes)
    out.fill(0x20, start, end)
    notes.push({ ruleId: 'pdf-stream-dropped', reason: `${place} (byte ${start}) left unread: ${reason}` })
  }
  return { bytes: out, notes }
}

/** The `n 0 obj` that opens the object holding the stream at `end`, if it is within reach. */
function objectStart(text: string, reach: number, end: number): { at: number; number: string } | null {
  let at = text.lastIndexOf('obj', end)
  // `endobj` closes the object before: this stream has lost its header.
  if (at < reach || text[at - 1] === 'd') return null
  const number = OBJECT_NUMBER.exec(text.slice(Math.max(reach, at - 24), at))
  return number ? { at, number: number[1]! } : null
}

/**
 * A stream's inflated size and, lazily, its text; null where it inflates past the cap.
 */
function measure(data: Uint8Array, flate: boolean, cap: number): { size: number; head: string; text: () => string } | null {
  const inflated = flate ? inflatePrefix(data, Math.max(1, cap)) : data
  if (inflated === null) return null
  return { size: inflated.length, head: latin1(inflated.subarray(0, 1024)), text: () => latin1(inflated) }
}

/**
 * Inflate a zlib stream with a cap (null past it). A damaged stream gives what inflates
 * before the damage, as pdf.js reads it (which checks no checksum): the longest prefix of the
 * packed bytes that inflates, found by halving.
 */
function inflatePrefix(data: Uint8Array, cap: number): Uint8Array | null {
  const attempt = (end: number): Uint8Array | null | 'damaged' => {
    try {
      return inflateSync(data.subarray(0, end), { maxOutputLength: cap, finishFlush: constants.Z_SYNC_FLUSH })
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === TOO_LARGE ? null : 'damaged'
    }
  }
  const whole = attempt(data.length)
  if (whole !== 'damaged') return whole
  let best: Uint8Array = new Uint8Array(0)
  let good = 0
  let bad = data.length
  while (bad - good > 1) {
    const end = (good + bad) >>> 1
    const prefix = attempt(end)
    if (prefix === null) return null
    if (prefix === 'damaged') bad = end
    else [best, good] = [prefix, end]
  }
  return best
}

/**
 * How many codes a CMap's ranges (`beginbfrange`, `begincidrange`) span in all: what pdf.js
 * makes an entry for, one by one.
 */
export function cmapCodes(cmap: string): number {
  let codes = 0
  for (const block of cmap.matchAll(RANGE_BLOCK)) {
    const tokens = new RegExp(CMAP_TOKEN.source, 'gu')
    tokens.lastIndex = block.index + block[0].length
    // Entries: <low> <high> and a destination (a hex string, a number, or an array).
    let low: number | null = null
    let high: number | null = null
    let inArray = false
    for (let token = tokens.exec(cmap); token; token = tokens.exec(cmap)) {
      const word = token[0]
      if (inArray) {
        inArray = word !== ']'
        continue
      }
      if (word.startsWith('end') || word.startsWith('begin')) break
      if (low === null) low = code(token[1])
      else if (high === null) high = code(token[1]) ?? (low = null)
      else {
        codes += Math.max(0, high - low + 1)
        inArray = word === '['
        low = high = null
      }
    }
  }
  return codes
}

/** A hex string's code (pdf.js drops what is not a hex digit), or null for any other token. */
function code(hex: string | undefined): number | null {
  if (hex === undefined) return null
  const digits = hex.replace(NOT_HEX, '')
  return digits === '' ? 0 : parseInt(digits.slice(0, 12), 16)
}

function latin1(data: Uint8Array): string {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1')
}

function mib(bytes: number): number {
  return Math.round(bytes / 1048576)
}
