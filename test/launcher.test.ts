/**
 * The `bodo` command in a checkout (bin/bodo.js): the compiled dist/ where it was built from
 * the sources as they are (its fingerprint, dist/.source-hash, matches src/), the sources
 * through tsx where they changed since. Run on a scratch checkout (the real launcher, a
 * one-line CLI source and a one-line compiled CLI), so that the test sees which of the two ran.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
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

test('bin/bodo.js in a checkout: compiled code where dist/ matches the sources, tsx on the sources once they change', { timeout: 120_000 }, () => {
  // A scratch checkout: the real launcher, a CLI source and a compiled CLI that say which ran.
  const copy = mkdtempSync(join(tmpdir(), 'bodo-checkout-'))
  for (const part of ['bin', 'scripts', 'package.json']) cpSync(join(root, part), join(copy, part), { recursive: true })
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir')
  mkdirSync(join(copy, 'src', 'cli'), { recursive: true })
  mkdirSync(join(copy, 'dist', 'cli'), { recursive: true })
  writeFileSync(join(copy, 'src', 'cli', 'main.ts'), "const from: string = 'sources'\nconsole.log(`${from} ${process.argv.slice(2).join(' ')}`)\n")
  writeFileSync(join(copy, 'dist', 'cli', 'main.js'), "console.log(`compiled ${process.argv.slice(2).join(' ')}`)\n")
  writeFileSync(join(copy, 'dist', STAMP), `${sourceHash(join(copy, 'src'))}\n`)
  const run = () => spawnSync(process.execPath, [join(copy, 'bin', 'bodo.js'), 'extract', 'x'], { encoding: 'utf8' })

  const current = run()
  assert.equal(current.status, 0, current.stderr)
  assert.equal(current.stdout, 'compiled extract x\n', 'dist/ built from these sources runs, with the arguments')

  appendFileSync(join(copy, 'src', 'cli', 'main.ts'), '// an edit after the build\n')
  const edited = run()
  assert.equal(edited.status, 0, edited.stderr)
  assert.equal(edited.stdout, 'sources extract x\n', 'an edited source runs through tsx, not the older build')

  rmSync(join(copy, 'dist'), { recursive: true })
  assert.equal(run().stdout, 'sources extract x\n', 'no dist/: the sources')
})
