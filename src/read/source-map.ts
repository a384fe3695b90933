/**
 * Text assembled from a binary format, line by line, remembering where each line came
 * from in the source (section, paragraph, table cell, page).
 */

/** A range of the assembled text and its place in the source. */
export interface SourcePlace {
  start: number
  end: number
  place: string
}

/** Builds text lines and their places. */
export class TextBuilder {
  private readonly lines: string[] = []
  private readonly places: SourcePlace[] = []
  private length = 0

  /**
   * Add a line (empty lines are kept as blank lines).
   *
   * @param line The line.
   * @param place Where it came from (`section0/p12`, `section0/p3/tbl1/r2c4`, `page 3`).
   */
  line(line: string, place: string): void {
    const text = line.replace(/\n/gu, ' ')
    if (text.trim() !== '') this.places.push({ start: this.length, end: this.length + text.length, place })
    this.lines.push(text)
    this.length += text.length + 1
  }

  /** The text and its source map. */
  result(): { text: string; places: SourcePlace[] } {
    return { text: this.lines.join('\n'), places: this.places }
  }
}

/**
 * Carry a source map over the text repairs: each place's line is found again, in order, in
 * the repaired text (repairs keep a line's words; they only join lines and normalize
 * characters). A line that cannot be found is left out.
 *
 * @param before The text the places point into.
 * @param places Its source map.
 * @param after The repaired text.
 * @returns The source map of the repaired text.
 */
export function reanchor(before: string, places: SourcePlace[], after: string): SourcePlace[] {
  const out: SourcePlace[] = []
  let cursor = 0
  for (const p of places) {
    const line = before.slice(p.start, p.end).normalize('NFC').trim()
    if (line === '') continue
    const probe = line.slice(0, Math.min(line.length, 16))
    const at = after.indexOf(probe, cursor)
    if (at < 0) continue
    const end = Math.min(after.length, at + line.length)
    out.push({ start: at, end, place: p.place })
    cursor = at + probe.length
  }
  return out
}
