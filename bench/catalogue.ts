/**
 * `npm run bench:catalogue [-- --size 100000 --out <dir>]`: figures, not assertions.
 * Generates a corpus of `size` releases by varying the 2,000 bulk releases (each variant joins
 * the first half of one release's lines to the second half of another's of the same issuer,
 * renumbers its figures, and moves its date), builds the catalogue, and prints build time,
 * index size on disk, and query latency in Chromium for ten fixed queries on a page loaded
 * fresh for each (time from the query's input event to the first result and to the first 20 drawn, as the page
 * measures it, the same seen from the test driver, and bytes fetched).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { performance } from 'node:perf_hooks'
import { createHash } from 'node:crypto'
import { chromium } from 'playwright-core'
import { convertAll } from '../src/batch/pool.js'
import type { PressRelease } from '../src/schema/record.js'
import { startCatalogue } from '../src/catalogue/run.js'
import { serveFolder } from '../src/catalogue/serve.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({ options: { size: { type: 'string' }, out: { type: 'string' }, records: { type: 'string' }, jobs: { type: 'string' } } })
const size = Number(values.size ?? 100_000)
const out = values.out ?? '/tmp/bodo-catalogue-bench'
const QUERIES = ['장관', '장관은', '개최했다', '밝혔다', '코로나19', 'AI', '탄소중립 정책', '외교부 회담', '예방접종 현황', '청년 일자리 지원한다']
const NUMBER = /\d+/gu

/** A small seeded generator (mulberry32), so the corpus is the same on every run. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

async function baseRecords(): Promise<PressRelease[]> {
  if (values.records) return readdirSync(values.records).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(values.records!, f), 'utf8')) as PressRelease)
  const bulk = join(root, '..', 'shared', 'corpus', 'bulk')
  const folder = existsSync(bulk) ? bulk : join(root, 'samples')
  const records: PressRelease[] = []
  const inputs = readdirSync(folder).sort().map((f) => ({ path: join(folder, f), name: f }))
  for await (const { result } of convertAll(inputs, { jobs: Number(values.jobs ?? 2) })) if (result.ok) records.push(result.record)
  return records
}

/** Variant `i` of the base records (the first `base.length` are the records themselves). */
function variant(base: PressRelease[], byIssuer: Map<string, PressRelease[]>, i: number): PressRelease {
  const a = base[i % base.length]!
  if (i < base.length) return a
  const next = random(i)
  const peers = byIssuer.get(a.ministry ?? '') ?? base
  const b = peers[Math.floor(next() * peers.length)]!
  const la = a.text.split('\n')
  const lb = b.text.split('\n')
  const renumber = (s: string) => s.replace(NUMBER, (d) => String(Math.floor(next() * 10 ** Math.min(d.length, 6))))
  const text = renumber([...la.slice(0, Math.ceil(la.length / 2)), ...lb.slice(Math.ceil(lb.length / 2))].join('\n'))
  const day = new Date(Date.UTC(2000 + Math.floor(next() * 27), Math.floor(next() * 12), 1 + Math.floor(next() * 28))).toISOString().slice(0, 10)
  const sha = createHash('sha256').update(`${a.source.sha256}:${i}`).digest('hex')
  return {
    ...a,
    id: sha.slice(0, 16),
    title: renumber(a.title),
    text,
    source: { ...a.source, sha256: sha, meta: {} },
    release: { ...a.release, distributed: `${day}T09:00:00+09:00` }
  }
}

function du(dir: string): { bytes: number; files: number } {
  let bytes = 0
  let files = 0
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue
    bytes += statSync(join(e.parentPath, e.name)).size
    files++
  }
  return { bytes, files }
}

const t0 = performance.now()
const base = await baseRecords()
const byIssuer = new Map<string, PressRelease[]>()
for (const r of base) byIssuer.set(r.ministry ?? '', [...(byIssuer.get(r.ministry ?? '') ?? []), r])
console.log(`base: ${base.length} releases converted in ${((performance.now() - t0) / 1000).toFixed(1)} s`)

const { rmSync } = await import('node:fs')
rmSync(out, { recursive: true, force: true })
const t1 = performance.now()
const build = await startCatalogue(out)
for (let i = 0; i < size; i++) {
  build.add(variant(base, byIssuer, i), `r${i}.html`)
  if ((i + 1) % 10_000 === 0) console.log(`  ${i + 1} indexed, ${((performance.now() - t1) / 1000).toFixed(0)} s, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`)
}
const t2 = performance.now()
const { total } = await build.finish()
const t3 = performance.now()
const disk = du(join(out, 'catalogue'))
const meta = JSON.parse(readFileSync(join(out, 'catalogue', 'meta.json'), 'utf8')) as { shards: number; rules: unknown[] }
console.log(`build: ${total} releases, cut and indexed in ${((t2 - t1) / 1000).toFixed(1)} s, written in ${((t3 - t2) / 1000).toFixed(1)} s (release pages not included)`)
console.log(`index: ${(disk.bytes / 1e6).toFixed(1)} MB on disk in ${disk.files} files; ${meta.shards} term shards; meta.json ${(statSync(join(out, 'catalogue', 'meta.json')).size / 1e3).toFixed(0)} kB with ${meta.rules.length} suffix rules`)

const { server, url } = await serveFolder(out, 0)
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] })
try {
  const rows: string[] = []
  for (const q of QUERIES) {
    const context = await browser.newContext()
    const page = await context.newPage()
    let fetched = 0
    page.on('response', (r) => void r.body().then((b) => (fetched += b.length), () => {}))
    await page.goto(url)
    await page.waitForSelector('body[data-ready]')
    const loadBytes = fetched
    const start = performance.now()
    await page.fill('#q', q)
    await page.waitForFunction((q) => document.querySelector('#results')?.getAttribute('data-query') === q, q, { polling: 'raf' })
    const wall = performance.now() - start
    const ms = await page.getAttribute('#results', 'data-ms')
    const first = await page.getAttribute('#results', 'data-first-ms')
    const status = await page.textContent('#status')
    rows.push(
      `${q.padEnd(12, '　')} first result ${(first || '—').padStart(4)} ms, 20 results ${(ms ?? '—').padStart(4)} ms in page; ${String(Math.round(wall)).padStart(5)} ms typing to drawn; ${((fetched - loadBytes) / 1e3).toFixed(0).padStart(5)} kB fetched; ${status}`
    )
    await context.close()
  }
  console.log(`queries (fresh page each; page load itself fetched the HTML, CSS, JS and meta.json):\n  ${rows.join('\n  ')}`)
} finally {
  await browser.close()
  server.close()
}
