/**
 * Originals as ministries attach them (../shared/corpus/originals: each release as HWPX and
 * as PDF): none refused, titles as korea.kr gives them (silver), the PDF's record the HWPX's
 * record of the same release, both against the hand-checked gold. Floors just under what is
 * measured, so that a regression fails; skipped with a printed reason where ../shared is absent.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, basename, extname } from 'node:path'
import { extract } from '../src/index.js'
import { toJson } from '../src/write/json.js'
import { corpus, noShared, shared } from './helpers.js'

const originals = join(corpus, 'originals')

/** Convert one format's originals into a fresh folder; the files refused, by name. */
async function convert(ext: 'hwpx' | 'pdf'): Promise<{ dir: string; refused: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), `bodo-originals-${ext}-`))
  const refused: string[] = []
  for (const f of readdirSync(originals).filter((n) => n.endsWith(`.${ext}`)).sort()) {
    try {
      const { record } = await extract(readFileSync(join(originals, f)), { fileName: f })
      writeFileSync(join(dir, `${basename(f, extname(f))}.json`), toJson(record))
    } catch (error) {
      refused.push(`${f}: ${(error as Error).message}`)
    }
  }
  return { dir, refused }
}

/** The HWPX records of the releases that are also kept as PDF, in a fresh folder: what the PDF's records are compared with. */
function paired(hwpxDir: string, pdfDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bodo-originals-paired-'))
  for (const f of readdirSync(hwpxDir)) if (existsSync(join(pdfDir, f))) copyFileSync(join(hwpxDir, f), join(dir, f))
  return dir
}

function evaluate(script: string, args: string[]): any {
  const r = spawnSync(process.execPath, [join(shared, 'eval', script), ...args, '--json'], { encoding: 'utf8' })
  return JSON.parse(r.stdout)
}

test('originals: every HWPX and PDF read, both read alike, titles and gold at their level', { skip: noShared }, async () => {
  const hwpx = await convert('hwpx')
  const pdf = await convert('pdf')
  // Damaged archives are another matter (their salvage is tested elsewhere): count only releases refused.
  const notRelease = (list: string[]) => list.filter((r) => /press release|no title/iu.test(r))
  assert.deepEqual(notRelease(hwpx.refused), [], 'no HWPX release refused as not a press release')
  assert.deepEqual(notRelease(pdf.refused), [], 'no PDF release refused as not a press release')
  const meta = ['--meta', join(originals, 'meta.tsv')]
  const silverH = evaluate('silver.mjs', ['--pred', hwpx.dir, ...meta]).title.share as number
  const silverP = evaluate('silver.mjs', ['--pred', pdf.dir, ...meta]).title.share as number
  // A release kept only as HWPX has no PDF to read alike (it would count as the PDF's misses).
  const alike = evaluate('score.mjs', ['--gold', paired(hwpx.dir, pdf.dir), '--pred', pdf.dir])
  const goldH = evaluate('score.mjs', ['--gold', join(originals, 'gold'), '--pred', hwpx.dir]).micro.f as number
  const goldP = evaluate('score.mjs', ['--gold', join(originals, 'gold'), '--pred', pdf.dir]).micro.f as number
  const groups = Object.fromEntries((alike.groups as Array<{ group: string; f: number }>).map((g) => [g.group, Math.round(g.f * 1000) / 10]))
  console.log(`originals: silver title HWPX ${(silverH * 100).toFixed(1)}%, PDF ${(silverP * 100).toFixed(1)}%; PDF vs HWPX micro-F1 ${(alike.micro.f * 100).toFixed(1)}%`, JSON.stringify(groups))
  console.log(`originals gold micro-F1: HWPX ${(goldH * 100).toFixed(1)}%, PDF ${(goldP * 100).toFixed(1)}%`)
  assert.ok(silverH >= 0.9, `silver title HWPX ${silverH}`)
  assert.ok(silverP >= 0.87, `silver title PDF ${silverP}`)
  assert.ok(alike.micro.f >= 0.98, `PDF vs HWPX micro-F1 ${alike.micro.f}`)
  for (const [group, f] of Object.entries(groups)) assert.ok(f >= 87, `PDF vs HWPX ${group} ${f}%`)
  assert.ok(goldH >= 0.85, `gold HWPX ${goldH}`)
  assert.ok(goldP >= 0.96, `gold PDF ${goldP}`)
})
