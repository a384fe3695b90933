/**
 * The word lattice of one line, built the way MeCab builds it, in kuromoji's form.
 *
 * Positions are UTF-8 byte offsets, as in MeCab. A lookup happens only where some node
 * ends; spaces before a word are skipped and absorbed by the word's node (so connection
 * costs apply across spaces); known words come from a common-prefix search capped at the
 * longest surface; unknown words follow char.bin's rules (grouping by chained type overlap
 * up to 24 characters, 1..length prefixes, a one-character fallback). Each list of nodes
 * ending at a position is ordered as MeCab's is (later start first, then creation order),
 * so that kuromoji's search breaks ties as MeCab does.
 */
import type { Dictionary } from './dictionary.js'
import { commonPrefixSearch, PREFIX_MATCHES } from './dictionary.js'
import { ViterbiLatticeClass, ViterbiNodeClass, type ViterbiLattice, type ViterbiNode } from './kuromoji.js'

const MAX_GROUPING_SIZE = 24
const MAX_LINE_BYTES = 65535
const SPACE_CATEGORY = 1

// Scratch space of one position, reused (a lattice is built at a time, synchronously).
const matchLength = new Int32Array(PREFIX_MATCHES)
const matchValue = new Int32Array(PREFIX_MATCHES)
const created: MorphNode[] = []

/**
 * A lattice node: kuromoji's node as it is (no field added, so that every node, BOS and EOS
 * too, has one shape). `name` is the token's index in its dictionary, `type` `KNOWN` or
 * `UNKNOWN`; `start_pos - 1` is the byte offset where the node starts (before the spaces it
 * absorbs) and `start_pos - 1 + length` where its surface ends.
 */
export type MorphNode = ViterbiNode

const KNOWN = 'KNOWN'
const UNKNOWN = 'UNKNOWN'

/** Whether a node is an unknown word (its token is in unk.dic). */
export const isUnknown = (n: MorphNode): boolean => n.type === UNKNOWN

/** Byte offset where a node's surface ends. */
export const surfaceEnd = (n: MorphNode): number => n.start_pos - 1 + n.length

/** Byte offset where a node's surface starts: after the spaces it absorbs (as the lattice skipped them). */
export function surfaceStart(dic: Dictionary, bytes: Uint8Array, n: MorphNode): number {
  let p = n.start_pos - 1
  while (isSpace(dic, bytes, p)) p += utf8Length(bytes[p]!)
  return p
}

/** Options of the lattice. */
export interface LatticeOptions {
  /** Stock MeCab: ignore mecab-ko's left-space penalty. */
  stock?: boolean
}

/**
 * Build the lattice of a line.
 *
 * @param dic The dictionary.
 * @param bytes The line's UTF-8 bytes.
 * @param options Stock or mecab-ko behaviour.
 * @returns A kuromoji lattice, EOS appended.
 */
export function buildLattice(dic: Dictionary, bytes: Uint8Array, options: LatticeOptions = {}): ViterbiLattice {
  const lattice = new ViterbiLatticeClass()
  const len = Math.min(bytes.length, MAX_LINE_BYTES)
  const ends = lattice.nodes_end_at
  let lastEnd = 0
  for (let pos = 0; pos < len; pos++) {
    if (!ends[pos]) continue
    created.length = 0
    // Skip spaces: the next node starts at pos and absorbs them.
    let begin2 = pos
    while (begin2 < len && isSpace(dic, bytes, begin2)) begin2 += utf8Length(bytes[begin2]!)
    if (begin2 >= len) {
      lastEnd = Math.max(lastEnd, pos)
      continue
    }
    const leftSpace = begin2 > pos
    const maxBytes = byteLimit(bytes, begin2, len, dic.maxSurface)
    const matches = commonPrefixSearch(dic.system, bytes, begin2, maxBytes, matchLength, matchValue)
    for (let m = 0; m < matches; m++) {
      const length = matchLength[m]!
      if (length === 0) continue
      const first = matchValue[m]! >>> 8
      const count = matchValue[m]! & 0xff
      for (let k = 0; k < count; k++) created.push(node(dic, false, first + k, pos, begin2 + length, leftSpace, options))
    }
    // Unknown words.
    const info = charInfo(dic, bytes, begin2)
    if (created.length === 0 || invoke(info)) {
      const firstLength = utf8Length(bytes[begin2]!)
      let begin3 = begin2 + firstLength
      let groupEnd = -1
      const category = defaultType(info)
      const hadKnown = created.length
      if (group(info)) {
        let p = begin3
        let c = info
        let clen = 0
        while (p < len) {
          const next = charInfo(dic, bytes, p)
          if ((typeMask(c) & typeMask(next)) === 0) break
          p += utf8Length(bytes[p]!)
          clen++
          c = next
        }
        if (clen <= MAX_GROUPING_SIZE) addUnknowns(dic, category, pos, p, leftSpace, options)
        groupEnd = p
      }
      for (let i = 1; i <= charLength(info); i++) {
        if (begin3 > len) break
        if (begin3 === groupEnd) continue
        addUnknowns(dic, category, pos, begin3, leftSpace, options)
        if (begin3 >= len || (typeMask(info) & typeMask(charInfo(dic, bytes, begin3))) === 0) break
        begin3 += utf8Length(bytes[begin3]!)
      }
      if (created.length === hadKnown && hadKnown === 0) addUnknowns(dic, category, pos, begin2 + firstLength, leftSpace, options)
    }
    for (const n of created) {
      const end = n.start_pos - 1 + n.length
      ;(ends[end] ??= []).push(n)
      if (end > lastEnd) lastEnd = end
    }
  }
  // MeCab's end lists: later start first, then creation order (the order a list was filled
  // in: the sort is stable).
  for (const list of ends) if (list && list.length > 1) list.sort(byMecabOrder)
  const eos = ends[len] ? len : lastEnd
  ends.length = eos + 1
  lattice.eos_pos = eos
  lattice.appendEos()
  return lattice
}

/** The unknown-word nodes of a category from `pos` to `end`, into `created`. */
function addUnknowns(dic: Dictionary, category: number, pos: number, end: number, leftSpace: boolean, options: LatticeOptions): void {
  const range = dic.unknownByCategory[category]
  if (!range) return
  const [first, count] = range
  for (let k = 0; k < count; k++) created.push(node(dic, true, first + k, pos, end, leftSpace, options))
}

/** Later start first. */
function byMecabOrder(a: ViterbiNode, b: ViterbiNode): number {
  return b.start_pos - a.start_pos
}

function node(dic: Dictionary, unknown: boolean, token: number, pos: number, surfaceEnd: number, leftSpace: boolean, options: LatticeOptions): MorphNode {
  const source = unknown ? dic.unknown : dic.system
  const lc = source.tokens[token * 8]!
  const rc = source.tokens[token * 8 + 1]!
  let cost = source.tokenCosts[token * 8 + 3]!
  if (leftSpace && !options.stock) cost += dic.leftSpacePenalty.get(source.tokens[token * 8 + 2]!) ?? 0
  return new ViterbiNodeClass(token, cost, pos + 1, surfaceEnd - pos, unknown ? UNKNOWN : KNOWN, lc, rc, '')
}

/** Bytes of at most `chars` characters from `start`. */
function byteLimit(bytes: Uint8Array, start: number, len: number, chars: number): number {
  let p = start
  for (let i = 0; i < chars && p < len; i++) p += utf8Length(bytes[p]!)
  return Math.min(p, len)
}

/** Length of the UTF-8 sequence a lead byte starts. */
export function utf8Length(lead: number): number {
  return lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4
}

/** MeCab's code point of the character at `p` (four-byte sequences read as U+0000). */
function codePoint(bytes: Uint8Array, p: number): number {
  const b0 = bytes[p]!
  if (b0 < 0x80) return b0
  if (b0 < 0xe0) return ((b0 & 0x1f) << 6) | (bytes[p + 1]! & 0x3f)
  if (b0 < 0xf0) return ((b0 & 0x0f) << 12) | ((bytes[p + 1]! & 0x3f) << 6) | (bytes[p + 2]! & 0x3f)
  return 0
}

function charInfo(dic: Dictionary, bytes: Uint8Array, p: number): number {
  const cp = codePoint(bytes, p)
  return dic.chars.map[cp < dic.chars.map.length ? cp : 0]!
}

export function isSpace(dic: Dictionary, bytes: Uint8Array, p: number): boolean {
  return (typeMask(charInfo(dic, bytes, p)) & (1 << SPACE_CATEGORY)) !== 0
}

const typeMask = (info: number) => info & 0x3ffff
const defaultType = (info: number) => (info >>> 18) & 0xff
const charLength = (info: number) => (info >>> 26) & 0xf
const group = (info: number) => ((info >>> 30) & 1) === 1
const invoke = (info: number) => ((info >>> 31) & 1) === 1
