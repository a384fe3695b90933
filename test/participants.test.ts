/**
 * Participants: lists with groups inside them, shared posts and nouns, prose saying who takes
 * part, and what stays out (heads in brackets, quoted speech, groups in general).
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { run, triple } from './helpers.js'
import { parseParticipants, personsIn, proseBodies } from '../src/extract/participants.js'
import { proseMentions } from '../src/extract/mentions.js'

const header = ['보도자료', '보도시점\t2025. 5. 23.(금) 12:00\t배포\t2025. 5. 22.(목) 09:00', ''].join('\n')

test('parseParticipants: groups opened inside one line, and sides split by " / "', () => {
  const value = '(행안부) 장관, 안전정책관, (유관기관) 소방청 차장 / (가나다테크) 박서준 대표'
  const list = parseParticipants(value, 100, null)
  assert.deepEqual(triple(list), [
    [null, '장관', '행안부'],
    [null, '안전정책관', '행안부'],
    [null, '차장', '소방청'],
    ['박서준', '대표', '가나다테크']
  ])
  // Spans point at the entries in the text.
  assert.equal(value.slice(list[1]!.span.start - 100, list[1]!.span.end - 100), '안전정책관')
})

test('parseParticipants: a dotted run shares its last noun or post; dotted bodies are each a body; kinds and counts stay out', () => {
  assert.deepEqual(triple(parseParticipants('(환경부) 기후·물관리·자연보전국장', 0, null)), [
    [null, '기후국장', '환경부'],
    [null, '물관리국장', '환경부'],
    [null, '자연보전국장', '환경부']
  ])
  assert.deepEqual(triple(parseParticipants('농식품부·해수부·행안부 등 관계부처, 수산업협동조합중앙회', 0, null)), [
    [null, null, '농식품부'],
    [null, null, '해수부'],
    [null, null, '행안부'],
    [null, null, '수산업협동조합중앙회']
  ])
  // `업계(A, B)`: the names in brackets, not the kind; `항공19` is a count.
  assert.deepEqual(triple(parseParticipants('항공 업계(대한항공, 아시아나항공), 항공19', 0, null)), [
    [null, null, '대한항공'],
    [null, null, '아시아나항공']
  ])
})

test('parseParticipants: a note in brackets after a post is no body', () => {
  assert.deepEqual(triple(parseParticipants('국무총리(위원장), 무역협회 회장(부위원장)', 0, null)), [
    [null, '국무총리', null],
    [null, '회장', '무역협회']
  ])
})

test('personsIn: a name the dictionary does not know is a name next to its post, not alone', () => {
  assert.deepEqual(triple(personsIn('윤한홍 국회 정무위원회 위원장과 만났다', 0)), [['윤한홍', '위원장', '국회 정무위원회']])
  assert.deepEqual(personsIn('윤한홍 방문', 0), [])
})

test('proseMentions: people with a post who attend, chair or visit; the bodies listed before 참석', () => {
  const line = '이날 회의는 한지민 행정안전부 차관 주재로 열렸으며, 한국수자원공사, 한국농어촌공사, 국립재난안전연구원 관계자 등이 참석했다.'
  assert.deepEqual(triple(proseMentions(line, 0)), [
    ['한지민', '차관', '행정안전부'],
    [null, null, '한국수자원공사'],
    [null, null, '한국농어촌공사'],
    [null, null, '국립재난안전연구원']
  ])
})

test('proseMentions: heads in brackets, quoted speech and sentences on nothing taken part in give no one', () => {
  // The head in brackets is not a participant; the host body is (주최).
  assert.deepEqual(triple(proseMentions('이번 행사는 한국관광공사(사장 김민수, 이하 공사) 주최로 열린다.', 0)), [[null, null, '한국관광공사']])
  // A person quoted or talked about, with no word on taking part.
  assert.deepEqual(proseMentions('최민호 교수는 “박서준 대표가 참석했다”고 전했다.', 0), [])
  assert.deepEqual(proseMentions('정혜진 교수는 이번 연구 결과를 설명했다.', 0), [])
})

test('proseBodies: groups in general and counts are passed over; a gathering or a kind alone is no body', () => {
  assert.deepEqual(triple(proseBodies('지역 주민, 전문가 50여 명과 한국환경공단, LG전자 등', 0)), [
    [null, null, '한국환경공단'],
    [null, null, 'LG전자']
  ])
  assert.deepEqual(proseBodies('박람회', 0), [])
  assert.deepEqual(proseBodies('협의회', 0), [])
})

test('extract: a 참석자 line over its group lines gives the event its participants, posts named from the lead', () => {
  const text = `${header}물관리 협약 체결\n\n□ 환경부(장관 홍길동)는 5월 27일(화) 14:00 세종에서 한국수자원공사, 한국농어촌공사와 업무협약을 체결한다.\n\n< 협약식 개요 >\n· 일시/장소 : 5. 27.(화) 14:00 / 정부세종청사\n· 참석자\n(환경부) 장관, 물관리정책실장\n(공공기관) 한국수자원공사, 한국농어촌공사 등 2개 기관\n· 주요 내용 : 협약 체결\n`
  const { record } = run(text)
  const people = triple(record.events.flatMap((e) => e.participants))
  for (const expected of [
    // The listed post takes the name the lead gives its holder in brackets.
    ['홍길동', '장관', '환경부'],
    [null, '물관리정책실장', '환경부'],
    [null, null, '한국수자원공사'],
    [null, null, '한국농어촌공사']
  ]) assert.ok(people.some((p) => JSON.stringify(p) === JSON.stringify(expected)), `${JSON.stringify(expected)} in ${JSON.stringify(people)}`)
  // The post is listed once (named), and the count of bodies is none.
  assert.equal(people.filter((p) => p[1] === '장관').length, 1)
  assert.ok(!people.some((p) => String(p[2]).includes('2개')))
})

test('personsIn: a foreign name written in Hangul takes both its words, two Korean names do not merge', () => {
  assert.deepEqual(triple(personsIn('무라타 시게키 일본 관광청 장관', 0)), [['무라타 시게키', '장관', '일본 관광청']])
  assert.ok(!personsIn('김철수 박영희 교수', 0).some((p) => p.name === '김철수 박영희'))
})

test('extract: a note on a word of a sentence on taking part lists who takes part', () => {
  const text = `${header}안전 점검 회의 개최\n\n□ 행정안전부는 5월 27일(화) 14:00 정부서울청사에서 안전 점검 회의를 개최하였다.\n\nㅇ 이날 회의에는 주요 인사*가 참석하였다.\n\n* 최민호 소방청장, 무라타 시게키 일본 관광청 장관\n`
  const names = run(text).record.events.flatMap((e) => e.participants.map((p) => p.name))
  assert.ok(names.includes('최민호') && names.includes('무라타 시게키'), JSON.stringify(names))
})

test('parseParticipants: a name with its body and post in brackets; a body with its posts in brackets; a one-word group after a space', () => {
  assert.deepEqual(triple(parseParticipants('(자문위원) 정다은(한빛대 경제학과 교수)', 0, null)), [['정다은', '교수', '한빛대 경제학과']])
  assert.deepEqual(triple(parseParticipants('가나물산(유통부장, 구매부장)', 0, null)), [
    [null, '유통부장', '가나물산'],
    [null, '구매부장', '가나물산']
  ])
  assert.deepEqual(triple(parseParticipants('(관계부처) 기재부, 중기부 (유관기관) 금감원, 삼성전자 (영상)', 0, null)), [
    [null, null, '기재부'],
    [null, null, '중기부'],
    [null, null, '금감원'],
    [null, null, '삼성전자']
  ])
})

test('personsIn: a verb with a name-like first syllable is no name (`하였다`)', () => {
  assert.deepEqual(personsIn('협력하기로 하였다. 또한 양 장관은', 0), [])
})
