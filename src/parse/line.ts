/**
 * One line of text → a `line` node: its marker, indentation, label and value.
 */
import type { Line } from './tree.js'
import type { Locator } from './position.js'
import {
  BOX_HEADING,
  BRACKET_LABEL,
  COLON_LABEL,
  FOOTNOTE,
  LIST_MARKER_START,
  NAME_PREFIX_LABEL,
  NOTE,
  ROMAN_HEADING
} from './markers.js'

const MAX_COLON_LABEL = 8

/**
 * Classify one line.
 *
 * @param raw The line as it stands in the text (no line break).
 * @param start Offset of the line in the document text.
 * @param at Locator of the document text.
 * @returns The line node (kind `paragraph`, `item`, `heading`, `footnote` or `note`).
 */
export function parseLine(raw: string, start: number, at: Locator): Line {
  const lead = /^[ \t]*/u.exec(raw)![0]
  const indent = lead.replace(/\t/gu, '    ').length
  let rest = raw.slice(lead.length)
  let offset = start + lead.length
  let kind: Line['kind'] = 'paragraph'
  let marker: string | null = null

  const take = (n: number) => {
    const skipped = rest.slice(0, n)
    const pad = /^\s*/u.exec(rest.slice(n))![0].length
    rest = rest.slice(n + pad)
    offset += n + pad
    return skipped
  }

  const footnote = FOOTNOTE.exec(rest)
  const note = NOTE.exec(rest)
  if (footnote) {
    kind = 'footnote'
    marker = footnote[1]!.replace(/\s/gu, '')
    take(footnote[0].length)
  } else if (note) {
    kind = 'note'
    marker = '※'
    take(note[0].length)
  } else if (ROMAN_HEADING.test(rest)) {
    kind = 'heading'
    const m = /^\S+/u.exec(rest)![0]
    marker = m
    take(m.length)
  } else if (BOX_HEADING.test(rest)) {
    kind = 'heading'
    marker = rest[0]!
    const inner = /^.\s*(.*?)\s*.\s*$/u.exec(rest)![1]!
    const lead2 = rest.indexOf(inner)
    offset += lead2
    rest = inner
  } else {
    const m = LIST_MARKER_START.exec(rest)
    if (m) {
      kind = 'item'
      marker = m[0]
      take(m[0].length)
    }
  }

  let label: string | null = null
  if (kind === 'item' || kind === 'paragraph') {
    const bracket = BRACKET_LABEL.exec(rest)
    const colon = COLON_LABEL.exec(rest)
    if (bracket && !NAME_PREFIX_LABEL.test(bracket[1]!.trim()) && (rest.length > bracket[0].length || kind === 'item')) {
      // A marked line may be its label alone (`◦ (주요 참석자)`, the list follows).
      label = bracket[1]!.trim()
      take(bracket[0].length)
    } else if (colon && colon[1]!.replace(/\s/gu, '').length <= MAX_COLON_LABEL && rest.length > colon[0].length) {
      label = colon[1]!.replace(/\s/gu, '')
      take(colon[0].length)
    }
  }

  const value = rest.trimEnd()
  return {
    type: 'line',
    kind,
    marker,
    indent,
    label,
    value,
    valueStart: offset,
    appendix: false,
    position: at.position(start, start + raw.length)
  }
}
