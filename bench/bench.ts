/**
 * `npm run bench`: figures, not assertions.
 * - morphology: dictionary load, characters per second, peak RSS; Debian's `mecab` on the same text;
 * - batch: releases/s and MB/s with --jobs 1 and 2, peak RSS of the process and per worker;
 * - cold start: one file through the CLI.
 * Input: the 2,000 korea.kr releases of ../shared/corpus/bulk, or, where that folder is
 * absent, an archive generated from samples/.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { tmpdir } from 'node:os'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import { builtFromSources } from '../scripts/source-hash.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const cli = join(root, 'bin/bodo.js')
const bulk = join(root, '..', 'shared', 'corpus', 'bulk')
let folder = bulk
if (!existsSync(bulk)) {
  folder = mkdtempSync(join(tmpdir(), 'bodo-bench-'))
  const samples = readdirSync(join(root, 'samples'))
  for (let i = 0; i < 400; i++) {
    const s = samples[i % samples.length]!
    copyFileSync(join(root, 'samples', s), join(folder, `r${i}-${s}`))
  }
}
const files = readdirSync(folder).sort().map((f) => join(folder, f))
const bytes = files.reduce((s, f) => s + statSync(f).size, 0)
const lines = files.flatMap((f) => readFileSync(f, 'utf8').split('\n')).filter((l) => l.trim() !== '')
const chars = lines.reduce((s, l) => s + l.length, 0)
const mb = (n: number) => `${(n / 1e6).toFixed(0)} MB`
console.log(`input: ${files.length} releases (${(bytes / 1e6).toFixed(1)} MB) from ${folder === bulk ? '../shared/corpus/bulk' : 'an archive generated from samples/'}; ${lines.length} lines, ${chars} characters`)

// Morphology.
const t0 = performance.now()
const { createAnalyzer, defaultDictionaryPath } = await import('../src/morph/index.js')
const analyzer = createAnalyzer({ stock: true })
const loaded = performance.now()
let peak = process.memoryUsage().rss
const t1 = performance.now()
for (const [i, line] of lines.entries()) {
  analyzer.mecabLines(line)
  if (i % 1000 === 0) peak = Math.max(peak, process.memoryUsage().rss)
}
const ours = chars / ((performance.now() - t1) / 1000)
console.log(`morphology: dictionary load ${(loaded - t0).toFixed(0)} ms; ${(ours / 1000).toFixed(0)}k chars/s; peak RSS ${mb(peak)}`)
const input = `${lines.join('\n')}\n`
const m0 = performance.now()
const mecab = spawnSync('mecab', ['-d', defaultDictionaryPath()], { input, maxBuffer: 1 << 30 })
const mecabSeconds = (performance.now() - m0) / 1000
if (mecab.status === 0) {
  console.log(`mecab (C) on the same text: ${mecabSeconds.toFixed(2)} s, ${(chars / mecabSeconds / 1000).toFixed(0)}k chars/s; bodo/mecab = ${(ours / (chars / mecabSeconds)).toFixed(2)}x`)
} else console.log('mecab: not installed (apt-get install mecab); no C figure')

// Batch conversion: the code `npm run extract` runs (bin/bodo.js): dist/ where it was built
// from the sources as they are, else the sources through tsx.
const compiled = builtFromSources(root)
const runner = compiled ? join(root, 'dist/batch/run.js') : join(root, 'src/batch/run.ts')
const loader = compiled ? [] : ['--import', 'tsx']
console.log(`batch and cold start: ${compiled ? 'the compiled dist/ (built from these sources)' : 'the sources through tsx (dist/ is absent or older than src/: npm run build)'}`)
for (const jobs of [1, 2]) {
  const out = mkdtempSync(join(tmpdir(), 'bodo-bench-out-'))
  const script = `const { runBatch } = await import(${JSON.stringify(runner)});
const code = await runBatch({ inputs: [${JSON.stringify(folder)}], out: ${JSON.stringify(out)}, format: 'json', jobs: ${jobs}, force: true, report: null, progress: false, quiet: true });
process.stdout.write(JSON.stringify({ code, maxRSS: process.resourceUsage().maxRSS }))`
  const b0 = performance.now()
  const scriptFile = join(out, '..', `bodo-bench-${jobs}.mjs`)
  writeFileSync(scriptFile, script)
  const run = spawnSync(process.execPath, [...loader, scriptFile], { cwd: root, encoding: 'utf8' })
  const seconds = (performance.now() - b0) / 1000
  const { code, maxRSS } = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { code: number; maxRSS: number }
  console.log(
    `batch --jobs ${jobs}: ${(files.length / seconds).toFixed(0)} releases/s, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s (${seconds.toFixed(1)} s wall, exit ${code}); peak RSS ${mb(maxRSS * 1024)} for the process, ≈ ${mb((maxRSS * 1024) / jobs)} per worker`
  )
}

// Cold start.
const out = mkdtempSync(join(tmpdir(), 'bodo-bench-cold-'))
const c0 = performance.now()
const cold = spawnSync(process.execPath, [cli, 'extract', files[0]!, '--out', out, '--quiet'])
console.log(`cold start, one file through the CLI: ${(performance.now() - c0).toFixed(0)} ms (exit ${cold.status})`)
