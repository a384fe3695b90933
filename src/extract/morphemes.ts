/**
 * The morphemes of a release's text, analysed once and shared by the extractors that need
 * them.
 */
import type { VFile } from 'vfile'
import { createAnalyzer, type Analyzer, type Token, type TokenFeatures } from '../morph/index.js'
import { draft } from './context.js'
import { CENTRAL_BODY } from './gazetteer/government.js'

declare module 'vfile' {
  interface DataMap {
    morphemes: Token[]
    nouns: Token[]
  }
}

let analyzer: Analyzer | null = null
const KNOWN_WITH_PARTICLE = new RegExp(`^${CENTRAL_BODY.source}(?:을|를|이|가|은|는|의|와|과|에|에서|으로|로|도|만|께서)$`, 'u')

/**
 * The morphemes of a word or short phrase, from the one analyzer every extractor shares (one
 * cache of dictionary features): a name's or a body's reading, a clause's verbs.
 *
 * @param text A word, phrase or clause.
 */
export function tokenize(text: string): Token[] {
  analyzer ??= createAnalyzer()
  return analyzer.tokenize(text)
}

/**
 * Whether the dictionary could read a word or phrase wholly as entries each of which has a
 * reading `accept` takes (a cheap test before `tokenize`: where it says no, no token list of
 * the text passes `accept` throughout).
 *
 * @param text A word or phrase.
 * @param accept What each morpheme must be.
 */
export function readableAs(text: string, accept: (features: TokenFeatures) => boolean): boolean {
  analyzer ??= createAnalyzer()
  return analyzer.readableAs(text, accept)
}

/**
 * The morphemes of the record's text (mecab-ko behaviour).
 */
export function morphemes(file: VFile): Token[] {
  if (!file.data.morphemes) {
    file.data.morphemes = tokenize(draft(file).text)
  }
  return file.data.morphemes
}

/** A noun or what joins nouns into a compound: one tag, NNG, NNP, SL (letters), SN (numbers), XSN (noun suffix). */
const NOUNISH = /^(?:NNG|NNP|SL|SN|XSN)$/u
/** Whether a morpheme is a noun or joins nouns (`NOUNISH`, one tag). */
export const isNounish = (features: TokenFeatures): boolean => features.pos.length === 1 && NOUNISH.test(features.pos[0]!)

/**
 * The nouns of the record's text (명사 and what joins them: single-tag NNG, NNP, SL, SN,
 * XSN), in order: the morphemes keywords and entities read, without making the others'
 * tokens. Two nouns are written together where one's `end` is the other's `start`.
 */
export function nouns(file: VFile): Token[] {
  if (!file.data.nouns) {
    analyzer ??= createAnalyzer()
    file.data.nouns = file.data.morphemes ? file.data.morphemes.filter(isNounish) : analyzer.tokenize(draft(file).text, isNounish)
  }
  return file.data.nouns
}

/**
 * Drop the particles (조사) a mention ends with: `서울아산병원을` → `서울아산병원`.
 *
 * @param mention A word or phrase.
 */
export function stripParticles(mention: string): string {
  // A known body with a particle after it, whatever the dictionary makes of the join (`보건복지부의`).
  const known = KNOWN_WITH_PARTICLE.exec(mention)
  if (known) return known[1]!
  const tokens = tokenize(mention)
  let end = mention.length
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!
    if (t.pos.every((p) => p.startsWith('J'))) end = t.start
    else break
  }
  return mention.slice(0, end).trimEnd() || mention
}
