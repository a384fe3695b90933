#!/usr/bin/env node
/**
 * The `bodo` command line: `extract` and `schemas`.
 */
import { readFile, stat } from 'node:fs/promises'
import { join, resolve, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { extract } from '../pipeline.js'
import { BodoError } from '../errors.js'
import { MAX_INPUT_BYTES } from '../read/index.js'
import { writeAtomic } from '../write/atomic.js'
import { toJson } from '../write/json.js'
import { jsonSchema } from '../schema/json-schema.js'
import { expandInputs, outputName } from './inputs.js'
import { runTokenize } from './tokenize.js'

const USAGE = `usage:
  bodo extract [<files or folders…>] [--out <dir>]   (no inputs: samples/ → output/)
  bodo schemas [--out <dir>]                          (writes press-release.schema.json)
  bodo tokenize [--stock] < text                      (MeCab-format morphemes of each line)`

/** Exit codes: 0 all converted, 1 some input failed, 2 usage error. */
const EXIT = { ok: 0, failed: 1, usage: 2 } as const

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  let parsed
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' }, stock: { type: 'boolean' } }
    })
  } catch (error) {
    process.stderr.write(`bodo: ${(error as Error).message}\n${USAGE}\n`)
    return EXIT.usage
  }
  if (parsed.values.help || !command) {
    process.stderr.write(`${USAGE}\n`)
    return command ? EXIT.ok : EXIT.usage
  }
  if (command === 'schemas') {
    const out = parsed.values.out ?? 'schemas'
    await writeAtomic(join(out, 'press-release.schema.json'), `${JSON.stringify(jsonSchema(), null, 2)}\n`)
    return EXIT.ok
  }
  if (command === 'extract') return runExtract(parsed.positionals, parsed.values.out)
  if (command === 'tokenize') return runTokenize(parsed.values.stock === true)
  process.stderr.write(`bodo: unknown command '${command}'\n${USAGE}\n`)
  return EXIT.usage
}

async function runExtract(positionals: string[], outOption: string | undefined): Promise<number> {
  const inputs = positionals.length > 0 ? positionals : ['samples']
  const out = outOption ?? 'output'
  let files: string[]
  try {
    files = await expandInputs(inputs)
  } catch (error) {
    process.stderr.write(`bodo: ${(error as NodeJS.ErrnoException).path ?? ''}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})\n`)
    return EXIT.usage
  }
  const byName = new Map<string, string>()
  for (const file of files) {
    const name = outputName(file)
    const other = byName.get(name)
    if (other) {
      process.stderr.write(`bodo: ${other} and ${file} would both write ${name}.json; rename one or convert them in separate runs\n`)
      return EXIT.usage
    }
    byName.set(name, file)
  }
  let failed = 0
  let converted = 0
  for (const file of files) {
    const shown = relative(process.cwd(), resolve(file)) || file
    try {
      const size = (await stat(file)).size
      if (size > MAX_INPUT_BYTES) throw new BodoError('too-large', `${(size / 1048576).toFixed(0)} MiB; the budget is ${MAX_INPUT_BYTES / 1048576} MiB`)
      const bytes = await readFile(file)
      const { record, messages } = await extract(bytes, { fileName: shown })
      for (const m of messages) {
        process.stderr.write(`${shown}:${m.line ?? 1}:${m.column ?? 1}: warning: ${m.reason} [${m.ruleId}]\n`)
      }
      await writeAtomic(join(out, `${outputName(file)}.json`), toJson(record))
      converted++
    } catch (error) {
      failed++
      if (error instanceof BodoError) {
        process.stderr.write(`${shown}:1:1: error: ${error.message} [${error.code}]\n`)
      } else if ((error as NodeJS.ErrnoException).code && (error as NodeJS.ErrnoException).syscall) {
        const e = error as NodeJS.ErrnoException
        process.stderr.write(`${shown}:1:1: error: ${e.syscall} failed (${e.code})\n`)
        if (e.syscall !== 'open' && e.syscall !== 'read') return EXIT.failed
      } else {
        process.stderr.write(`${shown}:1:1: error: internal error: ${(error as Error).stack ?? String(error)}\n`)
      }
    }
  }
  process.stderr.write(`bodo: ${converted} converted, ${failed} failed, into ${out}/\n`)
  return failed > 0 ? EXIT.failed : EXIT.ok
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
