/**
 * Release times (보도시점 / 보도일시 → `embargo`; 배포 → `distributed`) from the header box,
 * or from release tags in a wrapper title (`(엠바고 09시)`).
 */
import type { Root, Table } from '../parse/tree.js'
import type { VFile } from 'vfile'
import type { Span } from '../schema/record.js'
import { draft, lines, warn } from './context.js'
import { DISTRIBUTED_LABEL, EMBARGO_LABEL } from '../parse/markers.js'
import { findDates, findTimes, isoDate, resolveYear, weekdayOf, type DateMatch } from '../util/dates.js'

const IMMEDIATE = /즉시/u
/** Released on distribution: `배포 즉시`, `배포 후 즉시 사용`, `배포 시`, `배포 시점`. */
const ON_DISTRIBUTION = /즉\s*시|배\s*포\s*(?:후|시\s*점?)(?![가-힣])/u
/** What follows `배포` inside an embargo value (`배포 후 …`, `배포 시(점)`, `배포 즉시`): not a label of its own. */
const NOT_A_LABEL_AFTER = /^\s*(?:후|시\s*점?|즉\s*시)(?![가-힣])/u
const LABEL_AND_VALUE = new RegExp(`^(${EMBARGO_LABEL.source}|${DISTRIBUTED_LABEL.source})\\s*[:：]?\\s+(\\S.*)$`, 'u')
const ONLINE = /\(\s*인\s*터\s*넷\s*\)/u
/** An edition line under the release time (`< 3.20.(금) 석간 >`): not a value of its own. */
const ANY_LABEL = new RegExp(`${EMBARGO_LABEL.source}|${DISTRIBUTED_LABEL.source}`, 'u')
const TRAILING_LABEL = new RegExp(`^(.*\\d.*?)\\s+(${EMBARGO_LABEL.source}|${DISTRIBUTED_LABEL.source})\\s*$`, 'u')
const EDITION_LINE = /(?:조간|석간)\s*$/u
const WRAPPER_EMBARGO = /엠바고\s*(\d{1,2})\s*시/u
/** A crawled board's release-date field (`보도일: 2025. 12. 30`). */
const BOARD_DATE_KEY = /^(?:보도\s*일(?:자|시)?|release_?date)$/iu

interface Field {
  label: 'embargo' | 'distributed'
  value: string
  start: number
}

/**
 * unified plugin: fill `release`.
 */
export function release() {
  return (tree: Root, file: VFile) => {
    const record = draft(file)
    const fields = headerFields(tree)
    const dist = fields.find((f) => f.label === 'distributed')
    const emb = fields.filter((f) => f.label === 'embargo')
    let distributed: Resolved | null = null
    if (dist) distributed = resolve(dist, null, file)
    const embargoField = emb.find((f) => ONLINE.test(f.value)) ?? emb[0]
    let embargo: Resolved | null = embargoField ? resolve(embargoField, distributed, file) : null
    if (embargoField && distributed && ON_DISTRIBUTION.test(embargoField.value)) {
      // On distribution: the hand-out time, where the embargo names no time of its own (`2026. 4. 13.(월) 배포 시`).
      if (!embargo || (embargo.value.length === 10 && distributed.value.length > 10 && distributed.value.startsWith(embargo.value))) embargo = distributed
    }
    if (!dist && !embargoField) {
      const fromWrapper = wrapperRelease(file) ?? boardDate(file)
      if (fromWrapper) {
        record.release = fromWrapper
        return
      }
    }
    record.release = {
      embargo: embargo?.value ?? null,
      distributed: distributed?.value ?? null,
      embargoSpan: embargo?.span ?? null,
      distributedSpan: distributed?.span ?? null
    }
  }
}

interface Resolved {
  value: string
  span: Span
  year: number
}

/** The header's labelled values: from header lines and from the header box's cells. */
function headerFields(tree: Root): Field[] {
  const fields: Field[] = []
  let pending: Field | null = null
  for (const line of lines(tree)) {
    if (line.kind !== 'header') continue
    const text = `${line.label ?? ''} ${line.value}`
    const lineStart = line.valueStart - (line.label ? line.label.length + 1 : 0)
    const trailing = TRAILING_LABEL.exec(text)
    if (trailing && !ANY_LABEL.test(trailing[1]!)) {
      // The label after its value (`(온라인) 2026. 4. 13.(월) 12:00 보도시점`).
      const value = trailing[1]!.trim()
      fields.push({ label: EMBARGO_LABEL.test(trailing[2]!) ? 'embargo' : 'distributed', value, start: lineStart + text.indexOf(value) })
      pending = null
      continue
    }
    const before = fields.length
    splitLabelled(text, lineStart, fields)
    if (fields.length === before && pending && !EDITION_LINE.test(line.value)) {
      // A header box flattened one cell per line: the value stands under its label.
      fields.splice(fields.indexOf(pending), 1, { ...pending, value: line.value, start: line.valueStart })
    }
    const added = fields.at(-1)
    pending = fields.length > before && added?.value === '' ? added : null
  }
  for (const block of tree.children) {
    if (block.type !== 'table' || block.role !== 'header') continue
    cellFields(block, fields)
  }
  // A label with no value of its own (`보도일시` over `엠바고 :` over the time) says nothing.
  return fields.filter((f) => f.value !== '')
}

/** Values follow their label cell, and a value cell under it continues it (`(지  면) …`). */
function cellFields(table: Table, fields: Field[]): void {
  const columnLabel = new Map<number, Field['label']>()
  for (const row of table.children) {
    let current: Field['label'] | null = null
    row.children.forEach((cell, col) => {
      const v = cell.value
      if (v === '') return
      const isEmbargo = EMBARGO_LABEL.test(v) && v.replace(/\s/gu, '').length <= 8
      const isDist = !isEmbargo && DISTRIBUTED_LABEL.test(v) && v.replace(/\s/gu, '').length <= 6 && !ON_DISTRIBUTION.test(v)
      const labelled = LABEL_AND_VALUE.exec(v)
      if (!isEmbargo && !isDist && labelled && !(DISTRIBUTED_LABEL.test(labelled[1]!) && NOT_A_LABEL_AFTER.test(` ${labelled[2]!}`))) {
        // Label and value in one cell (`보도시점 2024. 12. 13.(금) 11:00`).
        const label: Field['label'] = EMBARGO_LABEL.test(labelled[1]!) ? 'embargo' : 'distributed'
        fields.push({ label, value: labelled[2]!, start: cell.position.start.offset! + labelled.index + labelled[0].indexOf(labelled[2]!) })
        return
      }
      if (isEmbargo || isDist) {
        current = isEmbargo ? 'embargo' : 'distributed'
        columnLabel.set(col + 1, current)
        return
      }
      const label = current ?? columnLabel.get(col) ?? null
      if (label) fields.push({ label, value: v, start: cell.position.start.offset! })
      current = null
    })
  }
}

/** `보도시점 : 배포 즉시 보도 가능 / 배포 : 2024. 5. 20.(월)` → two fields. */
function splitLabelled(text: string, start: number, fields: Field[]): void {
  const labels = new RegExp(`${EMBARGO_LABEL.source}|${DISTRIBUTED_LABEL.source}`, 'gu')
  const found = [...text.matchAll(labels)].filter((m) => !(DISTRIBUTED_LABEL.test(m[0]) && NOT_A_LABEL_AFTER.test(text.slice(m.index + m[0].length))))
  found.forEach((m, i) => {
    const from = m.index + m[0].length
    const to = i + 1 < found.length ? found[i + 1]!.index : text.length
    const value = text.slice(from, to).replace(/^[\s:：]+|[\s/|]+$/gu, '')
    if (IMMEDIATE.test(m[0])) return
    fields.push({ label: EMBARGO_LABEL.test(m[0]) ? 'embargo' : 'distributed', value, start: start + from })
  })
}

function resolve(field: Field, base: Resolved | null, file: VFile): Resolved | null {
  const dates = findDates(field.value)
  const online = ONLINE.exec(field.value)
  const from = online ? online.index : 0
  const date: DateMatch | undefined = dates.find((d) => d.index >= from) ?? dates[0]
  const times = findTimes(field.value)
  if (!date) {
    if (base && times.length > 0) {
      const t = times.find((x) => x.index >= from) ?? times[0]!
      return { ...base, value: `${base.value.slice(0, 10)}T${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}:00+09:00` }
    }
    return null
  }
  const year = resolveYear(date, date.year ?? base?.year ?? null)
  if (year === null) return null
  const span = { start: field.start + date.index, end: field.start + date.end }
  if (date.weekday && weekdayOf(year, date.month, date.day) !== date.weekday) {
    warn(file, 'weekday-mismatch', `${date.month}.${date.day}. is a ${weekdayOf(year, date.month, date.day)}요일 in ${year}, not ${date.weekday}요일 as written`, span)
  }
  const next = dates[dates.indexOf(date) + 1]
  const time = times.find((t) => t.index >= date.end && (!next || t.index < next.index))
  return { value: isoDate(year, date.month, date.day, time ?? null), span, year }
}

/**
 * A crawled board record's release date (`보도일`), where the text states no release time: the
 * day it was released for reporting, both embargo and distribution (no time of day).
 */
function boardDate(file: VFile) {
  const meta = file.data.meta ?? {}
  const key = Object.keys(meta).find((k) => BOARD_DATE_KEY.test(k.trim()))
  const date = key ? findDates(String(meta[key])).find((d) => d.year !== null) : undefined
  if (!date) return null
  const day = isoDate(date.year!, date.month, date.day)
  return { embargo: day, distributed: day, embargoSpan: null, distributedSpan: null }
}

/** korea.kr listing titles carry release tags: `(4.1. 즉시 보도자료) (엠바고 09시)`. */
function wrapperRelease(file: VFile) {
  const title = String(file.data.meta?.title ?? '')
  const tagged = /\(([^()]*(?:보도|엠바고)[^()]*)\)/gu
  const tags = [...title.matchAll(tagged)].map((m) => m[1]!)
  if (tags.length === 0) return null
  const body = draft(file).text
  let date: { month: number; day: number } | null = null
  for (const tag of tags) {
    const m = /(\d{1,2})\s*\.\s*(\d{1,2})\s*\.?/u.exec(tag)
    if (m) date = { month: Number(m[1]), day: Number(m[2]) }
  }
  if (!date) return null
  const written = findDates(body).find((d) => d.month === date!.month && d.day === date!.day)
  const approve = /(\d{4})/u.exec(String(file.data.meta?.approve_date ?? ''))
  const year = written ? resolveYear(written, approve ? Number(approve[1]) : null) : approve ? Number(approve[1]) : null
  if (year === null) return null
  const hour = tags.map((t) => WRAPPER_EMBARGO.exec(t)).find(Boolean)
  const distributed = isoDate(year, date.month, date.day)
  const embargo = hour ? isoDate(year, date.month, date.day, { hour: Number(hour[1]), minute: 0 }) : distributed
  return { embargo, distributed, embargoSpan: null, distributedSpan: null }
}
