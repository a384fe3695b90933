/**
 * bytes → text → tree → extractors → record → validation: the whole path for one input.
 */
import { createHash } from 'node:crypto'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { read, readAsync, type ReadResult } from './read/index.js'
import { reanchor } from './read/source-map.js'
import { repair } from './repair/index.js'
import { bodoParse } from './parse/index.js'
import * as extractors from './extract/index.js'
import { draft, warn } from './extract/context.js'
import { pressRelease, SCHEMA_VERSION, type PressRelease } from './schema/record.js'
import { BodoError } from './errors.js'
import { PRODUCER } from './version.js'
import type { Root } from './parse/tree.js'

/** Options of `extract`. */
export interface ExtractOptions {
  /** File name to record in `source.file` and to report messages against. */
  fileName?: string
}

/** A message raised while reading a release. */
export interface ExtractMessage {
  ruleId: string
  reason: string
  line: number | null
  column: number | null
  fatal: boolean
}

/** What `extract` returns. */
export interface ExtractResult {
  record: PressRelease
  messages: ExtractMessage[]
}

/** The processor: parser plus every extractor. */
export function processor() {
  return unified()
    .use(bodoParse)
    .use(extractors.release)
    .use(extractors.meta)
    .use(extractors.contacts)
    .use(extractors.footnotes)
    .use(extractors.glossary)
    .use(extractors.attachments)
    .use(extractors.references)
    .use(extractors.quotes)
    .use(extractors.events)
    .use(extractors.mentions)
    .use(extractors.plans)
    .use(extractors.keywords)
    .use(extractors.entities)
}

/**
 * Extract the record of one press release, any format.
 *
 * @param input The release's bytes (or text).
 * @param options File name.
 * @returns The validated record and the warnings raised.
 * @throws BodoError when the input cannot be converted.
 */
export async function extract(input: Uint8Array | string, options: ExtractOptions = {}): Promise<ExtractResult> {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input
  return fromSource(bytes, await readAsync(bytes, options.fileName ?? ''), options)
}

/**
 * Extract the record of one press release synchronously (every format but PDF).
 *
 * @param input The release's bytes (or text).
 * @param options File name.
 * @returns The validated record and the warnings raised.
 * @throws BodoError when the input cannot be converted.
 */
export function extractSync(input: Uint8Array | string, options: ExtractOptions = {}): ExtractResult {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input
  return fromSource(bytes, read(bytes, options.fileName ?? ''), options)
}

function fromSource(bytes: Uint8Array, source: ReadResult, options: ExtractOptions): ExtractResult {
  const fileName = options.fileName ?? 'input'
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const text = repair(source.text)
  if (text.trim() === '') throw new BodoError('empty')
  const file = new VFile({ path: fileName, value: text })
  file.data.meta = source.meta
  file.data.wrapperTitle = source.wrapperTitle
  file.data.leadSubtitles = source.leadSubtitles
  for (const note of source.notes ?? []) warn(file, note.ruleId, note.reason, null)
  const proc = processor()
  const tree = proc.parse(file) as unknown as Root
  proc.runSync(tree as never, file)
  const d = draft(file)
  const record: PressRelease = {
    schemaVersion: SCHEMA_VERSION,
    id: sha256.slice(0, 16),
    producer: { ...PRODUCER },
    source: {
      file: fileName.split(/[\\/]/u).pop()!,
      format: source.format,
      sha256,
      encoding: source.encoding,
      meta: source.meta,
      ...(source.notes && source.notes.length > 0 ? { damaged: true as const } : {})
    },
    text: d.text,
    documentType: d.documentType,
    title: d.title,
    titleSpan: d.titleSpan,
    titleSource: d.titleSource,
    subtitles: d.subtitles,
    subtitleSpans: d.subtitleSpans,
    ministry: d.ministry,
    release: d.release,
    contacts: d.contacts,
    events: d.events,
    quotes: d.quotes,
    plans: d.plans,
    footnotes: d.footnotes,
    glossary: d.glossary,
    attachments: d.attachments,
    references: d.references,
    keywords: d.keywords,
    entities: d.entities,
    messages: d.messages,
    ...(source.places ? { sourceMap: reanchor(source.text, source.places, text) } : {})
  }
  const valid = pressRelease.safeParse(record)
  if (!valid.success) throw new BodoError('invalid-record', valid.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '))
  const messages: ExtractMessage[] = file.messages.map((m) => ({
    ruleId: m.ruleId ?? 'bodo',
    reason: m.reason,
    line: m.line ?? null,
    column: m.column ?? null,
    fatal: m.fatal === true
  }))
  return { record, messages }
}
