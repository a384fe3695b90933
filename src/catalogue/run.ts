/**
 * `bodo catalogue`: convert releases (or read bodo JSON records), write each one's review page
 * and add it to the site's search catalogue. A release already in the catalogue (same bytes) is
 * neither converted nor indexed again.
 */
import { join } from 'node:path'
import { createAnalyzer } from '../morph/index.js'
import type { PressRelease } from '../schema/record.js'
import { forEachRelease } from '../review/run.js'
import { searchPage } from '../review/search.js'
import { serialize, writeAssets, writeReleasePage } from '../review/site.js'
import { writeAtomic } from '../write/atomic.js'
import { addDocs, catalogueDoc, fixReadings, readCatalogue, writeCatalogue, type Catalogue } from './index.js'
import { createCutter } from './terms.js'

/** Assets of a catalogue site. */
const CATALOGUE_ASSETS = ['review.css', 'review.js', 'catalogue.js', 'query.js']

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
  const cat = await readCatalogue(out)
  const build = await startCatalogue(out, cat)
  const known = new Set(cat.sources.keys())
  // A release already in the catalogue, or met before in this run, is left out.
  const skip = (sha: string) => known.has(sha) || (known.add(sha), false)
  const run = await forEachRelease(args, jobs, new Set(cat.sources.values()), skip, async (record, page) => {
    await writeReleasePage({ record, page }, out)
    build.add(record, page)
  })
  if (!run) return 2
  const { added, total, bytes } = await build.finish()
  process.stderr.write(
    `bodo: catalogue of ${total} releases (${added} new, ${(bytes / 1e6).toFixed(1)} MB written) in ${out}/index.html — serve it with: bodo serve ${out}${run.failed ? `; ${run.failed} failed` : ''}\n`
  )
  return run.failed > 0 ? 1 : 0
}
