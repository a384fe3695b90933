/**
 * `bodo stream`: JSON Lines in (`{ "path": … }` or `{ "name": …, "text": … }`), JSON Lines
 * out (one record per input line, in order; a failure is `{ "input", "error" }`), so that
 * any engine can drive bodo as a pipe step.
 */
import { createInterface } from 'node:readline'
import { once } from 'node:events'
import { convertAll } from './pool.js'
import type { TaskInput } from './task.js'
import { toJsonLine } from '../write/jsonl.js'

/**
 * Run the stream mode over stdin and stdout.
 *
 * @param jobs Worker threads.
 * @returns Exit code: 0 all converted, 1 some line failed.
 */
export async function runStream(jobs: number): Promise<number> {
  let failed = 0
  let line = 0
  const bad = new Map<string, string>()
  const inputs = async function* (): AsyncGenerator<TaskInput> {
    for await (const raw of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      line++
      if (raw.trim() === '') continue
      let value: { path?: unknown; name?: unknown; text?: unknown }
      try {
        value = JSON.parse(raw) as typeof value
      } catch {
        value = {}
      }
      if (typeof value.path === 'string') yield { path: value.path, name: value.path }
      else if (typeof value.text === 'string') yield { name: typeof value.name === 'string' ? value.name : `line ${line}`, bytes: new TextEncoder().encode(value.text) }
      else {
        const name = `line ${line}`
        bad.set(name, 'expected {"path": …} or {"name": …, "text": …}')
        yield { name, bytes: new Uint8Array() }
      }
    }
  }
  for await (const { input, result } of convertAll(inputs(), { jobs })) {
    let text: string
    if (result.ok) text = toJsonLine(result.record)
    else {
      failed++
      const reason = bad.get(input.name) ?? result.error.reason
      text = `${JSON.stringify({ input: input.name, error: { code: bad.has(input.name) ? 'bad-line' : result.error.code, reason } })}\n`
    }
    if (!process.stdout.write(text)) await once(process.stdout, 'drain')
  }
  return failed > 0 ? 1 : 0
}
