/**
 * One conversion, as the pool hands it to a worker (or runs it in-process) and gets it back.
 */
import { readFile, stat } from 'node:fs/promises'
import { extract } from '../pipeline.js'
import { BodoError } from '../errors.js'
import { MAX_INPUT_BYTES } from '../read/index.js'
import { toJson } from '../write/json.js'
import type { PressRelease } from '../schema/record.js'
import type { ExtractMessage } from '../pipeline.js'

/** An input: a file, or named bytes (stdin, a stream line). */
export type TaskInput = { path: string; name: string } | { name: string; bytes: Uint8Array }

/** What a conversion gives back. */
export type TaskResult =
  | { ok: true; name: string; json: string; record: PressRelease; messages: ExtractMessage[]; ms: number }
  | { ok: false; name: string; error: { code: string; reason: string }; ms: number }

/**
 * Convert one input; errors become results, never throws.
 */
export async function runTask(input: TaskInput): Promise<TaskResult> {
  const started = performance.now()
  try {
    let bytes: Uint8Array
    if ('path' in input) {
      const size = (await stat(input.path)).size
      if (size > MAX_INPUT_BYTES) throw new BodoError('too-large', `${(size / 1048576).toFixed(0)} MiB; the budget is ${MAX_INPUT_BYTES / 1048576} MiB`)
      bytes = await readFile(input.path)
    } else bytes = input.bytes
    const { record, messages } = await extract(bytes, { fileName: input.name })
    return { ok: true, name: input.name, json: toJson(record), record, messages, ms: performance.now() - started }
  } catch (error) {
    const ms = performance.now() - started
    if (error instanceof BodoError) return { ok: false, name: input.name, error: { code: error.code, reason: error.message }, ms }
    const e = error as NodeJS.ErrnoException
    if (e.code && e.syscall) return { ok: false, name: input.name, error: { code: 'io', reason: `${e.syscall} failed (${e.code})` }, ms }
    return { ok: false, name: input.name, error: { code: 'internal', reason: `internal error: ${e.stack ?? String(error)}` }, ms }
  }
}
