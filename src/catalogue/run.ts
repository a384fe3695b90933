/**
 * `bodo catalogue`: convert releases (or read bodo JSON records), write each one's review page
 * and add it to the site's search catalogue. A release already in the catalogue (same bytes) is
 * neither converted nor indexed again.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expandInputs } from '../batch/inputs.js'
import { convertAll } from '../batch/pool.js'
import type { TaskInput } from '../batch/task.js'
import { createAnalyzer } from '../morph/index.js'
import type { PressRelease } from '../schema/record.js'
import { asRecord, pageNamer } from '../review/run.js'
import { searchPage } from '../review/search.js'
import { serialize, writeAssets, writeReleasePage } from '../review/site.js'
import { writeAtomic } from '../write/atomic.js'
import { addDocs, catalogueDoc, fixReadings, readCatalogue, writeCatalogue, type Catalogue } from './index.js'
import { createCutter } from './terms.js'

/** Assets of a catalogue site. */
export const CATALOGUE_ASSETS = ['review.css', 'review.js', 'catalogue.js', 'query.js']

/** A catalogue being extended: add releases one by one, then write it. */
export interface CatalogueBuild {
  add(record: PressRelease, page: string): void
  /** Write the index, the assets and the search page. */
  finish(): Promise<{ added: number; total: number; bytes: number }>
}

/**
 * Start extending the catalogue of a site folder.
 *
 * @param out The site folder.
 * @param loaded The site's catalogue, if already read.
 */
export async function startCatalogue(out: string, loaded?: Catalogue): Promise<CatalogueBuild> {
  const cat = loaded ?? (await readCatalogue(out))
  const before = cat.docs.length
  const cutter = createCutter(createAnalyzer(), cat.rules)
  let added = 0
  return {
    add(record, page) {
      added += addDocs(cat, [catalogueDoc(record, page)], cutter)
    },
    async finish() {
      fixReadings(cat, cutter.heads())
      const { bytes } = await writeCatalogue(cat, out, before)
      await writeAssets(out, CATALOGUE_ASSETS)
      await writeAtomic(join(out, 'index.html'), serialize(searchPage(cat.docs.length)))
      return { added, total: cat.docs.length, bytes }
    }
  }
}

/**
 * Build or extend a catalogue site.
 *
 * @param args Files, folders or globs: releases in any format, or bodo JSON records.
 * @param out Site folder.
 * @param jobs Worker threads.
 * @returns Exit code: 0 every input indexed, 1 some failed, 2 usage error.
 */
export async function runCatalogue(args: string[], out: string, jobs: number): Promise<number> {
  let inputs
  try {
    inputs = await expandInputs(args.length > 0 ? args : ['samples'])
  } catch (error) {
    process.stderr.write(`bodo: ${(error as Error).message}\n`)
    return 2
  }
  const cat = await readCatalogue(out)
  const known = cat.sources
  const pageName = pageNamer(new Set(known.values()))
  const build = await startCatalogue(out, cat)
  const add = async (record: PressRelease, page: string) => {
    await writeReleasePage({ record, page }, out)
    build.add(record, page)
  }
  const toConvert: TaskInput[] = []
  const pages = new Map<string, string>()
  const seen = new Set<string>()
  for (const input of inputs) {
    if (input.kind !== 'file') continue
    const bytes = await readFile(input.path)
    const sha = createHash('sha256').update(bytes).digest('hex')
    const record = input.path.endsWith('.json') ? asRecord(bytes.toString('utf8')) : null
    const key = record?.source.sha256 ?? sha
    if (known.has(key) || seen.has(key)) continue
    seen.add(key)
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
  const { added, total, bytes } = await build.finish()
  process.stderr.write(`bodo: catalogue of ${total} releases (${added} new, ${(bytes / 1e6).toFixed(1)} MB written) in ${out}/index.html — serve it with: bodo serve ${out}${failed ? `; ${failed} failed` : ''}\n`)
  return failed > 0 ? 1 : 0
}
