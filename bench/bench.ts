/**
 * `npm run bench`: figures for the morphology (load time, characters per second, RSS, next to
 * Debian's `mecab` on the same text) and for extraction (releases per second, cold start).
 * Prints figures; asserts nothing.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const bulk = join(root, '..', 'shared', 'corpus', 'bulk')
const files = existsSync(bulk)
  ? readdirSync(bulk).sort().map((f) => join(bulk, f))
  : readdirSync(join(root, 'samples')).map((f) => join(root, 'samples', f))
const texts = files.map((f) => readFileSync(f))
const lines = texts.flatMap((t) => t.toString('utf8').split('\n')).filter((l) => l.trim() !== '')
const chars = lines.reduce((s, l) => s + l.length, 0)
const mb = (n: number) => `${(n / 1e6).toFixed(0)} MB`
console.log(`input: ${files.length} releases from ${existsSync(bulk) ? '../shared/corpus/bulk' : 'samples/'}, ${lines.length} lines, ${chars} characters`)

// Morphology.
const t0 = performance.now()
const { createAnalyzer, defaultDictionaryPath } = await import('../src/morph/index.js')
const analyzer = createAnalyzer({ stock: true })
const loaded = performance.now()
let peak = process.memoryUsage().rss
const t1 = performance.now()
let morphemes = 0
for (const [i, line] of lines.entries()) {
  morphemes += analyzer.mecabLines(line).length - 1
  if (i % 1000 === 0) peak = Math.max(peak, process.memoryUsage().rss)
}
const t2 = performance.now()
peak = Math.max(peak, process.memoryUsage().rss)
const ours = chars / ((t2 - t1) / 1000)
console.log(`morphology: dictionary load ${(loaded - t0).toFixed(0)} ms; ${(ours / 1000).toFixed(0)}k chars/s (${morphemes} morphemes); peak RSS ${mb(peak)}`)
const mecab = spawnSync('mecab', ['-d', defaultDictionaryPath()], { input: `${lines.join('\n')}\n`, maxBuffer: 1 << 30 })
if (mecab.status === 0) {
  const m0 = performance.now()
  spawnSync('mecab', ['-d', defaultDictionaryPath()], { input: `${lines.join('\n')}\n`, maxBuffer: 1 << 30 })
  const theirs = chars / ((performance.now() - m0) / 1000)
  console.log(`mecab (C, same text, with process start): ${(theirs / 1000).toFixed(0)}k chars/s; bodo/mecab = ${(ours / theirs).toFixed(2)}x`)
} else console.log('mecab: not installed (apt-get install mecab) - no C figure')

// Extraction.
const { extract } = await import('../src/index.js')
const e0 = performance.now()
let bytes = 0
let failed = 0
for (const [i, t] of texts.entries()) {
  bytes += t.length
  try {
    await extract(t, { fileName: files[i]! })
  } catch {
    failed++
  }
}
const e1 = performance.now()
console.log(`extraction (one thread): ${(texts.length / ((e1 - e0) / 1000)).toFixed(0)} releases/s, ${(bytes / 1e6 / ((e1 - e0) / 1000)).toFixed(1)} MB/s, ${failed} failed; RSS ${mb(process.memoryUsage().rss)}`)
const cold = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), 'extract', files[0]!, '--out', join(root, 'node_modules/.bench-out')], { encoding: 'utf8' })
const c0 = performance.now()
spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), 'extract', files[0]!, '--out', join(root, 'node_modules/.bench-out')])
console.log(`cold start, one file through the CLI: ${(performance.now() - c0).toFixed(0)} ms (exit ${cold.status})`)
