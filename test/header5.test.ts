/**
 * The issuing body of a joint release: its contacts table writes the issuer's own unit
 * without a body and names the partners' bodies in later rows. Fixtures are composed.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { run } from './helpers.js'

const lead = '□ 홍길동 부총리 겸 재정경제부장관은 4.13일(월) 정부서울청사에서 대외경제장관회의를 주재하였다.\n\n○ 회의에서는 통상 현안을 논의하였다.\n\n'

test('a contacts table whose first unit names no body does not name the issuer: the lead does', () => {
  const contacts = '담당 부서\t대외경제국 대외경제총괄과\t책임자\t과장\t김철수\t(044-215-7610)\n\t산업통상부 미주통상과\t담당자\t사무관\t이영희\t(044-203-5650)\n'
  const { record } = run(`보도자료\n\n대외경제장관회의 개최\n\n${lead}${contacts}`, 'joint.txt')
  assert.equal(record.ministry, '재정경제부')
})

test('a contacts table whose first unit names a body names the issuer', () => {
  const contacts = '담당 부서\t산업통상부 미주통상과\t책임자\t과장\t김철수\t(044-203-5650)\n\t재정경제부 대외경제총괄과\t담당자\t사무관\t이영희\t(044-215-7610)\n'
  const { record } = run(`보도자료\n\n대외경제장관회의 개최\n\n□ 회의에서는 통상 현안을 논의하였다.\n\n${contacts}`, 'joint.txt')
  assert.equal(record.ministry, '산업통상부')
})
