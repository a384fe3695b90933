/**
 * Command-line inputs: files, folders (recursive), globs and `-` (stdin) → the inputs of a
 * run, sorted within each folder and glob.
 */
import { readdir, stat } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import { glob } from 'tinyglobby'

const SKIPPED = /^\.|^node_modules$/u
const GLOB_CHARS = /[*?[\]{}]/u

/** One input of a run. */
export type RunInput = { kind: 'file'; path: string } | { kind: 'stdin' }

/**
 * Expand command-line arguments into inputs.
 *
 * @param args Paths, folders, globs, `-`.
 * @returns The inputs.
 * @throws Error naming an argument that matches nothing.
 */
export async function expandInputs(args: string[]): Promise<RunInput[]> {
  const out: RunInput[] = []
  for (const arg of args) {
    if (arg === '-') {
      out.push({ kind: 'stdin' })
      continue
    }
    const s = await stat(arg).catch(() => null)
    if (s?.isDirectory()) out.push(...(await walk(arg)).map((path): RunInput => ({ kind: 'file', path })))
    else if (s) out.push({ kind: 'file', path: arg })
    else if (GLOB_CHARS.test(arg)) {
      const matches = (await glob(arg, { onlyFiles: true, dot: false })).sort()
      if (matches.length === 0) throw new Error(`${arg}: no file matches this pattern`)
      out.push(...matches.map((path): RunInput => ({ kind: 'file', path })))
    } else throw new Error(`${arg}: no such file or folder`)
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
