/**
 * Bytes → text: UTF-8 (with or without BOM), UTF-16 with BOM, or CP949/EUC-KR. Node's
 * WHATWG `TextDecoder` (full ICU) does the decoding; nothing is hand-written here but the
 * choice of which decoder to trust.
 */
import { BodoError } from '../errors.js'

/** Decoded text and the encoding it was read from. */
export interface Decoded {
  text: string
  encoding: string
  /** Characters that did not decode and were replaced (U+FFFD), where any were. */
  replaced?: number
}

const UTF8_BOM = [0xef, 0xbb, 0xbf]
const CONTROL = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/gu
const CONTROL_SHARE = 0.01
const MAX_REPLACED_SHARE = 0.005

/**
 * Decode the bytes of a text input.
 *
 * @param bytes The file's bytes.
 * @returns The text and the name of its encoding.
 * @throws BodoError `empty`, `binary` or `encoding`.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new BodoError('empty')
  let decoded: Decoded | null = null
  if (UTF8_BOM.every((b, i) => bytes[i] === b)) {
    decoded = { text: strict('utf-8', bytes.subarray(3)), encoding: 'utf-8-bom' }
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    decoded = { text: strict('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' }
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    decoded = { text: strict('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' }
  } else if (bytes.includes(0)) {
    throw new BodoError('binary')
  } else {
    const utf8 = tryStrict('utf-8', bytes)
    if (utf8 !== null) decoded = { text: utf8, encoding: 'utf-8' }
    else {
      const cp949 = tryStrict('euc-kr', bytes)
      if (cp949 !== null) decoded = { text: cp949, encoding: 'cp949' }
      else {
        // UTF-8 with a few damaged bytes (a cut-off last character, a flipped byte) reads
        // with replacement characters; more than a few means it is not UTF-8 at all.
        const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes)
        const damaged = lenient.match(/\uFFFD/gu)?.length ?? 0
        if (damaged > Math.max(1, lenient.length * MAX_REPLACED_SHARE)) throw new BodoError('encoding')
        decoded = { text: lenient, encoding: 'utf-8-repaired', replaced: damaged }
      }
    }
  }
  if (decoded.text.trim() === '') throw new BodoError('empty')
  const controls = decoded.text.match(CONTROL)?.length ?? 0
  if (decoded.text.includes('\u0000') || controls > decoded.text.length * CONTROL_SHARE) throw new BodoError('binary')
  return decoded
}

function strict(label: string, bytes: Uint8Array): string {
  const text = tryStrict(label, bytes)
  if (text === null) throw new BodoError('encoding', label)
  return text
}

function tryStrict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}
