/**
 * A crawled record (JSON object) → release text: the title and body fields, found by their
 * usual names in Korean or English, become the text; the other scalar fields go to
 * `source.meta`. One release per file: an array is refused (stream mode takes many).
 */
import { BodoError } from '../errors.js'

/** What the JSON reader hands on. */
export interface JsonRead {
  text: string
  meta: Record<string, unknown>
  title: string | null
}

const TITLE_KEY = /^(?:제목|title|subject|headline|news_?title)$/iu
const BODY_KEY = /^(?:내용|본문|body|content|contents|text|article|data_?contents)$/iu
const PREVIEW_KEY = /미리\s*보기|preview/iu
const MAX_META_VALUE = 500

/**
 * Read a JSON record.
 *
 * @param text The decoded JSON.
 * @returns Text (title line, blank line, body), metadata, title.
 * @throws BodoError `unsupported-format` for arrays and records without a title or body.
 */
export function readJson(text: string): JsonRead {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new BodoError('damaged', `not valid JSON (${(error as Error).message})`)
  }
  if (Array.isArray(value)) throw new BodoError('unsupported-format', 'a JSON array holds many records; give them to `bodo stream` one per line')
  if (!value || typeof value !== 'object') throw new BodoError('unsupported-format', 'JSON that is not an object')
  const record = value as Record<string, unknown>
  const keys = Object.keys(record)
  const titleKey = keys.find((k) => TITLE_KEY.test(k.trim()) && typeof record[k] === 'string')
  const bodyKey = keys.find((k) => BODY_KEY.test(k.trim()) && typeof record[k] === 'string' && !PREVIEW_KEY.test(k))
  if (!titleKey && !bodyKey) throw new BodoError('unsupported-format', 'a JSON object with no title or body field (제목/title, 내용/body …)')
  const meta: Record<string, unknown> = {}
  for (const k of keys) {
    if (k === titleKey || k === bodyKey) continue
    const v = record[k]
    if (typeof v === 'string' && v.length <= MAX_META_VALUE) meta[k] = v
    else if (typeof v === 'number' || typeof v === 'boolean') meta[k] = v
    else if (Array.isArray(v)) {
      const names = v.flatMap((x) => (x && typeof x === 'object' ? Object.values(x).filter((y): y is string => typeof y === 'string' && /\.(?:hwpx?|pdf|docx?|xlsx?|zip|jpe?g|png)$/iu.test(y)) : []))
      if (names.length > 0) meta.files = names
    }
  }
  const title = titleKey ? (record[titleKey] as string).trim() : null
  const body = bodyKey ? (record[bodyKey] as string) : ''
  return { text: [title ?? '', '', body].join('\n'), meta, title }
}
