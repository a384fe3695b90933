/**
 * Conversions in parallel on worker threads, results handed back in input order (so the
 * output does not depend on `--jobs`). One job runs in this thread.
 */
import { Worker } from 'node:worker_threads'
import { runTask, type TaskInput, type TaskResult } from './task.js'
import { readDictionaryFiles } from '../morph/index.js'

/** Options of a pool run. */
export interface PoolOptions {
  jobs: number
  /** Called when an input starts (for progress). */
  onStart?: (input: TaskInput) => void
  /** Stop handing out new inputs (an interrupt). */
  stopped?: () => boolean
}

/**
 * Convert inputs and yield their results in input order.
 *
 * @param inputs The inputs (any iterable, also an async one for streaming).
 * @param options Jobs and hooks.
 */
export async function* convertAll(inputs: Iterable<TaskInput> | AsyncIterable<TaskInput>, options: PoolOptions): AsyncGenerator<{ input: TaskInput; result: TaskResult }> {
  if (options.jobs <= 1) {
    for await (const input of inputs) {
      if (options.stopped?.()) return
      options.onStart?.(input)
      yield { input, result: await runTask(input) }
    }
    return
  }
  // Read the dictionary once, into shared memory that every worker views.
  const dictionary = readDictionaryFiles(undefined, true)
  const workers = Array.from({ length: options.jobs }, () => new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: { dictionary } }))
  const idle = [...workers]
  const pending = new Map<number, TaskInput>()
  const done = new Map<number, { input: TaskInput; result: TaskResult }>()
  const waiters: Array<() => void> = []
  const wake = () => {
    while (waiters.length > 0) waiters.shift()!()
  }
  const failures: unknown[] = []
  for (const worker of workers) {
    worker.on('message', (m: { id: number; result: TaskResult }) => {
      const input = pending.get(m.id)!
      pending.delete(m.id)
      done.set(m.id, { input, result: m.result })
      idle.push(worker)
      wake()
    })
    worker.on('error', (e) => {
      failures.push(e)
      wake()
    })
  }
  const iterator = (Symbol.asyncIterator in inputs ? inputs[Symbol.asyncIterator]() : (inputs as Iterable<TaskInput>)[Symbol.iterator]()) as
    | AsyncIterator<TaskInput>
    | Iterator<TaskInput>
  let nextId = 0
  let nextOut = 0
  let exhausted = false
  const window = options.jobs * 4
  try {
    for (;;) {
      if (failures.length > 0) throw failures[0]
      while (!exhausted && idle.length > 0 && nextId - nextOut < window && !options.stopped?.()) {
        const step = await iterator.next()
        if (step.done) {
          exhausted = true
          break
        }
        const id = nextId++
        const worker = idle.shift()!
        pending.set(id, step.value)
        options.onStart?.(step.value)
        worker.postMessage({ id, input: step.value })
      }
      if (done.has(nextOut)) {
        const item = done.get(nextOut)!
        done.delete(nextOut)
        nextOut++
        yield item
        continue
      }
      if ((exhausted || options.stopped?.()) && pending.size === 0) return
      await new Promise<void>((resolve) => waiters.push(resolve))
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()))
  }
}
