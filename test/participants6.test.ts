/**
 * Participants the events reader takes from prose (issue 9): a body's name only, no
 * discourse word, particle or gathering kept with it, and no sponsor (`후원`).
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { personsIn } from '../src/extract/participants.js'
import { triple } from './helpers.js'

test('personsIn: a name closing a head bracket takes no post after the bracket', () => {
  // `(회장 홍길동)가 주관하여 한빛협회장`: the post after the bracket is another's.
  assert.deepEqual(triple(personsIn('이번 행사는 한빛협의회(회장 홍길동)가 주관하여 누리협회장, 관계자 등 50여 명이 참석했다.', 0)).filter(([n]) => n === '홍길동'), [])
  assert.deepEqual(triple(personsIn('가나부(장관 김철수)와 다라부(장관 이영희)가 공동 주최하는 포럼이 열렸다.', 0)).filter(([, , org]) => org !== null && /^[와과가]\s/u.test(org)), [])
  // A name written before its post stays read so.
  assert.deepEqual(triple(personsIn('이날 행사에는 김철수 한빛협회장이 참석했다.', 0)), [['김철수', '회장', '한빛협회']])
})
