/**
 * Schedule rows (세부 일정): tables whose rows open with a time range, and the flattened
 * form (a time line, a title line, remarks lines).
 */
import type { VFile } from 'vfile'
import type { Block, Table } from '../parse/tree.js'
import type { AgendaRow, Span } from '../schema/record.js'
import { warn } from './context.js'
import { fold } from '../util/text.js'

/** A time range at the start of a cell or line: `15:00~15:10`, `~11:00`, `21:00~`. */
export const TIME_RANGE = /^(?:(\d{1,2})\s*:\s*(\d{2}))?\s*([~∼〜～-])?\s*(?:(\d{1,2})\s*:\s*(\d{2}))?(?:\s*\(\s*[’‘'`´]?\s*(\d{1,3})\s*[’‘'`´]?\s*(?:분)?\s*\))?/u
/** Cells a flattened row holds at most after its time: content, remarks, a second remark. */
const FLAT_CELLS = 3
const SCHEDULE_HEADER = /^(?:시간|일시|시각|일정)$/u
const DURATION = /^[’‘'`´]?\s*(\d{1,3})\s*[’‘'`´]?\s*(?:분)?$/u
const ITEM_MARKER = /^[◦○ㅇ·•▪▸‣►⦁∙∘◆◇-]\s*/u
const SUB_LINE = /\s(?:-\s|[▸‣⦁•※◦∘]|<)/u

/** A schedule found in the document, with where it stands. */
export interface Schedule {
  rows: AgendaRow[]
  start: number
}

/**
 * Find the schedules of a document, in order.
 *
 * @param blocks The document's blocks.
 * @param file The file (for warnings).
 * @returns Each schedule's rows and offset.
 */
export function findSchedules(blocks: Block[], file: VFile): Schedule[] {
  const out: Schedule[] = []
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!
    if (block.type === 'table' && block.role === null) {
      const rows = tableRows(block, file)
      if (rows.length > 0) out.push({ rows, start: block.position.start.offset! })
      continue
    }
    if (block.type !== 'line' || !isTimeOnly(block.value) || block.marker !== null) continue
    // Flattened: time line, title line, remarks lines until the next time line.
    const rows: AgendaRow[] = []
    let j = i
    while (j < blocks.length) {
      const t = blocks[j]!
      if (t.type !== 'line' || !isTimeOnly(t.value)) break
      const cells: Array<{ value: string; span: Span }> = []
      let k = j + 1
      while (k < blocks.length) {
        const c = blocks[k]!
        if (c.type !== 'line' || isTimeOnly(c.value) || c.value.length > 60 || c.kind !== 'paragraph' || cells.length >= FLAT_CELLS) break
        cells.push({ value: `${c.label ? `(${c.label}) ` : ''}${c.value}`, span: { start: c.position.start.offset!, end: c.position.end.offset! } })
        k++
      }
      const span = { start: t.position.start.offset!, end: cells.at(-1)?.span.end ?? t.position.end.offset! }
      const row = agendaRow(t.value, null, cells[0]?.value ?? null, cells.slice(1).map((c) => c.value), span, file, false)
      if (row) rows.push(row)
      j = k
    }
    if (rows.length >= 2) {
      out.push({ rows, start: block.position.start.offset! })
      i = j - 1
    }
  }
  return out
}

function isTimeOnly(value: string): boolean {
  const m = TIME_RANGE.exec(value.trim())
  return !!m && m[0].trim() === value.trim() && (!!m[1] || !!m[4]) && /:/u.test(value)
}

function tableRows(table: Table, file: VFile): AgendaRow[] {
  const rows: AgendaRow[] = []
  let header = false
  for (const row of table.children) {
    const cells = row.children
    const span = { start: row.position.start.offset!, end: row.position.end.offset! }
    if (cells.some((c) => SCHEDULE_HEADER.test(c.value.replace(/\s/gu, '')))) header = true
    const at = cells.findIndex((c) => isTimeOnly(c.value))
    if (at < 0) {
      // A row without a time continues the previous row's remarks.
      const prev = rows.at(-1)
      const extra = cells.map((c) => c.value).filter(Boolean)
      if (prev && cells[0]?.value === '' && extra.length > 0 && extra.length <= 2) {
        const note = fold(extra.at(-1)!.replace(ITEM_MARKER, ''))
        prev.note = prev.note ? `${prev.note}, ${note}` : note
        prev.span = { start: prev.span.start, end: span.end }
      }
      continue
    }
    const time = cells[at]!.value
    const rest = cells.slice(at + 1).map((c) => c.value)
    let duration: string | null = null
    if (rest.length > 0 && (DURATION.test(rest[0]!) || rest[0] === '' || rest[0] === '-')) duration = rest.shift() ?? null
    const nonEmpty = rest.filter((c) => c !== '')
    const r = agendaRow(time, duration, nonEmpty[0] ?? null, nonEmpty.slice(1), span, file)
    if (r) rows.push(r)
  }
  return rows.length >= 2 || (header && rows.length === 1) ? rows : []
}

/** One schedule row from its cells. */
function agendaRow(time: string, duration: string | null, title: string | null, notes: string[], span: Span, file: VFile, joinedCell = true): AgendaRow | null {
  const m = TIME_RANGE.exec(time.trim())!
  if (m[6] && !duration) duration = m[6]
  const start = m[1] ? `${m[1].padStart(2, '0')}:${m[2]}` : null
  const end = m[4] ? `${m[4].padStart(2, '0')}:${m[5]}` : null
  let minutes: number | null = null
  const written = duration ? DURATION.exec(duration.trim()) : null
  const computed = start && end ? toMinutes(end) - toMinutes(start) : null
  if (written) {
    minutes = Number(written[1])
    if (computed !== null && computed !== minutes) {
      warn(file, 'duration-mismatch', `the row's duration ${minutes} minutes disagrees with ${start}~${end} (${computed} minutes); kept as written`, span)
    }
  } else if (!duration || duration.trim() !== '-') minutes = computed !== null && computed >= 0 ? computed : null
  const firstLine = title && joinedCell ? title.replace(ITEM_MARKER, '').split(SUB_LINE)[0]! : title
  const cleanTitle = firstLine ? fold(firstLine.replace(ITEM_MARKER, '').replace(/\*+$/u, '')) : null
  const note = notes.map((n) => fold(n.replace(ITEM_MARKER, ''))).filter((n) => n !== '' && n !== '-').join(', ') || null
  return { start, end, durationMinutes: minutes, title: cleanTitle || null, note, span }
}

function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number)
  return h! * 60 + m!
}
