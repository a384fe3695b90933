/**
 * Conversions in parallel on worker threads, results handed back in input order (so the
 * output does not depend on `--jobs`). One job runs in this thread unless it is to be isolated.
 *
 * Each worker runs under a heap limit (`resourceLimits`) and a time budget per input: a
 * hostile input that exhausts the heap or runs past the budget ends only its own worker,
 * which is replaced; the input is reported failed (`out-of-memory`, `timeout`) and the run
 * goes on.
 */
import { Worker } from 'node:worker_threads'
import type { TaskInput, TaskResult } from './task.js'
import type { PressRelease } from '../schema/record.js'
import { threadCpuMs } from './thread-cpu.js'
import { readDictionaryFiles, type DictionaryFiles } from '../morph/index.js'
import { BodoError, firstLine, type ErrorCode } from '../errors.js'

/** What one worker may use for one input. */
export interface WorkerBudget {
  /** CPU milliseconds an input may take before its worker is ended (wall time where the system does not tell a thread's CPU time). */
  milliseconds: number
  /** Wall-clock milliseconds an input may take whatever the load. */
  wallMilliseconds: number
  /** Wall-clock milliseconds an input may go without using any CPU (waiting on nothing) before it counts as stuck. */
  stallMilliseconds: number
  /** The V8 old-generation heap limit of a worker, in MB. */
  heapMb: number
}

/** Options of a pool run. */
export interface PoolOptions {
  jobs: number
  /** Called when an input starts (for progress). */
  onStart?: (input: TaskInput) => void
  /** Stop handing out new inputs (an interrupt). */
  stopped?: () => boolean
  /** Budgets of each worker (default `DEFAULT_BUDGET`). */
  budget?: WorkerBudget
  /** Filled as the run goes: per worker, inputs done and the largest heap seen after one. */
  stats?: PoolStats
  /** Run even one job on a worker, under its budgets (else one job runs in this thread). */
  isolate?: boolean
  /**
   * The caller reads only each result's `json`: a worker does not send the record back as well
   * (cloning it costs both threads about as much as the JSON); `record`, if read, is parsed
   * from the JSON.
   */
  jsonOnly?: boolean
}

/** What the workers did. */
export interface PoolStats {
  workers: Array<{ tasks: number; heapMb: number }>
  /** Workers ended (a heap or time budget spent) and replaced. */
  replaced: number
}

const DEFAULT_BUDGET: WorkerBudget = { milliseconds: 10_000, wallMilliseconds: 120_000, stallMilliseconds: 15_000, heapMb: 256 }

/** A worker that fails this many times in a row before finishing any input is not replaced again. */
const MAX_START_FAILURES = 3
const WATCH_INTERVAL_MS = 250
/**
 * Young generation of a worker, in MB (beside the old generation's `heapMb`): 64,
 * semi-spaces of 16 MB as the main thread has by default. At 16 (4 MB semi-spaces) the 2,000
 * bulk releases took 985 scavenges and 37 mark-compacts on two workers, at 64 351 and 22:
 * about 12% less CPU for the run (workers and V8's helper threads); the 48 originals' PDFs
 * peak 64 MB higher for the process (601 against 538 MB), at the same CPU.
 */
const YOUNG_MB = 64

interface Slot {
  worker: Worker
  index: number
  task: { id: number; started: number; cpu: number | null; lastCpu: number | null; progressed: number } | null
  /** The worker thread's `/proc` stat file (null: the system has none; undefined: the worker is starting). */
  stat: string | null | undefined
  ended: boolean
}

/**
 * Convert inputs and yield their results in input order.
 *
 * @param inputs The inputs (any iterable, also an async one for streaming).
 * @param options Jobs and hooks.
 */
export async function* convertAll(inputs: Iterable<TaskInput> | AsyncIterable<TaskInput>, options: PoolOptions): AsyncGenerator<{ input: TaskInput; result: TaskResult }> {
  if (options.jobs <= 1 && !options.isolate) {
    // The pipeline is loaded here only when it runs here: workers load their own.
    const { runTask } = await import('./task.js')
    for await (const input of inputs) {
      if (options.stopped?.()) return
      options.onStart?.(input)
      const result = await runTask(input)
      record(options.stats, 0, result)
      yield { input, result }
    }
    return
  }
  const budget = options.budget ?? DEFAULT_BUDGET
  // Read the dictionary once, into shared memory that every worker views.
  const dictionary = readDictionaryFiles(undefined, true)
  const slots: Slot[] = []
  const idle: Slot[] = []
  const pending = new Map<number, TaskInput>()
  const done = new Map<number, { input: TaskInput; result: TaskResult }>()
  const waiters: Array<() => void> = []
  const wake = () => {
    while (waiters.length > 0) waiters.shift()!()
  }
  const failures: unknown[] = []
  let startFailures = 0
  /** Hand out inputs (set below, once the inputs are open). */
  let feed: () => Promise<void> = async () => {}
  if (options.stats) options.stats.workers = Array.from({ length: options.jobs }, () => ({ tasks: 0, heapMb: 0 }))

  const finish = (id: number, result: TaskResult) => {
    const input = pending.get(id)
    if (!input) return
    pending.delete(id)
    done.set(id, { input, result })
  }
  /** End a slot's worker; its input (if any) fails with `code`; a new worker takes its place. */
  const replace = (slot: Slot, code: ErrorCode, detail: string) => {
    if (slot.ended) return
    slot.ended = true
    const i = idle.indexOf(slot)
    if (i >= 0) idle.splice(i, 1)
    if (slot.task) {
      const ms = performance.now() - slot.task.started
      const cpu = slot.task.cpu === null ? null : threadCpuMs(slot.stat ?? null)
      const error = new BodoError(code, detail)
      finish(slot.task.id, { ok: false, name: pending.get(slot.task.id)?.name ?? '', error: { code, reason: error.message }, ms, ...(cpu === null ? {} : { cpuMs: cpu - slot.task.cpu! }) })
      startFailures = 0
    } else if (++startFailures >= MAX_START_FAILURES) failures.push(new Error(`a worker thread could not start: ${detail}`))
    void slot.worker.terminate()
    if (options.stats) options.stats.replaced++
    if (failures.length === 0) idle.push(spawn(slot.index))
    wake()
  }
  const spawn = (index: number): Slot => {
    const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), {
      workerData: { dictionary } satisfies { dictionary: DictionaryFiles },
      resourceLimits: { maxOldGenerationSizeMb: budget.heapMb, maxYoungGenerationSizeMb: YOUNG_MB }
    })
    const slot: Slot = { worker, index, task: null, stat: undefined, ended: false }
    slots[index] = slot
    worker.on('message', (m: { id: number; result: TaskResult } | { stat: string | null }) => {
      if (slot.ended) return
      if ('stat' in m) {
        // The worker has started: an input handed to it meanwhile is timed from now.
        slot.stat = m.stat
        if (slot.task) slot.task = start(slot.task.id, m.stat)
        return
      }
      if (m.result.ok && !('record' in m.result)) recordFromJson(m.result)
      record(options.stats, index, m.result)
      finish(m.id, m.result)
      slot.task = null
      startFailures = 0
      idle.push(slot)
      void feed()
    })
    worker.on('error', (e: Error & { code?: string }) => {
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') replace(slot, 'out-of-memory', `past the ${budget.heapMb} MB heap a conversion may use`)
      else replace(slot, 'internal', firstLine(e))
    })
    worker.on('exit', (exitCode) => replace(slot, 'internal', `the worker thread stopped (exit code ${exitCode})`))
    return slot
  }
  for (let i = 0; i < options.jobs; i++) idle.push(spawn(i))
  const watchdog = setInterval(() => {
    const now = performance.now()
    for (const slot of slots) {
      if (!slot.task) continue
      const task = slot.task
      const wall = now - task.started
      const cpu = task.cpu === null ? null : threadCpuMs(slot.stat ?? null)
      const spent = slot.stat === undefined ? 0 : cpu === null ? wall : cpu - task.cpu!
      if (cpu !== null && cpu !== task.lastCpu) {
        task.lastCpu = cpu
        task.progressed = now
      }
      if (spent > budget.milliseconds) replace(slot, 'timeout', `more than ${budget.milliseconds / 1000} s of ${cpu === null ? 'time' : 'CPU time'}`)
      else if (cpu !== null && now - task.progressed > budget.stallMilliseconds) replace(slot, 'timeout', `it waited ${budget.stallMilliseconds / 1000} s on nothing (stuck)`)
      else if (wall > budget.wallMilliseconds) replace(slot, 'timeout', `more than ${budget.wallMilliseconds / 1000} s`)
    }
  }, WATCH_INTERVAL_MS)

  const iterator = (Symbol.asyncIterator in inputs ? inputs[Symbol.asyncIterator]() : (inputs as Iterable<TaskInput>)[Symbol.iterator]()) as
    | AsyncIterator<TaskInput>
    | Iterator<TaskInput>
  let nextId = 0
  let nextOut = 0
  let exhausted = false
  let closed = false
  let feeding = false
  /** An input read from `inputs` that found no idle worker left (one ended meanwhile). */
  let held: TaskInput | null = null
  const window = options.jobs * 4
  /**
   * Hand inputs to idle workers (one reader of the inputs at a time). Called by the loop and
   * as soon as a worker is done: a worker does not wait while the caller writes an output.
   */
  feed = async () => {
    if (feeding) return
    feeding = true
    try {
      while (!closed && idle.length > 0 && nextId - nextOut < window && !options.stopped?.()) {
        if (held === null) {
          if (exhausted) break
          const step = await iterator.next()
          if (step.done) {
            exhausted = true
            break
          }
          held = step.value
          if (closed || idle.length === 0) break
        }
        const input: TaskInput = held
        held = null
        const id = nextId++
        const slot = idle.shift()!
        pending.set(id, input)
        options.onStart?.(input)
        slot.task = start(id, slot.stat ?? null)
        slot.worker.postMessage({ id, input, jsonOnly: options.jsonOnly === true })
      }
    } catch (error) {
      failures.push(error)
    } finally {
      feeding = false
      wake()
    }
  }
  try {
    for (;;) {
      if (failures.length > 0) throw failures[0]
      await feed()
      if (done.has(nextOut)) {
        const item = done.get(nextOut)!
        done.delete(nextOut)
        nextOut++
        yield item
        continue
      }
      if (((exhausted && held === null) || options.stopped?.()) && pending.size === 0) return
      await new Promise<void>((resolve) => waiters.push(resolve))
    }
  } finally {
    closed = true
    clearInterval(watchdog)
    for (const slot of slots) slot.ended = true
    await Promise.all(slots.map((s) => s.worker.terminate()))
  }
}

/** An input's clock, started now: wall time, and the worker thread's CPU time where known. */
function start(id: number, stat: string | null) {
  const cpu = threadCpuMs(stat)
  return { id, started: performance.now(), cpu, lastCpu: cpu, progressed: performance.now() }
}

/** A result sent without its record (`jsonOnly`): the record is read from the JSON when first asked for. */
function recordFromJson(result: Extract<TaskResult, { ok: true }>): void {
  let parsed: PressRelease | undefined
  Object.defineProperty(result, 'record', { enumerable: true, configurable: true, get: () => (parsed ??= JSON.parse(result.json) as PressRelease) })
}

/** Count an input done by a worker, and the heap it left. */
function record(stats: PoolStats | undefined, index: number, result: TaskResult): void {
  if (!stats) return
  const worker = (stats.workers[index] ??= { tasks: 0, heapMb: 0 })
  worker.tasks++
  worker.heapMb = Math.max(worker.heapMb, result.heapMb ?? 0)
}
