/**
 * Morphology: fixed analyses, offsets, and (where Debian's `mecab` is installed) identity
 * with MeCab on real text.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createAnalyzer, defaultDictionaryPath } from '../src/morph/index.js'
import { corpus, hasShared, root } from './helpers.js'

const analyzer = createAnalyzer()
const stock = createAnalyzer({ stock: true })

test('a place name keeps its compound reading across a space (MeCab, not kuromoji)', () => {
  assert.deepEqual(stock.mecabLines('서울 송파구'), [
    '서울\tNNP,지명,T,서울,*,*,*,*',
    '송파구\tNNP,지명,F,송파구,Compound,*,*,송파/NNP/지명+구/NNG/*',
    'EOS'
  ])
})

test('tokens: offsets into the text, POS split on +, semantic class, expression parts', () => {
  const text = '박민수 차관은\n서울아산병원을 방문했다.'
  const tokens = analyzer.tokenize(text)
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.surface)
  const name = tokens.find((t) => t.surface === '박민수')!
  assert.deepEqual([name.pos, name.semanticClass, name.jongseong], [['NNP'], '인명', false])
  const verb = tokens.find((t) => t.pos.length > 1)!
  assert.ok(verb.expression.length > 1, JSON.stringify(verb))
})

test('unknown words: Latin, digits, symbols and a lone comma', () => {
  const lines = stock.mecabLines('AI·CDSS 2024년, ,')
  assert.equal(lines.at(-1), 'EOS')
  assert.ok(lines.includes(',\tSC,*,*,*,*,*,*,*'), lines.join('\n'))
  assert.ok(lines.some((l) => l.startsWith('AI\tSL')), lines.join('\n'))
})

const mecab = spawnSync('mecab', ['--version'], { encoding: 'utf8' })
const noMecab = mecab.status === 0 ? false : 'skipped: Debian mecab is not installed (apt-get install mecab)'

test('--stock output is identical to MeCab on real press-release text', { skip: noMecab }, () => {
  const files = hasShared
    ? readdirSync(join(corpus, 'bulk')).slice(0, 300).map((f) => join(corpus, 'bulk', f))
    : readdirSync(join(root, 'samples')).map((f) => join(root, 'samples', f))
  const lines = files.flatMap((f) => readFileSync(f, 'utf8').split('\n')).filter((l) => l.trim() !== '')
  const input = `${lines.join('\n')}\n`
  const theirs = spawnSync('mecab', ['-d', defaultDictionaryPath()], { input, encoding: 'utf8', maxBuffer: 1 << 28 })
  assert.equal(theirs.status, 0, theirs.stderr)
  const expected = theirs.stdout.split('EOS\n')
  let same = 0
  const differing: string[] = []
  lines.forEach((line, i) => {
    const ours = `${stock.mecabLines(line).slice(0, -1).join('\n')}${stock.mecabLines(line).length > 1 ? '\n' : ''}`
    if (ours === expected[i]) same++
    else if (differing.length < 3) differing.push(line)
  })
  console.log(`mecab agreement: ${same}/${lines.length} lines`)
  assert.ok(same / lines.length >= 0.999, `differing: ${differing.join(' | ')}`)
})

test('mentions lose their particles: 서울아산병원을 → 서울아산병원, 교육부와 → 교육부, 보건복지부의 → 보건복지부', async () => {
  const { stripParticles } = await import('../src/extract/morphemes.js')
  assert.equal(stripParticles('서울아산병원을'), '서울아산병원')
  assert.equal(stripParticles('교육부와'), '교육부')
  assert.equal(stripParticles('국토교통부는'), '국토교통부')
  assert.equal(stripParticles('보건복지부의'), '보건복지부')
  assert.equal(stripParticles('한국보건산업진흥원'), '한국보건산업진흥원')
})
