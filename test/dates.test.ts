import { test } from 'node:test'
import assert from 'node:assert/strict'
import { findDates, findTimes, findYearRange, resolveYear, isoDate } from '../src/util/dates.js'

test('dates: short, full, Korean and month-day forms', () => {
  const d = findDates("'25.5.23.(금) 15:00~17:00, 2024. 6. 24.(월), 5월 23일(금), 6. 25.(화)")
  assert.deepEqual(
    d.map((x) => [x.year, x.month, x.day, x.weekday]),
    [
      [2025, 5, 23, '금'],
      [2024, 6, 24, '월'],
      [null, 5, 23, '금'],
      [null, 6, 25, '화']
    ]
  )
})

test('dates: decimals and versions are not dates', () => {
  assert.equal(findDates('성장률 2.5.3 버전, 1.18 → 1.40').length, 0)
})

test('times: clock, 오후 N시, N시 반, 오후 6:00', () => {
  assert.deepEqual(
    findTimes('15:00~17:00 오후 3시 10시 30분 오후 6:00').map((t) => [t.hour, t.minute]),
    [
      [15, 0],
      [17, 0],
      [15, 0],
      [10, 30],
      [18, 0]
    ]
  )
})

test('year inference: context year, or the neighbouring year the weekday agrees with', () => {
  const [d] = findDates('12월 30일(수)')
  // 2026-12-30 is a Wednesday; with context 2025 the weekday points to 2026.
  assert.equal(resolveYear(d!, 2025), 2026)
  const [e] = findDates('5월 23일(금)')
  assert.equal(resolveYear(e!, 2025), 2025)
  assert.equal(isoDate(2025, 5, 23, { hour: 15, minute: 0 }), '2025-05-23T15:00:00+09:00')
})

test("year ranges: '24~'28, ('25~), 2024~2028", () => {
  assert.deepEqual(findYearRange("로드맵('24~'28)"), { start: 2024, end: 2028 })
  assert.deepEqual(findYearRange("추진('25~)"), { start: 2025, end: null })
  assert.deepEqual(findYearRange('2024~2028년'), { start: 2024, end: 2028 })
})
