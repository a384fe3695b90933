/**
 * `npm run fuzz`: damaged and hostile inputs made from ../shared/corpus/docs and samples/
 * with a fixed seed (fuzz/inputs.ts), converted by one `bodo extract --jobs 2` run, and the
 * outcome: crashes, hangs, internal errors, refusals by code, salvaged records, the slowest
 * input, peak memory; then the targets: text and Markdown with ≤ 0.5% damaged bytes keep
 * their title (but for the damaged characters), HWPX with a damaged section in an intact zip
 * give a record.
 *
 * Options: `--seed n` (default 1), `--dir path` (default $TMPDIR/bodo-fuzz), `--jobs n`
 * (default 2), `--limit n` (the first n inputs only), `--group intact|damaged|hostile` (one group only).
 */
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { existsSync, statSync } from 'node:fs'
import { spawn } from 'node:child_process'
import { join, dirname, resolve } from 'node:path'
import { tmpdir } from 'node:os'
import { fileURLToPath } from 'node:url'
import { damagedInputs, hostileInputs, type FuzzInput, type FuzzSource } from './inputs.js'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const SOURCES = [join(ROOT, '..', 'shared', 'corpus', 'docs'), join(ROOT, 'samples')]
/** A run that takes longer than this hangs. */
const RUN_TIMEOUT_MS = 60 * 60 * 1000
const TEXT_SHARE = 0.005
const TARGET_TEXT = 0.95
const TARGET_HWPX = 0.8
const TIME_BUDGET_MS = 10_000
const RSS_BUDGET_MB = 400
const TEXT_NAME = /\.(txt|md)$/iu
/** How many of the slowest inputs are measured again alone. */
const HEAVIEST = 10

interface ReportInput {
  input: string
  status: 'converted' | 'skipped' | 'failed'
  output: string | null
  ms: number
  cpuMs?: number
  messages: Array<{ ruleId: string; reason: string }>
  error: { code: string; reason: string } | null
}

interface Report {
  memory: { peakRssMb: number; workers: Array<{ tasks: number; heapMb: number }>; workersReplaced: number }
  inputs: ReportInput[]
}

const args = process.argv.slice(2)
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback
}
const seed = Number(option('seed', '1'))
const dir = resolve(option('dir', join(tmpdir(), 'bodo-fuzz')))
const jobs = option('jobs', '2')
const limit = Number(option('limit', 'Infinity'))
const group = option('group', '')

const sources: FuzzSource[] = []
for (const folder of SOURCES) {
  if (!existsSync(folder)) continue
  for (const name of (await readdir(folder)).sort()) {
    const path = join(folder, name)
    // A sample that is also a corpus document (same name) is taken once.
    if (statSync(path).isFile() && !sources.some((s) => s.name === name)) sources.push({ name, bytes: new Uint8Array(await readFile(path)) })
  }
}
const sample = sources.find((s) => s.name.endsWith('.hwpx'))?.bytes
const inputs: FuzzInput[] = [...damagedInputs(sources, seed), ...hostileInputs(seed, sample)].filter((i) => group === '' || i.group === group).slice(0, limit)

await rm(dir, { recursive: true, force: true })
const inDir = join(dir, 'in')
const outDir = join(dir, 'out')
const dotDir = join(dir, 'in-dots')
await mkdir(join(inDir, 'x'), { recursive: true })
await mkdir(dotDir, { recursive: true })
// Names that start with a dot are hidden, so a folder does not list them: they are named one by one.
const explicit: string[] = []
for (const input of inputs) {
  const path = join(input.name.startsWith('.') ? dotDir : inDir, input.name)
  if (input.name.startsWith('.')) explicit.push(path)
  await writeFile(path, input.bytes)
}
await writeFile(join(dir, 'manifest.json'), JSON.stringify(inputs.map(({ bytes, ...rest }) => ({ ...rest, size: bytes.length }))))
// A path that climbs (`x/../`) names an input like any other; its output stays in --out.
const climbing = `${inDir}/x/../../in-dots/climb.md`
await writeFile(join(dotDir, 'climb.md'), '# 보도자료 제목입니다\n\n본문입니다.\n')
explicit.push(climbing)
process.stderr.write(`fuzz: ${inputs.length + 1} inputs (seed ${seed}) in ${inDir}; converting with --jobs ${jobs}…\n`)

const started = Date.now()
const run = await extractRun([inDir, ...explicit], outDir, jobs, join(dir, 'report.json'))
const seconds = (Date.now() - started) / 1000

/** One `bodo extract` run in a child process, killed if it hangs. */
function extractRun(paths: string[], out: string, jobs: string, reportPath: string) {
  return new Promise<{ code: number | null; signal: string | null; hung: boolean; stderr: string }>((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'extract', ...paths, '--out', out, '--jobs', jobs, '--force', '--quiet', '--report', reportPath], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe']
    })
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-200_000)
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS)
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      done({ code, signal, hung: signal === 'SIGKILL', stderr })
    })
  })
}

const report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8').catch(() => '{"inputs":[],"memory":{"peakRssMb":0,"workers":[],"workersReplaced":0}}')) as Report
const byName = new Map(report.inputs.map((r) => [r.input.split(/[\\/]/u).pop()!, r]))
const records = new Map<string, { title: string | null; damaged?: boolean }>()
for (const r of report.inputs) {
  if (r.status !== 'converted' || !r.output) continue
  const record = JSON.parse(await readFile(r.output, 'utf8')) as { title: string | null; source: { damaged?: boolean } }
  records.set(r.input.split(/[\\/]/u).pop()!, { title: record.title, damaged: record.source.damaged })
}

// Outcome.
const crashed = run.signal !== null || (run.code !== 0 && run.code !== 1)
const missing = inputs.filter((i) => !byName.has(i.name))
const failed = report.inputs.filter((r) => r.status === 'failed')
const internal = failed.filter((r) => r.error?.code === 'internal' || r.error?.code === 'invalid-record' || /\n\s+at /u.test(r.error?.reason ?? ''))
const timeouts = failed.filter((r) => r.error?.code === 'timeout')
const codes = new Map<string, number>()
for (const r of failed) codes.set(r.error!.code, (codes.get(r.error!.code) ?? 0) + 1)
const salvaged = [...records.values()].filter((r) => r.damaged).length
const slowest = report.inputs.filter((r) => r.cpuMs !== undefined).sort((a, b) => b.cpuMs! - a.cpuMs!)[0]
const slowestWall = [...report.inputs].sort((a, b) => b.ms - a.ms)[0]
// One conversion's memory: the heaviest inputs again, each in a run of its own beside a tiny
// input (--jobs 2: two workers under their limits, one idle), against a run of two tiny inputs.
const peakOf = async (paths: string[]) => {
  const reportPath = join(dir, 'alone.json')
  await extractRun(paths, join(dir, 'alone'), '2', reportPath)
  return (JSON.parse(await readFile(reportPath, 'utf8').catch(() => '{"memory":{"peakRssMb":0}}')) as Report).memory.peakRssMb
}
const tiny = [join(dotDir, 'climb.md'), join(dotDir, '..hidden.md')]
const baseline = await peakOf(tiny)
const alone: Array<{ input: string; addedMb: number }> = []
for (const r of [...report.inputs].sort((a, b) => (b.cpuMs ?? b.ms) - (a.cpuMs ?? a.ms)).slice(0, HEAVIEST)) {
  alone.push({ input: r.input.split(/[\\/]/u).pop()!, addedMb: (await peakOf([resolve(ROOT, r.input), tiny[0]!])) - baseline })
}
await rm(join(dir, 'alone'), { recursive: true, force: true })
await rm(join(dir, 'alone.json'), { force: true })
const heaviestAlone = alone.sort((a, b) => b.addedMb - a.addedMb)[0]
const outside = (await readdir(dir)).filter((n) => !['in', 'in-dots', 'out', 'report.json', 'manifest.json'].includes(n))
const strayOutputs = existsSync(outDir) ? (await readdir(outDir)).filter((n) => !n.endsWith('.json')) : []

const lines: string[] = []
const say = (s: string) => lines.push(s)
say(`inputs: ${inputs.length + 1} (${inputs.filter((i) => i.group === 'intact').length} intact, ${inputs.filter((i) => i.group === 'damaged').length} damaged, ${inputs.filter((i) => i.group === 'hostile').length + 1} hostile) in ${seconds.toFixed(0)} s`)
say(`crashes: ${crashed ? `1 (exit ${run.code}, signal ${run.signal})` : 0}; inputs without a result: ${missing.length}${missing.length ? ` (${missing.slice(0, 5).map((m) => m.name).join(', ')})` : ''}`)
if (crashed) say(`the run's last words: ${run.stderr.split('\n').filter((l) => !/^\S+:\d+:\d+: error:/u.test(l)).slice(-5).join(' / ')}`)
say(`hangs: ${run.hung ? 'the run' : 0}; inputs stopped at the time budget (timeout): ${timeouts.length}`)
say(`internal errors: ${internal.length}${internal.length ? `: ${internal.slice(0, 5).map((r) => `${r.input}: ${r.error!.reason.slice(0, 160)}`).join(' | ')}` : ''}`)
say(`converted: ${records.size} (salvaged, source.damaged: ${salvaged}); refused: ${failed.length} — ${[...codes].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ')}`)
say(`slowest: ${slowest?.input} ${slowest?.cpuMs} ms CPU (${slowest?.ms} ms wall); slowest by wall (the machine's load): ${slowestWall?.input} ${slowestWall?.ms} ms`)
say(`memory: peak RSS of the process ${report.memory.peakRssMb} MB (main thread and ${jobs} workers); worker heaps after their largest input: ${report.memory.workers.map((w) => `${w.heapMb} MB`).join(', ')}; workers replaced: ${report.memory.workersReplaced}`)
say(`memory of one conversion: the ${HEAVIEST} slowest inputs, each in a worker of its own, add at most ${alone.slice(0, 3).map((a) => `${a.addedMb} MB (${a.input}${report.inputs.find((r) => r.input.endsWith(a.input))?.error ? `, ${report.inputs.find((r) => r.input.endsWith(a.input))!.error!.code}` : ''})`).join(', ')} to a run's ${baseline} MB (main thread, dictionary, two started workers)`)
say(`outputs outside --out: ${outside.length + strayOutputs.length}`)

// Per kind.
const kinds = new Map<string, { n: number; converted: number; salvaged: number; refused: Map<string, number> }>()
for (const input of inputs) {
  const k = kinds.get(input.kind) ?? { n: 0, converted: 0, salvaged: 0, refused: new Map() }
  kinds.set(input.kind, k)
  k.n++
  const r = byName.get(input.name)
  if (r?.status === 'converted') {
    k.converted++
    if (records.get(input.name)?.damaged) k.salvaged++
  } else if (r?.error) k.refused.set(r.error.code, (k.refused.get(r.error.code) ?? 0) + 1)
}
say('')
say('kind                        n  record  salvaged  refused')
for (const [kind, k] of [...kinds].sort()) say(`${kind.padEnd(24)} ${String(k.n).padStart(5)} ${String(k.converted).padStart(7)} ${String(k.salvaged).padStart(9)}  ${[...k.refused].map(([c, n]) => `${c} ${n}`).join(', ')}`)

// Targets.
const intactTitle = new Map<string, string | null>()
for (const input of inputs) if (input.group === 'intact') intactTitle.set(input.source!, records.get(input.name)?.title ?? null)
const sourceBytes = new Map(sources.map((s) => [s.name, s.bytes]))
const textCases = inputs.filter((i) => i.group === 'damaged' && TEXT_NAME.test(i.source!) && i.kind !== 'truncate' && i.damage!.share <= TEXT_SHARE && intactTitle.get(i.source!))
const textKept = textCases.filter((i) => sameTitle(records.get(i.name)?.title ?? null, intactTitle.get(i.source!)!, sourceBytes.get(i.source!)!, i.damage!.ranges))
const hwpxCases = inputs.filter((i) => i.kind.startsWith('hwpx-section-') && intactTitle.get(i.source!))
const hwpxRead = hwpxCases.filter((i) => records.has(i.name) && (byName.get(i.name)?.messages.length ?? 0) > 0)
const over = report.inputs.filter((r) => (r.cpuMs ?? 0) > TIME_BUDGET_MS + 500)
// Inputs whose worker was ended (out of memory) have no CPU time: said apart.
const ended = report.inputs.filter((r) => r.cpuMs === undefined && r.error && ['out-of-memory', 'timeout'].includes(r.error.code))
const pass = (ok: boolean) => (ok ? 'ok' : 'MISSED')
say('')
say(`target: ≥ 1,000 inputs: ${inputs.length + 1} ${pass(inputs.length + 1 >= 1000)}`)
say(`target: 0 crashes, 0 hangs, 0 internal errors: ${pass(!crashed && !run.hung && missing.length === 0 && internal.length === 0)}`)
say(`target: no input over ${TIME_BUDGET_MS / 1000} s of CPU: ${over.length} over${ended.length ? ` (${ended.length} ended by their worker's budget without a CPU reading: ${ended.map((r) => `${r.input.split(/[\\/]/u).pop()} ${r.error!.code} after ${r.ms} ms wall`).join(', ')})` : ''} ${pass(over.length === 0)}`)
say(`target: peak RSS ≤ ${RSS_BUDGET_MB} MB per worker: one conversion adds at most ${heaviestAlone?.addedMb} MB to its worker; the whole run (main thread, dictionary, ${jobs} workers) peaked at ${report.memory.peakRssMb} MB ${pass((heaviestAlone?.addedMb ?? 0) <= RSS_BUDGET_MB)}`)
say(`target: text/Markdown with ≤ 0.5% damaged bytes keep their title: ${textKept.length}/${textCases.length} = ${pct(textKept.length, textCases.length)} ${pass(textKept.length >= TARGET_TEXT * textCases.length)}`)
say(`target: HWPX with a damaged section in an intact zip give a record with a warning: ${hwpxRead.length}/${hwpxCases.length} = ${pct(hwpxRead.length, hwpxCases.length)} ${pass(hwpxRead.length >= TARGET_HWPX * hwpxCases.length)}`)
const lost = textCases.filter((i) => !textKept.includes(i))
if (lost.length) say(`titles lost: ${lost.slice(0, 8).map((i) => `${i.name} → ${JSON.stringify(records.get(i.name)?.title ?? byName.get(i.name)?.error?.code ?? null)} (was ${JSON.stringify(intactTitle.get(i.source!))})`).join('; ')}`)
process.stdout.write(`${lines.join('\n')}\n`)
process.exitCode = crashed || run.hung || internal.length > 0 || missing.length > 0 ? 1 : 0

function pct(a: number, b: number): string {
  return `${((100 * a) / Math.max(1, b)).toFixed(1)}%`
}

/**
 * The damaged record's title is the intact one's but for the damaged characters: equal, or
 * within 3 edits per damaged byte that falls inside the title where it stands in the source
 * (a damaged byte of a 3-byte character can give up to 3 replacement characters).
 */
function sameTitle(title: string | null, intact: string, source: Uint8Array, ranges: Array<[number, number]>): boolean {
  if (title === null) return false
  if (title === intact) return true
  const text = new TextDecoder().decode(source)
  const head = intact.slice(0, 6)
  let hits = 0
  for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
    const start = Buffer.byteLength(text.slice(0, at))
    const end = start + Buffer.byteLength(intact) + 16
    for (const [a, b] of ranges) hits += Math.max(0, Math.min(b, end) - Math.max(a, start))
  }
  return hits > 0 && distance(title, intact) <= 3 * hits
}

/** Levenshtein distance. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    row = next
  }
  return row[b.length]!
}
