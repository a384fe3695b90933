/**
 * Participants, second round: group lines with no 참석 label over them (`- (정부) …`,
 * `- (민간) …`), a body's group line beside a 참석자 line, posts fused with their body's name.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { run, triple } from './helpers.js'
import { dedupeParticipants, hostBodies, isGroupHeading, parseParticipants } from '../src/extract/participants.js'
import { proseMentions } from '../src/extract/mentions.js'

const header = ['보도자료', '보도시점\t2025. 5. 23.(금) 12:00\t배포\t2025. 5. 22.(목) 09:00', ''].join('\n')
const has = (people: unknown[][], expected: unknown[]) => people.some((p) => JSON.stringify(p) === JSON.stringify(expected))

test('parseParticipants: a post fused with its body is split where no other body is written', () => {
  assert.deepEqual(triple(parseParticipants('한지민 가나산업진흥원장, 박서준 대전시장', 0, null)), [
    ['한지민', '원장', '가나산업진흥원'],
    ['박서준', '시장', '대전시']
  ])
  // A body over the group is the body: the fused post stays whole.
  assert.deepEqual(triple(parseParticipants('한지민 통관지원국장', 0, '관세청')), [['한지민', '통관지원국장', '관세청']])
  // A deputy's post is no fused body (`부시장`).
  assert.deepEqual(triple(parseParticipants('박서준 부시장', 0, null)), [['박서준', '부시장', null]])
})

test('isGroupHeading: sides and bodies head groups; an overview field does not', () => {
  for (const label of ['정부', '민간', '업계', '유관기관', '관세청']) assert.ok(isGroupHeading(label), label)
  for (const label of ['주제', '주요내용', '장소', '일시']) assert.ok(!isGroupHeading(label), label)
})

test('extract: sibling group lines under an overview give participants without a 참석 label', () => {
  const text = `${header}수출 점검 회의 개최\n\n□ 산업통상자원부는 5월 27일(화) 16:00 대한상공회의소에서 수출 점검 회의를 개최하였다.\n\n【 회의 개요 】\n\n◇ 일시/장소 : 5. 27.(화), 16:00∼17:00 / 대한상공회의소\n\n◇ 주제 : 수출 동향 점검\n\n - (정부) 무역정책관, 수출입과장 등\n\n - (민간) 가나협회, 다라공사,\n 마바공단, 대한상의 등\n\n□ 참석자들은 수출 동향을 점검하였다.\n`
  const people = triple(run(text).record.events.flatMap((e) => e.participants))
  for (const expected of [
    [null, '무역정책관', null],
    [null, '과장', '수출입과'],
    [null, null, '가나협회'],
    [null, null, '다라공사'],
    // The line carried on after a trailing comma is part of the group.
    [null, null, '마바공단']
  ]) assert.ok(has(people, expected), `${JSON.stringify(expected)} in ${JSON.stringify(people)}`)
})

test('extract: lines of one field each are no groups; a single labelled line is no run', () => {
  const text = `${header}수출 점검 회의 개최\n\n□ 산업통상자원부는 5월 27일(화) 16:00 대한상공회의소에서 수출 점검 회의를 개최하였다.\n\n - (주요내용) 전시관 운영, 진로 특강, 멘토링 등\n\n - (목적) 수출 동향 점검, 애로 청취\n`
  const people = triple(run(text).record.events.flatMap((e) => e.participants))
  assert.ok(!people.some((p) => ['멘토링', '진로 특강', '애로 청취'].includes(String(p[2]))), JSON.stringify(people))
})

test('extract: a body heading its own line beside a 참석자 line lists that body\'s people', () => {
  const text = `${header}간담회 개최\n\n□ 중소기업중앙회는 5월 27일(화) 14시 여의도에서 간담회를 개최하였다.\n\n< 간담회 개요 >\n\n(일시) 5.27.(화) 14:00~15:30\n\n(참석자) (중소기업계) 한지민 가나협동조합 이사장, 박서준 다라협동조합 이사장\n\n(관세청) 최민호 관세청장, 정우성 통관지원국장, 이정재 조사총괄과장\n`
  const people = triple(run(text).record.events.flatMap((e) => e.participants))
  for (const expected of [
    ['정우성', '통관지원국장', '관세청'],
    ['이정재', '조사총괄과장', '관세청']
  ]) assert.ok(has(people, expected), `${JSON.stringify(expected)} in ${JSON.stringify(people)}`)
})

test('parseParticipants: an item before a comma keeps its final syllable; the last item loses its particle', () => {
  assert.deepEqual(triple(parseParticipants('가나크레딧뷰로, 다라평가정보와', 0, null)), [
    [null, null, '가나크레딧뷰로'],
    [null, null, '다라평가정보']
  ])
})

test('hostBodies: a 과 inside a body\'s name is no "and"; a determiner before a kind names no body', () => {
  assert.deepEqual(triple(hostBodies('산림청 국립산림과학원(원장 홍길동)', 0)), [
    [null, null, '산림청'],
    [null, null, '국립산림과학원']
  ])
  assert.deepEqual(hostBodies('우리 정부', 0), [])
})

test('proseMentions: the subject of an outline line ending `개최함` hosts, as one ending `개최했다` does', () => {
  const bodies = (line: string) => proseMentions(line, 0).map((p) => p.organization)
  assert.deepEqual(bodies('가나다부(장관 홍길동)와 한국라마협회는 6월 15일(화) 서울에서 제2차 위원회를 개최함'), ['가나다부', '한국라마협회'])
  assert.deepEqual(bodies('가나다부(장관 홍길동)와 한국라마협회는 6월 15일(화) 서울에서 제2차 위원회를 개최할 계획이 없음'), [])
})

test('proseMentions: a quoted title (`‘…와 함께하는 …’`, `「…」`) names no one taking part', () => {
  const bodies = (line: string) => proseMentions(line, 0).map((p) => p.organization)
  assert.deepEqual(bodies('가나다부는 박람회에서 ‘상담센터와 함께하는 안전여행’ 캠페인을 진행하였다.'), [])
  assert.deepEqual(bodies('가나다부는「라마 공시기준 간담회」를 개최했다.'), ['가나다부'])
})

test('parseParticipants: under a heading that is a kind of body, a bare word that reads as a name is a body', () => {
  assert.deepEqual(triple(parseParticipants('(기업) 가나전자, 이마트', 0, null)), [
    [null, null, '가나전자'],
    [null, null, '이마트']
  ])
  // With a post, a name is a person whatever the heading.
  assert.deepEqual(triple(parseParticipants('(참여기업) 김민수 가나전자 대표', 0, null)), [['김민수', '대표', '가나전자']])
})

test('dedupeParticipants: a body named alone and again after other words is kept once, in its own name', () => {
  const body = (organization: string) => ({ name: null, position: null, organization, group: null, span: { start: 0, end: 1 } })
  const kept = dedupeParticipants([body('가나청 국립라마원'), body('국립라마원'), body('한편 다라부'), body('다라부'), body('마바협회')])
  assert.deepEqual(kept.map((p) => p.organization), ['국립라마원', '다라부', '마바협회'])
})

test('parseParticipants: a body taken from a group heading is traced to the heading', () => {
  const value = '(행안부) 장관, 안전정책관'
  const [first, second] = parseParticipants(value, 100, null)
  assert.deepEqual(first!.sources?.organization, { start: 101, end: 104 })
  assert.equal(value.slice(second!.sources!.organization!.start - 100, second!.sources!.organization!.end - 100), '행안부')
  // A body written in the entry itself needs no trace.
  assert.equal(parseParticipants('(행안부) 소방청 차장', 0, null)[0]!.sources, undefined)
})
