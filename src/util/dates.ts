/**
 * Korean date and time conventions of press releases: `'25.5.23.(금) 15:00~17:00`,
 * `2024. 6. 24.(월)`, `5월 23일(금) 오후 3시`, `'24~'28`.
 */

/** A calendar date found in text, with where it was found (offsets into the input). */
export interface DateMatch {
  year: number | null
  month: number
  day: number
  weekday: string | null
  index: number
  end: number
}

/** A time of day found in text. */
export interface TimeMatch {
  hour: number
  minute: number
  index: number
  end: number
}

const WEEKDAYS = '일월화수목금토'
/** Weekdays written in hanja (`(水)`), read as their Korean names. */
const HANJA_WEEKDAY: Record<string, string> = { 月: '월', 火: '화', 水: '수', 木: '목', 金: '금', 土: '토', 日: '일' }
const WEEKDAY = String.raw`(?:\s*\(\s*([월화수목금토일月火水木金土日])(?:요일)?\s*\))?`
/** The end of a dotted date: a closing dot, or `일` right after it (`8.20일(수)`), not a count of days (`2.5일간`, `주 4.5일제`). */
const DOT_END = String.raw`(?!\d)(?:일(?![간째차분제])|\.)?`
const FULL_DOT_DATE = new RegExp(String.raw`(?<![\d.])(\d{4})\s*\.\s*(\d{1,2})\s*\.\s*(\d{1,2})` + DOT_END + WEEKDAY, 'gu')
const SHORT_DOT_DATE = new RegExp('[’‘\'`´]' + String.raw`(\d{2})\s*\.\s*(\d{1,2})\s*\.\s*(\d{1,2})` + DOT_END + WEEKDAY, 'gu')
const KOREAN_DATE = new RegExp(String.raw`(?:(\d{4})년\s*)?(\d{1,2})월\s*(\d{1,2})일` + WEEKDAY, 'gu')
/** The first day of a period written with one month and `일` at its end: `2월 24~28일` (read as 2월 24, the rest left to the caller). */
const KOREAN_DATE_RANGE = new RegExp(String.raw`(?:(\d{4})년\s*)?(\d{1,2})월\s*(\d{1,2})(?!\d)` + WEEKDAY + String.raw`(?=\s*[~∼〜～-]\s*\d{1,2}일)`, 'gu')
/** `5.23.(금)`, `5.23(금)`: a month and day with its weekday. */
const MONTH_DAY_DOT = new RegExp(String.raw`(?<![\d.’‘'])(\d{1,2})\s*\.\s*(\d{1,2})(?!\d)(?:\s*\.)?(?=\s*\(\s*[월화수목금토일月火水木金土日]\s*\))` + WEEKDAY, 'gu')
/** `8.20일(수)`, `6.18일`: a month and day with `일` after a dot (not `2.5일간`). */
const MONTH_DAY_DOT_IL = new RegExp(String.raw`(?<![\d.’‘'])(\d{1,2})\s*\.\s*(\d{1,2})일(?![간째차분제])` + WEEKDAY, 'gu')
const CLOCK_TIME = /(?<![\d.])([01]?\d|2[0-4])\s*:\s*([0-5]\d)(?!\d)/gu
/** `오후 3시`, `10시 30분`, not a duration (`2시간`). */
const KOREAN_TIME = /(오전|오후|낮|밤|저녁|새벽)?\s*(\d{1,2})시(?!간)(?:\s*(\d{1,2})분|\s*(반))?/gu
const AFTERNOON_BEFORE = /(?:오후|저녁|밤)\s*$/u
const YEAR_RANGE = /[’‘'`](\d{2})\s*[~∼〜～-]\s*(?:[’‘'`](\d{2}))?/u
const FULL_YEAR = /(?<!\d)(20\d{2}|19\d{2})(?:년)?(?!\d)/u

/**
 * Expand a two-digit year (`'25`) to 20YY.
 *
 * @param y Year as written.
 * @returns Four-digit year.
 */
export function fullYear(y: number): number {
  return y < 100 ? 2000 + y : y
}

/**
 * Find the dates in a text, in order of appearance.
 *
 * @param text Text to search.
 * @returns The dates, each with its place; a date without a year has `year: null`.
 */
export function findDates(text: string): DateMatch[] {
  const found: DateMatch[] = []
  const taken: Array<[number, number]> = []
  const add = (m: RegExpExecArray, year: number | null, month: number, day: number, weekday: string | undefined) => {
    const index = m.index
    const end = index + m[0].length
    if (taken.some(([a, b]) => index < b && end > a)) return
    if (month < 1 || month > 12 || day < 1 || day > 31) return
    taken.push([index, end])
    found.push({ year, month, day, weekday: weekday ? (HANJA_WEEKDAY[weekday] ?? weekday) : null, index, end })
  }
  for (const m of text.matchAll(FULL_DOT_DATE)) add(m, Number(m[1]), Number(m[2]), Number(m[3]), m[4])
  for (const m of text.matchAll(SHORT_DOT_DATE)) add(m, fullYear(Number(m[1])), Number(m[2]), Number(m[3]), m[4])
  for (const m of text.matchAll(KOREAN_DATE)) add(m, m[1] ? Number(m[1]) : null, Number(m[2]), Number(m[3]), m[4])
  for (const m of text.matchAll(KOREAN_DATE_RANGE)) add(m, m[1] ? Number(m[1]) : null, Number(m[2]), Number(m[3]), m[4])
  for (const m of text.matchAll(MONTH_DAY_DOT)) add(m, null, Number(m[1]), Number(m[2]), m[3])
  for (const m of text.matchAll(MONTH_DAY_DOT_IL)) add(m, null, Number(m[1]), Number(m[2]), m[3])
  return found.sort((a, b) => a.index - b.index)
}

/**
 * Find the times of day in a text (`15:00`, `오후 3시`, `10시 30분`), in order.
 *
 * @param text Text to search.
 * @returns The times with their places.
 */
export function findTimes(text: string): TimeMatch[] {
  const found: TimeMatch[] = []
  for (const m of text.matchAll(CLOCK_TIME)) {
    let hour = Number(m[1])
    if (hour < 12 && AFTERNOON_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) hour += 12
    found.push({ hour, minute: Number(m[2]), index: m.index, end: m.index + m[0].length })
  }
  for (const m of text.matchAll(KOREAN_TIME)) {
    let hour = Number(m[2])
    if (hour > 24) continue
    const minute = m[4] ? 30 : m[3] ? Number(m[3]) : 0
    const half = m[1]
    if ((half === '오후' || half === '저녁' || half === '밤') && hour < 12) hour += 12
    if (!half && hour >= 1 && hour <= 6) hour += 12 // office hours: 3시 is 15:00
    if (found.some((t) => m.index < t.end && m.index + m[0].length > t.index)) continue
    found.push({ hour, minute, index: m.index, end: m.index + m[0].length })
  }
  return found.sort((a, b) => a.index - b.index)
}

/**
 * Weekday name (월 … 일) of a calendar date.
 *
 * @returns The one-character Korean weekday.
 */
export function weekdayOf(year: number, month: number, day: number): string {
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!
}

/**
 * Give a date without a year the year of the document's context; where a weekday is
 * written, prefer the neighbouring year whose calendar agrees with it.
 *
 * @param d The date found.
 * @param contextYear Year of the release (or of its other full dates), or null.
 * @returns The year, or null where none can be told.
 */
export function resolveYear(d: DateMatch, contextYear: number | null): number | null {
  if (d.year !== null) return d.year
  if (contextYear === null) return null
  if (!d.weekday) return contextYear
  for (const y of [contextYear, contextYear + 1, contextYear - 1]) {
    if (weekdayOf(y, d.month, d.day) === d.weekday) return y
  }
  return contextYear
}

/**
 * Format a date (and a time) the contract's way.
 *
 * @returns `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:00+09:00`.
 */
export function isoDate(year: number, month: number, day: number, time?: { hour: number; minute: number } | null): string {
  const date = `${year}-${pad(month)}-${pad(day)}`
  return time ? `${date}T${pad(time.hour)}:${pad(time.minute)}:00+09:00` : date
}

/**
 * Read a period of years written `'24~'28`, `('25~)` or `2024~2028`.
 *
 * @returns `{ start, end }` or null.
 */
export function findYearRange(text: string): { start: number; end: number | null } | null {
  const m = YEAR_RANGE.exec(text)
  if (m) return { start: fullYear(Number(m[1])), end: m[2] ? fullYear(Number(m[2])) : null }
  const full = /(?<!\d)(20\d{2})\s*[~∼-]\s*(20\d{2})?(?!\d)/u.exec(text)
  if (full) return { start: Number(full[1]), end: full[2] ? Number(full[2]) : null }
  return null
}

/**
 * First four-digit year written in a text (`2028년까지`).
 */
export function findYear(text: string): number | null {
  const m = FULL_YEAR.exec(text)
  return m ? Number(m[1]) : null
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}
