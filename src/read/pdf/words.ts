/**
 * Where a wrapped line goes on: Hancom breaks Korean lines between any two syllables (줄 나눔
 * 기준 `글자`), so a line may end inside a word (`… 적극적` ⏎ `으로 …`). A justified line
 * ends at the right edge either way; what tells is the morphology: an eojeol (어절) never
 * starts with a particle (조사), an ending (어미), a suffix (접미사) or the copula (`이다`).
 */
import { createAnalyzer, type Analyzer } from '../../morph/index.js'

/** Part-of-speech tags no eojeol starts with: particles, endings, suffixes, the copula. */
const BOUND = /^(?:J|E|XS|VCP)/u
/** A word's last syllable, or the closing quote or bracket a particle follows (`…”라고`, `…(AI)를`). */
const SYLLABLE_END = /[가-힣”’」』)]$/u
const SYLLABLE_START = /^[가-힣]/u

let analyzer: Analyzer | null = null

/**
 * What joins a wrapped line to the next: nothing where the next line's first morpheme, read as
 * it stands after a space, is bound (the line broke inside a word); else a space.
 *
 * @param before The text so far (the line that wrapped).
 * @param after The next line.
 * @returns `''` or `' '`.
 */
export function wrapJoint(before: string, after: string): string {
  const last = before.trimEnd().split(/\s/u).at(-1) ?? ''
  const first = after.trimStart().split(/\s/u)[0] ?? ''
  if (!SYLLABLE_END.test(last) || !SYLLABLE_START.test(first)) return ' '
  analyzer ??= createAnalyzer()
  const next = analyzer.tokenize(`${last} ${first}`).find((t) => t.start > last.length)
  return next !== undefined && !next.unknown && BOUND.test(next.pos[0] ?? '') ? '' : ' '
}
