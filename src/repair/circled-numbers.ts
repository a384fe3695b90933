/**
 * `3]`, `4]` at the start of a line, where they continue a `① ②` sequence, are circled
 * numbers that a text export lost (`③`, `④`).
 */
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'
const CIRCLED_START = /^[ \t]*([①-⑳])/u
const BRACKET_NUMBER_START = /^([ \t]*)(\d{1,2})\](?=\s)/u

/**
 * Read `N]` as the circled number N where the circled sequence before it reached N − 1.
 *
 * @param text Normalized text.
 * @returns Repaired text.
 */
export function repairCircledNumbers(text: string): string {
  const lines = text.split('\n')
  let last = 0
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const circled = CIRCLED_START.exec(line)
    if (circled) {
      last = CIRCLED.indexOf(circled[1]!) + 1
      continue
    }
    const bracket = BRACKET_NUMBER_START.exec(line)
    if (bracket && Number(bracket[2]) === last + 1 && last > 0) {
      last = Number(bracket[2])
      lines[i] = `${bracket[1]}${CIRCLED[last - 1]}${line.slice(bracket[0].length)}`
    }
  }
  return lines.join('\n')
}
