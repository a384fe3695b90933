/**
 * Events, third round: the event a body paragraph past the lead dates (a summary box ahead
 * of the body), and the chair written ahead of the venue.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { run } from './helpers.js'

const head = ['보도자료', '보도시점\t2025. 6. 10.(화) 12:00\t배포\t2025. 6. 9.(월) 09:00', '위원회 출범', ''].join('\n')
/** A summary box of nine plain paragraphs: the lead holds no dated event. */
const box = Array.from({ length: 9 }, (_, i) => `□ 위원회는 ${i + 1}번째 과제로 제도 개선을 추진한다.`).join('\n')

test('body event: a dated holding sentence past the lead gives the event, its venue without the chair', () => {
  const { record } = run(`${head}${box}\n□ 정부는 6월 10일(화) 홍길동 위원장 주재로 정부서울청사 대회의실에서 첫 전체회의를 개최하였다.\n`)
  assert.equal(record.events.length, 1)
  assert.equal(record.events[0]!.start, '2025-06-10')
  assert.equal(record.events[0]!.venue?.name, '정부서울청사 대회의실')
})

test('body event: an aside, a past date or a mere activity past the lead gives none', () => {
  for (const line of [
    '□ 한편, 위원회는 6월 10일(화) 정부서울청사에서 회의를 개최하였다.',
    '□ 지난 6월 3일 개최된 회의에서 이를 논의한 바 있다.',
    '□ 해당 기관은 6월 12일부터 점검을 실시한다.'
  ]) {
    const { record } = run(`${head}${box}\n${line}\n`)
    assert.deepEqual(record.events, [], line)
  }
})

test('venue: the occasion written as object ahead of the venue is no part of it', () => {
  const { record } = run(`${head}□ 위원회는 6월 10일(화) 제3차 정책 회의를 세종컨벤션센터에서 개최하였다.\n`)
  assert.equal(record.events[0]?.venue?.name, '세종컨벤션센터')
})

test('lead event: a sentence wrapped onto the next line, its verb there, is read whole', () => {
  const { record } = run(`${head}□ 김철수 차관은 6.10(화) 08:00 정부서울청사에서 ｢제3차 혁신 점검회의 겸\n제2차 물가 관계 차관회의｣를 개최하였습니다.\n`)
  assert.equal(record.events.length, 1)
  assert.equal(record.events[0]!.start, '2025-06-10T08:00:00+09:00')
  assert.equal(record.events[0]!.venue?.name, '정부서울청사')
})

test('lead event: a bare day after the subject (`청장은 28일 … 방문하여`) is in the release month; a day dating the telling is not', () => {
  const { record } = run(`${head}□ 홍길동 청장은 8일 중부지역 사무소를 방문하여 직원들을 격려하였다.\n`)
  assert.equal(record.events[0]?.start, '2025-06-08')
  const told = run(`${head}□ 위원회는 8일 정부서울청사에서 회의를 개최한다고 밝혔다.\n`).record
  assert.deepEqual(told.events, [])
})

test('lead event: a bare day takes the month nearest the release; a thing as topic gives no date', () => {
  // Released 2025-06-09: the 30th is May's (10 days before), not June's (21 days after).
  assert.equal(run(`${head}□ 홍길동 청장은 30일 중부지역 사무소를 방문하여 직원들을 격려하였다.\n`).record.events[0]?.start, '2025-05-30')
  assert.deepEqual(run(`${head}□ 지원서는 8일 누리집에서 공개되며 설명회를 개최하였다.\n`).record.events, [])
})

/** A body ending with its inquiry sentence, the way several bodies close a release without a contacts table. */
const closing = (tail: string) => `${head}□ 위원회는 제도 개선 방안을 마련하였다.\n\n${tail}\n`

test('contacts in prose: unit, name and post split, a second person with an extension only', () => {
  const { record } = run(closing(' 이 보도자료와 관련하여 보다 자세한 내용이나 취재를 원하시면 가나부 다라정책과 김하늘 사무관(☎ 044-000-1234), 박바다 주무관(1235)에게 연락주시기 바랍니다.'))
  assert.deepEqual(record.contacts.map((c) => [c.department, c.position, c.name, c.phone]), [
    ['가나부 다라정책과', '사무관', '김하늘', '044-000-1234'],
    ['가나부 다라정책과', '주무관', '박바다', '1235']
  ])
})

test('contacts in prose: the unit wrapped from the line before; a post before the name; people sharing a phone', () => {
  const wrapped = run(closing(' 이 보도자료와 관련하여 보다 자세한 내용이나 취재를 원하시면 가나부\n\n 다라정책과 김하늘 사무관(☎ 044-000-1234)에게 연락주시기 바랍니다.')).record
  assert.deepEqual(wrapped.contacts.map((c) => [c.department, c.name]), [['가나부 다라정책과', '김하늘']])
  const labelled = run(closing('※ 문의 : 마바과 김하늘 과장(044-000-1234) / 과장 이구름(1235)')).record
  assert.deepEqual(labelled.contacts.map((c) => [c.department, c.position, c.name, c.phone]), [
    ['마바과', '과장', '김하늘', '044-000-1234'],
    ['마바과', '과장', '이구름', '1235']
  ])
  const shared = run(closing('[문의] 국립가나원 다라과 김하늘 과장, 이구름 연구사 (063-000-1234)')).record
  assert.deepEqual(shared.contacts.map((c) => [c.department, c.position, c.name, c.phone]), [
    ['국립가나원 다라과', '과장', '김하늘', null],
    ['국립가나원 다라과', '연구사', '이구름', '063-000-1234']
  ])
})

test('contacts in prose: a phone with no person keeps the unit alone; a sentence with a phone is no contact', () => {
  const { record } = run(closing('※ 문의 : 가나사업 홈페이지(02-000-1234)\n\n□ 신청은 콜센터(1588-0000)로 하면 된다.'))
  assert.deepEqual(record.contacts.map((c) => [c.department, c.name, c.phone]), [['가나사업 홈페이지', null, '02-000-1234']])
})

test('venue: a province written bare before a place in a sentence is its address', () => {
  const { record } = run(`${head}□ 위원회는 6월 10일(화) 서울 가나다컨벤션센터에서 출범식을 개최한다.\n`)
  assert.deepEqual(record.events[0]?.venue, { name: '가나다컨벤션센터', address: '서울' })
})

test('footnotes: a short year (‘23.1월) opens no quotation, so the next line is no part of the note', () => {
  const { record } = run(`${head}□ 위원회는 세액 감면* 대상 확대를 추진한다.\n* (현행) 근로소득세 50% 감면(‘23.1월 시행)\n지원\n`)
  assert.deepEqual(record.footnotes.map((f) => f.text), ['(현행) 근로소득세 50% 감면(‘23.1월 시행)'])
})

test('footnotes: a line that a new run of notes annotates is the body, not the note above it', () => {
  const body = [' ㅇ 가나 지원 사업**', '  ** (부품관련) 진단 플랫폼 등 12개', '  다라 기술의 신속한 제품화(총 69개)', '  * (주요품목) 의료기기 등 68개', '  ** (소재관련) 부품모듈 1개'].join('\n')
  const { record } = run(`${head}□ 위원회는 과제*를 선정하였다.\n${body}\n`)
  assert.deepEqual(record.footnotes.map((f) => f.text).slice(-3), ['(부품관련) 진단 플랫폼 등 12개', '(주요품목) 의료기기 등 68개', '(소재관련) 부품모듈 1개'])
})

test('contacts in prose: a long unit kept whole; a phone line without a person keeps its unit words, not the clause before', () => {
  const long = run(closing('문의. 가나부 다라국 마바 TF 실무단 김하늘 (044-000-1234)')).record
  assert.deepEqual(long.contacts.map((c) => [c.department, c.name]), [['가나부 다라국 마바 TF 실무단', '김하늘']])
  const unitOnly = run(closing('□ 자세한 사항은 가나관리소 다라 사무실(☎061-000-1234)로 문의하면 된다.')).record
  assert.deepEqual(unitOnly.contacts.map((c) => [c.department, c.phone]), [['가나관리소 다라 사무실', '061-000-1234']])
})

test('events: a period never ends before it starts, whatever weekday its last day is written with', () => {
  const { record } = run(`${head}□ 위원회는 7월 30일(수)부터 9월 30일(월)까지 ‘제7회 가나 공모전’을 진행한다.\n`)
  assert.equal(record.events[0]?.start, '2025-07-30')
  assert.equal(record.events[0]?.end, '2025-09-30')
})

test('events: a bare day after the subject dates the meeting its clause holds, though the sentence closes with 밝혔다', () => {
  const held = run(`${head}□ 가나부(장관 홍길동)는 9일 세종 다라센터에서 관계자 200여명이 참석한 가운데 ‘제도 설명회’를 개최했다고 밝혔다.\n`).record
  assert.equal(held.events[0]?.start, '2025-06-09')
  const told = run(`${head}□ 가나부(장관 홍길동)는 9일 다음 달 제도 설명회를 개최한다고 밝혔다.\n`).record
  assert.notEqual(told.events[0]?.start, '2025-06-09')
})

test('events: a date of last year (작년, 지난해) is a happening cited, not the release\'s own', () => {
  for (const when of ['작년 8월 13일', '지난해 8월 13일']) {
    const { record } = run(`${head}□ 이는 ${when} 장관 주재 간담회에서 논의한 데 따른 후속 조치로 추진하는 사업이다.\n`)
    assert.deepEqual(record.events.map((e) => e.start), [], when)
  }
})

test('events: the head count a later paragraph gives the occasion by its noun (토론회에는 … 80여 명이 참석)', () => {
  const { record } = run(`${head}□ 위원회는 6월 10일(화) 정부세종청사에서 토론회를 개최하였다.\n${box}\n□ 이번 토론회에는 지역 기업인, 학부모 등 80여 명이 참석했다.\n`)
  assert.deepEqual(record.events[0]?.attendees, { count: 80, approximate: true, text: '80여 명' })
})

test('quotes: a span followed by 라는 의지 (뜻, 입장) that the speaker voices is speech, not a name', () => {
  const { record } = run(`${head}□ 홍길동 가나부 장관은 “현장의 목소리를 끝까지 듣고 제도를 고쳐 나가겠다”라는 의지를 밝혔다.\n□ 위원회는 “청년 일자리”라는 주제로 토론회를 열었다.\n`)
  assert.deepEqual(record.quotes.map((q) => [q.speaker.name, q.text]), [['홍길동', '현장의 목소리를 끝까지 듣고 제도를 고쳐 나가겠다']])
})

test('venue: a bracketed address drops the word saying so (소재)', () => {
  const { record } = run(`${head}□ 위원회는 6월 10일(화) 가나청(인천 송도 소재)에서 정책회의를 개최하였다.\n`)
  assert.deepEqual(record.events[0]?.venue, { name: '가나청', address: '인천 송도' })
})
