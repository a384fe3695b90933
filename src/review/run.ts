/**
 * `bodo review`: convert releases (or read bodo JSON records) and write the review site.
 */
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
  let inputs
  try {
    inputs = await expandInputs(args.length > 0 ? args : ['samples'])
  } catch (error) {
    process.stderr.write(`bodo: ${(error as Error).message}\n`)
    return 2
  }
  const entries: SiteEntry[] = []
  const toConvert: TaskInput[] = []
  const pageName = pageNamer(new Set())
  const pages = new Map<string, string>()
  for (const input of inputs) {
    if (input.kind !== 'file') continue
    if (input.path.endsWith('.json')) {
      const record = asRecord(await readFile(input.path, 'utf8').catch(() => ''))
      if (record) {
        entries.push({ record, page: pageName(input.path) })
        continue
      }
    }
    pages.set(input.path, pageName(input.path))
    toConvert.push({ path: input.path, name: input.path })
  }
  let failed = 0
  for await (const { input, result } of convertAll(toConvert, { jobs: Math.max(1, Math.min(jobs, toConvert.length)) })) {
    if (result.ok) entries.push({ record: result.record, page: pages.get(input.name)! })
    else {
      failed++
      process.stderr.write(`${input.name}:1:1: error: ${result.error.reason} [${result.error.code}]\n`)
    }
  }
  await writeSite(entries, out)
  process.stderr.write(`bodo: review site of ${entries.length} releases in ${out}/index.html${failed ? `, ${failed} failed` : ''}\n`)
  return failed > 0 ? 1 : 0
}

/**
 * A namer of release pages: the input's name made safe, unique among `used` (which it extends);
 * never `index.html`.
 */
export function pageNamer(used: Set<string>): (name: string) => string {
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
export function asRecord(text: string): PressRelease | null {
  try {
    const value = JSON.parse(text) as unknown
    const parsed = pressRelease.safeParse(value)
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
