/**
 * Real documents: the sample, the shared corpus against its gold records, the bulk archive,
 * the generated schema.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, basename, extname } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { extractSync as extract, jsonSchema } from '../src/index.js'
import { toJson } from '../src/write/json.js'
import { corpus, noShared, root, shared } from './helpers.js'

const TEXT_FORMATS = /\.(txt|md)$/u

function convert(files: string[]): string {
  const out = mkdtempSync(join(tmpdir(), 'bodo-pred-'))
  for (const f of files) {
    const { record } = extract(readFileSync(f), { fileName: basename(f) })
    writeFileSync(join(out, `${basename(f, extname(f))}.json`), toJson(record))
  }
  return out
}

function score(goldDir: string, predDir: string) {
  const r = spawnSync(process.execPath, [join(shared, 'eval/score.mjs'), '--gold', goldDir, '--pred', predDir, '--json'], { encoding: 'utf8' })
  return JSON.parse(r.stdout) as { groups: Array<{ group: string; f: number }>; micro: { f: number } }
}

test('the committed JSON Schema is the one the zod schemas generate', () => {
  const committed = readFileSync(join(root, 'schemas/press-release.schema.json'), 'utf8')
  assert.equal(committed, `${JSON.stringify(jsonSchema(), null, 2)}\n`, 'run `npm run schemas` and commit the result')
})

test('every sample converts and validates against the generated JSON Schema', () => {
  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(jsonSchema())
  for (const f of readdirSync(join(root, 'samples'))) {
    const { record } = extract(readFileSync(join(root, 'samples', f)), { fileName: f })
    assert.ok(validate(JSON.parse(toJson(record))), `${f}: ${JSON.stringify(validate.errors)}`)
  }
})

test('the seed release scores 100% against its gold record', { skip: noShared }, () => {
  const gold = mkdtempSync(join(tmpdir(), 'bodo-gold-'))
  copyFileSync(join(corpus, 'gold/000-mohw-medical-ai-visit.json'), join(gold, '000-mohw-medical-ai-visit.json'))
  const s = score(gold, convert([join(root, 'samples/000-mohw-medical-ai-visit.txt')]))
  assert.equal(s.micro.f, 1, JSON.stringify(s.groups))
})

test('text and Markdown releases of the corpus: accuracy holds its level', { skip: noShared }, () => {
  const docs = readdirSync(join(corpus, 'docs')).filter((f) => TEXT_FORMATS.test(f))
  const gold = mkdtempSync(join(tmpdir(), 'bodo-gold-'))
  for (const f of docs) copyFileSync(join(corpus, 'gold', `${basename(f, extname(f))}.json`), join(gold, `${basename(f, extname(f))}.json`))
  const s = score(gold, convert(docs.map((f) => join(corpus, 'docs', f))))
  const byGroup = Object.fromEntries(s.groups.map((g) => [g.group, Math.round(g.f * 1000) / 10]))
  console.log(`corpus txt/md micro-F1 ${(s.micro.f * 100).toFixed(1)}%`, JSON.stringify(byGroup))
  // A floor under what is measured now, so that a regression fails.
  assert.ok(s.micro.f >= 0.912, `micro-F1 ${s.micro.f}`)
  for (const g of ['title', 'documentType', 'release.embargo', 'release.distributed', 'ministry', 'subtitles', 'contacts', 'attachments', 'footnotes', 'quotes', 'agenda', 'glossary']) assert.ok(byGroup[g]! >= 93, `${g} ${byGroup[g]}`)
  for (const [g, floor] of [['events', 90], ['plans.goals', 90], ['plans.tasks', 90], ['plans.vision', 88]] as const) assert.ok(byGroup[g]! >= floor, `${g} ${byGroup[g]}`)
  assert.ok(byGroup.participants! >= 80.3, `participants ${byGroup.participants}`)
})

test('all 2,000 korea.kr bulk releases convert to valid records', { skip: noShared }, () => {
  const bulk = join(corpus, 'bulk')
  const files = readdirSync(bulk).filter((f) => f.endsWith('.md'))
  assert.ok(files.length >= 2000)
  const failures: string[] = []
  for (const f of files) {
    try {
      extract(readFileSync(join(bulk, f)), { fileName: f })
    } catch (e) {
      failures.push(`${f}: ${(e as Error).message}`)
    }
  }
  assert.deepEqual(failures, [])
})

test('every document of the corpus, in every format, converts through the CLI', { skip: noShared }, () => {
  const out = mkdtempSync(join(tmpdir(), 'bodo-out-'))
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), 'extract', join(corpus, 'docs'), '--out', out], { encoding: 'utf8' })
  assert.equal(r.status, 0, r.stderr)
  assert.doesNotMatch(r.stderr, /internal error/u)
  assert.equal(readdirSync(out).length, readdirSync(join(corpus, 'docs')).length)
})

test('one release in two formats gives records that agree (micro-F1 ≥ 0.95 of one against the other)', { skip: noShared }, async () => {
  const { extract: extractAsync } = await import('../src/index.js')
  const pairs: Array<[string, string]> = [
    ['001-moef-fdi-2024q3.hwp', '002-moef-fdi-2024q3.pdf'],
    ...['008-mof-busan-cruise-explain', '012-unikorea-nuri-lecture', '021-moe-history-camps', '034-moe-bk21-symposium'].map(
      (n): [string, string] => [`${n}.hwpx`, `1${n}.txt`]
    )
  ]
  for (const [a, b] of pairs) {
    const left = mkdtempSync(join(tmpdir(), 'bodo-a-'))
    const right = mkdtempSync(join(tmpdir(), 'bodo-b-'))
    for (const [file, dir] of [[a, left], [b, right]] as const) {
      const { record } = await extractAsync(readFileSync(join(corpus, 'docs', file)), { fileName: file })
      writeFileSync(join(dir, 'x.json'), toJson(record))
    }
    const s = score(left, right)
    assert.ok(s.micro.f >= 0.95, `${a} vs ${b}: ${s.micro.f}`)
  }
})
