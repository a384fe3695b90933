/**
 * Character-level normalization: NFC, one line ending, no invisible characters.
 */

const LINE_ENDINGS = /\r\n?|\u2028|\u2029/gu
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/gu
const ODD_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/gu
const TRAILING_SPACE = /[ \t]+$/gmu
const FORM_FEED = /\f/gu
/** Hancom's private-use circled numbers (U+F02B1 …), which HWP, HWPX and their text exports carry, → ① …. */
const PRIVATE_CIRCLED = /[\u{F02B1}-\u{F02C4}]/gu

/**
 * NFC, `\n` line endings, odd spaces as plain spaces, zero-width characters removed,
 * Hancom's private-use circled numbers as ① …, and trailing blanks dropped (tabs between
 * cells are kept).
 *
 * @param text Decoded text.
 * @returns Normalized text.
 */
export function normalizeCharacters(text: string): string {
  return text
    .normalize('NFC')
    .replace(LINE_ENDINGS, '\n')
    .replace(FORM_FEED, '\n\n')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .replace(PRIVATE_CIRCLED, (c) => String.fromCodePoint(0x2460 + (c.codePointAt(0)! - 0xf02b1)))
    .replace(TRAILING_SPACE, '')
}
