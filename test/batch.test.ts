/**
 * Batch runs through the CLI: a killed run resumes to the same folder, re-runs skip, CSV
 * reads back with its columns, JSONL and stream mode keep input order, reports and exit
 * codes, an unwritable output stops cleanly.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { CSV_TABLES } from '../src/write/csv.js'
import { corpus, hasShared, root } from './helpers.js'

const cli = join(root, 'src/cli/main.ts')
const bodo = (args: string[], input?: string) => spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { cwd: root, encoding: 'utf8', input, maxBuffer: 1 << 28 })

/** A folder of distinct releases: bulk releases where ../shared is present, else the samples under many names. */
function inputFolder(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'bodo-batch-in-'))
  const sources = hasShared ? readdirSync(join(corpus, 'bulk')).slice(0, count).map((f) => join(corpus, 'bulk', f)) : readdirSync(join(root, 'samples')).map((f) => join(root, 'samples', f))
  for (let i = 0; i < count; i++) {
    const src = sources[i % sources.length]!
    copyFileSync(src, join(dir, `r${String(i).padStart(4, '0')}${src.endsWith('.md') ? '.md' : '.txt'}`))
  }
  return dir
}

function snapshot(dir: string): Map<string, string> {
  return new Map(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]))
}

test('a run killed halfway, run again, gives the same folder as one clean run; a third run skips everything', async () => {
  const inputs = inputFolder(240)
  const clean = mkdtempSync(join(tmpdir(), 'bodo-clean-'))
  assert.equal(bodo(['extract', inputs, '--out', clean, '--jobs', '2', '--quiet']).status, 0)

  const killed = mkdtempSync(join(tmpdir(), 'bodo-killed-'))
  const child = spawn(process.execPath, ['--import', 'tsx', cli, 'extract', inputs, '--out', killed, '--jobs', '2', '--quiet'], { cwd: root })
  await new Promise<void>((resolve) => {
    const poll = setInterval(() => {
      if (readdirSync(killed).length >= 40 || child.exitCode !== null) {
        clearInterval(poll)
        child.kill('SIGKILL')
        resolve()
      }
    }, 20)
  })
  await new Promise((r) => child.once('exit', r))
  const partial = readdirSync(killed).filter((f) => f.endsWith('.json'))
  assert.ok(partial.length < 240, `killed after ${partial.length} outputs`)
  for (const f of partial) assert.doesNotThrow(() => JSON.parse(readFileSync(join(killed, f), 'utf8')), `${f} is whole`)

  const resumed = bodo(['extract', inputs, '--out', killed, '--jobs', '2', '--quiet'])
  assert.equal(resumed.status, 0, resumed.stderr)
  assert.match(resumed.stderr, new RegExp(`${240 - partial.length} converted, ${partial.length} skipped`, 'u'))
  assert.deepEqual(snapshot(killed), snapshot(clean))

  const again = bodo(['extract', inputs, '--out', killed, '--report', join(killed, '..', 'again.json'), '--quiet'])
  assert.match(again.stderr, /0 converted, 240 skipped, 0 failed/u)
  const report = JSON.parse(readFileSync(join(killed, '..', 'again.json'), 'utf8')) as { inputs: Array<{ status: string }> }
  assert.ok(report.inputs.every((i) => i.status === 'skipped'))
})

test('CSV: one table per field group with its header, read back by the CSV library', () => {
  const out = mkdtempSync(join(tmpdir(), 'bodo-csv-'))
  const r = bodo(['extract', 'samples', '--format', 'csv', '--out', out, '--quiet'])
  assert.equal(r.status, 0, r.stderr)
  for (const [table, columns] of Object.entries(CSV_TABLES)) {
    const text = readFileSync(join(out, `${table}.csv`), 'utf8')
    assert.ok(text.startsWith('\ufeff'), `${table}.csv starts with a BOM`)
    const rows = parse(text, { bom: true, columns: true }) as Array<Record<string, string>>
    const header = (parse(text, { bom: true, to_line: 1 }) as string[][])[0]
    assert.deepEqual(header, [...columns])
    if (table === 'releases') assert.equal(rows.length, readdirSync(join(root, 'samples')).length)
    if (table === 'contacts') assert.ok(rows.some((row) => row.phone === '044-202-2940' && row.name === '백영하'))
  }
})

test('JSONL to stdout keeps input order and does not depend on --jobs', () => {
  const inputs = inputFolder(12)
  const one = bodo(['extract', inputs, '--format', 'jsonl', '--jobs', '1', '--quiet'])
  const two = bodo(['extract', inputs, '--format', 'jsonl', '--jobs', '2', '--quiet'])
  assert.equal(one.status, 0)
  assert.equal(one.stdout, two.stdout)
  const files = one.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { source: { file: string } }).source.file)
  assert.deepEqual(files, [...files].sort())
})

test('stream mode: JSONL in, one JSONL line out per input line, failures in place', () => {
  const lines = [
    JSON.stringify({ path: join(root, 'samples/000-mohw-medical-ai-visit.txt') }),
    'not json',
    JSON.stringify({ name: 'inline', text: '청년 정책 발표\n\n□ 교육부(장관 홍길동)는 새 정책을 발표했다.' }),
    JSON.stringify({ path: join(root, 'no-such.txt') })
  ]
  const r = bodo(['stream', '--jobs', '2'], `${lines.join('\n')}\n`)
  assert.equal(r.status, 1)
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { title?: string; input?: string; error?: { code: string } })
  assert.equal(out.length, 4)
  assert.equal(out[0]!.title, '의료 인공지능 발전 위한 현장 소통 강화')
  assert.equal(out[1]!.error?.code, 'bad-line')
  assert.equal(out[2]!.title, '청년 정책 발표')
  assert.equal(out[3]!.error?.code, 'io')
})

test('inputs: globs, stdin as -, a pattern that matches nothing is a usage error', () => {
  const out = mkdtempSync(join(tmpdir(), 'bodo-glob-'))
  assert.equal(bodo(['extract', 'samples/*.txt', '--out', out, '--quiet']).status, 0)
  assert.deepEqual(readdirSync(out), ['000-mohw-medical-ai-visit.json'])
  const stdin = bodo(['extract', '-', '--format', 'jsonl', '--quiet'], readFileSync(join(root, 'samples/000-mohw-medical-ai-visit.txt'), 'utf8'))
  assert.equal((JSON.parse(stdin.stdout) as { title: string }).title, '의료 인공지능 발전 위한 현장 소통 강화')
  const none = bodo(['extract', 'samples/*.nothing'])
  assert.equal(none.status, 2)
  assert.match(none.stderr, /no file matches/u)
  assert.equal(bodo(['extract', '--format', 'xml']).status, 2)
  assert.equal(bodo(['extract', '--jobs', '0']).status, 2)
})

test('an unwritable output stops the run with a clear error and leaves no partial file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bodo-unwritable-'))
  const blocker = join(dir, 'file')
  writeFileSync(blocker, 'not a folder')
  const r = bodo(['extract', 'samples', '--out', join(blocker, 'out'), '--quiet'])
  assert.equal(r.status, 1)
  assert.match(r.stderr, /cannot write .*(ENOTDIR|EEXIST)/u)
  const jsonl = bodo(['extract', 'samples', '--format', 'jsonl', '--out', join(blocker, 'x.jsonl'), '--quiet'])
  assert.equal(jsonl.status, 1)
  assert.ok(!existsSync(join(dir, 'x.jsonl')))
  assert.deepEqual(readdirSync(dir), ['file'])
})
