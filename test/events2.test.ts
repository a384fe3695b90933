/**
 * Events, second round: dates and times read by the shared readers, labels with any middle
 * dot, event sentences recognised from the morphology.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { run } from './helpers.js'
import { findDates, findTimes } from '../src/util/dates.js'

const head = ['보도자료', '보도시점\t2025. 6. 10.(화) 12:00\t배포\t2025. 6. 9.(월) 09:00', '설명회 개최', ''].join('\n')

test('dates: a month and day with 일 after a dot (`6.18일(수)`), its weekday in hanja too', () => {
  assert.deepEqual(
    findDates('6.18일(수) 개최, 7.2일(水)까지').map((d) => [d.month, d.day, d.weekday]),
    [
      [6, 18, '수'],
      [7, 2, '수']
    ]
  )
  // `'25.8.20일(수)`: the full date runs on over `일(수)`.
  const [full] = findDates("'25.8.20일(수) 10:00")
  assert.deepEqual([full!.year, full!.month, full!.day, full!.weekday], [2025, 8, 20, '수'])
})

test('dates: a count of days after a dot is no date (`2.5일간`, `주 4.5일제`)', () => {
  assert.deepEqual(findDates('2.5일간 교육, 주 4.5일제 도입'), [])
})

test('times: a duration (`2시간`, `3시간 30분`) is no time of day; `오후 2시` is', () => {
  assert.deepEqual(findTimes('약 2시간 동안, 3시간 30분 진행'), [])
  assert.deepEqual(
    findTimes('오후 2시 30분').map((t) => [t.hour, t.minute]),
    [[14, 30]]
  )
})

test('labels: `일시･장소 :` (halfwidth middle dot) is a label, and the event is read', () => {
  for (const dot of ['･', '‧', '·', 'ㆍ']) {
    const { record } = run(`${head}□ 설명회 개요\n  ㅇ 일시${dot}장소 : 6.18일(수) 14:00, 정부세종청사 대강당\n  ㅇ 참석자 : 기업 관계자 등 100여 명\n`)
    const event = record.events[0]
    assert.ok(event, `an event under 일시${dot}장소`)
    assert.equal(event.start, '2025-06-18T14:00:00+09:00')
    assert.equal(event.venue?.name, '정부세종청사 대강당')
  }
})

test('events: a lead sentence with a duration is not timed by it', () => {
  const { record } = run(`${head}□ 교육부는 6월 18일(수) 2시간 동안 설명회를 개최한다고 밝혔다.\n`)
  assert.equal(record.events[0]?.start, '2025-06-18')
})

test('dates: a period with one month (`2월 24~28일`) opens on its first day', () => {
  assert.deepEqual(
    findDates('총회(2월 24~28일)에서').map((d) => [d.month, d.day]),
    [[2, 24]]
  )
  assert.deepEqual(findDates('2월 24명'), [])
})

test('events: a reported meeting dated in a bracket after its name (`… 총회(2월 24~28일)에서`)', () => {
  const { record } = run(`${head}□ 국제기구는 스위스 제네바에서 개최된 제9차 총회(3월 3~7일)에서\n보고서를 승인했다.\n`)
  assert.deepEqual([record.events[0]?.start, record.events[0]?.end], ['2025-03-03', '2025-03-07'])
  // A bracketed date after a word that is no event is no event; nor a meeting cited as past.
  assert.equal(run(`${head}□ 기관은 제도 개선(3월 3~7일)에서\n보고서를 승인했다.\n`).record.events.length, 0)
  assert.equal(run(`${head}□ 기관은 지난 업계 간담회(3월 5일)에서 나온 의견을 반영했다.\n`).record.events.length, 0)
})

test('provenance: a year taken from the release date is traced to it; a written year is not', () => {
  const { record } = run(`${head}□ 교육부는 6월 18일(수) 세종에서 설명회를 개최한다.\n`)
  const event = record.events[0]!
  assert.equal(event.start, '2025-06-18')
  const from = event.sources?.start
  assert.ok(from, 'start traced')
  assert.match(record.text.slice(from.start, from.end), /2025\. 6\. 9\./u)
  const written = run(`${head}□ 교육부는 2025년 6월 18일(수) 세종에서 설명회를 개최한다.\n`).record.events[0]!
  assert.equal(written.sources?.start, undefined)
})

test('events: an application window is no event; a named contest taking entries is', () => {
  const window = run(`${head}□ 교육부는 6월 18일(수)부터 6월 30일(월)까지 연수 참여자를 모집한다.\n`).record
  assert.equal(window.events.length, 0)
  const intake = run(`${head}□ 교육부는 6월 18일(수)부터 6월 30일(월)까지 「2025 교육 아이디어 챌린지」 응모작을 접수한다.\n`).record
  assert.deepEqual([intake.events[0]?.start, intake.events[0]?.end], ['2025-06-18', '2025-06-30'])
})

test('events: a dated exam whose application window follows in another clause stays an event', () => {
  const { record } = run(`${head}□ 공단은 자격 검정 시험을 6월 21일(토) 시행하며, 접수는 6월 1일부터 10일까지 가능하다.\n`)
  assert.equal(record.events[0]?.start, '2025-06-21')
})

test('events: a lead opening with an application window dates no event from its later lines; a deadline with its hour is none', () => {
  const { record } = run(`${head}□ 교육부는 6월 18일(수)부터 6월 30일(월)까지 연수 참여자를 모집한다.\n□ 연수는 7월 7일(월) 세종에서 진행될 예정이다.\n`)
  assert.equal(record.events.length, 0)
  const deadline = run(`${head}□ 교육부는 6월 20일(금) 18:00까지 방문 접수된 서류만 인정한다.\n`).record
  assert.equal(deadline.events.length, 0)
})
