/**
 * `bodo review`: convert releases (or read bodo JSON records) and write the review site.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { expandInputs, outputName } from '../batch/inputs.js'
import { convertAll } from '../batch/pool.js'
import type { TaskInput } from '../batch/task.js'
import { pressRelease, type PressRelease } from '../schema/record.js'
import { writeSite, type SiteEntry } from './site.js'

/**
 * Build the review site.
 *
 * @param args Files, folders or globs: releases in any format, or bodo JSON records.
 * @param out Site folder.
 * @param jobs Worker threads.
 * @returns Exit code: 0 every input shown, 1 some failed, 2 usage error.
 */
export async function runReview(args: string[], out: string, jobs: number): Promise<number> {
  const entries: SiteEntry[] = []
  const run = await forEachRelease(args, jobs, new Set(), () => false, (record, page) => void entries.push({ record, page }))
  if (!run) return 2
  await writeSite(entries, out)
  process.stderr.write(`bodo: review site of ${entries.length} releases in ${out}/index.html${run.failed ? `, ${run.failed} failed` : ''}\n`)
  return run.failed > 0 ? 1 : 0
}

/**
 * Each release of a site's inputs with its page name: bodo JSON records as they are, other
 * files converted by worker threads; a failure is reported on stderr and counted.
 *
 * @param args Files, folders or globs (none: `samples/`).
 * @param jobs Worker threads.
 * @param used Page names already taken (extended).
 * @param skip Whether an input is left out, by its bytes' SHA-256 (a record: its source's).
 * @param add Called for each release.
 * @returns The failures, or null where the inputs cannot be read (reported).
 */
export async function forEachRelease(
  args: string[],
  jobs: number,
  used: Set<string>,
  skip: (sha256: string) => boolean,
  add: (record: PressRelease, page: string) => void | Promise<void>
): Promise<{ failed: number } | null> {
  let inputs
  try {
    inputs = await expandInputs(args.length > 0 ? args : ['samples'])
  } catch (error) {
    process.stderr.write(`bodo: ${(error as Error).message}\n`)
    return null
  }
  const pageName = pageNamer(used)
  const toConvert: TaskInput[] = []
  const pages = new Map<string, string>()
  for (const input of inputs) {
    if (input.kind !== 'file') continue
    const bytes = await readFile(input.path)
    const record = input.path.endsWith('.json') ? asRecord(bytes.toString('utf8')) : null
    const sha = record?.source.sha256 ?? createHash('sha256').update(bytes).digest('hex')
    if (skip(sha)) continue
    if (record) await add(record, pageName(input.path))
    else {
      pages.set(input.path, pageName(input.path))
      toConvert.push({ path: input.path, name: input.path })
    }
  }
  let failed = 0
  for await (const { input, result } of convertAll(toConvert, { jobs: Math.max(1, Math.min(jobs, toConvert.length)) })) {
    if (result.ok) await add(result.record, pages.get(input.name)!)
    else {
      failed++
      process.stderr.write(`${input.name}:1:1: error: ${result.error.reason} [${result.error.code}]\n`)
    }
  }
  return { failed }
}

/**
 * A namer of release pages: the input's name made safe, unique among `used` (which it extends);
 * never `index.html`.
 */
function pageNamer(used: Set<string>): (name: string) => string {
  return (name) => {
    let base = outputName(name).replace(/[^\p{L}\p{N}._-]+/gu, '_') || 'release'
    if (base === 'index') base = 'index-release'
    let page = `${base}.html`
    for (let n = 2; used.has(page); n++) page = `${base}-${n}.html`
    used.add(page)
    return page
  }
}

/** A bodo JSON record, or null. */
function asRecord(text: string): PressRelease | null {
  try {
    const value = JSON.parse(text) as unknown
    const parsed = pressRelease.safeParse(value)
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
