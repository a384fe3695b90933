/**
 * Rejoin lines that a page break or a hard wrap split in the middle of a sentence
 * (`… 수술 로봇` ⏎⏎ `등 첨단기술을 …`; `… 촉진한다”라고` ⏎⏎ `강조하며, …`).
 */
import { LIST_MARKER_START } from '../parse/markers.js'

/** A line ending that cannot end a sentence or a heading: comma, connective ending, particle. */
export const OPEN_ENDING = /(?:,|、|라고|하며|하고|하여|으며|이며|및|등|또는|을|를|에게|에서|으로|부터)$/u
/** A line start that cannot start a sentence: it continues the previous line. */
const CONTINUATION_START = /^(?:(?:등|및|또는|내지)(?=\s)|등(?:으로|의|을|이|과|에|에서)(?=\s))/u
/** Where a sentence or an item may end. */
/** A line that starts a unit of its own: a time (schedule rows), an appendix heading. */
const NEW_UNIT_START = /^(?:~?\d{1,2}\s*:\s*\d{2}|(?:붙\s*임|참\s*고|별\s*첨)\s*\d{0,2}$)/u
const CLOSED_ENDING = /(?:[.!?。:;）)\]」』”’>*]|[다음함임요됨까]|\d)$/u
const WRAP_MIN_LENGTH = 30
/** A wrapped line fills most of the wrap width. */
const WRAP_FILL = 0.8

/**
 * Rejoin broken lines: across blank lines where the first part is left open, and across a
 * single line break where a long line stops mid-sentence and the next one carries no list
 * marker, table cell or indentation of its own.
 *
 * @param text Normalized text.
 * @returns Text with broken lines joined by one space.
 */
export function rejoinBrokenLines(text: string): string {
  const lines = text.split('\n')
  const width = wrapWidth(lines)
  const out: string[] = []
  let i = 0
  while (i < lines.length) {
    let line = lines[i]!
    i++
    for (;;) {
      let j = i
      while (j < lines.length && lines[j]!.trim() === '') j++
      if (j >= lines.length) break
      const next = lines[j]!
      const blankGap = j > i
      if (!canContinue(line, next, blankGap, width)) break
      line = `${line.replace(/\s+$/u, '')} ${next.trim()}`
      i = j + 1
    }
    out.push(line)
  }
  return out.join('\n')
}

/** Share of long lines that stop mid-sentence before an unmarked line, above which a text counts as hard-wrapped. */
const WRAPPED_SHARE = 0.25
/** Share of those lines within 20% of their median length. */
const WRAP_CLUSTER = 0.35

/**
 * The width a text was wrapped at, where it was: many long lines stop mid-sentence and go
 * on in an unmarked next line (the median length of those lines). Texts saved paragraph by
 * paragraph give null and are left alone.
 */
function wrapWidth(lines: string[]): number | null {
  let long = 0
  const open: number[] = []
  for (let i = 0; i + 1 < lines.length; i++) {
    const head = lines[i]!.trim()
    if (head.length < WRAP_MIN_LENGTH || lines[i]!.includes('\t')) continue
    long++
    const tail = lines[i + 1]!.trim()
    const next = lines[i + 1]!
    if (tail === '' || next.includes('\t') || /^\s{2,}/u.test(next)) continue
    if (!CLOSED_ENDING.test(head) && !LIST_MARKER_START.test(tail) && !/^[*※【<\[(]/u.test(tail)) open.push(head.length)
  }
  if (long < 4 || open.length / long < WRAPPED_SHARE) return null
  open.sort((a, b) => a - b)
  const median = open[Math.floor(open.length / 2)]!
  // Wrapped lines stop near one width; paragraphs saved one per line vary.
  const near = open.filter((n) => n >= median * 0.8 && n <= median * 1.2).length
  return near / open.length >= WRAP_CLUSTER ? median : null
}

function canContinue(line: string, next: string, blankGap: boolean, width: number | null): boolean {
  const head = line.trim()
  const tail = next.trim()
  if (head === '' || tail === '') return false
  if (line.includes('\t') || next.includes('\t')) return false
  if (LIST_MARKER_START.test(tail) || /^[*※【<\[(]/u.test(tail) || NEW_UNIT_START.test(tail)) return false
  if (CONTINUATION_START.test(tail)) return true
  if (blankGap) return head.length >= 15 && OPEN_ENDING.test(head)
  if (width === null || /^\s{2,}/u.test(next)) return false
  return head.length >= Math.max(WRAP_MIN_LENGTH, WRAP_FILL * width) && !CLOSED_ENDING.test(head)
}
