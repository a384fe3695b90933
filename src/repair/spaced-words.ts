/**
 * Words spaced out for justification in table cells and header boxes (`과  장`, `비 고`,
 * `보 도 자 료`) read as one word.
 */
const SPACED_SYLLABLES = /^[가-힣](?:[ ]+[가-힣]){1,4}$/u

/**
 * Join a cell (or a whole line) made only of single syllables separated by spaces.
 *
 * @param text Normalized text.
 * @returns Repaired text.
 */
export function joinSpacedWords(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .split('\t')
        .map((cell) => {
          const t = cell.trim()
          return SPACED_SYLLABLES.test(t) ? cell.replace(t, t.replace(/ +/gu, '')) : cell
        })
        .join('\t')
    )
    .join('\n')
}
