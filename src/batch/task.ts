/**
 * One conversion, as the pool hands it to a worker (or runs it in-process) and gets it back.
 */
import { readFileSync, statSync } from 'node:fs'
import { getHeapStatistics } from 'node:v8'
import { extract } from '../pipeline.js'
import { BodoError, errors, firstLine } from '../errors.js'
import { MAX_INPUT_BYTES } from '../read/index.js'
import { toJson } from '../write/json.js'
import type { PressRelease } from '../schema/record.js'
import type { ExtractMessage } from '../pipeline.js'
import { threadCpuMs, threadStatPath } from './thread-cpu.js'

export { threadCpuMs, threadStatPath } from './thread-cpu.js'

/** An input: a file, or named bytes (stdin, a stream line). */
export type TaskInput = { path: string; name: string } | { name: string; bytes: Uint8Array }

/** What a conversion gives back. */
export type TaskResult = (
  | { ok: true; name: string; json: string; record: PressRelease; messages: ExtractMessage[]; ms: number }
  | { ok: false; name: string; error: { code: string; reason: string }; ms: number }
) & {
  /** The thread's V8 heap and external memory after the conversion, in MB. */
  heapMb?: number
  /** CPU time the conversion took on its thread, where the system tells it (Linux). */
  cpuMs?: number
}

/**
 * Convert one input; errors become results with a code and a reason (never a stack trace),
 * never throws.
 */
export async function runTask(input: TaskInput): Promise<TaskResult> {
  const stat = threadStatPath()
  const cpu = threadCpuMs(stat)
  const result = await convert(input)
  const heap = getHeapStatistics()
  const cpuAfter = threadCpuMs(stat)
  return { ...result, heapMb: Math.round((heap.total_heap_size + heap.external_memory) / 1048576), ...(cpu !== null && cpuAfter !== null ? { cpuMs: cpuAfter - cpu } : {}) }
}

async function convert(input: TaskInput): Promise<TaskResult> {
  const started = performance.now()
  try {
    let bytes: Uint8Array
    if ('path' in input) {
      // Read synchronously: the conversion that follows holds the thread anyway, and each
      // asynchronous call would be a round trip through libuv's thread pool.
      const size = statSync(input.path).size
      if (size > MAX_INPUT_BYTES) throw new BodoError('too-large', `${(size / 1048576).toFixed(0)} MiB; the budget is ${MAX_INPUT_BYTES / 1048576} MiB`)
      bytes = readFileSync(input.path)
    } else bytes = input.bytes
    const { record, messages } = await extract(bytes, { fileName: input.name })
    return { ok: true, name: input.name, json: toJson(record), record, messages, ms: performance.now() - started }
  } catch (error) {
    const ms = performance.now() - started
    if (error instanceof BodoError) return { ok: false, name: input.name, error: { code: error.code, reason: error.message }, ms }
    const e = error as NodeJS.ErrnoException
    if (e.code && e.syscall) return { ok: false, name: input.name, error: { code: 'io', reason: `${e.syscall} failed (${e.code})` }, ms }
    return { ok: false, name: input.name, error: { code: 'internal', reason: `${errors.internal}: ${firstLine(error)}` }, ms }
  }
}
