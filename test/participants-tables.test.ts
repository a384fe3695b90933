/**
 * Participants given in lists and tables: the holder in brackets after a body or a post in
 * brackets after a name, a name the dictionary does not know between its body and its post,
 * bodies that read as names, dotted runs of full names.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parseParticipants, personsIn } from '../src/extract/participants.js'
import { triple } from './helpers.js'


test('parseParticipants: a body with the one who comes for it in brackets, name then post', () => {
  assert.deepEqual(triple(parseParticipants('환경부(김민준 기후정책실장), 한국무역협회(박서연 부회장), 한국환경공단', 0, null)), [
    ['김민준', '기후정책실장', '환경부'],
    ['박서연', '부회장', '한국무역협회'],
    [null, null, '한국환경공단']
  ])
  // A note in brackets that is no name and post stays a note on the body.
  assert.deepEqual(triple(parseParticipants('한국환경공단(공동주관)', 0, null)), [[null, null, '한국환경공단']])
})

test('parseParticipants: a name with its post in brackets, fused with its body or not', () => {
  assert.deepEqual(triple(parseParticipants('김민준(세종시장), 박서연(교수)', 0, null)), [
    ['김민준', '시장', '세종시'],
    ['박서연', '교수', null]
  ])
  // A note that is no post gives the name alone.
  assert.deepEqual(triple(parseParticipants('김민준(종손)', 0, null)), [['김민준', null, null]])
})

test('parseParticipants: a name the dictionary does not know, between its body and its post', () => {
  assert.deepEqual(triple(parseParticipants('한빛산업기술진흥원 변우한 본부장, 누리창업투자원 편지웅 원장', 0, null)), [
    ['변우한', '본부장', '한빛산업기술진흥원'],
    ['편지웅', '원장', '누리창업투자원']
  ])
  // A place's name there is no one's name.
  assert.equal(triple(parseParticipants('한국관광공사 강원도 지사장', 0, null)).some(([n]) => n === '강원도'), false)
})

test('parseParticipants: bodies that read as names stay bodies', () => {
  // A central body's short form (the dictionary reads `고용부` as a name), a company, a surname before a place.
  assert.deepEqual(triple(parseParticipants('기재부, 고용부, 이마트, 한수원 부사장', 0, null)), [
    [null, null, '기재부'],
    [null, null, '고용부'],
    [null, null, '이마트'],
    [null, '부사장', '한수원']
  ])
  // A common noun before a post is a field, not a name.
  assert.deepEqual(triple(parseParticipants('양파 자조금관리위원장', 0, null)), [[null, '자조금관리위원장', '양파']])
  // Names still are names.
  assert.deepEqual(triple(parseParticipants('김철수, 박서연 교수', 0, null)), [
    ['김철수', '교수', null],
    ['박서연', '교수', null]
  ])
})

test('parseParticipants: a dotted run of names each opening with the same word is each named', () => {
  assert.deepEqual(triple(parseParticipants('한빛중공업·한빛미포·한빛조선', 0, null)), [
    [null, null, '한빛중공업'],
    [null, null, '한빛미포'],
    [null, null, '한빛조선']
  ])
  // Stems sharing the last part's noun still take it.
  assert.deepEqual(triple(parseParticipants('동부·서부발전', 0, null)), [
    [null, null, '동부발전'],
    [null, null, '서부발전']
  ])
})

test('parseParticipants: a heading that counts members names no body', () => {
  assert.deepEqual(triple(parseParticipants('김민준 변호사, 박서연 한국법학회 회장', 0, '민간위원(9명)')), [
    ['김민준', '변호사', null],
    ['박서연', '회장', '한국법학회']
  ])
})

test('personsIn: a name the dictionary cannot read opens a list item with its body and post after it', () => {
  // `변우한` reads 변우 + 한, `편지웅` 편지 + 웅: names the dictionary does not know.
  const text = '변우한 한빛연구소 소장(인사말씀), 편지웅 누리파이낸스코리아 대표, 금융위 부위원장'
  assert.deepEqual(triple(personsIn(text, 0)), [
    ['변우한', '소장', '한빛연구소'],
    ['편지웅', '대표', '누리파이낸스코리아']
  ])
  // Without a body between it and the post, such a word is no name (`지자체 관계자`, `이어서 이 장관`).
  assert.deepEqual(triple(personsIn('지자체 관계자, 편지웅 대표', 0)), [])
  assert.equal(triple(personsIn('이어서 이 장관은 회의를 주재하였다', 0)).some(([n]) => n === '이어서'), false)
})

test('parseParticipants: a post written alone after a body and its post holds it in that body', () => {
  assert.deepEqual(triple(parseParticipants('한빛위원회 사무처장(주재), 디지털정책관, 누리부 장관, 차관보', 0, null)), [
    [null, '사무처장', '한빛위원회'],
    [null, '디지털정책관', '한빛위원회'],
    [null, '장관', '누리부'],
    [null, '차관보', '누리부']
  ])
  // A post naming its own body (`법무부장관`) keeps it; a body read out of a fused post is not carried on.
  assert.deepEqual(triple(parseParticipants('교육부 장관, 법무부장관', 0, null)), [
    [null, '장관', '교육부'],
    [null, '장관', '법무부']
  ])
  assert.deepEqual(triple(parseParticipants('국무조정실장, 정책관', 0, null)), [
    [null, '실장', '국무조정실'],
    [null, '정책관', null]
  ])
})

test('parseParticipants: a side heading in brackets with a space after it is no company mark', () => {
  assert.deepEqual(triple(parseParticipants('(유) 한빛협회 이사장, (주)누리랩', 0, null)), [
    [null, '이사장', '한빛협회'],
    [null, null, '(주)누리랩']
  ])
})

test('parseParticipants: a kind of body made of common nouns names no body', () => {
  assert.deepEqual(triple(parseParticipants('누리부 장관, 으뜸기업 대표, 협단체, 수출기업, ABC기업', 0, null)), [
    [null, '장관', '누리부'],
    [null, null, 'ABC기업']
  ])
})

test('isGenericBody: a kind of body after a determiner is none in particular; a name ending in the kind is one', async () => {
  const { isGenericBody } = await import('../src/extract/gazetteer/persons.js')
  assert.equal(isGenericBody('관련 협회'), true)
  assert.equal(isGenericBody('업종별 단체'), true)
  assert.equal(isGenericBody('누리 가이아 협회'), false)
})

test('parseParticipants: executives (전무, 상무) are posts; a group tail of an industry`s people closes the list', () => {
  assert.deepEqual(triple(parseParticipants('김하늘 한빛산업협회 전무, 누리연합회(상무), 누리중공업 등 조선업계 임원', 0, null)), [
    ['김하늘', '전무', '한빛산업협회'],
    [null, '상무', '누리연합회'],
    [null, null, '누리중공업']
  ])
})
