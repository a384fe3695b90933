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
