/**
 * Read stage: bytes → decoded text (and wrapper metadata), by content.
 */
import { decode } from './decode.js'
import { readMarkdown } from './markdown.js'
import { readHtml } from './html.js'
import { readHwpx } from './hwpx.js'
import type { SourcePlace } from './source-map.js'
import { readPdf } from './pdf.js'
import { readHwp } from './hwp.js'
import { readJson } from './json.js'
import { BodoError, asBodoError, type ReadNote } from '../errors.js'

export { decode } from './decode.js'
export { readMarkdown, htmlTableRows } from './markdown.js'
export { readHtml } from './html.js'

/** Input formats bodo knows. */
export type Format = 'text' | 'markdown' | 'html' | 'json' | 'hwpx' | 'hwp' | 'pdf'

/** What the read stage hands to the repairs. */
export interface ReadResult {
  format: Format
  encoding: string
  text: string
  meta: Record<string, unknown>
  wrapperTitle: string | null
  /** How many lines at the start of `text` are subtitles a wrapper stated. */
  leadSubtitles: number
  /** For binary formats: where each range of `text` came from in the source. */
  places?: SourcePlace[]
  /** What reading had to mend (a rule id and a reason with its place each): the input was damaged. */
  notes?: ReadNote[]
}

/** The size budget of one input. */
export const MAX_INPUT_BYTES = 100 * 1024 * 1024
/** The size budget of a text input (text, Markdown, HTML, JSON): a release is a few dozen KiB. */
const MAX_TEXT_BYTES = 8 * 1024 * 1024
/** The budget of the text read from any input: a release is a few hundred lines, some 10,000–50,000 characters. */
const MAX_TEXT_LINES = 50_000
const MAX_TEXT_CHARS = 2_000_000
const FORMAT_NAMES: Record<Format, string> = { text: 'the text', markdown: 'the Markdown', html: 'the HTML page', json: 'the JSON record', hwpx: 'the HWPX file', hwp: 'the HWP file', pdf: 'the PDF' }

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const PDF = [0x25, 0x50, 0x44, 0x46]
const FRONT_MATTER_START = /^\ufeff?---\r?\n/u
const MARKDOWN_SIGNS = /^(?:#{1,6}\s|##\s+본문)/mu
const HTML_START = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/iu
const JSON_START = /^\ufeff?\s*[{[]/u

/**
 * Tell the format of an input by its content (the file name only breaks a tie between text
 * and Markdown).
 *
 * @param bytes The input.
 * @param name Its file name, if any.
 * @returns The format.
 */
export function detectFormat(bytes: Uint8Array, name = ''): Format {
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b)
  if (starts(ZIP)) return 'hwpx'
  if (starts(OLE)) return 'hwp'
  if (starts(PDF)) return 'pdf'
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096))
  if (HTML_START.test(head)) return 'html'
  if (JSON_START.test(head) && /\.json$/iu.test(name)) return 'json'
  if (JSON_START.test(head) && /^\ufeff?\s*\{\s*"/u.test(head)) return 'json'
  if (FRONT_MATTER_START.test(head) || /\.(md|markdown)$/iu.test(name) || MARKDOWN_SIGNS.test(head)) return 'markdown'
  return 'text'
}

/**
 * Read an input into text, any format (PDF is read asynchronously).
 *
 * @param bytes The input.
 * @param name Its file name, if any.
 * @returns Text, format, encoding and wrapper metadata.
 */
export async function readAsync(bytes: Uint8Array, name = ''): Promise<ReadResult> {
  if (bytes.length > MAX_INPUT_BYTES) throw new BodoError('too-large', `${(bytes.length / 1048576).toFixed(0)} MiB; the budget is ${MAX_INPUT_BYTES / 1048576} MiB`)
  if (bytes.length > 0 && detectFormat(bytes, name) === 'pdf') {
    try {
      const doc = await readPdf(bytes)
      return withinBudget({ format: 'pdf', encoding: 'utf-8', text: doc.text, meta: doc.meta, wrapperTitle: null, leadSubtitles: 0, places: doc.places, notes: doc.notes })
    } catch (error) {
      throw asBodoError(error, FORMAT_NAMES.pdf)
    }
  }
  return read(bytes, name)
}

/**
 * Read an input into text (every format but PDF, which needs `readAsync`).
 *
 * @param bytes The input.
 * @param name Its file name, if any.
 * @returns Text, format, encoding and wrapper metadata.
 * @throws BodoError for empty, binary, undecodable or not-yet-supported input.
 */
export function read(bytes: Uint8Array, name = ''): ReadResult {
  if (bytes.length === 0) throw new BodoError('empty')
  if (bytes.length > MAX_INPUT_BYTES) throw new BodoError('too-large', `${(bytes.length / 1048576).toFixed(0)} MiB; the budget is ${MAX_INPUT_BYTES / 1048576} MiB`)
  const format = detectFormat(bytes, name)
  try {
    return withinBudget(readFormat(bytes, format))
  } catch (error) {
    throw asBodoError(error, FORMAT_NAMES[format])
  }
}

/** The text read, if it is within the budget of one release. */
function withinBudget(result: ReadResult): ReadResult {
  const { text } = result
  if (text.length > MAX_TEXT_CHARS) throw new BodoError('too-large', `${FORMAT_NAMES[result.format]} holds ${text.length.toLocaleString('en')} characters of text; the budget is ${MAX_TEXT_CHARS.toLocaleString('en')}`)
  let lines = 1
  for (let i = text.indexOf('\n'); i >= 0 && lines <= MAX_TEXT_LINES; i = text.indexOf('\n', i + 1)) lines++
  if (lines > MAX_TEXT_LINES) throw new BodoError('too-large', `${FORMAT_NAMES[result.format]} holds more than ${MAX_TEXT_LINES.toLocaleString('en')} lines of text; the budget is ${MAX_TEXT_LINES.toLocaleString('en')}`)
  return result
}

function readFormat(bytes: Uint8Array, format: Format): ReadResult {
  if (format === 'hwpx') {
    const doc = readHwpx(bytes)
    return { format, encoding: 'utf-8', text: doc.text, meta: doc.meta, wrapperTitle: null, leadSubtitles: 0, places: doc.places, notes: doc.notes }
  }
  if (format === 'hwp') {
    const doc = readHwp(bytes)
    return { format, encoding: 'utf-16le', text: doc.text, meta: doc.meta, wrapperTitle: null, leadSubtitles: 0, places: doc.places, notes: doc.notes }
  }
  if (format === 'pdf') throw new BodoError('unsupported-format', 'pdf needs the asynchronous reader (extract, not extractSync)')
  if (bytes.length > MAX_TEXT_BYTES) throw new BodoError('too-large', `${(bytes.length / 1048576).toFixed(1)} MiB of ${FORMAT_NAMES[format].replace(/^the /u, '')}; the budget is ${MAX_TEXT_BYTES / 1048576} MiB`)
  const { text, encoding, notes } = decode(bytes)
  if (format === 'json') {
    const record = readJson(text)
    return { format, encoding, text: record.text, meta: record.meta, wrapperTitle: record.title, leadSubtitles: 0, notes }
  }
  if (format === 'html') {
    const page = readHtml(text)
    return { format, encoding, text: page.text, meta: page.meta, wrapperTitle: page.title, leadSubtitles: 0, notes }
  }
  if (format === 'markdown') {
    const md = readMarkdown(text)
    const wrapperTitle = md.heading ?? (typeof md.meta.title === 'string' ? md.meta.title : null)
    return { format, encoding, text: md.text, meta: md.meta, wrapperTitle, leadSubtitles: md.subtitles, notes }
  }
  return { format, encoding, text, meta: {}, wrapperTitle: null, leadSubtitles: 0, notes }
}
