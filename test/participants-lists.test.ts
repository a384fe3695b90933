/**
 * Participants given as lists: bodies sharing one written ending (`행안·환경·국토부`,
 * `산업/기재부 장관`), group tails and heads in general, Latin-script names with their post,
 * a `* 참석자 :` note under the lead.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { run, triple } from './helpers.js'
import { parseParticipants, personsIn } from '../src/extract/participants.js'

const header = ['보도자료', '보도시점\t2025. 5. 23.(금) 12:00\t배포\t2025. 5. 22.(목) 09:00', ''].join('\n')

test('parseParticipants: central bodies written with one shared ending are each named', () => {
  assert.deepEqual(triple(parseParticipants('교육·복지·해수부, 산림·기상청', 0, null)), [
    [null, null, '교육부'],
    [null, null, '복지부'],
    [null, null, '해수부'],
    [null, null, '산림청'],
    [null, null, '기상청']
  ])
  // Slashes, a note in brackets on one of them, and a post shared by all.
  assert.deepEqual(triple(parseParticipants('국토(간사)/외교/중기부 차관', 0, null)), [
    [null, '차관', '국토부'],
    [null, '차관', '외교부'],
    [null, '차관', '중기부']
  ])
  // Stems that make no central body's name are left as written.
  assert.deepEqual(triple(parseParticipants('초·중등부', 0, null)).some(([, , o]) => o === '초부'), false)
})

test('parseParticipants: a group tail with its people and heads in general give no one', () => {
  assert.deepEqual(triple(parseParticipants('행안부, 법제처 등 관계부처 장차관', 0, null)), [
    [null, null, '행안부'],
    [null, null, '법제처']
  ])
  assert.deepEqual(triple(parseParticipants('경제단체장, 공공기관장, 기업인 등 9명', 0, '위촉직')), [])
  // A named person keeps a post of that shape.
  assert.deepEqual(triple(parseParticipants('한지민 공공기관장', 0, null)), [['한지민', '공공기관장', null]])
})

test('parseParticipants: a Latin-script name, its reading in brackets, body and post', () => {
  assert.deepEqual(triple(parseParticipants('Maria Lopez(마리아 로페스) 통상부 차관, John Smith 부사장', 0, null)), [
    ['Maria Lopez', '차관', '통상부'],
    ['John Smith', '부사장', null]
  ])
  // Capitalised words with no post after them are a body's name, not a person.
  assert.deepEqual(triple(parseParticipants('Blue Ocean Partners', 0, null)), [[null, null, 'Blue Ocean Partners']])
})

test('events: a `* 참석자 :` note under the lead lists who attends', () => {
  const text = `${header}무역 점검회의 개최\n\n□ 가나부는 5월 23일(금) 정부서울청사에서 무역 점검회의를 개최하였다.\n * 참석자 : 가나부 차관(주재), 행안·국토부, 법제처 등 관계부처 장차관\n\n□ 이번 회의에서는 대응 방향을 논의하였다.\n`
  const people = triple(run(text).record.events.flatMap((e) => e.participants))
  for (const expected of [[null, null, '행안부'], [null, null, '국토부'], [null, null, '법제처']]) {
    assert.ok(people.some((p) => JSON.stringify(p) === JSON.stringify(expected)), JSON.stringify(expected))
  }
  assert.ok(!people.some(([n]) => n === '장차관'))
})

test('parseParticipants: a body under a kind of body heading stays; one common noun under another heading does not', () => {
  assert.deepEqual(triple(parseParticipants('신한, 농협, 기업은행', 0, '금융기관')), [
    [null, null, '신한'],
    [null, null, '농협'],
    [null, null, '기업은행']
  ])
  assert.deepEqual(triple(parseParticipants('자동차, 기계', 0, '업계')), [])
})

test('a post with its holder in brackets: `가나전자 사장(박서준)` in lists and in notes', () => {
  assert.deepEqual(triple(parseParticipants('가나전자 사장(박서준), 다라소프트 대표(변창환)', 0, null)), [
    ['박서준', '사장', '가나전자'],
    ['변창환', '대표', '다라소프트']
  ])
  // Each holder keeps the body before its own post, not the next item's.
  assert.deepEqual(triple(personsIn('기업 : 가나전자 사장(박서준), 다라소프트 대표(변창환)', 0)), [
    ['박서준', '사장', '가나전자'],
    ['변창환', '대표', '다라소프트']
  ])
  // A note on a person already named is no holder: `박서준 박사(노동연)`.
  assert.deepEqual(triple(personsIn('발제를 맡은 박서준 박사(노동연)는', 0)), [['박서준', '박사', null]])
})

test('parseParticipants: `와`/`과` written onto a body name splits the list; a department ending in 과 stays whole', () => {
  assert.deepEqual(triple(parseParticipants('가나청과 다라공단', 0, null)), [
    [null, null, '가나청'],
    [null, null, '다라공단']
  ])
  assert.deepEqual(triple(parseParticipants('가나부와 다라연구원', 0, null)), [
    [null, null, '가나부'],
    [null, null, '다라연구원']
  ])
  assert.deepEqual(triple(parseParticipants('가나부 노인건강과 과장', 0, null)), [[null, '과장', '가나부 노인건강과']])
  // 차관보 is a post.
  assert.deepEqual(triple(parseParticipants('차관보, 정책관', 0, '가나부')), [
    [null, '차관보', '가나부'],
    [null, '정책관', '가나부']
  ])
})

test('parseParticipants: people in general after 등 close an item; kinds of body in general name none', () => {
  assert.deepEqual(triple(parseParticipants('가나협회 부회장, 수요·공급기업 등 산·학·연 관계자', 0, null)), [[null, '부회장', '가나협회']])
  assert.deepEqual(triple(parseParticipants('다라공단, 어업인 단체 등 관계자', 0, null)), [[null, null, '다라공단']])
  assert.deepEqual(triple(parseParticipants('연구기관, 공공기관, 가나연구재단', 0, null)), [[null, null, '가나연구재단']])
})
