/**
 * The word lattice of one line, built the way MeCab builds it, and its best path (Viterbi).
 *
 * Positions are UTF-8 byte offsets, as in MeCab. A lookup happens only where some node
 * ends; spaces before a word are skipped and absorbed by the word's node (so connection
 * costs apply across spaces); known words come from a common-prefix search capped at the
 * longest surface; unknown words follow char.bin's rules (grouping by chained type overlap
 * up to 24 characters, 1..length prefixes, a one-character fallback). Each list of nodes
 * ending at a position is ordered as MeCab's is (later start first, then creation order),
 * and a node's best predecessor is the first of that list with the lowest cost, so that
 * ties break as MeCab breaks them.
 *
 * Nodes live in typed arrays reused from line to line (no object per node): a node's best
 * cost is known when it is created, since every node ending where it starts was created
 * before it.
 */
import type { Dictionary } from './dictionary.js'
import { commonPrefixSearch, PREFIX_MATCHES } from './dictionary.js'

const MAX_GROUPING_SIZE = 24
const MAX_LINE_BYTES = 65535
const SPACE_CATEGORY = 1
const NONE = -1
const MAX_GENERATION = 0x40000000
/** Node 0: the beginning of the line (BOS). */
const BOS = 0

/** Options of the lattice. */
export interface LatticeOptions {
  /** Stock MeCab: ignore mecab-ko's left-space penalty. */
  stock?: boolean
}

/**
 * The best path of the last line searched: `count` morphemes, each with its token index in
 * its dictionary (`unknown`: unk.dic) and the byte offsets of its surface (after skipped
 * spaces). Valid until the next search.
 */
export interface Path {
  count: number
  token: Int32Array
  unknown: Uint8Array
  surfaceStart: Int32Array
  surfaceEnd: Int32Array
}

/** Searches lines for their best path, reusing its buffers. */
export interface Lattice {
  /**
   * The best path of a line.
   *
   * @param bytes The line's UTF-8 bytes.
   */
  bestPath(bytes: Uint8Array): Path
}

/**
 * Make a lattice over a dictionary.
 *
 * @param dic The dictionary.
 * @param options Stock or mecab-ko behaviour.
 */
export function createLattice(dic: Dictionary, options: LatticeOptions = {}): Lattice {
  const { matrix, lsize } = dic
  const system = dic.system
  const unknownDic = dic.unknown
  const charMap = dic.chars.map
  // Extra cost of a node with a space on its left, by posid (mecab-ko; none when stock).
  const penalty = new Int32Array(0x10000)
  if (!options.stock) for (const [posid, extra] of dic.leftSpacePenalty) if (posid >= 0 && posid < penalty.length) penalty[posid] = extra

  // Nodes, by index in creation order (node 0 is BOS).
  let capacity = 0
  let lc = new Int32Array(0)
  let rc = new Int32Array(0)
  let token = new Int32Array(0)
  let unknown = new Uint8Array(0)
  let surfaceStart = new Int32Array(0)
  let surfaceEnd = new Int32Array(0)
  let best = new Float64Array(0)
  let prev = new Int32Array(0)
  /** The next node of the same end list. */
  let next = new Int32Array(0)
  /** The first node of the list of nodes ending at each byte position. */
  let head = new Int32Array(0)
  let count = 0
  const matchLength = new Int32Array(PREFIX_MATCHES)
  const matchValue = new Int32Array(PREFIX_MATCHES)
  const path: Path = { count: 0, token: new Int32Array(0), unknown: new Uint8Array(0), surfaceStart: new Int32Array(0), surfaceEnd: new Int32Array(0) }

  const grow = () => {
    capacity = Math.max(256, capacity * 2)
    const widen = <T extends Int32Array | Uint8Array | Float64Array>(old: T, make: (n: number) => T): T => {
      const out = make(capacity)
      out.set(old as never)
      return out
    }
    lc = widen(lc, (n) => new Int32Array(n))
    rc = widen(rc, (n) => new Int32Array(n))
    token = widen(token, (n) => new Int32Array(n))
    unknown = widen(unknown, (n) => new Uint8Array(n))
    surfaceStart = widen(surfaceStart, (n) => new Int32Array(n))
    surfaceEnd = widen(surfaceEnd, (n) => new Int32Array(n))
    best = widen(best, (n) => new Float64Array(n))
    prev = widen(prev, (n) => new Int32Array(n))
    next = widen(next, (n) => new Int32Array(n))
  }

  // The best predecessor of a left context id among the nodes ending at a position, worked
  // out once per position and id (`seen[lc] === generation`).
  const ids = Math.max(dic.lsize, dic.rsize)
  const seen = new Int32Array(ids)
  const seenCost = new Float64Array(ids)
  const seenNode = new Int32Array(ids)
  let generation = 0

  /** The node of a token starting at `pos` (its space included), with its best predecessor among the nodes ending at `pos`. */
  const add = (isUnknown: boolean, t: number, pos: number, start: number, end: number, leftSpace: boolean) => {
    if (count === capacity) grow()
    const source = isUnknown ? unknownDic : system
    const left = source.tokens[t * 8]!
    const posid = source.tokens[t * 8 + 2]!
    let cost = source.tokenCosts[t * 8 + 3]!
    if (leftSpace) cost += penalty[posid]!
    let min = Number.MAX_VALUE
    let arg = NONE
    if (seen[left] === generation) {
      min = seenCost[left]!
      arg = seenNode[left]!
    } else {
      for (let k = head[pos]!; k !== NONE; k = next[k]!) {
        const c = best[k]! + matrix[rc[k]! + lsize * left]!
        if (c < min) {
          min = c
          arg = k
        }
      }
      seen[left] = generation
      seenCost[left] = min
      seenNode[left] = arg
    }
    const n = count++
    lc[n] = left
    rc[n] = source.tokens[t * 8 + 1]!
    token[n] = t
    unknown[n] = isUnknown ? 1 : 0
    surfaceStart[n] = start
    surfaceEnd[n] = end
    best[n] = min + cost
    prev[n] = arg
  }

  /** The unknown-word nodes of a character category from `begin` to `end`. */
  const addUnknown = (category: number, pos: number, begin: number, end: number, leftSpace: boolean) => {
    const range = dic.unknownByCategory[category]
    if (!range) return
    for (let k = 0; k < range[1]; k++) add(true, range[0] + k, pos, begin, end, leftSpace)
  }

  return {
    bestPath(bytes) {
      const len = Math.min(bytes.length, MAX_LINE_BYTES)
      if (head.length < len + 1) head = new Int32Array(Math.max(len + 1, head.length * 2))
      head.fill(NONE, 0, len + 1)
      count = 0
      if (capacity === 0) grow()
      lc[BOS] = 0
      rc[BOS] = 0
      best[BOS] = 0
      prev[BOS] = NONE
      next[BOS] = NONE
      head[0] = BOS
      count = 1
      let lastEnd = 0
      for (let pos = 0; pos < len; pos++) {
        if (head[pos] === NONE) continue
        const first = count
        if (++generation === MAX_GENERATION) {
          seen.fill(0)
          generation = 1
        }
        // Skip spaces: the next node starts at pos and absorbs them.
        let begin2 = pos
        while (begin2 < len && isSpace(dic, bytes, begin2)) begin2 += utf8Length(bytes[begin2]!)
        if (begin2 >= len) {
          lastEnd = Math.max(lastEnd, pos)
          continue
        }
        const leftSpace = begin2 > pos
        const maxBytes = byteLimit(bytes, begin2, len, dic.maxSurface)
        const matches = commonPrefixSearch(system, bytes, begin2, maxBytes, matchLength, matchValue)
        for (let m = 0; m < matches; m++) {
          const length = matchLength[m]!
          if (length === 0) continue
          const value = matchValue[m]!
          const firstToken = value >>> 8
          for (let k = 0; k < (value & 0xff); k++) add(false, firstToken + k, pos, begin2, begin2 + length, leftSpace)
        }
        // Unknown words.
        const info = charInfo(charMap, bytes, begin2)
        if (count === first || invoke(info)) {
          const firstLength = utf8Length(bytes[begin2]!)
          let begin3 = begin2 + firstLength
          let groupEnd = -1
          const category = defaultType(info)
          const hadKnown = count - first
          if (group(info)) {
            let p = begin3
            let c = info
            let clen = 0
            while (p < len) {
              const following = charInfo(charMap, bytes, p)
              if ((typeMask(c) & typeMask(following)) === 0) break
              p += utf8Length(bytes[p]!)
              clen++
              c = following
            }
            if (clen <= MAX_GROUPING_SIZE) addUnknown(category, pos, begin2, p, leftSpace)
            groupEnd = p
          }
          for (let i = 1; i <= charLength(info); i++) {
            if (begin3 > len) break
            if (begin3 === groupEnd) continue
            addUnknown(category, pos, begin2, begin3, leftSpace)
            if (begin3 >= len || (typeMask(info) & typeMask(charInfo(charMap, bytes, begin3))) === 0) break
            begin3 += utf8Length(bytes[begin3]!)
          }
          if (count - first === hadKnown && hadKnown === 0) addUnknown(category, pos, begin2, begin2 + firstLength, leftSpace)
        }
        // Into the end lists: this position's nodes go before those of earlier starts, in creation order.
        for (let n = count - 1; n >= first; n--) {
          const end = surfaceEnd[n]!
          next[n] = head[end]!
          head[end] = n
          if (end > lastEnd) lastEnd = end
        }
      }
      // EOS: the best node ending at the line's end (or at the last end reached).
      const eos = head[len] !== NONE ? len : lastEnd
      let min = Number.MAX_VALUE
      let last = NONE
      for (let k = head[eos]!; k !== NONE; k = next[k]!) {
        const c = best[k]! + matrix[rc[k]!]!
        if (c < min) {
          min = c
          last = k
        }
      }
      let steps = 0
      for (let k = last; k !== NONE && k !== BOS; k = prev[k]!) steps++
      if (path.token.length < steps) {
        const size = Math.max(steps, path.token.length * 2)
        path.token = new Int32Array(size)
        path.unknown = new Uint8Array(size)
        path.surfaceStart = new Int32Array(size)
        path.surfaceEnd = new Int32Array(size)
      }
      path.count = steps
      for (let k = last, i = steps - 1; k !== NONE && k !== BOS; k = prev[k]!, i--) {
        path.token[i] = token[k]!
        path.unknown[i] = unknown[k]!
        path.surfaceStart[i] = surfaceStart[k]!
        path.surfaceEnd[i] = surfaceEnd[k]!
      }
      return path
    }
  }
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

function charInfo(map: Uint32Array, bytes: Uint8Array, p: number): number {
  const cp = codePoint(bytes, p)
  return map[cp < map.length ? cp : 0]!
}

/** Whether the character at `p` is of the SPACE category (skipped before a word). */
export function isSpace(dic: Dictionary, bytes: Uint8Array, p: number): boolean {
  return (typeMask(charInfo(dic.chars.map, bytes, p)) & (1 << SPACE_CATEGORY)) !== 0
}

const typeMask = (info: number) => info & 0x3ffff
const defaultType = (info: number) => (info >>> 18) & 0xff
const charLength = (info: number) => (info >>> 26) & 0xf
const group = (info: number) => ((info >>> 30) & 1) === 1
const invoke = (info: number) => ((info >>> 31) & 1) === 1
