/**
 * A person listed with a body's short form keeps the body as the text introduces them
 * (`해양수산부(장관 …, 이하 해수부)`, `농림축산식품부 … 차관`).
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { introducedBodies } from '../src/extract/participants.js'
import type { Participant } from '../src/schema/record.js'

const person = (name: string, position: string, organization: string, start: number): Participant => ({ name, position, organization, group: null, span: { start, end: start + 10 } }) as Participant

test('introducedBodies: the full name at the first mention replaces a short form, traced there', () => {
  const text = '해양수산부(장관 한바다, 이하 해수부)는 7일 항만 간담회를 열었다.\n - (정부) 한바다 해수부 장관\n'
  const listed = person('한바다', '장관', '해수부', text.indexOf('한바다 해수부'))
  const [p] = introducedBodies([listed], text)
  assert.equal(p!.organization, '해양수산부')
  assert.deepEqual(p!.sources?.organization, { start: 0, end: 5 })
})

test('introducedBodies: a short form stays where the first mention names no body, or another one', () => {
  const plain = '한바다 장관은 7일 항만을 찾았다.\n - (정부) 한바다 해수부 장관\n'
  assert.equal(introducedBodies([person('한바다', '장관', '해수부', 20)], plain)[0]!.organization, '해수부')
  // The full name far from the person on the line, or of another body, does not count.
  const far = '해양수산부는 7일 부산항에서 열린 항만 안전 점검 회의에 참석한 한바다 장관과 함께 …\n'
  assert.equal(introducedBodies([person('한바다', '장관', '해수부', 40)], far)[0]!.organization, '해수부')
  const other = '국토교통부 한바다 차관은 …\n'
  assert.equal(introducedBodies([person('한바다', '차관', '해수부', 6)], other)[0]!.organization, '해수부')
})
