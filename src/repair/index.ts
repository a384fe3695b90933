/**
 * Text repairs that real documents need. Their output is the record's `text`, the string
 * every span points into.
 */
import { normalizeCharacters } from './characters.js'
import { rejoinBrokenLines } from './broken-lines.js'
import { repairCircledNumbers } from './circled-numbers.js'
import { joinSpacedWords } from './spaced-words.js'

export { normalizeCharacters, rejoinBrokenLines, repairCircledNumbers, joinSpacedWords }

/**
 * Apply every repair, in order.
 *
 * @param text Decoded text.
 * @returns The normalized document text.
 */
export function repair(text: string): string {
  return rejoinBrokenLines(repairCircledNumbers(joinSpacedWords(normalizeCharacters(text)))).replace(/^\n+|\n+$/gu, '')
}
