/**
 * Events on releases nobody has read (issue 9): periods of days written without their month,
 * one convention each, on small fixtures.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { run } from './helpers.js'

/** A release distributed on Thursday 22 May 2025. */
const head = ['보도자료', '보도시점\t2025. 5. 23.(금) 12:00\t배포\t2025. 5. 22.(목) 09:00', '행사 개최', ''].join('\n')
const dates = (text: string) => run(`${head}${text}\n`).record.events.map((e) => [e.start, e.end])

test('events: a period of days without its month (`25일부터 26일까지`) takes the month around the release', () => {
  const { record } = run(`${head}□ 한국진흥공단(이사장 홍길동)은 25일부터 26일까지 평창 알펜시아 리조트에서 성과 공유 행사를 개최한다.\n`)
  assert.deepEqual(record.events.map((e) => [e.start, e.end, e.venue?.name]), [['2025-05-25', '2025-05-26', '평창 알펜시아 리조트']])
})

test('events: `13~17일` and `2일(월)~6일(금)` are periods too; a weekday picks its month', () => {
  assert.deepEqual(dates('□ 협회는 27~29일 부산 벡스코에서 박람회를 개최한다.'), [['2025-05-27', '2025-05-29']])
  assert.deepEqual(dates('□ 협회는 2일(월)~6일(금) 서울 코엑스에서 박람회를 개최한다.'), [['2025-06-02', '2025-06-06']])
})

test('events: a bare period held lies before the release, one to come after it', () => {
  // 1~3 May or 1~3 June: held (개최했다) → May; to come (개최한다) → June.
  assert.deepEqual(dates('□ 협회는 1일부터 3일까지 세종에서 토론회를 개최했다고 밝혔다.'), [['2025-05-01', '2025-05-03']])
  assert.deepEqual(dates('□ 협회는 1일부터 3일까지 세종에서 토론회를 개최한다.'), [['2025-06-01', '2025-06-03']])
})

test('events: a length in days (`1일~4일간 진행되며`) or a happening (`발생한`) is no period of an event', () => {
  assert.deepEqual(dates('□ 상담은 진단 결과에 따라 1일~4일간 진행되며, 분야별로 운영한다.'), [])
  assert.deepEqual(dates('□ 산림청은 21일부터 22일까지 발생한 산불 피해지의 복구에 나선다.'), [])
})

test('events: a bare day in a sentence saying the occasion was held dates it, on or before the release', () => {
  // 23 May lies after the release (22 May): a meeting held on the 23rd was in April.
  assert.deepEqual(dates('□ 협의회는 첫 회의를 23일 개최하였다고 밝혔다.'), [['2025-04-23', null]])
  assert.deepEqual(dates('□ 산림청은 지난 20일 국립수목원에서 심포지엄을 개최했다.'), [['2025-05-20', null]])
  // The days of a stay (`11박 12일`) are no date; nor is a day in a coming sentence without `오는`.
  assert.deepEqual(dates('□ 최소 11박 12일의 기숙형 프로그램을 진행해 왔으며, 방학 중에 개최하였음'), [])
  assert.deepEqual(dates('□ 협의회는 첫 회의를 2일 개최한다.'), [])
})

test('events: a bare day announced as coming is read within a week of the release, not where the sentence tells', () => {
  // Released 22 May: the 23rd is the next day; the 31st of a release on 1 June is the day before.
  assert.deepEqual(dates('□ 위원회는 23일 오전 서울 수산시장을 방문해 관계자들과 현장 간담회를 개최한다.'), [['2025-05-23', null]])
  assert.deepEqual(dates('□ 관련 부처 전문가들이 참여하는 학술토론회가 23일 국립과학원에서 열린다.'), [['2025-05-23', null]])
  assert.deepEqual(dates('□ 위원회는 23일 정부서울청사에서 회의를 개최한다고 밝혔다.'), [])
})

test('quotes: a span written apart from the noun after it names a thing (`“○○ 협의회” 첫 회의를`), a remark still counts', () => {
  const quotes = (text: string) => run(`${head}${text}\n`).record.quotes.map((q) => q.text)
  assert.deepEqual(quotes('□ 산림청은 전문가로 구성된 “산불피해 복원 추진 협의회” 첫 회의를 개최하였다고 밝혔다.'), [])
  assert.deepEqual(quotes('□ 복지부는 “부당청구 예방형 자율점검” 시범사업을 실시한다고 밝혔다.'), [])
  // Written apart, but a quotative or a speech verb goes on with it.
  assert.deepEqual(quotes('□ 관세청은 “새로운 분석모형을 개발하여 제공할 예정” 이라고 밝혔다.'), ['새로운 분석모형을 개발하여 제공할 예정'])
  assert.deepEqual(quotes('□ 홍길동 차관은 “현장에서 함께 노력해 주기를” 당부했다.'), ['현장에서 함께 노력해 주기를'])
})

test('quotes: the occasion where a speaker speaks (`간담회에서`, `간담회를 마무리하며`) is not the speaker\'s body', () => {
  const speakers = (text: string) => run(`${head}${text}\n`).record.quotes.map((q) => [q.speaker.name, q.speaker.position, q.speaker.organization])
  assert.deepEqual(speakers('□ 이날 간담회에서 한국행정연구회 김민수 회장은 “현장의 목소리를 전하겠다”라고 말했다.'), [['김민수', '회장', '한국행정연구회']])
  assert.deepEqual(speakers('□ 간담회를 마무리하며 김민수 실장은 “모든 답은 현장에 있다”라고 말했다.'), [['김민수', '실장', null]])
  assert.deepEqual(speakers('□ 보건복지부 김민수 실장은 “모든 답은 현장에 있다”라고 말했다.'), [['김민수', '실장', '보건복지부']])
})

test('events: the place follows the period\'s last day (`~9.12.(목) 간 벨기에 브뤼셀에서`, `14일(목)까지 양일간`)', () => {
  const venue = (text: string) => run(`${head}${text}\n`).record.events.map((e) => [e.start, e.end, e.venue?.name])
  assert.deepEqual(venue('□ 산업부는 5.27.(화)~5.29.(목) 간 벨기에 브뤼셀에서 제5차 협상을 개최한다고 밝혔다.'), [['2025-05-27', '2025-05-29', '벨기에 브뤼셀']])
  assert.deepEqual(venue('□ 교육부는 5월 27일(화)부터 5월 28일(수)까지 양일간 대전컨벤션센터에서 박람회를 개최한다.'), [['2025-05-27', '2025-05-28', '대전컨벤션센터']])
})

test('events: a happening cited (`… 체결한 협약에 따라 … 권고한 바 있다`) or a window opened on its object (`통합공모를 … 진행한다`) is none', () => {
  assert.deepEqual(dates('□ 환경부는 지난 4월 22일에 업계가 체결한 자율협약에 따라 수입 자제를 권고한 바 있다.'), [])
  assert.deepEqual(dates('□ 산업부는 지원사업 통합공모를 6월 2일(월)부터 6월 30일(월)까지 진행한다고 밝혔다.'), [])
  // A contest's intake is its run.
  assert.deepEqual(dates('□ 특허청은 ‘제5회 발명 경진대회’ 공모를 6월 2일(월)부터 6월 30일(월)까지 진행한다고 밝혔다.'), [['2025-06-02', '2025-06-30']])
})

test('events: the head in a bracket after the venue\'s body (`(원장 ○○○)`) is no part of its name', () => {
  const { record } = run(`${head}□ 교육부는 5월 27일(화) 한국직업능력개발원(원장 홍길동)에서 간담회를 개최한다.\n`)
  assert.deepEqual(record.events[0]?.venue, { name: '한국직업능력개발원', address: null })
})

test('quotes: the bodies right before the speaker\'s name, to the division (`… 버섯과 김민수 과장`); not a word of the line before, nor a body joined by 과', () => {
  const org = (text: string) => run(`${head}${text}\n`).record.quotes.map((q) => q.speaker.organization)
  assert.deepEqual(org('□ 농촌진흥청 국립원예과학원 버섯과 김민수 과장은 “품종 보급을 늘리겠다”라고 말했다.'), ['농촌진흥청 국립원예과학원 버섯과'])
  assert.deepEqual(org('* 주요 결과는 붙임 참조\n\n농식품부 김민수 농촌경제과장은 “지원을 늘리겠다”라고 말했다.'), ['농식품부'])
  assert.deepEqual(org('□ 산림청과 한국임업진흥원 김민수 원장은 “지원을 늘리겠다”라고 말했다.'), ['한국임업진흥원'])
})

test('quotes: a name the dictionary splits into a word and an ending (`서형진`, `김수란`) still names the speaker; an inflected word does not', () => {
  const speakers = (text: string) => run(`${head}${text}\n`).record.quotes.map((q) => [q.speaker.name, q.speaker.position, q.speaker.organization])
  assert.deepEqual(speakers('□ 방위사업청 서형진 차장은 “협력이 강화될 것”이라고 말했다.'), [['서형진', '차장', '방위사업청']])
  assert.deepEqual(speakers('□ 김수란 개방교류과장은 “정부혁신을 선도하겠다”고 말했다.'), [['김수란', '개방교류과장', null]])
  // `위원인` (위원 + 이 + ㄴ) and `이어서` (잇 + 어서) are no names.
  assert.notEqual(speakers('□ 비정규직위원회 위원인 문현군 노동조합 위원장은 “연대하겠다”고 말했다.')[0]?.[0], '위원인')
  assert.notEqual(speakers('□ 이어서 장관은 “연대하겠다”고 말했다.')[0]?.[0], '이어서')
})

test('events: a time said to be about (`13시 17분경`) and a local-time note (`29일(현지 시간)까지`) are no part of the place', () => {
  const venue = (text: string) => run(`${head}${text}\n`).record.events.map((e) => [e.start, e.end, e.venue?.name])
  assert.deepEqual(venue('□ 장관은 5월 27일(화) 13시 17분경 세종 공장에서 대책회의를 개최하였다.'), [['2025-05-27T13:17:00+09:00', null, '공장']])
  assert.deepEqual(venue('□ 농촌진흥청은 5월 20일부터 21일(현지 시간)까지 엘살바도르 산살바도르에서 평가회를 개최했다.'), [['2025-05-20', '2025-05-21', '엘살바도르 산살바도르']])
})

test('quotes: a line above the speaker\'s paragraph that closes no sentence (a note, a table row) lends no words to the speaker\'s body', () => {
  const org = (text: string) => run(`${head}${text}\n`).record.quotes.map((q) => [q.speaker.name, q.speaker.organization])
  assert.deepEqual(org('□ 예산을 늘렸다.\n\n * 통합콜센터 구축 : (2026안) +93.7억원\n\n□ 국민권익위원회 홍길동 위원장은 “국민의 목소리를 듣겠다”라고 말했다.'), [['홍길동', '국민권익위원회']])
  assert.deepEqual(org('□ 예산을 늘렸다.\n\n * 발명교육센터 현대화 9.7억원\n\n□ 김민수 기획조정관은 “우수 특허를 늘리겠다”라고 말했다.'), [['김민수', null]])
})
