/**
 * Bytes → text: UTF-8 (with or without BOM), UTF-16 with BOM, or CP949/EUC-KR. Node's
 * WHATWG `TextDecoder` (full ICU) does the decoding; nothing is hand-written here but the
 * choice of which decoder to trust and the salvage of damaged text: bytes that do not decode
 * are read as U+FFFD where they stand, and runs of NUL bytes and blocks of junk (dense
 * undecodable bytes and control characters) are dropped, each with a note naming its place.
 * Text is refused only when what is left between the junk is not text: scraps, not stretches.
 */
import { BodoError, type ReadNote } from '../errors.js'

/** Decoded text and the encoding it was read from. */
export interface Decoded {
  text: string
  encoding: string
  /** Characters that did not decode and were replaced (U+FFFD), where any were. */
  replaced?: number
  /** What decoding had to mend, each with its place (line and column of the decoded text), where anything was. */
  notes?: ReadNote[]
}

const UTF8_BOM = [0xef, 0xbb, 0xbf]
const NEWLINE = 0x0a
/** A character damage brings in: undecodable, a control (not tab or line ends), a non-character. */
const BAD = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f\u007f-\u009f\ufffd\ufffe\uffff]/u
/** Controls that are dropped wherever they stand (tab, line ends, form feed and escape are kept). */
const STRAY = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f\u007f-\u009f\ufffe\uffff]/gu
/** This many good characters in a row end a damaged stretch (random bytes never give them). */
const RESYNC = 24
/** A damaged stretch with this many bad characters, this densely, is junk and dropped. */
const JUNK_BAD = 8
const JUNK_DENSITY = 0.3
/**
 * Where junk was dropped, text must be left in stretches this long on average (a damaged
 * release keeps long stretches around a few blocks; a binary file leaves scraps between many).
 */
const MIN_STRETCH = 100
/** Text with more than this share of stray control characters is binary. */
const MAX_CONTROL_SHARE = 0.1
/** Text whose kept undecodable characters are more than this share is not in any encoding read. */
const MAX_REPLACED_SHARE = 0.15
/** What a decoder gives for bytes it cannot map (EUC-KR maps a lone 0x80 to a C1 control). */
const UNDECODED = /[\ufffd\u0080-\u009f]/gu
/** Lines looked at to choose the encoding. */
const SAMPLE_LINES = 4000

/**
 * Decode the bytes of a text input, salvaging damage.
 *
 * @param bytes The file's bytes.
 * @returns The text, the name of its encoding, and notes on what was mended.
 * @throws BodoError `empty`, `binary` (only scraps of text between junk) or `encoding` (many characters undecodable).
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new BodoError('empty')
  let raw: string
  let encoding: string
  if (UTF8_BOM.every((b, i) => bytes[i] === b)) {
    raw = lenient('utf-8', bytes.subarray(3))
    encoding = 'utf-8-bom'
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    raw = lenient('utf-16le', bytes.subarray(2))
    encoding = 'utf-16le'
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    raw = lenient('utf-16be', bytes.subarray(2))
    encoding = 'utf-16be'
  } else {
    encoding = chooseEncoding(bytes)
    raw = lenient(encoding === 'cp949' ? 'euc-kr' : 'utf-8', bytes)
  }
  if (raw.trim() === '') throw new BodoError('empty')
  const { text, notes, junk, drops, controls } = salvage(raw)
  const scraps = drops > 0 && text.replace(/\s+/gu, '').length / (drops + 1) < MIN_STRETCH
  if (scraps || controls > raw.length * MAX_CONTROL_SHARE) throw new BodoError('binary', `${Math.round((100 * (junk + controls)) / raw.length)}% of it is undecodable bytes or control characters`)
  if (text.trim() === '') throw new BodoError('empty')
  const replaced = text.match(/\ufffd/gu)?.length ?? 0
  if (replaced > text.length * MAX_REPLACED_SHARE) throw new BodoError('encoding', `${replaced} of ${text.length} characters do not decode`)
  if (replaced > 0) {
    const first = locate(text, text.indexOf('\ufffd'))
    notes.unshift({ ruleId: 'encoding-repaired', reason: `${replaced} byte sequence(s) are not valid ${encoding} and read as U+FFFD (first at line ${first.line}, column ${first.column})` })
  }
  return { text, encoding: replaced > 0 ? `${encoding}-repaired` : encoding, ...(replaced > 0 ? { replaced } : {}), ...(notes.length > 0 ? { notes } : {}) }
}

/**
 * UTF-8 or CP949: the encoding in which more of the lines that are not ASCII decode without an
 * error (weighed by their bytes); where no line tells, the one with fewer undecodable
 * characters. A damaged byte spoils only its line, so damage cannot outvote the text.
 */
function chooseEncoding(bytes: Uint8Array): 'utf-8' | 'cp949' {
  let utf8 = 0
  let cp949 = 0
  let seen = 0
  for (let start = 0; start < bytes.length && seen < SAMPLE_LINES; ) {
    let end = bytes.indexOf(NEWLINE, start)
    if (end < 0) end = bytes.length
    const line = bytes.subarray(start, end)
    start = end + 1
    if (!line.some((b) => b >= 0x80)) continue
    seen++
    if (strict('utf-8', line)) utf8 += line.length
    else if (strict('euc-kr', line)) cp949 += line.length
  }
  if (utf8 !== cp949) return utf8 > cp949 ? 'utf-8' : 'cp949'
  const errors = (label: string) => lenient(label, bytes).match(UNDECODED)?.length ?? 0
  return errors('euc-kr') < errors('utf-8') ? 'cp949' : 'utf-8'
}

/**
 * Drop runs of NUL bytes, blocks of junk and stray control characters; keep isolated
 * undecodable characters (U+FFFD) where they stand.
 *
 * @param raw The decoded text.
 * @returns The text, a note per repair, how many characters were junk (in how many blocks) and stray controls.
 */
export function salvage(raw: string): { text: string; notes: ReadNote[]; junk: number; drops: number; controls: number } {
  const notes: ReadNote[] = []
  const parts: string[] = []
  let kept = 0
  let junk = 0
  let controls = 0
  let firstControl = -1
  const drop = (start: number, end: number, bad: number, nul: number) => {
    parts.push(raw.slice(kept, start))
    kept = end
    junk += end - start
    const at = locate(raw, start)
    const what = nul === end - start ? `a run of ${nul} NUL bytes` : `a block of ${end - start} characters of junk (${bad} undecodable or control characters)`
    notes.push({ ruleId: 'junk-dropped', reason: `${what} at line ${at.line}, column ${at.column} was dropped` })
  }
  let start = -1
  let last = -1
  let bad = 0
  let nul = 0
  const close = () => {
    if (start >= 0 && bad >= JUNK_BAD && bad / (last + 1 - start) >= JUNK_DENSITY) drop(start, last + 1, bad, nul)
    start = -1
    bad = 0
    nul = 0
  }
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!
    if (!BAD.test(c)) {
      if (start >= 0 && i - last > RESYNC) close()
      continue
    }
    if (start < 0) start = i
    last = i
    bad++
    if (c === '\u0000') nul++
  }
  if (start >= 0) close()
  parts.push(raw.slice(kept))
  // What is left of controls (a flipped byte, a lone NUL) goes; undecodable characters stay.
  const text = parts.join('').replace(STRAY, (_, offset: number) => {
    if (firstControl < 0) firstControl = offset
    controls++
    return ''
  })
  const drops = notes.length
  if (controls > 0) {
    const at = locate(text, firstControl)
    notes.push({ ruleId: 'junk-dropped', reason: `${controls} stray control character(s) were dropped (first at line ${at.line}, column ${at.column})` })
  }
  return { text, notes, junk, drops, controls }
}

/** Line and column (1-based) of an offset. */
function locate(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return { line, column: offset - lineStart + 1 }
}

function lenient(label: string, bytes: Uint8Array): string {
  return new TextDecoder(label, { fatal: false, ignoreBOM: true }).decode(bytes)
}

function strict(label: string, bytes: Uint8Array): boolean {
  try {
    new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes)
    return true
  } catch {
    return false
  }
}
