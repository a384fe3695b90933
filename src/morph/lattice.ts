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
import type { CompiledDictionary, Dictionary } from './dictionary.js'
import { commonPrefixSearch, PREFIX_MATCHES } from './dictionary.js'
import { ViterbiLatticeClass, ViterbiNodeClass, type ViterbiLattice, type ViterbiNode } from './kuromoji.js'

const MAX_GROUPING_SIZE = 24
const MAX_LINE_BYTES = 65535
const SPACE_CATEGORY = 1

// Scratch space of one position, reused (a lattice is built at a time, synchronously).
const matchLength = new Int32Array(PREFIX_MATCHES)
const matchValue = new Int32Array(PREFIX_MATCHES)
/**
 * Nodes of the lattices built before, reused by the next one (their fields set anew): a line
 * makes about six nodes per character, and allocating them anew for each line cost the
 * collector. A lattice's nodes, and the path searched through them, are valid until the next
 * lattice is built. Kept: as many as the longest line needed, up to `POOL_NODES` (a line of
 * about 8,000 characters, some 5 MB); a longer line makes the rest afresh.
 */
const pool: MorphNode[] = []
const POOL_NODES = 50_000
let pooled = 0

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
 * @returns A kuromoji lattice, EOS appended. Its nodes (and a path searched through them) are
 *   valid until the next lattice is built, which reuses them.
 */
export function buildLattice(dic: Dictionary, bytes: Uint8Array, options: LatticeOptions = {}): ViterbiLattice {
  const lattice = new ViterbiLatticeClass()
  const len = Math.min(bytes.length, MAX_LINE_BYTES)
  const ends = lattice.nodes_end_at
  const penalty = options.stock ? null : dic.leftSpacePenaltyByPos
  pooled = 0
  let lastEnd = 0
  for (let pos = 0; pos < len; pos++) {
    if (!ends[pos]) continue
    // Skip spaces: the next node starts at pos and absorbs them.
    let begin2 = pos
    while (begin2 < len && isSpace(dic, bytes, begin2)) begin2 += utf8Length(bytes[begin2]!)
    if (begin2 >= len) {
      lastEnd = Math.max(lastEnd, pos)
      continue
    }
    const leftPenalty = begin2 > pos ? penalty : null
    let made = 0
    // At most `maxSurface` characters: probe as many bytes as they can take, then drop a key of
    // more characters (only one of more bytes than that can be).
    const probeEnd = Math.min(len, begin2 + Math.min(dic.maxSurface * 4, PREFIX_MATCHES - 1))
    const matches = commonPrefixSearch(dic.system, bytes, begin2, probeEnd, matchLength, matchValue)
    for (let m = 0; m < matches; m++) {
      const length = matchLength[m]!
      const count = matchValue[m]! & 0xff
      if (length === 0 || count === 0 || (length > dic.maxSurface && characters(bytes, begin2, begin2 + length) > dic.maxSurface)) continue
      const first = matchValue[m]! >>> 8
      const end = begin2 + length
      const list = (ends[end] ??= [])
      for (let k = 0; k < count; k++) list.push(node(dic.system, false, first + k, pos, end, leftPenalty))
      made += count
    }
    // Unknown words.
    const info = charInfo(dic, bytes, begin2)
    if (made === 0 || invoke(info)) {
      const firstLength = utf8Length(bytes[begin2]!)
      let begin3 = begin2 + firstLength
      let groupEnd = -1
      const category = defaultType(info)
      const hadKnown = made
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
        if (clen <= MAX_GROUPING_SIZE) made += addUnknowns(dic, ends, category, pos, p, leftPenalty)
        groupEnd = p
      }
      for (let i = 1; i <= charLength(info); i++) {
        if (begin3 > len) break
        if (begin3 === groupEnd) continue
        made += addUnknowns(dic, ends, category, pos, begin3, leftPenalty)
        if (begin3 >= len || (typeMask(info) & typeMask(charInfo(dic, bytes, begin3))) === 0) break
        begin3 += utf8Length(bytes[begin3]!)
      }
      if (made === hadKnown && hadKnown === 0) made += addUnknowns(dic, ends, category, pos, begin2 + firstLength, leftPenalty)
    }
  }
  // MeCab's end lists: later start first, then creation order. Each list was filled by start,
  // earlier first: reverse it, then each run of one start back into creation order.
  for (const list of ends) if (list && list.length > 1 && list[0]!.start_pos !== list[list.length - 1]!.start_pos) laterStartFirst(list)
  // Where no node ends at the line's end: after the furthest node (the last list), or where
  // only spaces were left.
  const eos = ends[len] ? len : Math.max(lastEnd, ends.length - 1)
  ends.length = eos + 1
  lattice.eos_pos = eos
  lattice.appendEos()
  return lattice
}

/** The unknown-word nodes of a category from `pos` to `end`, onto the list of nodes ending at `end`; how many. */
function addUnknowns(dic: Dictionary, ends: ViterbiLattice['nodes_end_at'], category: number, pos: number, end: number, leftPenalty: Int32Array | null): number {
  const range = dic.unknownByCategory[category]
  if (!range) return 0
  const [first, count] = range
  if (count === 0) return 0
  const list = (ends[end] ??= [])
  for (let k = 0; k < count; k++) list.push(node(dic.unknown, true, first + k, pos, end, leftPenalty))
  return count
}

/** Reorder a list filled by start, earlier first, into later start first, each start's nodes in the order they came. */
function laterStartFirst(list: MorphNode[]): void {
  list.reverse()
  let run = 0
  for (let i = 1; i <= list.length; i++) {
    if (i < list.length && list[i]!.start_pos === list[run]!.start_pos) continue
    for (let a = run, b = i - 1; a < b; a++, b--) {
      const t = list[a]!
      list[a] = list[b]!
      list[b] = t
    }
    run = i
  }
}

/** A node of a token from `pos` (before the spaces it absorbs) to `surfaceEnd`: from the pool while it lasts. */
function node(source: CompiledDictionary, unknown: boolean, token: number, pos: number, surfaceEnd: number, leftPenalty: Int32Array | null): MorphNode {
  const at = token * 8
  let cost = source.tokenCosts[at + 3]!
  if (leftPenalty !== null) cost += leftPenalty[source.tokens[at + 2]!] ?? 0
  const type = unknown ? UNKNOWN : KNOWN
  if (pooled === pool.length) {
    const made = new ViterbiNodeClass(token, cost, pos + 1, surfaceEnd - pos, type, source.tokens[at]!, source.tokens[at + 1]!, '')
    if (pool.length < POOL_NODES) {
      pool.push(made)
      pooled++
    }
    return made
  }
  const n = pool[pooled++]!
  n.name = token
  n.cost = cost
  n.start_pos = pos + 1
  n.length = surfaceEnd - pos
  n.left_id = source.tokens[at]!
  n.right_id = source.tokens[at + 1]!
  n.prev = null
  n.shortest_cost = Number.MAX_VALUE
  n.type = type
  return n
}

/** Characters of the UTF-8 bytes from `start` to `end`. */
function characters(bytes: Uint8Array, start: number, end: number): number {
  let n = 0
  for (let p = start; p < end; p += utf8Length(bytes[p]!)) n++
  return n
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
