/**
 * The command line on real files: bad input is reported by name and skipped, the others
 * convert, no partial output is left, exit codes tell what happened.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync, readdirSync, readFileSync, copyFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { root } from './helpers.js'

function bodo(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args], { cwd, encoding: 'utf8' })
  return { code: r.status, stderr: r.stderr, stdout: r.stdout }
}

test('extract: bad inputs are named with a reason, skipped, and the batch goes on (exit 1)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bodo-in-'))
  const out = mkdtempSync(join(tmpdir(), 'bodo-out-'))
  copyFileSync(join(root, 'samples/000-mohw-medical-ai-visit.txt'), join(dir, 'good.txt'))
  writeFileSync(join(dir, 'empty.txt'), '')
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x41, 0x00, 0x01, 0x02, 0xff]))
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0xff, 0xfe, 0x41, 0xd8, 0x00, 0xdc]).subarray(2))
  writeFileSync(join(dir, 'notes.txt'), '- 1\n- 2\n')
  writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(101 * 1024 * 1024, 0x41))
  const r = bodo(['extract', dir, '--out', out])
  assert.equal(r.code, 1)
  assert.match(r.stderr, /empty\.txt:1:1: error: the file is empty \[empty\]/u)
  assert.match(r.stderr, /binary\.txt:1:1: error: .*binary/u)
  assert.match(r.stderr, /latin1\.txt:1:1: error: .*\[(?:encoding|binary|no-title)\]/u)
  assert.match(r.stderr, /notes\.txt:1:1: error: no title was found/u)
  assert.match(r.stderr, /huge\.txt:1:1: error: the file is larger than the size budget: 101 MiB/u)
  assert.doesNotMatch(r.stderr, /\n\s+at /u, 'no stack trace')
  assert.deepEqual(readdirSync(out), ['good.json'])
})

test('extract: all converted is exit 0; the same input gives byte-identical JSON', () => {
  const out1 = mkdtempSync(join(tmpdir(), 'bodo-out-'))
  const out2 = mkdtempSync(join(tmpdir(), 'bodo-out-'))
  assert.equal(bodo(['extract', 'samples', '--out', out1]).code, 0)
  assert.equal(bodo(['extract', 'samples', '--out', out2]).code, 0)
  for (const f of readdirSync(out1)) assert.equal(readFileSync(join(out1, f), 'utf8'), readFileSync(join(out2, f), 'utf8'))
  assert.ok(readdirSync(out1).every((f) => !f.endsWith('.tmp')))
})

test('extract: two inputs with one output name are an error naming both (exit 2)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bodo-in-'))
  mkdirSync(join(dir, 'a'))
  mkdirSync(join(dir, 'b'))
  copyFileSync(join(root, 'samples/000-mohw-medical-ai-visit.txt'), join(dir, 'a/x.txt'))
  copyFileSync(join(root, 'samples/000-mohw-medical-ai-visit.txt'), join(dir, 'b/x.md'))
  const r = bodo(['extract', dir, '--out', mkdtempSync(join(tmpdir(), 'bodo-out-'))])
  assert.equal(r.code, 2)
  assert.match(r.stderr, /a\/x\.txt and .*b\/x\.md would both write x\.json/u)
})

test('usage errors exit 2; a missing input is named', () => {
  assert.equal(bodo(['frobnicate']).code, 2)
  assert.equal(bodo(['extract', '--nope']).code, 2)
  const r = bodo(['extract', join(root, 'no-such-file.txt')])
  assert.equal(r.code, 2)
  assert.match(r.stderr, /no-such-file\.txt/u)
})
