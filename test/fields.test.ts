/**
 * Quotes, attachments, footnotes, glossary, plans and provenance on small fixtures written
 * for one convention each (issue 9).
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { run } from './helpers.js'
import { traceValue, type Traced } from '../src/extract/context.js'

const header = ['보도자료', '보도시점\t2025. 5. 23.(금) 12:00\t배포\t2025. 5. 22.(목) 09:00', ''].join('\n')
/** A release with a header and a title, its body given as lines. */
const release = (body: string | string[]) => run(`${header}제목입니다\n\n${[body].flat().join('\n')}\n`).record
/** The quotes as [name, one other speaker field, text]. */
const said = (record: ReturnType<typeof release>, field: 'position' | 'organization') => record.quotes.map((q) => [q.speaker.name, q.speaker[field], q.text])

test('quotes: quotative endings, a particle and a speech verb, chains over lines', () => {
  const record = release(
    [
      '□ 홍길동 보건복지부 장관은 “의료 현장의 목소리를 계속 듣겠다”며, “필요한 제도는 바로 고치겠다”고 밝혔다.',
      '',
      ' ㅇ “현장 인력을 안전하게 보호하는 체계를 갖춰 줄 것”과,',
      '',
      ' ㅇ “지역 병원의 어려움도 살펴 줄 것”을 당부하였다.'
    ]
  )
  assert.deepEqual(
    said(record, 'position'),
    [
      ['홍길동', '장관', '의료 현장의 목소리를 계속 듣겠다'],
      ['홍길동', '장관', '필요한 제도는 바로 고치겠다'],
      ['홍길동', '장관', '현장 인력을 안전하게 보호하는 체계를 갖춰 줄 것'],
      ['홍길동', '장관', '지역 병원의 어려움도 살펴 줄 것']
    ]
  )
  for (const q of record.quotes) assert.ok(record.text.slice(q.span.start, q.span.end).replace(/\s+/gu, ' ').includes(q.text.slice(0, 10)))
})

test('quotes: names in double marks are not quotes; an official without a name', () => {
  const record = release(
    [
      '□ 올해 박람회는 “함께 여는 미래”라는 주제로 열리며, 우수 기업을 “스타기업”으로 선정한다.',
      '',
      '□ 행정안전부 관계자는 “국민 안전을 최우선으로 두고 점검하겠다”고 말했다.'
    ]
  )
  assert.deepEqual(
    said(record, 'organization'),
    [[null, '행정안전부', '국민 안전을 최우선으로 두고 점검하겠다']]
  )
})

test('quotes: a quote wrapped over lines, its footnote mark dropped; 김 청장 refers back to the person named earlier', () => {
  const record = release(
    [
      '□ 김영수 특허청장은 17일 대전에서 열린 간담회에 참석했다.',
      '',
      '□ 김 청장은 “지식재산 출원이 32%* 늘어난 만큼 심사 인력을',
      '',
      ' 확충하겠다”라고 강조했다.'
    ]
  )
  assert.equal(record.quotes.length, 1)
  assert.equal(record.quotes[0]!.speaker.name, '김영수')
  // The name comes from the earlier sentence: traced there.
  const from = record.quotes[0]!.sources?.['speaker.name']
  assert.ok(from && from.end <= record.quotes[0]!.span.start)
  assert.equal(record.text.slice(from.start, from.end), '김영수')
  assert.equal(record.quotes[0]!.text, '지식재산 출원이 32% 늘어난 만큼 심사 인력을 확충하겠다')
})

test('quotes: a name the dictionary splits into common words is read before a post', () => {
  const record = release('□ 국립농업과학원 장갑열 과장은 "새 품종을 현장에 빠르게 보급하겠다"고 말했다.')
  assert.equal(record.quotes[0]?.speaker.name, '장갑열')
})

test('attachments: a bare opener over its list, tails 1부 and 끝 dropped', () => {
  const record = release(['□ 본문입니다.', '', '<붙임>', '- 행사 개요', '- 참석자 명단 1부. 끝.'])
  assert.deepEqual(
    record.attachments.map((a) => [a.number, a.title]),
    [
      [null, '행사 개요'],
      [null, '참석자 명단']
    ]
  )
})

test('attachments: numbered entries on one line are cut in sequence, dates in a title are not', () => {
  const record = release(['□ 본문입니다.', '', '붙임 1. 사업 개요 1부. 2. 2025. 3. 9. 설명회 자료 1부. 끝.'])
  assert.deepEqual(
    record.attachments.map((a) => [a.number, a.title]),
    [
      [1, '사업 개요'],
      [2, '2025. 3. 9. 설명회 자료']
    ]
  )
})

test('attachments: a bare heading over its title; the table cells after it are not attachments', () => {
  const record = release(['□ 본문입니다.', '', '붙임', '', '참석자 명단', '', '소속', '', '직책', '', '이름', '', '행정안전부', '', '과장', '', '홍길동'])
  assert.deepEqual(
    record.attachments.map((a) => [a.number, a.title]),
    [[null, '참석자 명단']]
  )
})

test('attachments: 참고로 and 첨부파일 notices open no list; 참고 only as a heading', () => {
  const record = release(
    ['□ 참고로, 신청은 다음 달까지 받는다.', '', '※ 자세한 내용은 첨부파일을 참고하시기 바랍니다.', '', '참고1', '', '지원 사업 개요', '', '□ 사업 목적 : 지역 기업 지원']
  )
  assert.deepEqual(
    record.attachments.map((a) => [a.number, a.title]),
    [[1, '지원 사업 개요']]
  )
})

test('footnotes: a closing notice, a contact line and an overview label line under * are not footnotes', () => {
  const record = release(
    ['□ 점검 회의 개요', '', ' * (장소) 정부세종청사 회의실', '', '□ 이번 점검*은 전국에서 실시된다.', '', ' * 전국 17개 시도 물류창고 대상', '', '□ 끝으로 일정을 알린다.', '', '* 자세한 내용은 첨부파일을 참고하시기 바랍니다.']
  )
  assert.deepEqual(
    record.footnotes.map((f) => [f.anchor, f.text]),
    [['점검', '전국 17개 시도 물류창고 대상']]
  )
})

test('glossary: a definition is kept; figures, rankings and labels define nothing', () => {
  const record = release(
    [
      '□ 이번 사업은 탄소포집*과 보급 확대**를 추진하며 일정***을 정했다.',
      '',
      ' * 탄소포집 (Carbon Capture, CC) : 공정에서 나오는 이산화탄소를 모아 저장하는 기술',
      '',
      ' ** 보급 규모 : 서울 28개소, 경기 70개소, 인천 6개소',
      '',
      ' *** 일시/장소 : 5.23(금) 14:00 / 세종청사'
    ]
  )
  assert.deepEqual(
    record.glossary.map((g) => [g.term, g.english, g.abbreviation]),
    [['탄소포집', 'Carbon Capture', 'CC']]
  )
})

test('plans: numbers korea.kr split from their headings are restored as tasks', () => {
  const sentence = (s: string) => `${s} 이를 위해 관계 기관과 함께 세부 과제를 마련하고 현장 의견을 들어 단계적으로 추진할 예정이다.`
  const record = release(
    ['□ 정부는 다음 과제를 추진한다.', '', '1', '', '전문 인력 양성', '', sentence('대학과 병원이 함께 교육과정을 만든다.'), '', '2', '', '근무 환경 개선', '', sentence('야간 근무 기준을 새로 정한다.')]
  )
  assert.deepEqual(
    record.plans.flatMap((p) => p.tasks.map((t) => [t.title, t.items.length])),
    [
      ['전문 인력 양성', 1],
      ['근무 환경 개선', 1]
    ]
  )
})

test('provenance: traceValue keeps only spans outside the object', () => {
  const object = (): Traced => ({ span: { start: 10, end: 20 } })
  const inside = traceValue(object(), 'department', { start: 12, end: 15 })
  assert.equal(inside.sources, undefined)
  const outside = traceValue(object(), 'department', { start: 0, end: 5 })
  assert.deepEqual(outside.sources, { department: { start: 0, end: 5 } })
  assert.deepEqual(traceValue(outside, 'role', null).sources, { department: { start: 0, end: 5 } })
})

test('provenance: a department cell spanning rows and a role written once are traced to their cells', () => {
  const record = release(
    '담당 부서\t기획조정실\t책임자\t과장\t김철수\t(044-123-4567)\n\t정책기획과\t담당자\t사무관\t이영희\t(044-123-4568)\n\t\t\t주무관\t박민준\t(044-123-4569)'
  )
  const text = record.text
  const third = record.contacts[2]!
  assert.equal(third.department, '기획조정실 정책기획과')
  // A value joined from cells of two rows is traced to the stretch from its first cell to its last.
  const from = third.sources?.department
  assert.ok(from)
  assert.ok(text.slice(from.start, from.end).startsWith('기획조정실') && text.slice(from.start, from.end).endsWith('정책기획과'))
  assert.equal(text.slice(third.sources!.role!.start, third.sources!.role!.end), '담당자')
  // The first row's own cells hold its department's first line: only the cell below is traced.
  assert.equal(text.slice(record.contacts[0]!.sources!.department!.start, record.contacts[0]!.sources!.department!.end), '정책기획과')
})
