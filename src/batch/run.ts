/**
 * `bodo extract`: a batch run. Inputs are converted on worker threads and written in input
 * order: JSON (one file per release, atomically; up-to-date outputs are skipped unless
 * `--force`), JSONL (one line per release, to a file or stdout), CSV (one table per field
 * group), a DuckDB database (appended to) or Parquet files (DuckDB is loaded only for these
 * two). A run report, a progress bar, and the exit code: 0 all converted, 1 some failed.
 */
import { mkdir, open, readFile, readdir, rename, rm } from 'node:fs/promises'
import { basename, dirname, join, relative, resolve } from 'node:path'
import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { createHash, randomBytes } from 'node:crypto'
import { convertAll, type PoolStats } from './pool.js'
import { upToDate } from './resume.js'
import { progress as makeProgress } from './progress.js'
import { expandInputs, outputName, type RunInput } from './inputs.js'
import type { TaskInput, TaskResult } from './task.js'
import { writeAtomic } from '../write/atomic.js'
import { detectFormat } from '../read/index.js'
import { toJsonLine } from '../write/jsonl.js'
import { CSV_TABLES, csvRows, csvText, type CsvTable } from '../write/csv.js'
import { PRODUCER } from '../version.js'
import type { TableSink } from '../write/duckdb.js'

/** Options of a batch run. */
export interface RunOptions {
  inputs: string[]
  out: string | null
  format: 'json' | 'jsonl' | 'csv' | 'duckdb' | 'parquet'
  /** Parquet: `year` for Hive-style year folders. */
  partition?: 'year' | null
  jobs: number
  force: boolean
  report: string | null
  progress: boolean | null
  quiet: boolean
}

/** One input's line in the run report. */
export interface ReportEntry {
  input: string
  status: 'converted' | 'skipped' | 'failed'
  output: string | null
  ms: number
  /** CPU time of the conversion on its thread, where the system tells it. */
  cpuMs?: number
  messages: Array<{ ruleId: string; reason: string; line: number | null; column: number | null }>
  error: { code: string; reason: string } | null
}

export const EXIT = { ok: 0, failed: 1, usage: 2, interrupted: 130 } as const
const TEMP_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/u

/**
 * Run a batch conversion.
 *
 * @returns The exit code.
 */
export async function runBatch(options: RunOptions): Promise<number> {
  let inputs: RunInput[]
  try {
    inputs = await expandInputs(options.inputs.length > 0 ? options.inputs : ['samples'])
  } catch (error) {
    process.stderr.write(`bodo: ${(error as Error).message}\n`)
    return EXIT.usage
  }
  const toStdout = options.format === 'jsonl' && (options.out === null || options.out === '-')
  const out = options.out ?? (options.format === 'duckdb' ? join('output', 'releases.duckdb') : 'output')
  const shown = (path: string) => relative(process.cwd(), resolve(path)) || path
  const nameOf = (input: RunInput) => (input.kind === 'stdin' ? 'stdin' : shown(input.path))

  if (options.format === 'json') {
    const byName = new Map<string, string>()
    for (const input of inputs) {
      const name = input.kind === 'stdin' ? 'stdin' : outputName(input.path)
      const other = byName.get(name)
      if (other) {
        process.stderr.write(`bodo: ${other} and ${nameOf(input)} would both write ${name}.json; rename one or convert them in separate runs\n`)
        return EXIT.usage
      }
      byName.set(name, nameOf(input))
    }
    await removeStaleTemps(out)
  }

  let sink: TableSink | null
  try {
    sink = await openSink(options, out)
  } catch (error) {
    process.stderr.write(`bodo: cannot open ${out}: ${(error as Error).message}\n`)
    return EXIT.failed
  }
  const report: ReportEntry[] = []
  const todo: RunInput[] = []
  for (const input of inputs) {
    if (sink?.holds && !options.force && input.kind === 'file') {
      const sha256 = await hashFile(input.path)
      if (sha256 && sink.holds(sha256, PRODUCER.version)) {
        report.push({ input: nameOf(input), status: 'skipped', output: out, ms: 0, messages: [], error: null })
        continue
      }
    }
    if (options.format === 'json' && !options.force && input.kind === 'file') {
      const target = join(out, `${outputName(input.path)}.json`)
      if (await upToDate(input.path, target, PRODUCER.version)) {
        report.push({ input: nameOf(input), status: 'skipped', output: target, ms: 0, messages: [], error: null })
        continue
      }
    }
    todo.push(input)
  }

  let interrupted = false
  const stop = () => {
    interrupted = true
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  const bar = makeProgress(!options.quiet && (options.progress ?? process.stderr.isTTY === true) && !toStdout)
  bar.start(todo.length)
  const started = Date.now()
  const tables = Object.fromEntries(Object.keys(CSV_TABLES).map((t) => [t, [] as Array<Record<string, unknown>>])) as Record<CsvTable, Array<Record<string, unknown>>>
  const jsonl = options.format === 'jsonl' && !toStdout ? await openAtomic(out) : null
  let converted = 0
  let failed = 0
  let writeError: string | null = null
  const stats: PoolStats = { workers: [], replaced: 0 }

  const taskInputs = async function* (): AsyncGenerator<TaskInput> {
    for (const input of todo) {
      if (input.kind === 'stdin') {
        const chunks: Buffer[] = []
        for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
        yield { name: 'stdin', bytes: new Uint8Array(Buffer.concat(chunks)) }
      } else yield { path: input.path, name: nameOf(input) }
    }
  }

  try {
    // No more workers than inputs: one input runs in this thread, without starting any; but a
    // lone PDF, HWP or HWPX still runs on a worker, under the heap and time budgets it would
    // have in a batch (it fails the same way), unless `--jobs 1`: starting one costs ~1 s.
    const jobs = Math.max(1, Math.min(options.jobs, todo.length))
    const isolate = options.jobs > 1 && todo.length === 1 && (await isBinary(todo[0]!))
    for await (const { input, result } of convertAll(taskInputs(), { jobs, isolate, stats, jsonOnly: options.format === 'json' && !sink, stopped: () => interrupted || writeError !== null })) {
      const entry: ReportEntry = { input: input.name, status: result.ok ? 'converted' : 'failed', output: null, ms: Math.round(result.ms), ...(result.cpuMs === undefined ? {} : { cpuMs: Math.round(result.cpuMs) }), messages: [], error: null }
      if (result.ok) {
        entry.messages = result.messages.map((m) => ({ ruleId: m.ruleId, reason: m.reason, line: m.line, column: m.column }))
        if (!options.quiet) for (const m of result.messages) process.stderr.write(`${input.name}:${m.line ?? 1}:${m.column ?? 1}: warning: ${m.reason} [${m.ruleId}]\n`)
        try {
          if (sink) {
            entry.output = out
            if ((await sink.add(result.record)) === 'skipped') entry.status = 'skipped'
            else converted++
          } else {
            entry.output = await writeResult(result, input, options.format, out, toStdout, jsonl, tables)
            converted++
          }
        } catch (error) {
          const e = error as NodeJS.ErrnoException
          writeError = `cannot write ${e.path ?? out}: ${e.code ?? e.message}`
          entry.status = 'failed'
          entry.error = { code: 'write', reason: writeError }
          failed++
        }
      } else {
        entry.error = result.error
        failed++
        process.stderr.write(`${input.name}:1:1: error: ${result.error.reason} [${result.error.code}]\n`)
      }
      report.push(entry)
      bar.tick(input.name)
    }
  } finally {
    bar.stop()
  }
  // An interrupt while the output is closed and the report written (a database's checkpoint
  // takes seconds) is taken by `stop` and changes nothing: the run has converted what it
  // converts; a second one ends the process as usual.
  try {
    return await finish(interrupted)
  } finally {
    process.removeListener('SIGINT', stop)
    process.removeListener('SIGTERM', stop)
  }

  async function finish(interrupted: boolean): Promise<number> {
    if (writeError || (interrupted && options.format !== 'duckdb')) {
      await jsonl?.discard()
      await sink?.abort()
      if (writeError) process.stderr.write(`bodo: ${writeError}; the run stopped, no partial file was left\n`)
    } else {
      try {
        await jsonl?.commit()
        // Interrupted, a database keeps the releases converted so far: each is whole.
        await sink?.close()
        if (options.format === 'csv') for (const table of Object.keys(CSV_TABLES) as CsvTable[]) await writeAtomic(join(out, `${table}.csv`), csvText(table, tables[table] as never))
      } catch (error) {
        const e = error as NodeJS.ErrnoException
        process.stderr.write(`bodo: cannot write ${e.path ?? out}: ${e.code ?? e.message}\n`)
        return EXIT.failed
      }
    }
    const skipped = report.filter((r) => r.status === 'skipped').length
    const seconds = (Date.now() - started) / 1000
    if (options.report) {
      const order = new Map(inputs.map((input, i) => [nameOf(input), i]))
      report.sort((a, b) => (order.get(a.input) ?? 0) - (order.get(b.input) ?? 0))
      // Memory: the process's peak resident set (every thread), and per worker the heap after its largest input.
      const memory = { peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), workers: stats.workers, workersReplaced: stats.replaced }
      await writeAtomic(options.report, `${JSON.stringify({ producer: PRODUCER, format: options.format, converted, skipped, failed, seconds, memory, inputs: report }, null, 2)}\n`)
    }
    const where = toStdout ? 'stdout' : `${out}${options.format === 'jsonl' || options.format === 'duckdb' ? '' : '/'}`
    process.stderr.write(
      `bodo: ${converted} converted, ${skipped} skipped, ${failed} failed in ${seconds.toFixed(1)} s (${(converted / Math.max(seconds, 0.001)).toFixed(0)} releases/s) → ${where}${interrupted ? ' (interrupted)' : ''}\n`
    )
    if (interrupted) return EXIT.interrupted
    return failed > 0 || writeError ? EXIT.failed : EXIT.ok
  }
}

async function writeResult(
  result: Extract<TaskResult, { ok: true }>,
  input: TaskInput,
  format: RunOptions['format'],
  out: string,
  toStdout: boolean,
  jsonl: AtomicStream | null,
  tables: Record<CsvTable, Array<Record<string, unknown>>>
): Promise<string | null> {
  if (format === 'json') {
    const target = join(out, `${'path' in input ? outputName(input.path) : outputName(input.name)}.json`)
    await writeAtomic(target, result.json)
    return target
  }
  if (format === 'jsonl') {
    const line = toJsonLine(result.record)
    if (toStdout) {
      if (!process.stdout.write(line)) await once(process.stdout, 'drain')
      return '-'
    }
    await jsonl!.write(line)
    return out
  }
  const rows = csvRows(result.record)
  for (const table of Object.keys(rows) as CsvTable[]) tables[table].push(...rows[table])
  return out
}

/** The database or Parquet sink of a run, DuckDB loaded only then. */
async function openSink(options: RunOptions, out: string): Promise<TableSink | null> {
  if (options.format === 'duckdb') {
    await mkdir(dirname(resolve(out)), { recursive: true })
    return (await import('../write/duckdb.js')).openDatabase(out, { force: options.force })
  }
  if (options.format === 'parquet') return (await import('../write/parquet.js')).openParquet(out, options.partition ?? null)
  return null
}

/** The SHA-256 of a file's bytes, null when it cannot be read (its conversion reports why). */
async function hashFile(path: string): Promise<string | null> {
  try {
    return createHash('sha256').update(await readFile(path)).digest('hex')
  } catch {
    return null
  }
}

/** A file written through a temporary name and renamed into place when complete. */
interface AtomicStream {
  write(text: string): Promise<void>
  commit(): Promise<void>
  discard(): Promise<void>
}

async function openAtomic(path: string): Promise<AtomicStream> {
  await mkdir(dirname(path), { recursive: true })
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  const stream = createWriteStream(temp)
  let failure: Error | null = null
  stream.on('error', (e) => {
    failure = e
  })
  return {
    async write(text) {
      if (failure) throw failure
      if (!stream.write(text)) await once(stream, 'drain')
    },
    async commit() {
      await new Promise<void>((res, rej) => stream.end((e?: Error | null) => (e ? rej(e) : res())))
      if (failure) throw failure
      await rename(temp, path)
    },
    async discard() {
      stream.destroy()
      await rm(temp, { force: true })
    }
  }
}

/** Temporary files a killed run left behind (whole outputs are renamed into place, never these). */
async function removeStaleTemps(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[])
  await Promise.all(names.filter((n) => TEMP_FILE.test(n)).map((n) => rm(join(dir, n), { force: true })))
}

/** Bytes of a file's head that tell its format by its signature. */
const SIGNATURE_BYTES = 8
const BINARY_FORMATS = new Set(['pdf', 'hwp', 'hwpx'])

/** Whether an input is a file in a binary format (PDF, HWP, HWPX: read by large parsers). */
async function isBinary(input: RunInput): Promise<boolean> {
  if (input.kind !== 'file') return false
  try {
    const file = await open(input.path)
    try {
      const head = new Uint8Array(SIGNATURE_BYTES)
      const { bytesRead } = await file.read(head, 0, SIGNATURE_BYTES, 0)
      return BINARY_FORMATS.has(detectFormat(head.subarray(0, bytesRead)))
    } finally {
      await file.close()
    }
  } catch {
    return false
  }
}
