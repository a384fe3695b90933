/**
 * Events and their schedules (행사·세부 일정) on small fixtures, one convention each.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { run } from './helpers.js'

const head = ['보도자료', '보도시점\t2025. 5. 23.(금) 12:00\t배포\t2025. 5. 22.(목) 09:00', '협의회 개최', ''].join('\n')
const overview = '□ 행사 개요\n  ㅇ (일시/장소) 5.27(화) 14:00~15:00 / 세종 회의실\n  ㅇ (참석자) 장관, 협회장 등 20여 명\n\n'

test('agenda: a flattened table (one cell a line) with a duration column and remarks', () => {
  const table = ['시 간', '주요 내용', '비 고', '14:00~14:05', "(5')", '· 개회 및 인사말', '장관', '14:05~14:40', "(35')", '협력 방안', '논의', '참석자 전원', '14:40~15:00', "(20')", '기념촬영', '협회', '대표이사', '※ 사진은 배포 예정', ''].join('\n\n')
  const { record } = run(`${head}${overview}${table}`)
  const agenda = record.events[0]!.agenda.map(({ span: _s, ...row }) => row)
  assert.deepEqual(agenda, [
    { start: '14:00', end: '14:05', durationMinutes: 5, title: '개회 및 인사말', note: '장관' },
    { start: '14:05', end: '14:40', durationMinutes: 35, title: '협력 방안 논의', note: '참석자 전원' },
    { start: '14:40', end: '15:00', durationMinutes: 20, title: '기념촬영', note: '협회 대표이사' }
  ])
})

test('agenda: a number is never a title; a group column before the time is not a remark', () => {
  const table = ['구 분', '시 간', '행사 내용', '비 고', '1부', '14:00~14:10', '10’', '개회사', '협회장', '축사', '2부', '14:10~14:30', '20’', '토론', '- 세부 주제', '전문가,', '위원'].join('\n\n')
  const { record } = run(`${head}${overview}${table}\n\n□ 향후 계획\n`)
  const agenda = record.events[0]!.agenda
  assert.deepEqual(agenda.map((r) => [r.start, r.durationMinutes, r.title, r.note]), [
    ['14:00', 10, '개회사', '협회장, 축사'],
    ['14:10', 20, '토론', '전문가, 위원']
  ])
})

test('agenda: a duration with no time of its own opens an untimed row; no time is derived', () => {
  const table = ['시간', '내용', '비고', '10:00~10:30', '(10‘)', '· 보고', '과장', '(20‘)', '· 토론', '전원', '10:30~11:00', '(30‘)', '· 현장 점검', '장관'].join('\n\n')
  const { record } = run(`${head}${overview}${table}\n`)
  assert.deepEqual(record.events[0]!.agenda.map((r) => [r.start, r.end, r.durationMinutes, r.title]), [
    ['10:00', '10:30', 10, '보고'],
    [null, null, 20, '토론'],
    ['10:30', '11:00', 30, '현장 점검']
  ])
})

test('agenda: a label column with no content column names each row', () => {
  const table = ['구분', '개최시간', '① 첫째 심의', '10:00 ~ 11:00', '② 둘째 심의', '14:00 ~ 15:30', '* (장소) 세종청사'].join('\n\n')
  const { record } = run(`${head}${overview}${table}\n`)
  assert.deepEqual(record.events[0]!.agenda.map((r) => [r.start, r.durationMinutes, r.title, r.note]), [
    ['10:00', 60, '첫째 심의', null],
    ['14:00', 90, '둘째 심의', null]
  ])
})

test('events: a duration in hours (2시간) is not the start time; the clock time in brackets is', () => {
  const { record } = run(`${head}□ 외교부는 양국간 화상회의가 2025.5.27.(화) 오전 2시간(07:30-09:30) 개최되었다고 밝혔다.\n`)
  assert.equal(record.events[0]?.start, '2025-05-27T07:30:00+09:00')
})

test('events: a deadline or an application period is not an event', () => {
  const { record } = run(`${head}□ 참가 신청 기간은 6월 2일부터 6월 20일까지이며, 누리집에서 접수한다.\n\n□ 각 팀은 8월 27일까지 결과물을 제출한다.\n`)
  assert.deepEqual(record.events, [])
})

test('events: a daily slot after a range of days; a region in brackets is the address', () => {
  const { record } = run(`${head}□ 회의 개요\n  ㅇ (일시/장소) ’25.6.2(월)~6.4(수), 10:30~15:00 / 한국회관(서울 중구)\n  ㅇ (형식) 분과 회의\n  ㅇ (참석자) 국장 등 15명\n`)
  const e = record.events[0]!
  assert.equal(e.start, '2025-06-02T10:30:00+09:00')
  assert.equal(e.end, '2025-06-04T15:00:00+09:00')
  assert.deepEqual(e.venue, { name: '한국회관', address: '서울 중구' })
  assert.equal(e.attendees?.count, 15)
})

test('agenda: a table a wrapped cell broke in two is one schedule; a short row carries the remark on', () => {
  const table = ['시간\t\t주요 내용\t비고', '15:30~ 15:40\t’10\t‣ 현장 도착 - (이동 동선)', '본관 2층', '→ 신관 2층\t• 비공개', '15:40~ 16:10\t’30\t‣ 간담회 - 논의(교사 참여)\t• 공개', '16:10\t\t‣ 폐회'].join('\n')
  const { record } = run(`${head}${overview}${table}\n`)
  assert.deepEqual(record.events[0]!.agenda.map((r) => [r.start, r.durationMinutes, r.title, r.note]), [
    ['15:30', 10, '현장 도착', '비공개'],
    ['15:40', 30, '간담회', '공개'],
    ['16:10', null, '폐회', null]
  ])
})

test('agenda: a remarks cell listing items after dashes is a list', () => {
  const table = ['시간\t내용\t비고', '10:00~10:30\t주제 발표\t연구진(3명) - 갑 교수 - 을 교수', '10:30~11:00\t토론 -주제(안): 협력\t전원'].join('\n')
  const { record } = run(`${head}${overview}${table}\n`)
  assert.deepEqual(record.events[0]!.agenda.map((r) => [r.title, r.note]), [
    ['주제 발표', '연구진(3명), 갑 교수, 을 교수'],
    ['토론', '전원']
  ])
})

test('events: a day written alone takes its month from the release, by its weekday or as a coming day', () => {
  const a = run(`${head}□ 해양수산부는 24일(토) 부산항에서 기념식을 개최한다고 밝혔다.\n`).record
  assert.equal(a.events[0]?.start, '2025-05-24')
  const b = run(`${head}□ 소방청은 오는 2일 세종청사에서 추모식을 개최한다.\n`).record
  assert.equal(b.events[0]?.start, '2025-06-02')
  const c = run(`${head}□ 소방청은 2일 세종청사에서 추모식을 개최한다.\n`).record
  assert.deepEqual(c.events, [])
})

test('events: a visit is held where it goes (`… 공판장을 방문`); `에 위치한` says where that is', () => {
  const a = run(`${head}□ 농식품부 차관은 5월 27일(화) 오후, 경상남도 김해시 소재 축산물 공판장을 방문하여 수급 상황을 점검하였다.\n`).record
  assert.deepEqual(a.events[0]?.venue, { name: '축산물 공판장', address: '경상남도 김해시' })
  const b = run(`${head}□ 차관은 5월 27일(화) 경기 남양주시에 위치한 특수구조대에서 기증식을 개최하였다.\n`).record
  assert.deepEqual(b.events[0]?.venue, { name: '특수구조대', address: '경기 남양주시' })
  const c = run(`${head}□ 청장은 5월 27일부터 이틀간 첫 출장으로 일본 오사카를 방문했다.\n`).record
  assert.equal(c.events[0]?.venue, null)
})

test('events: a dotted date with 일 (8.20일(水)~21일(木)) and a last day alone (3.27.(월)-31.(금)) are read', () => {
  const a = run(`${head}□ 회의 개요\n  ㅇ (일시/장소) 8.20일(수)~21일(목) / 코엑스 그랜드볼룸\n`).record
  assert.equal(a.events[0]?.start, '2025-08-20')
  assert.equal(a.events[0]?.end, '2025-08-21')
  assert.equal(a.events[0]?.venue?.name, '코엑스 그랜드볼룸')
  const b = run(`${head}□ 재외공관장회의가 공관장들이 참석한 가운데 5.26.(월)-30.(금)간 개최된다.\n`).record
  assert.equal(b.events[0]?.start, '2025-05-26')
  assert.equal(b.events[0]?.end, '2025-05-30')
})

test('events: a dated meeting the lead reports with 만나·논의·점검·주재 is an event; a campaign verb far from a date is not', () => {
  const a = run(`${head}□ 위원장은 5월 20일(화) 16시, 서울 강남구 소재 창업공간에서 스타트업 관계자들을 만나 애로 사항을 청취하였다.\n`).record
  assert.equal(a.events[0]?.start, '2025-05-20T16:00:00+09:00')
  assert.deepEqual(a.events[0]?.venue, { name: '창업공간', address: '서울 강남구' })
  const b = run(`${head}□ 이 책자는 누리집에서 누구나 만나볼 수 있다.\n`).record
  assert.deepEqual(b.events, [])
})

test('events: the date nearest the verb dates the event; a past act cited in passing is none', () => {
  const a = run(`${head}□ 중수본은 5월 11일(일) 농장에서 감염이 확인됨에 따라, 5월 12일(월) 관계부처가 참여하는 회의를 개최하였다.\n`).record
  assert.equal(a.events[0]?.start, '2025-05-12')
  const b = run(`${head}□ 정부는 5월 14일(수) 국민보고대회를 통해 종합계획을 발표한 바 있으며, 이번 대책은 그 후속이다.\n`).record
  assert.deepEqual(b.events, [])
  const c = run(`${head}□ 박람회가 5월 28일(수)부터 5월 30일(금)까지 코엑스에서 열린다.\n`).record
  assert.equal(c.events[0]?.start, '2025-05-28')
  assert.equal(c.events[0]?.end, '2025-05-30')
})

test('agenda: a row whose time ran together with its title (a PDF) is read; the parts a line broke off join', () => {
  const table = ['시간\t내용\t비고', '14:00~14:03\t3‘ ▪인사말씀\t정책관', '14:03~14:35 30‘ ▪사업 설명\t과장', '▪(사례공유)', '15:35~16:00 25‘ ▪질의응답\t참석자'].join('\n')
  const { record } = run(`${head}${overview}${table}\n`)
  assert.deepEqual(record.events[0]!.agenda.map((r) => [r.start, r.end, r.durationMinutes, r.title, r.note]), [
    ['14:00', '14:03', 3, '인사말씀', '정책관'],
    ['14:03', '14:35', 30, '사업 설명', '과장'],
    ['15:35', '16:00', 25, '질의응답', '참석자']
  ])
})

test('events: `참가 접수는 …부터` is an application period; a last day with its weekday alone (~16(월)간) ends a visit', () => {
  const a = run(`${head}□ 참가 접수는 6월 11일부터 7월 31일까지 진행되며, 누리집에서 신청한다.\n`).record
  assert.deepEqual(a.events, [])
  const b = run(`${head}□ 차관은 6.15.(일)~16(월)간 모로코를 방문하여 장관을 예방하였다.\n`).record
  assert.equal(b.events[0]?.end, '2025-06-16')
  assert.equal(b.events[0]?.venue?.name, '모로코')
})
