/**
 * Test helpers: the shared corpus (skipped with a printed reason where absent), fixtures.
 */
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { extractSync as extract, BodoError } from '../src/index.js'

export const root = join(dirname(fileURLToPath(import.meta.url)), '..')
export const shared = join(root, '..', 'shared')
export const corpus = join(shared, 'corpus')
export const hasShared = existsSync(join(corpus, 'docs'))
/** Reason printed when a test needs ../shared and it is absent. */
export const noShared = hasShared ? false : 'skipped: ../shared/corpus is absent on this checkout'

/**
 * Extract a record from text (a small fixture).
 */
export function run(text: string, fileName = 'fixture.txt') {
  return extract(new TextEncoder().encode(text), { fileName })
}

/**
 * The BodoError code a call fails with, or null where it does not fail.
 */
export function errorCode(f: () => unknown): string | null {
  try {
    f()
    return null
  } catch (e) {
    return e instanceof BodoError ? e.code : String(e)
  }
}

/** Participants as `[name, position, organization]` rows, for compact assertions. */
export const triple = (list: Array<{ name: string | null; position: string | null; organization: string | null }>) => list.map((p) => [p.name, p.position, p.organization])
