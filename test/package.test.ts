/**
 * The package as JavaScript developers use it: `npm pack` (which builds dist/ through
 * `prepare`), the tarball unpacked into a scratch project's node_modules with its declared
 * dependencies linked from this checkout (offline; an undeclared one would not resolve),
 * then plain `node` imports `bodo` and extracts a sample, `tsc` type-checks a file that uses
 * its types, and the installed `bodo` command converts with worker threads.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { root } from './helpers.js'

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const SAMPLE = join(root, 'samples', '000-mohw-medical-ai-visit.txt')

test('npm pack → a scratch project: node imports bodo and extracts, tsc resolves its types, the bin runs compiled', { timeout: 600_000 }, () => {
  const scratch = mkdtempSync(join(tmpdir(), 'bodo-package-'))
  const pack = spawnSync(npm, ['pack', '--json', '--pack-destination', scratch], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 })
  assert.equal(pack.status, 0, pack.stderr)
  const [packed] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('['))) as Array<{ filename: string; files: Array<{ path: string }> }>
  const files = packed!.files.map((f) => f.path)
  assert.ok(files.includes('dist/index.js') && files.includes('dist/index.d.ts'), 'compiled code and declarations are packed')
  assert.ok(files.includes('dist/batch/worker-entry.mjs') && files.includes('dist/review/assets/review.css'))
  assert.ok(!files.some((f) => f.startsWith('src/') || f.startsWith('test/')), 'no sources or tests')

  const app = join(scratch, 'app')
  const installed = join(app, 'node_modules', 'bodo')
  mkdirSync(installed, { recursive: true })
  const untar = spawnSync('tar', ['-xzf', join(scratch, packed!.filename), '-C', installed, '--strip-components=1'], { encoding: 'utf8' })
  assert.equal(untar.status, 0, untar.stderr)
  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
  for (const name of Object.keys(manifest.dependencies)) {
    const target = join(app, 'node_modules', name)
    mkdirSync(dirname(target), { recursive: true })
    if (!existsSync(target)) symlinkSync(join(root, 'node_modules', name), target, 'dir')
  }
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }))

  writeFileSync(
    join(app, 'main.js'),
    `import { extract, pressRelease } from 'bodo'\nimport { readFileSync } from 'node:fs'\nconst { record } = await extract(readFileSync(${JSON.stringify(SAMPLE)}), { fileName: 'sample.txt' })\npressRelease.parse(record)\nconsole.log(JSON.stringify({ title: record.title, contacts: record.contacts.length, keywords: record.keywords.length }))\n`
  )
  const run = spawnSync(process.execPath, ['main.js'], { cwd: app, encoding: 'utf8' })
  assert.equal(run.status, 0, run.stderr)
  const out = JSON.parse(run.stdout) as { title: string; contacts: number; keywords: number }
  assert.equal(out.title, '의료 인공지능 발전 위한 현장 소통 강화')
  assert.ok(out.contacts > 0 && out.keywords > 0, 'the dictionary resolved from the compiled code')

  writeFileSync(
    join(app, 'check.ts'),
    `import { extract, type PressRelease } from 'bodo'\nconst { record } = await extract('x', { fileName: 'a.txt' })\nconst typed: PressRelease = record\nconst title: string = typed.title\n// @ts-expect-error a title is a string, never a number\nconst wrong: number = typed.title\nexport { title, wrong }\n`
  )
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, types: [] }, files: ['check.ts'] })
  )
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', app], { cwd: app, encoding: 'utf8' })
  assert.equal(tsc.status, 0, tsc.stdout)

  const bin = join(installed, 'bin', 'bodo.js')
  const version = spawnSync(process.execPath, [bin, '--version'], { cwd: app, encoding: 'utf8' })
  assert.equal(version.stdout.trim(), `bodo ${(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version}`)
  // Two inputs and two jobs: the compiled worker threads run (no tsx, no src/ in the package).
  const cli = spawnSync(process.execPath, [bin, 'extract', SAMPLE, join(root, 'samples', 'kr-sample-forum.md'), '--format', 'jsonl', '--jobs', '2', '--quiet'], { cwd: app, encoding: 'utf8' })
  assert.equal(cli.status, 0, cli.stderr)
  assert.equal(cli.stdout.trim().split('\n').length, 2)
})

test('the command line: bodo --help and bodo <command> --help print usage to stdout and exit 0, --version the version, an unknown command exits 2', () => {
  const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args], { cwd: root, encoding: 'utf8' })
  const help = cli(['--help'])
  assert.equal(help.status, 0, help.stderr)
  for (const command of ['extract', 'stream', 'review', 'tokenize', 'schemas']) assert.match(help.stdout, new RegExp(`bodo ${command}`, 'u'))
  for (const command of ['extract', 'stream', 'review', 'tokenize', 'schemas']) {
    const r = cli([command, '--help'])
    assert.equal(r.status, 0, `${command}: ${r.stderr}`)
    assert.match(r.stdout, new RegExp(`^usage: bodo ${command}`, 'u'))
  }
  assert.match(cli(['extract', '-h']).stdout, /--format <format>[\s\S]*duckdb[\s\S]*parquet[\s\S]*--partition year/u)
  const version = cli(['--version'])
  assert.equal(version.status, 0)
  assert.match(version.stdout, /^bodo \d+\.\d+\.\d+/u)
  assert.equal(cli(['nonsense']).status, 2)
  assert.equal(cli(['extract', '--format', 'xml']).status, 2)
  assert.equal(cli(['extract', '--format', 'json', '--partition', 'year']).status, 2)
})
