/**
 * Throughput (issue 9), second round: each shortcut gives what the longer way gave.
 * - lattice nodes are kuromoji's nodes as they are: surfaces after absorbed spaces, unknown
 *   words and MeCab's order of equal-cost paths come out as before;
 * - `tokenize` with a test makes only the tokens it keeps, the same as filtering all of them;
 *   the nouns keywords and entities read are the text's nouns;
 * - a pool whose caller reads only the JSON gets records equal to the ones workers send;
 * - atomic writes ask for their folder once, and make it again if it was removed.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { VFile } from 'vfile'
import { createAnalyzer, type TokenFeatures } from '../src/morph/index.js'
import { isNounish, nouns } from '../src/extract/morphemes.js'
import { convertAll } from '../src/batch/pool.js'
import { writeAtomic } from '../src/write/atomic.js'

const analyzer = createAnalyzer()
const text = [
  '  행정안전부는  3일 정부세종청사에서 지역균형발전 간담회를 개최했다.',
  '',
  '○ 이번 회의에는 김민준 차관과 ＡＩ 전문가 12명이 참석했으며,   ㈜한빛소프트 관계자도 함께했다.',
  '문의: 행정안전부 지역발전과 044-205-1234'
].join('\n')

test('surfaces start after the spaces a node absorbs and end where the node ends', () => {
  const tokens = analyzer.tokenize(text)
  for (const t of tokens) {
    assert.equal(text.slice(t.start, t.end), t.surface)
    assert.equal(t.surface.trim(), t.surface, JSON.stringify(t.surface))
  }
  // Unknown words (the full-width letters, the company's name) are told apart from entries.
  assert.ok(tokens.some((t) => t.unknown))
  assert.ok(tokens.some((t) => !t.unknown && t.pos[0] === 'NNP'))
})

test('MeCab output (stock and mecab-ko) names each token once per morpheme, in text order', () => {
  for (const stock of [true, false]) {
    const lines = createAnalyzer({ stock }).mecabLines(text.split('\n')[2]!)
    assert.equal(lines.at(-1), 'EOS')
    const surfaces = lines.slice(0, -1).map((l) => l.split('\t')[0]!)
    assert.equal(surfaces.join(''), text.split('\n')[2]!.replace(/\s+/gu, ''))
  }
})

test('tokenize with a test keeps exactly the tokens the test takes, at the same offsets', () => {
  const properNoun = (f: TokenFeatures) => f.pos.length === 1 && f.pos[0] === 'NNP'
  const all = analyzer.tokenize(text)
  const kept = analyzer.tokenize(text, properNoun)
  assert.deepEqual(kept, all.filter(properNoun))
  assert.ok(kept.length > 0 && kept.length < all.length)
  // Asked again (verdicts remembered per entry), and from a fresh analyser: the same.
  assert.deepEqual(analyzer.tokenize(text, properNoun), kept)
  assert.deepEqual(createAnalyzer().tokenize(text, properNoun), kept)
})

test("a record's nouns are its text's nounish morphemes, whether or not all morphemes were made", () => {
  const file = new VFile({ value: text })
  const fromFilter = analyzer.tokenize(text).filter(isNounish)
  assert.deepEqual(nouns(file), fromFilter)
  const again = new VFile({ value: text })
  again.data.morphemes = analyzer.tokenize(text)
  assert.deepEqual(nouns(again), fromFilter)
  assert.ok(fromFilter.every((t) => t.pos.length === 1 && /^(?:NNG|NNP|SL|SN|XSN)$/u.test(t.pos[0]!)))
  assert.ok(fromFilter.some((t) => t.pos[0] === 'SN'))
})

test('a pool that hands back only the JSON gives the same records as one that sends them', async () => {
  const inputs = ['보도자료\n\n행정안전부, 지역균형발전 간담회 개최\n\n행정안전부는 3일 간담회를 개최했다.', '보도자료\n\n교육부, 디지털 교과서 설명회\n\n교육부는 5일 설명회를 열었다.'].map((t, i) => ({
    name: `r${i}.txt`,
    bytes: new TextEncoder().encode(t)
  }))
  const run = async (jsonOnly: boolean) => {
    const out = []
    for await (const { result } of convertAll(inputs, { jobs: 2, jsonOnly })) {
      assert.ok(result.ok)
      out.push(result)
    }
    return out
  }
  const [light, full] = [await run(true), await run(false)]
  assert.deepEqual(
    light.map((r) => r.json),
    full.map((r) => r.json)
  )
  for (const [i, r] of light.entries()) {
    assert.ok(r.ok && full[i]!.ok)
    assert.deepEqual(r.record, JSON.parse(r.json))
    assert.deepEqual(JSON.parse(JSON.stringify(r.record)), JSON.parse(JSON.stringify(full[i]!.ok ? full[i]!.record : null)))
  }
})

test('atomic writes make their folder again when it was removed after the first write', async () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'bodo-atomic-')), 'out')
  await writeAtomic(join(dir, 'a.json'), 'one')
  rmSync(dir, { recursive: true })
  await writeAtomic(join(dir, 'b.json'), 'two')
  assert.equal(readFileSync(join(dir, 'b.json'), 'utf8'), 'two')
})
