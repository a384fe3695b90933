/**
 * Small text helpers shared by the stages.
 */

const WHITE_SPACE_RUN = /\s+/gu
const EDGE_PUNCTUATION = /^[\s,;·]+|[\s,;·]+$/gu

/**
 * Trim a value and fold its runs of white space to one space (the contract's text form).
 *
 * @param value Raw text.
 * @returns Folded text.
 */
export function fold(value: string): string {
  return value.replace(WHITE_SPACE_RUN, ' ').trim()
}

/**
 * Fold a value and drop separators left at its edges.
 *
 * @param value Raw text.
 * @returns Cleaned text, or null when nothing is left.
 */
export function clean(value: string | null | undefined): string | null {
  if (value == null) return null
  const v = fold(value).replace(EDGE_PUNCTUATION, '')
  return v === '' ? null : v
}

/**
 * Remove every white space character (for posts such as `과  장`).
 *
 * @param value Raw text.
 * @returns Text without spaces.
 */
export function squeeze(value: string): string {
  return value.replace(WHITE_SPACE_RUN, '')
}
