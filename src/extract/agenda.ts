/**
 * Schedule rows (세부 일정): tables whose rows open with a time range, and the flattened
 * form (a time line, a title line, remarks lines).
 */
import type { VFile } from 'vfile'
import type { Block, Line, Table } from '../parse/tree.js'
import type { AgendaRow, Span } from '../schema/record.js'
import { warn } from './context.js'
import { fold } from '../util/text.js'

/** A time range at the start of a cell or line: `15:00~15:10`, `~11:00`, `21:00~`. */
export const TIME_RANGE = /^(?:(\d{1,2})\s*:\s*(\d{2}))?\s*([~∼〜～-])?\s*(?:(\d{1,2})\s*:\s*(\d{2}))?(?:\s*\(\s*[’‘'`´]?\s*(\d{1,3})\s*[’‘'`´]?\s*(?:분)?\s*\))?/u
/** Cells a flattened row holds at most after its time: content, remarks, a second remark. */
const FLAT_CELLS = 3
const SCHEDULE_HEADER = /^(?:시간|일시|시각|일정)$/u
const DURATION = /^[’‘'`´′]?\s*(\d{1,3})\s*[’‘'`´′]?\s*(?:분)?$/u
/** A duration cell in brackets: `(5')`, `(05‘)`, `('75)`. */
const PAREN_DURATION = /^\(\s*[’‘'`´′]?\s*\d{1,3}\s*[’‘'`´′]?\s*(?:분)?\s*\)$/u
/** A flattened table's time column name: `시 간`, `개최시간`, `시간(한국)`. */
const TIME_HEADER = /^(?:[가-힣]{0,4}시간|시각|일시)(?:\([^()]*\))?$/u
/** Column names of a remarks column. */
const REMARKS_HEADER = /^(?:비고|발표자?|연사|참석자?|참석대상|담당|장소|진행자?|사회|주관|대상)$/u
/** Column names of a content column. */
const CONTENT_HEADER = /^(?:(?:주요|세부|행사|진행|회의)?내용|프로그램|주제|세부일정|일정|순서|행사|구분|안건|과정|교육내용|강의내용|세션)$/u
/** A cell opening with a clock time: `14:05~14:35 30‘ …` (a row whose cells ran together). */
const TIME_START = /^\s*\d{1,2}\s*:\s*\d{2}/u
/** A time range at the head of a cell, text after it: `14:05~14:35 30‘ ▪…`. */
const RAN_TOGETHER = /^\s*(\d{1,2}\s*:\s*\d{2}\s*[~∼〜～-]\s*\d{1,2}\s*:\s*\d{2})\s+(?=\S)/u
/** A duration at the head of a cell, before the title: `3‘ ▪인사말씀`, `30분 개회`. */
const LEADING_DURATION = /^([’‘'`´′]?\s*\d{1,3}\s*(?:[’‘'`´′]|분))\s+(?=\S)/u
/** Lines that may stand between the two parts of a schedule table a wrapped cell broke. */
const SPLIT_LINES = 2
/** Lines above a flattened table's first time line searched for its header. */
const HEADER_REACH = 8
/** Longest name of a header's label column (`구 분`, `공청회`). */
const HEADER_CELL = 6
/** Longest cell line of a flattened table. */
const MAX_CELL = 80
/** Lines a flattened row runs over, at most. */
const MAX_ROW_LINES = 12
/** Kinds of line that a flattened table's cells take. */
const FLAT_KINDS = new Set(['paragraph', 'item', 'footnote'])
/** Item markers that open a section, ending a table. */
const SECTION_MARKER = /^(?:□|■|◼|◆|◇|❍|\d+[.)]|[가-하][.)]|[IVX]+\.|[ⅠⅡⅢⅣⅤ]\.?)$/u
/** A word marked for a note below: `논의*`. */
const STARRED_WORD = /[^\s*](\*+)(?=\s|$|[,.)])/gu
/** A cell line wholly in brackets: `(제2, 3번 선석)`. */
const WHOLE_BRACKET = /^\([^()]*(?:\([^()]*\)[^()]*)*\)$/u
/** A remarks line naming who speaks: a body, a post, a list, everyone (`(주)`, `…장`, `…, …`, `… 전원`). */
const NOTE_LIKE = /(?:,|·|\(주\)$|㈜|등$|전원$|[장관자사원청처단실팀국과회]$)/u
/** A remarks line that is a post alone, carrying on the body above it: `대표이사`, `사장`. */
const POST_CELL = /^[가-힣]{0,4}(?:대표이사|이사장|사장|원장|회장|위원장|본부장|청장|장관|차관|대표)$/u
const ITEM_MARKER = /^[◦○ㅇ·•▪▸‣►⦁∙∘◆◇-]\s*/u
/** Items listed in a cell after a dash: ` - 갑 교수`. */
const DASHED_ITEM = /\s+-\s*(?=[^\s\d-])/u
const SUB_LINE = /\s(?:-\s?(?=[^\s\d])|\*+\s|[▸‣⦁•※◦∘]|<)/u

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
  /** The schedule table read last: its rows (to join a table that a wrapped cell split off) and where it ended. */
  let last: { table: Table; schedule: Schedule; at: number } | null = null
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!
    if (block.type === 'table' && block.role === null) {
      // A cell's wrapped line can break a table in two (`… 시찰 - (이동 동선)` / `본관 2층(…)` / the rest): read them as one.
      const between = last ? blocks.slice(last.at + 1, i) : []
      // Not across a section's heading (`□ 전체 일정`), nor into a table with a header of its own.
      const split = between.length >= 1 && between.length <= SPLIT_LINES && between.every((b) => b.type === 'line' && (b.kind === 'paragraph' || (b.kind === 'item' && !SECTION_MARKER.test(b.marker ?? ''))) && !isTimeOnly(b.value) && b.value.length <= MAX_CELL)
      const headed = block.children[0]?.children.some((c) => SCHEDULE_HEADER.test(c.value.replace(/\s/gu, ''))) ?? false
      if (last && split && !headed && block.children.some((row) => timedCells(row.children.map((c) => c.value)) !== null)) {
        const table: Table = { ...last.table, children: [...last.table.children, ...block.children] }
        last.schedule.rows = tableRows(table, file)
        last = { table, schedule: last.schedule, at: i }
        continue
      }
      const rows = tableRows(block, file)
      if (rows.length > 0) {
        const schedule = { rows, start: block.position.start.offset! }
        out.push(schedule)
        last = { table: block, schedule, at: i }
      }
      continue
    }
    if (block.type !== 'line' || !isTimeOnly(block.value) || block.marker !== null) continue
    const flat = flatSchedule(blocks, i, file)
    if (flat.rows.length >= 2) {
      out.push({ rows: flat.rows, start: block.position.start.offset! })
      i = flat.next - 1
    }
  }
  return out
}

/** The columns a flattened table's header names, around its time column. */
interface FlatHeader {
  /** Columns before the time column (`구분`, `공청회`). */
  before: number
  /** Columns after it (`주요 내용`, `비고`). */
  after: number
  /** Whether one of them holds remarks (비고, 발표자 …). */
  remarks: boolean
  /** Whether one of them holds the rows' content (내용, 프로그램, a date …). */
  content: boolean
  /** Index of the header's first line. */
  from: number
}

/**
 * The header of a flattened table (one cell per line) right above its first time line:
 * the time column (`시 간`, `개최시간`), the short column names before it (`구 분`) and the
 * column names after it (`주요 내용`, `비 고`, `8.20.(수)`).
 */
function flatHeader(blocks: Block[], first: number): FlatHeader | null {
  for (let h = first - 1; h >= Math.max(0, first - HEADER_REACH); h--) {
    const line = blocks[h]!
    if (line.type !== 'line') return null
    if (!TIME_HEADER.test(squeeze(line.value))) continue
    let after = 0
    let remarks = false
    let content = false
    for (let k = h + 1; k < first; k++) {
      const cell = blocks[k] as Line
      const name = squeeze(cell.value)
      if (TIME_HEADER.test(name)) continue
      if (REMARKS_HEADER.test(name)) remarks = true
      else if (CONTENT_HEADER.test(name) || /^\d{1,2}\.\s*\d{1,2}/u.test(name)) content = true
      else break
      after++
    }
    let before = 0
    for (let k = h - 1; k >= Math.max(0, h - 2); k--) {
      const cell = blocks[k]!
      if (cell.type !== 'line' || cell.marker !== null || cell.kind !== 'paragraph' || squeeze(cell.value).length > HEADER_CELL) break
      before++
    }
    return { before, after, remarks, content, from: h - before }
  }
  return null
}

/** A row of a flattened table as read: its time line, duration, label cell and cells. */
interface FlatRow {
  time: Line | null
  duration: string | null
  label: Line | null
  cells: Line[]
}

/**
 * A flattened schedule table (korea.kr Markdown writes each cell on its own line): rows
 * open at a time line (`15:00~15:25`); a duration line (`25‘`, `(5')`) right after it is the
 * duration column, one after the row's cells opens a row with no time of its own; the
 * header, where written, says whether the rows carry remarks and whether a label column
 * comes before the time (a row's label, or a group's spanning several rows).
 *
 * @param blocks The document's blocks.
 * @param first Index of the first time line.
 * @param file The file (for warnings).
 * @returns The rows and the index after the table.
 */
function flatSchedule(blocks: Block[], first: number, file: VFile): { rows: AgendaRow[]; next: number } {
  const header = flatHeader(blocks, first)
  // A label column with no content column after the time names each row (`① 베트남산 합판` | `10:00 ~ 11:50`).
  const labelTitles = header !== null && header.before > 0 && !header.content
  const perRow = header ? header.after : FLAT_CELLS
  let pending: Line | null = labelTitles && first > 0 && blocks[first - 1]!.type === 'line' ? (blocks[first - 1] as Line) : null
  const rows: FlatRow[] = []
  const starred = new Set<string>()
  let k = first
  for (; k < blocks.length; k++) {
    const c = blocks[k]!
    if (c.type !== 'line') break
    if (isTimeOnly(c.value)) {
      rows.push({ time: c, duration: null, label: pending, cells: [] })
      pending = null
      continue
    }
    const row = rows.at(-1)!
    if (endsFlat(c, starred)) break
    const value = c.value.trim()
    const more = timeAhead(blocks, k, starred)
    // The last row holds its columns' worth of cells (and details, bracketed continuations, a post, a list's next line), no more.
    if (!more && row.cells.filter((l) => !isSubLine(l)).length >= perRow && !WHOLE_BRACKET.test(value) && !POST_CELL.test(value) && !isSubLine(c) && !(row.cells.at(-1)?.value.trim().endsWith(',') ?? false)) break
    if (DURATION.test(value) || PAREN_DURATION.test(value)) {
      if (row.cells.length === 0 && row.duration === null) row.duration = value
      else rows.push({ time: null, duration: value, label: null, cells: [] })
      continue
    }
    // The line right before a time line, beyond the row's columns, is the next row's label.
    const before = k + 1 < blocks.length && blocks[k + 1]!.type === 'line' && isTimeOnly((blocks[k + 1] as Line).value)
    if (before && header && header.before > 0 && (labelTitles || row.cells.length >= header.after)) {
      if (labelTitles) pending = c
      continue
    }
    row.cells.push(c)
    for (const m of c.value.matchAll(STARRED_WORD)) starred.add(m[1]!)
  }
  const out: AgendaRow[] = []
  for (const row of rows) {
    const lines = row.label ? [row.label, ...row.cells] : row.cells
    const from = (row.time ?? lines[0])?.position.start.offset ?? 0
    const to = lines.at(-1)?.position.end.offset ?? row.time?.position.end.offset ?? from
    const { title, note } = splitCells(lines, header === null || header.remarks)
    const r = agendaRow(row.time?.value ?? '', row.duration, title, note ? [note] : [], { start: from, end: to }, file, false)
    if (r) out.push(r)
  }
  return { rows: out, next: k }
}

/** Whether a line ends a flattened table: a heading, a section's marker, a long line, a note on a word of the table. */
function endsFlat(line: Line, starred: Set<string>): boolean {
  if (!FLAT_KINDS.has(line.kind)) return true
  if (line.kind === 'item' && SECTION_MARKER.test(line.marker ?? '')) return true
  if (line.kind === 'footnote' && starred.has(line.marker ?? '')) return true
  return line.value.length > MAX_CELL
}

/** Whether another time line follows within the table. */
function timeAhead(blocks: Block[], k: number, starred: Set<string>): boolean {
  for (let j = k + 1; j < Math.min(blocks.length, k + 1 + MAX_ROW_LINES); j++) {
    const b = blocks[j]!
    if (b.type !== 'line' || endsFlat(b, starred)) return false
    if (isTimeOnly(b.value)) return true
  }
  return false
}

/** A cell's text, with its bracket label put back (`(한) 추진단장`). */
function cellText(line: Line): string {
  return fold(`${line.label ? `(${line.label}) ` : ''}${line.value}`)
}

/**
 * The title and remarks of a flattened row's lines: the title is the first line (and the
 * lines that carry on its phrase); sub-lines (`- …`) are its details; the rest, where the
 * table has remarks, the note. A table without remarks has one content cell: all its lines.
 *
 * @param lines The row's lines.
 * @param remarks Whether the table has a remarks column.
 */
function splitCells(lines: Line[], remarks: boolean): { title: string | null; note: string | null } {
  const main = lines.filter((l) => !isSubLine(l))
  if (main.length === 0) return { title: null, note: null }
  if (!remarks) return { title: main.map(cellText).join(' '), note: null }
  const firstSub = lines.findIndex(isSubLine)
  const title = [cellText(main[0]!)]
  const notes: Line[] = []
  for (let n = 1; n < main.length; n++) {
    const line = main[n]!
    const pastDetails = firstSub >= 0 && lines.indexOf(line) > firstSub
    if (notes.length === 0 && !pastDetails && n < main.length - 1 && !NOTE_LIKE.test(cellText(line).replace(/\*+$/u, ''))) title.push(cellText(line))
    else notes.push(line)
  }
  let note = ''
  for (const line of notes) {
    const text = cellText(line)
    // A bracketed line or a post carries on the cell above (`㈜… (제2, 3번 선석)`, `…(주) 대표이사`); a line after a comma too.
    const joined = note === '' || note.endsWith(',') || WHOLE_BRACKET.test(text) || (!line.label && POST_CELL.test(text))
    note = note === '' ? text : `${note}${joined ? ' ' : ', '}${text}`
  }
  return { title: title.join(' '), note: note || null }
}

/** A detail line under a row's title: `- …`, `ⅰ) …`. */
function isSubLine(line: Line): boolean {
  return (line.kind === 'item' && line.marker === '-') || /^[ⅰ-ⅹ]\)/u.test(line.value.trim())
}

/**
 * The time of a table row and the cells after it: a cell holding the time alone, or a first
 * cell whose time ran together with what follows it (`14:05~14:35 30‘ ▪설명`, from a PDF).
 *
 * @param cells The row's cell values.
 */
function timedCells(cells: string[]): { time: string; rest: string[] } | null {
  const at = cells.findIndex(isTimeOnly)
  if (at >= 0) return { time: cells[at]!, rest: cells.slice(at + 1) }
  const joined = RAN_TOGETHER.exec(cells[0] ?? '')
  return joined ? { time: joined[1]!, rest: [cells[0]!.slice(joined[0].length), ...cells.slice(1)] } : null
}

function isTimeOnly(value: string): boolean {
  const m = TIME_RANGE.exec(value.trim())
  return !!m && m[0].trim() === value.trim() && (!!m[1] || !!m[4]) && /:/u.test(value)
}

function tableRows(table: Table, file: VFile): AgendaRow[] {
  const rows: AgendaRow[] = []
  let header = false
  /** Cells of the widest timed row so far. */
  let width = 0
  for (const row of table.children) {
    const cells = row.children
    const span = { start: row.position.start.offset!, end: row.position.end.offset! }
    if (cells.some((c) => SCHEDULE_HEADER.test(c.value.replace(/\s/gu, '')))) header = true
    const timed = timedCells(cells.map((c) => c.value))
    if (!timed) {
      // A row without a time continues the previous row's remarks.
      const prev = rows.at(-1)
      const extra = cells.map((c) => c.value).filter(Boolean)
      // Its first cell empty, or fewer cells than a full row (a wrapped title's tail, then the remark).
      if (prev && (cells[0]?.value === '' || (cells.length < width && !TIME_START.test(cells[0]!.value))) && extra.length > 0 && extra.length <= 2) {
        const note = fold(extra.at(-1)!.replace(ITEM_MARKER, ''))
        prev.note = prev.note ? `${prev.note}, ${note}` : note
        prev.span = { start: prev.span.start, end: span.end }
      }
      continue
    }
    width = Math.max(width, cells.length)
    const { time, rest } = timed
    let duration: string | null = null
    if (rest.length > 0 && (DURATION.test(rest[0]!) || rest[0] === '' || rest[0] === '-')) duration = rest.shift() ?? null
    // A duration written at the head of the title's cell: `3‘ ▪인사말씀`.
    const headed = duration === null && rest[0] ? LEADING_DURATION.exec(rest[0]) : null
    if (headed) {
      duration = headed[1]!
      rest[0] = rest[0]!.slice(headed[0].length)
    }
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
  const written = duration ? DURATION.exec(duration.trim().replace(/^\((.*)\)$/u, '$1')) : null
  const computed = start && end ? toMinutes(end) - toMinutes(start) : null
  if (written) {
    minutes = Number(written[1])
    if (computed !== null && computed !== minutes) {
      warn(file, 'duration-mismatch', `the row's duration ${minutes} minutes disagrees with ${start}~${end} (${computed} minutes); kept as written`, span)
    }
  } else if (!duration || duration.trim() !== '-') minutes = computed !== null && computed >= 0 ? computed : null
  const firstLine = title && joinedCell ? title.replace(ITEM_MARKER, '').split(SUB_LINE)[0]! : title
  const cleanTitle = firstLine ? fold(firstLine.replace(ITEM_MARKER, '').replace(/\*+$/u, '')) : null
  // A remarks cell listing items with dashes (`연구진(3명) - 갑 교수 - 을 교수`) is a list.
  const note = notes.flatMap((n) => n.replace(ITEM_MARKER, '').split(DASHED_ITEM)).map(fold).filter((n) => n !== '' && n !== '-').join(', ') || null
  return { start, end, durationMinutes: minutes, title: cleanTitle || null, note, span }
}

function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number)
  return h! * 60 + m!
}

/** A value without its white space (`시 간` → `시간`). */
function squeeze(value: string): string {
  return value.replace(/\s/gu, '')
}
