/**
 * PDF text as its HWPX reads: the spaces of justified lines decided from the glyphs' geometry.
 * Every PDF here is composed by the test (test/pdf-fixture.ts): a run with `gaps` is one TJ
 * array whose glyphs stand that much (thousandths of an em) apart, as Hancom sets a justified line.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { makePdf, type Run } from './pdf-fixture.js'
import { readPdf } from '../src/read/pdf.js'

const SIZE = 14

/** Runs set left to right on one baseline, each `after` ems after the previous one's last glyph. */
function line(y: number, words: Array<{ text: string; gaps?: number[]; after?: number }>): Run[] {
  let x = 60
  return words.map((w) => {
    const run: Run = { x, y, size: SIZE, text: w.text, ...(w.gaps ? { gaps: w.gaps } : {}) }
    const glyphs = [...w.text].length
    x += (glyphs + (w.gaps ?? []).reduce((s, g) => s + g / 1000, 0) + (w.after ?? 0.7)) * SIZE
    return run
  })
}

/** A paragraph below, so that the page holds enough text to count as a text layer. */
const BODY: Run = { x: 60, y: 600, size: 10, text: '□ 본문은 이 줄에 있고 여기서 끝난다.' }

/**
 * Two paragraphs of two lines each, the first lines equally long (both run to the right edge).
 *
 * @returns The text's lines.
 */
async function twoParagraphs(first: [string, string], second: [string, string]): Promise<string[]> {
  assert.equal([...first[0]].length, [...second[0]].length)
  const runs: Run[] = [first, second].flatMap(([full, next], k) => [
    { x: 60, y: 700 - 50 * k, size: 10, text: full },
    { x: 60, y: 686 - 50 * k, size: 10, text: next }
  ])
  return (await readPdf(makePdf([runs]))).text.split('\n')
}

const even = (n: number, gap: number) => Array.from({ length: n - 1 }, () => gap)

test('PDF: a justified line whose glyphs stand a little wider apart than pdf.js allows reads without spaces inside its words', async () => {
  // pdf.js puts a space where two glyphs stand more than 0.102 em apart: here two of six gaps.
  const runs = line(700, [
    { text: '중소벤처기업부는', gaps: [95, 95, 115, 95, 95, 115, 95] },
    { text: '이하', gaps: [95] },
    { text: '등' },
    { text: '장관은', gaps: [95, 95] }
  ])
  const doc = await readPdf(makePdf([[...runs, BODY]]))
  assert.equal(doc.text.split('\n')[0], '중소벤처기업부는 이하 등 장관은')
})

test('PDF: a real space inside one pdf.js item (a gap clearly wider than the line\'s own) is kept', async () => {
  const runs = line(700, [
    { text: '국회본회의를', gaps: [95, 350, 95, 95, 95] },
    { text: '거쳐', gaps: [95] },
    { text: '등' }
  ])
  const doc = await readPdf(makePdf([[...runs, BODY]]))
  assert.equal(doc.text.split('\n')[0], '국회 본회의를 거쳐 등')
  // A font whose space is narrow: an eighth of an em, where the line sets its glyphs close.
  const narrow = line(700, [
    { text: '방과후학교총액은', gaps: [0, 0, 0, 0, 125, 0, 0] },
    { text: '늘봄학교', gaps: [0, 0, 0] },
    { text: '천' }
  ])
  const tight = await readPdf(makePdf([[...narrow, BODY]]))
  assert.equal(tight.text.split('\n')[0], '방과후학교 총액은 늘봄학교 천')
})

test('PDF: where the line tells no gap of its own (no word without a space), pdf.js spaces stand', async () => {
  const runs = line(700, [{ text: '중소벤처기업부', gaps: [95, 95, 115, 95, 95, 95] }, { text: '등' }])
  const doc = await readPdf(makePdf([[...runs, BODY]]))
  assert.equal(doc.text.split('\n')[0], '중소벤 처기업부 등')
})

test('PDF: evenly set words keep the spaces between them', async () => {
  const runs = line(700, [
    { text: '수출', gaps: even(2, -20), after: 0.3 },
    { text: '중소기업', gaps: even(4, -20), after: 0.3 },
    { text: '지원', gaps: even(2, -20), after: 0.3 },
    { text: '확대' }
  ])
  const doc = await readPdf(makePdf([[...runs, BODY]]))
  assert.equal(doc.text.split('\n')[0], '수출 중소기업 지원 확대')
})

test('PDF: a line wrapped inside a word (the next line starts with a particle or an ending) rejoins without a space; a line wrapped at a space keeps it', async () => {
  // Hancom breaks Korean lines between any two syllables; both lines run to the right edge.
  const text = await twoParagraphs(['□ 정부는 올해 하반기부터 새 제도를 적극적', '으로 추진한다.'], ['□ 또한 관계 기관과 함께 현장 점검을 계속', '실시한다.'])
  assert.ok(text.includes('□ 정부는 올해 하반기부터 새 제도를 적극적으로 추진한다.'), text.join('\n'))
  assert.ok(text.includes('□ 또한 관계 기관과 함께 현장 점검을 계속 실시한다.'), text.join('\n'))
})

test('PDF: smaller bullets and circled numbers set centred on a line (a baseline of their own) read in that line, with no column gap after them', async () => {
  const runs: Run[] = [
    // Glyphs of the fixture's font are all 1 em wide.
    { x: 60, y: 706, size: 9, text: '▲' },
    { x: 70, y: 700, size: 14, text: '풀밭에 오래 머무르지 않기,' },
    { x: 300, y: 706, size: 9, text: '▲' },
    { x: 310, y: 700, size: 14, text: '긴 옷 입기' },
    { x: 60, y: 640, size: 14, text: '지원 규모는 4,622억원,' },
    { x: 275, y: 646, size: 9, text: '②' },
    { x: 285, y: 640, size: 14, text: '민생 안정' }
  ]
  const doc = await readPdf(makePdf([[...runs, BODY]]))
  const text = doc.text.split('\n')
  assert.ok(text.includes('▲풀밭에 오래 머무르지 않기,\t▲긴 옷 입기'), doc.text)
  assert.ok(text.includes('지원 규모는 4,622억원, ②민생 안정'), doc.text)
})

test('PDF: a note mark before its text\'s hanging indent starts a note line, not a table row; the note goes on in its wrapped line', async () => {
  const note = '공동 출자하여 설립한 민간 중소기업 금융지원 전문회사로'
  const runs: Run[] = [
    { x: 60, y: 700, size: 12, text: '□ 회사는 지분을 보유하였다.' },
    { x: 60, y: 680, size: 12, text: '*' },
    { x: 90, y: 680, size: 12, text: note },
    { x: 90, y: 666, size: 12, text: '설립 당시 출자' },
    { x: 60, y: 640, size: 12, text: '□ 위원회는 이를 제재하였다 그리고 다음 달에 다시 점검한다.' }
  ]
  const doc = await readPdf(makePdf([runs]))
  assert.ok(doc.text.split('\n').includes(`* ${note} 설립 당시 출자`), doc.text)
})

test('PDF: a wrapped line starting with the next circled number of an enumeration inside the paragraph goes on in it; a list of circled items stays a list', async () => {
  const text = await twoParagraphs(['□ 이번 추경은 ①수출 기업 지원에 4,622억원,', '②소상공인 지원에 4,952억원을 쓴다.'], ['① 첫째 항목은 수출 기업 지원에 쓰는 예산 전액,', '② 둘째 항목은 소상공인 지원'])
  assert.ok(text.includes('□ 이번 추경은 ①수출 기업 지원에 4,622억원, ②소상공인 지원에 4,952억원을 쓴다.'), text.join('\n'))
  assert.ok(text.includes('① 첫째 항목은 수출 기업 지원에 쓰는 예산 전액,') && text.includes('② 둘째 항목은 소상공인 지원'), text.join('\n'))
})
