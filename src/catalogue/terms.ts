/**
 * Search terms (색인어) of a release's text, cut with bodo's morphology: nouns as written
 * without their particles (조사), a compound's parts and its whole noun run, verb and
 * adjective stems (어간) without their endings (어미); Latin words and numbers as written.
 * The browser cannot load the dictionary, so the same pass learns suffix rules (word ending →
 * stem ending) from what the dictionary said, and the page strips a query word with them.
 */
import type { Analyzer, Token } from '../morph/index.js'
import { HANGUL, WORD, normalize } from '../review/assets/query.js'

export { WORD }
const JOINERS = /[.\-·]/u

/** Noun-like tags (체언, 어근, 외국어, 숫자, 한자) whose surfaces are terms. */
const NOUN_TAGS = new Set(['NNG', 'NNP', 'NR', 'NP', 'SL', 'SN', 'SH', 'XR'])
/** Dependent nouns (의존 명사): part of a noun run (`2024년`), never a term alone. */
const BOUND_TAGS = new Set(['NNB', 'NNBC'])
/** Predicate tags (용언) whose stem is a term. */
const VERB_TAGS = new Set(['VV', 'VA', 'VX'])

/** The terms of one word and its head: the stem a query of that word means. */
export interface WordTerms {
  terms: string[]
  head: string | null
}

/**
 * Terms of one word from its morphemes.
 *
 * @param word The word as written.
 * @param tokens Its morphemes (offsets into the word).
 */
function termsOfTokens(word: string, tokens: Token[]): WordTerms {
  const terms = new Set<string>()
  let head: string | null = null
  let run = ''
  let runParts = 0
  let runHasNoun = false
  let runStart = -1
  const closeRun = () => {
    if (run && runHasNoun) {
      if (runParts > 1) terms.add(run)
      if (head === null && runStart === 0) head = run
    }
    run = ''
    runParts = 0
    runHasNoun = false
  }
  for (const t of tokens) {
    const tag = t.pos[0] ?? ''
    if (NOUN_TAGS.has(tag) || BOUND_TAGS.has(tag)) {
      const surface = normalize(t.surface)
      if (!run) runStart = t.start
      run += surface
      runParts++
      if (NOUN_TAGS.has(tag)) {
        runHasNoun = true
        terms.add(surface)
        // A compound's parts (보건복지부 → 보건, 복지): one syllable is too little to find.
        if (t.type === 'Compound') for (const p of t.expression) if (p.surface.length > 1) terms.add(normalize(p.surface))
      }
      continue
    }
    closeRun()
    if (VERB_TAGS.has(tag)) {
      const first = t.expression[0]
      const stem = t.type === 'Inflect' && first && VERB_TAGS.has(first.pos) ? first.surface : t.surface
      terms.add(stem)
      if (head === null && t.start === 0) head = stem
    }
  }
  closeRun()
  if (head === null && terms.size === 1 && tokens[0]?.start === 0) head = [...terms][0]!
  return { terms: [...terms], head }
}

/**
 * A word cutter: the terms of each distinct word, analysed once (a word's analysis does not
 * depend on its neighbours here, so the page can treat a query word the same way).
 */
export interface Cutter {
  terms(text: string): string[]
  /** Learned suffix rules `ending → stem ending` with the number of distinct words showing each. */
  rules(): Map<string, number>
  /** Words of this cutter whose head (the stem a query of the word means) differs from the word. */
  heads(): Map<string, string>
}

/**
 * Make a cutter over an analyser; it remembers every distinct word.
 *
 * @param rules Where to count the suffix rules it learns (a catalogue's, to extend them).
 */
export function createCutter(analyzer: Analyzer, rules = new Map<string, number>()): Cutter {
  const cache = new Map<string, string[]>()
  const heads = new Map<string, string>()
  const learn = (word: string, head: string | null) => {
    if (!head || head === word) return
    heads.set(word, head)
    let p = 0
    while (p < word.length && p < head.length && word[p] === head[p]) p++
    if (p === 0 || (p === word.length && p === head.length)) return
    const key = `${word.slice(p)}\t${head.slice(p)}`
    rules.set(key, (rules.get(key) ?? 0) + 1)
  }
  const wordTerms = (word: string): string[] => {
    let hit = cache.get(word)
    if (hit) return hit
    if (!HANGUL.test(word)) {
      const whole = normalize(word)
      const parts = whole.split(JOINERS).filter((p) => p && p !== whole)
      hit = [whole, ...parts]
    } else {
      const { terms, head } = termsOfTokens(word, analyzer.tokenize(word))
      learn(normalize(word), head)
      hit = terms
    }
    cache.set(word, hit)
    return hit
  }
  return {
    terms(text) {
      const out: string[] = []
      for (const m of text.matchAll(WORD)) for (const t of wordTerms(m[0])) out.push(t)
      return out
    },
    rules: () => rules,
    heads: () => heads
  }
}

/**
 * The rules worth shipping: shown by at least `min` distinct words, most frequent first.
 *
 * @returns `[ending, replacement, count]` triples.
 */
export function shippedRules(rules: Map<string, number>, min = 2, max = 4000): Array<[string, string, number]> {
  return [...rules]
    .filter(([, n]) => n >= min)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, max)
    .map(([key, n]) => {
      const [ending, replacement] = key.split('\t') as [string, string]
      return [ending, replacement, n]
    })
}
