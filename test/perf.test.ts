/**
 * Throughput work (issue 9): the shortcuts keep every result the slow path gave.
 * - the analyser's line cache (kuromoji's search stays the engine): offsets, spaces and
 *   surrogate pairs, lines analysed again from memory at other offsets, the same tokens as a
 *   fresh analyser's;
 * - `readableAs`, the dictionary test before an analysis: never says no where the analysis
 *   says yes;
 * - korea.kr front matter read without the YAML parser: the values YAML gives.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parse as parseYaml } from 'yaml'
import { createAnalyzer, type TokenFeatures } from '../src/morph/index.js'
import { readMarkdown } from '../src/read/index.js'

const analyzer = createAnalyzer()
const personReading = (t: TokenFeatures) => t.pos[0] === 'NNP' && t.semanticClass === '인명'

test('a line seen before is analysed the same at another offset', () => {
  const line = '김철수 장관은 세종청사에서 간담회를 개최했다.'
  const once = analyzer.tokenize(line)
  const text = `머리말\n${line}\n\n${line}`
  const twice = analyzer.tokenize(text)
  const second = twice.slice(-once.length)
  const shift = text.lastIndexOf(line)
  assert.deepEqual(
    second.map((t) => [t.surface, t.start - shift, t.end - shift, t.feature]),
    once.map((t) => [t.surface, t.start, t.end, t.feature])
  )
  for (const t of twice) assert.equal(text.slice(t.start, t.end), t.surface)
})

test('tokens from the line cache equal those of a fresh analysis', () => {
  const text = '과학기술정보통신부는 2일 인공지능 기본계획을 발표했다.\n\n문의: 과학기술정보통신부 인공지능정책과(044-202-6000)\n과학기술정보통신부는 2일 인공지능 기본계획을 발표했다.'
  const first = createAnalyzer().tokenize(text)
  const cached = analyzer.tokenize(text)
  assert.deepEqual(analyzer.tokenize(text), first)
  assert.deepEqual(cached, first)
})

test('offsets stay UTF-16 across spaces and characters outside the BMP', () => {
  const text = '회의 😀 개최  2024년'
  const tokens = analyzer.tokenize(text)
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.surface)
  assert.ok(tokens.some((t) => t.surface === '2024'), JSON.stringify(tokens.map((t) => t.surface)))
})

test('an empty or blank line has no morphemes; stock output ends with EOS', () => {
  assert.deepEqual(analyzer.tokenize('\n  \n'), [])
  assert.deepEqual(createAnalyzer({ stock: true }).mecabLines(''), ['EOS'])
})

test('readableAs never says no where the analysis reads every morpheme as a person name', () => {
  const phrases = ['박민수', '김철수 이영희', '마츠우라 코이치로', '간담회', '하였다', '서울 송파구', '카를로스 빅토르']
  for (const phrase of phrases) {
    const allNames = analyzer.tokenize(phrase).every(personReading)
    if (allNames) assert.ok(analyzer.readableAs(phrase, personReading), phrase)
  }
  // Verbs and common nouns cannot be read as names at all.
  assert.equal(analyzer.readableAs('하였다', personReading), false)
  assert.equal(analyzer.readableAs('간담회를 개최', personReading), false)
})

test('readableAs says yes where an unknown-word reading passes, whatever the text', () => {
  assert.equal(analyzer.readableAs('하였다', (t) => t.pos[0] === 'UNKNOWN' || t.pos[0] === 'SL'), true)
})

test('simple front matter gives the values YAML gives; any other shape still goes to YAML', () => {
  const simple = ['title: "보도자료 제목 # 해시도"', 'ministry: "행정안전부"', 'attachment_count: 0', 'news_item_id: "0012"', 'count: 12'].join('\n')
  const body = '\n\n## 본문\n\n본문 첫 줄\n'
  assert.deepEqual(readMarkdown(`---\n${simple}\n---${body}`).meta, parseYaml(simple))
  const other = ['title: 따옴표 없는 제목', 'tags: [가, 나]', 'on: yes', 'n: 012', 'big: 12345678901234567890'].join('\n')
  assert.deepEqual(readMarkdown(`---\n${other}\n---${body}`).meta, parseYaml(other))
  // A key written twice is YAML's to refuse.
  assert.equal(readMarkdown(`---\ntitle: "가"\ntitle: "나"\n---${body}`).meta.frontMatterError, 'front matter is not valid YAML')
})
