/**
 * Participants named in prose, second set (참여 언급): a person's post joined to the speech
 * they give (`A 차관의 개회사`), `…도 참석`, list marks before a name (`△A 교수`), words for
 * members that end like a body (`민간위원`), and a parent body written before its unit
 * (`농림부 국립종자원(원장 …)은`).
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { proseMentions, wholePosts } from '../src/extract/mentions.js'
import { nameParticipants, personsIn } from '../src/extract/participants.js'
import { run, triple } from './helpers.js'

const head = ['보도자료', '보도시점\t2025. 5. 23.(금) 12:00\t배포\t2025. 5. 22.(목) 09:00', '종자산업 설명회 개최', ''].join('\n')
const bodies = (line: string) => proseMentions(line, 0).filter((p) => !p.name).map((p) => p.organization)

test('proseMentions: a person whose post is joined by `의` to the speech they give', () => {
  assert.deepEqual(triple(proseMentions('개막식은 한바다 해양수산부 차관의 개회사로 시작된다.', 0)), [['한바다', '차관', '해양수산부']])
  // A word may stand between the post and the speech (`주제별 강연`); list marks are no part of a name.
  assert.deepEqual(triple(proseMentions('△김하늘 한국대학교 교수의 주제별 강연, △박나래 산림청 차장의 축사가 이어진다.', 0)), [
    ['김하늘', '교수', '한국대학교'],
    ['박나래', '차장', '산림청']
  ])
  // `의` before anything else is no speech: `교수의 연구실`, `교수의 강연장`.
  assert.deepEqual(triple(proseMentions('행사에서 참석자들은 김하늘 한국대학교 교수의 연구실을 둘러보았다.', 0)), [])
  assert.deepEqual(triple(proseMentions('참석자들은 김하늘 한국대학교 교수의 강연장으로 이동했다.', 0)), [])
})

test('proseMentions: a person with a post who `도` attends', () => {
  assert.deepEqual(triple(proseMentions('이날 회의에는 최우주 주독일 대사와 한바다 유럽국장도 참석했다.', 0)), [
    ['최우주', '대사', '주독일'],
    ['한바다', '유럽국장', null]
  ])
  // `도` before something else names no one taking part.
  assert.deepEqual(triple(proseMentions('행사에 참석한 한바다 유럽국장도 놀랐다.', 0)), [])
})

test('proseMentions: words for members that end like a body are no body (`민간위원`, `조사원`)', () => {
  assert.deepEqual(bodies('이날 회의에는 민간위원(30명), 정부위원(18개 부처), 한국환경공단 등이 참석했다.'), ['한국환경공단'])
  assert.deepEqual(bodies('이번 교육에는 국립수목원과 현장 조사원이 참여하여 진행했다.'), ['국립수목원'])
})

test('mentions: a parent body written before its unit is not listed beside it', () => {
  const { record } = run(head + '□ 농림축산식품부 국립종자원(원장 한바다)은 5월 2일(금) 김천에서 종자산업 설명회를 개최했다.\n')
  const names = record.events.flatMap((e) => e.participants.filter((p) => !p.name && !p.position).map((p) => p.organization))
  assert.ok(names.includes('국립종자원'), JSON.stringify(names))
  assert.ok(!names.includes('농림축산식품부'), JSON.stringify(names))
  // Bodies joined by `와` are two bodies.
  const { record: two } = run(head + '□ 농림축산식품부와 국립종자원(원장 한바다)은 5월 2일(금) 김천에서 종자산업 설명회를 개최했다.\n')
  const both = two.events.flatMap((e) => e.participants.map((p) => p.organization))
  assert.ok(both.includes('농림축산식품부') && both.includes('국립종자원'), JSON.stringify(both))
})

test('nameParticipants: a listed post whole with its unit takes the name the prose gives it split (`통상교섭본부장`)', () => {
  const listed = { name: null, position: '통상교섭본부장', organization: '산업부', group: null, span: { start: 0, end: 10 } }
  const people = [{ name: '한바다', position: '본부장', organization: '통상교섭본부' }]
  assert.deepEqual(triple(nameParticipants([listed], people, (b) => b)), [['한바다', '통상교섭본부장', '산업부']])
  // Another unit's post of the same kind stays unnamed.
  assert.deepEqual(triple(nameParticipants([{ ...listed, position: '재난안전관리본부장' }], people, (b) => b)), [[null, '재난안전관리본부장', '산업부']])
})

test('personsIn: a body written before a person with its head in brackets between is the person\'s body, the post whole', () => {
  assert.deepEqual(triple(personsIn('□ 국가보훈부(장관 한바다) 김하늘 보훈정책국장은 12일 기념식에 참석했다.', 0)), [['김하늘', '보훈정책국장', '국가보훈부']])
  assert.deepEqual(triple(personsIn('□ 산림청(청장 : 한바다) 김하늘 산림정책국장은 참석했다.', 0)), [['김하늘', '산림정책국장', '산림청']])
  // A bracket that is no head note (`(주)`, a date) gives no body; the fused post is split as before.
  assert.deepEqual(triple(personsIn('이날(12일) 김하늘 산림정책국장은 참석했다.', 0)), [['김하늘', '국장', '산림정책국']])
})

test('proseMentions: a foreign name in Hangul whose Latin spelling follows in brackets', () => {
  // Three words the dictionary does not read as names, then the post after the bracket.
  assert.deepEqual(triple(proseMentions('한바다 장관은 2일 마르셀로 다 코스타(Marcelo Da Costa) 브라질 외교차관과 면담을 가졌다.', 0)), [
    ['한바다', '장관', null],
    ['마르셀로 다 코스타', '외교차관', '브라질']
  ])
  // A list mark before the name is no part of it; a middle name in Latin only is allowed.
  assert.deepEqual(triple(proseMentions('참석: ▴비다르 헬게센(Vidar K. Helgesen) 재단 사무총장, ▴잭 닐(Jack Neil Bower) 협회 회장 등이 참석했다.', 0)).map((p) => p[0]), ['비다르 헬게센', '잭 닐'])
  // No post after it: a thing's name glossed in English is no person.
  assert.deepEqual(triple(proseMentions('이날 스마트 테스트베드(Test Bed) 착공식에 참석했다.', 0)), [])
})

test('personsIn: a name the dictionary reads as words, placed before a body and a post (`전해철 행정안전부 장관`)', () => {
  assert.deepEqual(triple(personsIn('강도형 해양수산부 장관은 5일 현장을 찾았다.', 0)), [['강도형', '장관', '해양수산부']])
  // A particle closing it, a post in brackets, or an adnominal after a place is no name.
  assert.deepEqual(triple(personsIn('‘안전’이라는 주제로 특허청 연수원장이 강연한다.', 0)), [])
  assert.deepEqual(triple(personsIn('경남 사천에 소재한 우주항공청 청장이 참석했다.', 0)), [])
})

test('wholePosts: a person read with the post split from its unit takes the whole reading with the body', () => {
  const at = { start: 0, end: 5 }
  const split = { name: '한바다', position: '본부장', organization: '통상교섭본부', group: null, span: at }
  const whole = { name: '한바다', position: '통상교섭본부장', organization: '산업통상부', group: null, span: at }
  assert.deepEqual(triple(wholePosts([split, whole])), [['한바다', '통상교섭본부장', '산업통상부'], ['한바다', '통상교섭본부장', '산업통상부']])
  // Another unit's post is another reading, kept.
  assert.deepEqual(triple(wholePosts([split, { ...whole, position: '무역투자실장' }]))[0], ['한바다', '본부장', '통상교섭본부'])
})

test('personsIn: a long body name that ends like a post (`…연구원`) written before a person is their body', () => {
  assert.deepEqual(triple(personsIn('□ 해양정책연구원 김하늘 본부장은 현황을 발표했다.', 0)), [['김하늘', '본부장', '해양정책연구원']])
  // A post with its particle (`…회장과`) or a rank (`책임연구원`) before a person is the previous person's post.
  assert.deepEqual(triple(personsIn('한바다 협회장과 김하늘 관세청장이 참석했다.', 0))[1], ['김하늘', '청장', '관세청'])
  assert.deepEqual(triple(personsIn('한바다 책임연구원 김하늘 교수는 발표했다.', 0))[1], ['김하늘', '교수', null])
})

test('proseMentions: a partner of an agreement with words on its field between (`A와 기술이전 협약을 체결`)', () => {
  assert.deepEqual(bodies('한국환경공단은 5일 국립생태원과 생물자원 공동연구 업무협약을 체결했다.'), ['국립생태원', '한국환경공단'])
  // Words naming no agreement after `와` do not make a partner.
  assert.deepEqual(bodies('이번 행사는 국립생태원과 시민이 함께 만드는 축제로 열린다.'), [])
})

test('mentions: a body said to host (`A가 주관하는`) stays beside its head who speaks', () => {
  const text = '□ 해양수산부는 5월 2일(금) 부산에서 해양 콘퍼런스를 개최했다.\n ㅇ 한국해양공단이 주관하는 이번 콘퍼런스에는 300여 명이 참석했다.\n ㅇ 개회식은 김하늘 한국해양공단 이사장의 환영사로 시작되었다.\n'
  const { record } = run(head.replace('종자산업 설명회', '해양 콘퍼런스') + text)
  const list = record.events.flatMap((e) => triple(e.participants))
  assert.deepEqual(list, [[null, null, '해양수산부'], [null, null, '한국해양공단'], ['김하늘', '이사장', '한국해양공단']])
})
