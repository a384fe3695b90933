/**
 * References to other releases (관련 자료): `2024.9.5. 보도자료 (제목)`.
 */
import type { Root } from '../parse/tree.js'
import type { VFile } from 'vfile'
import type { Reference } from '../schema/record.js'
import { draft } from './context.js'
import { findDates, isoDate } from '../util/dates.js'

const CITED_RELEASE = /(보도\s*(?:참고|설명|해명)?\s*자료|설명\s*자료)\s*[(（「『]\s*([^)）」』]{2,120}?)\s*[)）」』]/gu
const MAX_GAP = 6

/**
 * unified plugin: fill `references`.
 */
export function references() {
  return (_tree: Root, file: VFile) => {
    const record = draft(file)
    const text = record.text
    const out: Reference[] = []
    for (const m of text.matchAll(CITED_RELEASE)) {
      const before = text.slice(Math.max(0, m.index - 30), m.index)
      const date = findDates(before).at(-1)
      const dated = date && before.length - date.end <= MAX_GAP && date.year !== null
      const start = dated ? m.index - (before.length - date.index) : m.index
      out.push({
        date: dated ? isoDate(date.year!, date.month, date.day) : null,
        kind: m[1]!.replace(/\s/gu, ''),
        title: m[2]!.trim(),
        span: { start, end: m.index + m[0].length }
      })
    }
    record.references = out
  }
}
