/**
 * The morphemes of a release's text, analysed once and shared by the extractors that need
 * them.
 */
import type { VFile } from 'vfile'
import { createAnalyzer, type Analyzer, type Token } from '../morph/index.js'
import { draft } from './context.js'

declare module 'vfile' {
  interface DataMap {
    morphemes: Token[]
  }
}

let analyzer: Analyzer | null = null

/**
 * The morphemes of the record's text (mecab-ko behaviour).
 */
export function morphemes(file: VFile): Token[] {
  if (!file.data.morphemes) {
    analyzer ??= createAnalyzer()
    file.data.morphemes = analyzer.tokenize(draft(file).text)
  }
  return file.data.morphemes
}

/**
 * Drop the particles (조사) a mention ends with: `서울아산병원을` → `서울아산병원`.
 *
 * @param mention A word or phrase.
 */
export function stripParticles(mention: string): string {
  analyzer ??= createAnalyzer()
  const tokens = analyzer.tokenize(mention)
  let end = mention.length
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!
    if (t.pos.every((p) => p.startsWith('J'))) end = t.start
    else break
  }
  return mention.slice(0, end).trimEnd() || mention
}
