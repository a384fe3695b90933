/**
 * Participants named in prose (참여 언급): the subject of a later sentence that attends, the
 * members a kind of body lists in brackets, lists joined by `…를 비롯하여`, a partner before a gathering's quoted name.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { proseMentions } from '../src/extract/mentions.js'
import { triple } from './helpers.js'

const bodies = (line: string) => proseMentions(line, 0).filter((p) => !p.name).map((p) => p.organization)

test('proseMentions: the subject of a later sentence who attends and goes on (`…는 기념식에 참석해`)', () => {
  const line = '「제3회 해양의 날」 기념식이 한국해운협회(회장 김도윤, 이하 협회) 주최로 5.2(금) 부산에서 개최되었다. 국토교통부(장관 박서연, 이하 국토부)는 기념식에 참석해 유공자에게 포상을 수여했다.'
  assert.deepEqual(bodies(line), ['한국해운협회', '국토교통부'])
  // A sentence's opening word of time or linking is no part of the body.
  assert.deepEqual(bodies('포상이 수여되었다. 한편 산림청은 기념식에 참석해 축사를 했다.'), ['산림청'])
  // A note's star does not join a body to the group after it.
  assert.deepEqual(bodies('보건복지부(장관 한지민) 등 관계부처*는 회의에 참석하여 상황을 공유했다.'), ['보건복지부'])
  // A place or a time before `는` is not the subject: `이번 협의회에는 …`.
  assert.deepEqual(bodies('이번 실무협의회에는 6개 부처 과장급 공무원 30명이 참석하여 성과를 공유했다.'), [])
  // A sentence that only describes (`참석하는`) names no one.
  assert.deepEqual(bodies('행사는 끝났다. 국토교통부는 참석하는 기업을 지원한다.'), [])
})

test('proseMentions: the members a kind of body lists in brackets take the post written after it', () => {
  assert.deepEqual(triple(proseMentions('이번 회의에는 관계부처(국토부, 환경부, 외교부) 차관이 참석했다.', 0)), [
    [null, '차관', '국토부'],
    [null, '차관', '환경부'],
    [null, '차관', '외교부']
  ])
  assert.deepEqual(bodies('이날 행사에는 수출지원 기관(관세청, 특허청, KOTRA)이 함께 참석했다.'), ['관세청', '특허청', 'KOTRA'])
  // A head and short form in brackets lists no members.
  assert.deepEqual(bodies('이번 행사는 한국조선협회(회장 김철수, 이하 협회) 주최로 열린다.'), ['한국조선협회'])
})

test('proseMentions: a list joined by `…를 비롯하여` is one list', () => {
  assert.deepEqual(bodies('이날 간담회에는 한국전력공사를 비롯하여 한국가스공사가 참석하였다.'), ['한국전력공사', '한국가스공사'])
})

test('proseMentions: a partner before the quoted name of the gathering held with it (`A와 ‘…’을 개최`)', () => {
  assert.deepEqual(bodies('소방청은 24일 한국도로공사와 ‘안전 협약식’을 개최했다고 밝혔다.'), ['한국도로공사', '소방청'])
  assert.deepEqual(bodies("소방청은 24일 한국도로공사와'안전 협약식'을 개최했다고 밝혔다."), ['한국도로공사', '소방청'])
  // Two gatherings joined by `와` name no partner.
  assert.deepEqual(bodies('소방청은 ‘안전 점검회의’와 ‘상황 점검회의’를 개최했다.'), ['소방청'])
})

test('proseMentions: a body the subject acts jointly with (`A와 합동으로`) takes part', () => {
  assert.deepEqual(bodies('방위사업청은 국가정보원 및 국군방첩사령부와 합동으로 5일 보안 설명회를 개최했다.'), ['국가정보원', '국군방첩사령부', '방위사업청'])
})
