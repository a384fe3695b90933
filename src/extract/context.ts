/**
 * What every extractor shares: the record under construction on `file.data.record`, the
 * document text, spans and warnings with places.
 */
import type { VFile } from 'vfile'
import type { Line, Root, Table } from '../parse/tree.js'
import type { PressRelease, Span } from '../schema/record.js'
import { findDates } from '../util/dates.js'
import { locator } from '../parse/position.js'

/** A date in a wrapper's field: `2025. 12. 30`, `2025-12-12 17:44`, `04/28/2023`. */
const WRAPPER_DATE = /(?<!\d)((?:19|20)\d{2})\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{1,2}|\d{1,2}\/\d{1,2}\/((?:19|20)\d{2})/u

/** The record while extractors fill it in. */
export type Draft = Omit<PressRelease, 'schemaVersion' | 'id' | 'producer' | 'source'>

declare module 'vfile' {
  interface DataMap {
    record: Draft
    /** Year a date written without one takes (release date, other full dates). */
    contextYear: number | null
  }
}

/**
 * The record under construction.
 */
export function draft(file: VFile): Draft {
  if (!file.data.record) {
    file.data.record = {
      text: String(file.value),
      documentType: null,
      title: '',
      titleSpan: null,
      titleSource: 'body',
      subtitles: [],
      subtitleSpans: [],
      ministry: null,
      release: { embargo: null, distributed: null },
      contacts: [],
      events: [],
      quotes: [],
      plans: [],
      footnotes: [],
      glossary: [],
      attachments: [],
      references: [],
      keywords: [],
      entities: { persons: [], organizations: [], places: [] },
      messages: []
    }
  }
  return file.data.record
}

/**
 * Span of a line's value (after marker and label).
 */
export function valueSpan(line: Line): Span {
  return { start: line.valueStart, end: line.valueStart + line.value.length }
}

/**
 * Span covering several spans.
 */
export function joinSpans(spans: Span[]): Span {
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) }
}

/** An extracted object that may trace its values (see `sources` in the schema). */
export interface Traced {
  span: Span
  sources?: Record<string, Span>
}

/**
 * Trace a value taken from outside its object's span (출처 위치): record in `sources` the
 * span it was taken from, under its field's name (dotted for a nested value). A value found
 * inside the object's own span, or with no span to give, needs no trace and is left out;
 * `sources` is created only when something is traced.
 *
 * @param object The extracted object (contact, participant, event …).
 * @param field The field, dotted for a nested one (`department`, `venue.name`).
 * @param from Where the value was taken from (a table cell above, a group heading, the
 *   release date's line).
 * @returns The object.
 */
export function traceValue<T extends Traced>(object: T, field: string, from: Span | null | undefined): T {
  if (!from || (from.start >= object.span.start && from.end <= object.span.end)) return object
  object.sources = { ...object.sources, [field]: from }
  return object
}

/**
 * Warn about a place in the document (a vfile message with a rule id; kept in the record).
 *
 * @param file The file.
 * @param ruleId Rule id (`weekday-mismatch`, `duration-mismatch` …).
 * @param reason What is wrong.
 * @param span Where.
 */
export function warn(file: VFile, ruleId: string, reason: string, span: Span | null): void {
  const at = span ? locator(String(file.value)) : null
  const place = at && span ? at.position(span.start, span.end) : undefined
  file.message(reason, { ruleId, source: 'bodo', place })
  draft(file).messages.push({ ruleId, reason, span })
}

/**
 * The lines of the tree (tables skipped).
 */
export function lines(tree: Root): Line[] {
  return tree.children.filter((b): b is Line => b.type === 'line')
}

/**
 * The tables of the tree.
 */
export function tables(tree: Root): Table[] {
  return tree.children.filter((b): b is Table => b.type === 'table')
}

/**
 * The year that dates written without one take: the release's, else the wrapper's approval
 * date (korea.kr), else the first full date's.
 */
export function contextYear(file: VFile): number | null {
  if (file.data.contextYear !== undefined) return file.data.contextYear
  const record = draft(file)
  const fromRelease = (record.release.distributed ?? record.release.embargo)?.slice(0, 4)
  let year: number | null = fromRelease ? Number(fromRelease) : null
  if (year === null) {
    // The wrapper's date: korea.kr's approve_date, a board's 등록일, a crawl's 보도일 …
    const meta = file.data.meta ?? {}
    const dated = [meta.approve_date, meta.registered, ...Object.values(meta)].find((v) => typeof v === 'string' && WRAPPER_DATE.test(v))
    const m = typeof dated === 'string' ? WRAPPER_DATE.exec(dated) : null
    year = m ? Number(m[1] ?? m[2]) : null
  }
  if (year === null) {
    const full = findDates(record.text).find((d) => d.year !== null && d.year >= 1990 && d.year <= 2100)
    year = full?.year ?? null
  }
  file.data.contextYear = year
  return year
}
