/**
 * Command-line inputs: files and folders (recursive) → the list of input files, sorted.
 */
import { readdir, stat } from 'node:fs/promises'
import { join, basename, extname } from 'node:path'

const SKIPPED = /^\.|^node_modules$/u

/**
 * Expand files and folders into files.
 *
 * @param paths Paths given on the command line.
 * @returns Files, folder contents sorted by path.
 */
export async function expandInputs(paths: string[]): Promise<string[]> {
  const out: string[] = []
  for (const p of paths) {
    const s = await stat(p)
    if (s.isDirectory()) out.push(...(await walk(p)))
    else out.push(p)
  }
  return out
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const out: string[] = []
  for (const e of entries) {
    if (SKIPPED.test(e.name)) continue
    const p = join(dir, e.name)
    if (e.isDirectory()) out.push(...(await walk(p)))
    else if (e.isFile()) out.push(p)
  }
  return out
}

/**
 * Output name of an input: its file name without the extension.
 */
export function outputName(path: string): string {
  const name = basename(path)
  const ext = extname(name)
  return ext ? name.slice(0, -ext.length) : name
}
