/**
 * The `bodo` command in a checkout (bin/bodo.js): the compiled dist/ where it was built from
 * the sources as they are (its fingerprint, dist/.source-hash, matches src/), the sources
 * through tsx where they changed since. Run on a scratch copy of the checkout whose compiled
 * CLI is marked, so that the test sees which of the two ran.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { root } from './helpers.js'
import { STAMP, sourceHash } from '../scripts/source-hash.mjs'

test('sourceHash: the same sources give the same fingerprint; a changed byte or a moved file another', () => {
  const folder = mkdtempSync(join(tmpdir(), 'bodo-hash-'))
  writeFileSync(join(folder, 'a.ts'), 'export const a = 1\n')
  const first = sourceHash(folder)
  assert.equal(sourceHash(`${folder}/`), first, 'a trailing slash does not matter')
  appendFileSync(join(folder, 'a.ts'), '// edit\n')
  const edited = sourceHash(folder)
  assert.notEqual(edited, first)
  cpSync(join(folder, 'a.ts'), join(folder, 'b.ts'))
  assert.notEqual(sourceHash(folder), edited, 'a new file changes it')
})

test('bin/bodo.js in a checkout: compiled code where dist/ matches the sources, tsx on the sources once they change', { timeout: 120_000 }, (t) => {
  if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) return t.skip('no dist/ in this checkout (npm run build makes it)')
  const copy = mkdtempSync(join(tmpdir(), 'bodo-checkout-'))
  for (const part of ['bin', 'scripts', 'src', 'dist', 'package.json']) cpSync(join(root, part), join(copy, part), { recursive: true })
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir')
  // The compiled CLI says so before it runs; the stamp is the copy's own sources.
  const main = join(copy, 'dist', 'cli', 'main.js')
  const [first, ...rest] = readFileSync(main, 'utf8').split('\n')
  const mark = "process.stderr.write('compiled\\n')"
  writeFileSync(main, first!.startsWith('#!') ? [first, mark, ...rest].join('\n') : [mark, first, ...rest].join('\n'))
  writeFileSync(join(copy, 'dist', STAMP), `${sourceHash(join(copy, 'src'))}\n`)
  const run = () => spawnSync(process.execPath, [join(copy, 'bin', 'bodo.js'), '--version'], { encoding: 'utf8' })

  const current = run()
  assert.equal(current.status, 0, current.stderr)
  assert.match(current.stdout, /^bodo \d+\.\d+\.\d+/u)
  assert.match(current.stderr, /^compiled$/mu, 'dist/ built from these sources runs')

  appendFileSync(join(copy, 'src', 'cli', 'main.ts'), '\n// an edit after the build\n')
  const edited = run()
  assert.equal(edited.status, 0, edited.stderr)
  assert.match(edited.stdout, /^bodo \d+\.\d+\.\d+/u)
  assert.doesNotMatch(edited.stderr, /compiled/u, 'an edited source runs through tsx, not the older build')
})
