#!/usr/bin/env node
/**
 * The `bodo` command line: `extract`, `stream`, `tokenize`, `schemas`.
 */
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { availableParallelism } from 'node:os'
import { writeAtomic } from '../write/atomic.js'
import { jsonSchema } from '../schema/json-schema.js'
import { runBatch, EXIT } from '../batch/run.js'
import { runStream } from '../batch/stream.js'
import { COMMAND_HELP, VERSION_TEXT } from './help.js'

const USAGE = `usage:
  bodo extract [<files, folders, globs or -> …] [options]   (no inputs: samples/ → output/)
      --out <dir|file|->     output folder (json, csv) or file (jsonl; - or none: stdout)
      --format json|jsonl|csv|duckdb|parquet   one file per release (default), JSON Lines, CSV tables,
                             a DuckDB database (appended to), or Parquet files (--partition year)
      --jobs <n>             worker threads (default: the number of cores)
      --force                convert again what is already up to date
      --report <file>        write a JSON run report
      --progress / --quiet   force the progress bar on / no progress and no warnings
  bodo review [<inputs> …] --out <dir>   a static review site (releases or bodo JSON records)
  bodo catalogue [<inputs> …] --out <dir>   review pages + a search catalogue (adds only new releases)
  bodo serve <dir> [--port <n>]   serve a site folder on 127.0.0.1 (default port 8080)
  bodo stream [--jobs <n>]   JSONL {"path"} or {"name","text"} on stdin → JSONL records on stdout
  bodo tokenize [--stock]    MeCab-format morphemes of each stdin line
  bodo schemas [--out <dir>] write press-release.schema.json
  bodo <command> --help      a command's options; bodo --version`

const FORMATS = new Set(['json', 'jsonl', 'csv', 'duckdb', 'parquet'])

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  if (command === '--version' || command === '-v' || command === 'version') {
    process.stdout.write(`${VERSION_TEXT}\n`)
    return EXIT.ok
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${(rest[0] && COMMAND_HELP[rest[0]]) || USAGE}\n`)
    return EXIT.ok
  }
  let parsed
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        format: { type: 'string', short: 'f' },
        jobs: { type: 'string', short: 'j' },
        force: { type: 'boolean' },
        report: { type: 'string' },
        progress: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        stock: { type: 'boolean' },
        partition: { type: 'string' },
        port: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      }
    })
  } catch (error) {
    process.stderr.write(`bodo: ${(error as Error).message}\n${USAGE}\n`)
    return EXIT.usage
  }
  const v = parsed.values
  if (v.help && command) {
    process.stdout.write(`${COMMAND_HELP[command] ?? USAGE}\n`)
    return EXIT.ok
  }
  if (!command) {
    process.stderr.write(`${USAGE}\n`)
    return EXIT.usage
  }
  const jobs = v.jobs === undefined ? availableParallelism() : Number(v.jobs)
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) {
    process.stderr.write(`bodo: --jobs takes a whole number from 1 to 64\n`)
    return EXIT.usage
  }
  switch (command) {
    case 'extract': {
      const format = v.format ?? 'json'
      if (!FORMATS.has(format)) {
        process.stderr.write(`bodo: --format is json, jsonl, csv, duckdb or parquet\n`)
        return EXIT.usage
      }
      if (v.partition !== undefined && (v.partition !== 'year' || format !== 'parquet')) {
        process.stderr.write(`bodo: --partition takes year, with --format parquet\n`)
        return EXIT.usage
      }
      return runBatch({
        inputs: parsed.positionals,
        out: v.out ?? null,
        format: format as 'json' | 'jsonl' | 'csv' | 'duckdb' | 'parquet',
        partition: v.partition === 'year' ? 'year' : null,
        jobs,
        force: v.force === true,
        report: v.report ?? null,
        progress: v.progress === true ? true : null,
        quiet: v.quiet === true
      })
    }
    case 'stream':
      return runStream(jobs)
    case 'review':
      return (await import('../review/run.js')).runReview(parsed.positionals, v.out ?? 'review', jobs)
    case 'catalogue':
      return (await import('../catalogue/run.js')).runCatalogue(parsed.positionals, v.out ?? 'catalogue', jobs)
    case 'serve':
      return (await import('../catalogue/serve.js')).runServe(parsed.positionals[0], Number(v.port ?? 8080))
    case 'tokenize':
      return (await import('./tokenize.js')).runTokenize(v.stock === true)
    case 'schemas':
      await writeAtomic(join(v.out ?? 'schemas', 'press-release.schema.json'), `${JSON.stringify(jsonSchema(), null, 2)}\n`)
      return EXIT.ok
    default:
      process.stderr.write(`bodo: unknown command '${command}'\n${USAGE}\n`)
      return EXIT.usage
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`bodo: ${(error as Error).message}\n`)
    process.exitCode = EXIT.failed
  }
)
