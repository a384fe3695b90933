// bodo catalogue: what the indexer and the search page must do alike (a plain ES module both
// load): cut words, hash terms to shards, and read a query word with the learned suffix rules.

/** A word: letters and digits, joined by `.`, `-` or `·` inside (`5.3`, `COVID-19`). */
export const WORD = /[\p{L}\p{N}]+(?:[.\-·][\p{L}\p{N}]+)*/gu
/** Hangul syllables: words with them go through the morphology. */
export const HANGUL = /[\uac00-\ud7a3]/u
/** Readings of a query word looked up at most. */
export const CANDIDATES = 6
/** A word's reading fixed by the dictionary, stored in its shard under `=word`. */
export const FIXED = '='

/** Normalize a word or term: NFC, Latin lower-cased. */
export function normalize(text) {
  return text.normalize('NFC').toLowerCase()
}

/** FNV-1a over UTF-16 code units: a term's shard is `hash(term) & (shards - 1)`. */
export function hash(term) {
  let h = 0x811c9dc5
  for (let i = 0; i < term.length; i++) {
    h ^= term.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}

/**
 * A normalized query word's readings: itself, then the word with a learned ending replaced
 * (장관은 → 장관, 개최했다 → 개최, 밝혔다 → 밝히), the ending most words showed first.
 * `keep` is the part of the word the reading keeps as written (what to highlight).
 */
export function readings(w, rules) {
  const out = [{ term: w, keep: w, n: Infinity }]
  if (HANGUL.test(w)) {
    for (const [ending, replacement, n] of rules) {
      if (ending.length < w.length && w.endsWith(ending)) {
        const keep = w.slice(0, w.length - ending.length)
        out.push({ term: keep + replacement, keep, n })
      }
    }
  }
  const seen = new Set()
  return out.filter((r) => !seen.has(r.term) && seen.add(r.term)).sort((a, b) => b.n - a.n).slice(0, CANDIDATES)
}
