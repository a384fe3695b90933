/**
 * Quotation speakers referred to by a post alone, bodies as speakers, and a subject of its own
 * that stops the last speaker's remarks from running on. Fixtures are composed.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { run } from './helpers.js'

const speakers = (body: string) =>
  run(`보도자료\n\n회의 개최\n\n${body}`, 'quotes.txt').record.quotes.map((q) => [q.speaker.name, q.speaker.position, q.speaker.organization])

test('a post alone as the subject is the person named earlier with that post', () => {
  assert.deepEqual(speakers('□ 구윤철 부총리 겸 재정경제부장관은 13일 회의를 주재하였다.\n\n부총리는 “수출 흐름은 견조하다”고 평가하면서 “원팀으로 대응하겠다”고 밝혔다.\n'), [
    ['구윤철', '부총리', null],
    ['구윤철', '부총리', null]
  ])
})

test('a surname and post refer back to a name the dictionary splits, even with a marker glued to it', () => {
  assert.deepEqual(speakers('□강도형 해양수산부 장관은 10일 업무계획을 발표했다.\n\n○ 이 자리에서 강 장관은 회의를 시작하며 "올해 계획은 중요하다"라고 말했다.\n'), [['강도형', '장관', '해양수산부']])
})

test('a body as the subject speaks as the body, not as the person quoted before', () => {
  assert.deepEqual(speakers('□ 박민수 보건복지부 제2차관은 “현장을 살피겠다”고 말했다.\n\n□ 동부지방산림청(청장 최재성)은 “순찰을 강화하겠다”고 밝혔다.\n'), [
    ['박민수', '제2차관', '보건복지부'],
    [null, null, '동부지방산림청']
  ])
})

test('someone else with a post the release does not name is not the speaker before', () => {
  assert.deepEqual(speakers('□ 박민수 보건복지부 제2차관은 “현장을 살피겠다”고 말했다.\n\n□ 존 리 본부장은 “협력을 넓히겠다”고 말했다.\n\n□ 간담회에 참석한 한 연구자는 “연구 환경이 나아졌다”고 말했다.\n'), [
    ['박민수', '제2차관', '보건복지부'],
    [null, '본부장', null],
    [null, null, null]
  ])
})

test('the speaker goes on where the subject is a pronoun, the same post, or no noun', () => {
  assert.deepEqual(speakers('□ 박민수 보건복지부 제2차관은 “현장을 살피겠다”고 말했다.\n\n○ 이어 그는 “지원을 늘리겠다”고 말했다.\n\n○ 또 차관은 “인력을 보강하겠다”고 덧붙였다.\n\n○ 제도 개선에 대해서는 “법을 고치겠다”고 밝혔다.\n').map((s) => s[0]), ['박민수', '박민수', '박민수', '박민수'])
})

test('a three-syllable name the dictionary reads with a particle inside is a name (`김고응` = 김 + 고 + 응)', () => {
  assert.deepEqual(speakers('□ 김고응 기후에너지환경부 자원순환국장은 "순환이용을 늘리겠다"고 말했다.\n'), [['김고응', '자원순환국장', '기후에너지환경부']])
})

test('a company marked ㈜ between the name and the post does not hide the name', () => {
  assert.equal(speakers('□ 이상율 ㈜한빛소재 대표는 “투자를 늘리겠다”고 말했다.\n')[0]![0], '이상율')
})

test('one quoted word that closes no sentence names a thing, even before a quotative or a speech word', () => {
  assert.deepEqual(speakers('□ 흔히 “메로”라고 불리기도 하는 이빨고기는 인기가 많다.\n\n○ 올해는 농식품의 “색(Color)”을 강조하는 개념으로 기획되었다.\n'), [])
})

test('a body whose head the release introduced in brackets gives the person a later post refers to', () => {
  assert.deepEqual(speakers('외교부(장관 박진)와 개인정보보호위원회(위원장 고학수)는 위원 선발을 환영했다.\n\n박 장관은 “국제 논의에 기여하겠다”고 말했다.\n\n□ 산림청(청장 임상섭, 이하 산림청)은 현장을 점검했다.\n\n○ 청장은 “산불을 막겠다”고 말했다.\n'), [
    ['박진', '장관', '외교부'],
    ['임상섭', '청장', '산림청']
  ])
})

test('a body opening the sentence as its topic speaks where no person does; a post in the sentence before is referred back', () => {
  assert.deepEqual(speakers('□ 산림청(청장 박종호)은 정책 방향에 맞추어 “임도 개방을 취소하오니 이해를 바란다”라고 전했다.\n\n□ 이승돈 농촌진흥청장은 고창군을 찾았다.\n\n○ 벼 재배단지를 둘러본 이 청장은 현장을 살폈다. 이 자리에서 "예찰에 최선을 다하고 있다"라고 말했다.\n').map((s) => s.slice(0, 2).concat(s[2] ?? null)), [
    [null, null, '산림청'],
    ['이승돈', '청장', null]
  ])
})

test('a quoted name followed by 에서 is the name of a meeting, not speech', () => {
  assert.deepEqual(speakers('□ 국토교통부는 2월 15일 열린 “아태총회 유치 후보도시 선정 평가위원회”에서 수원시가 최종 선정되었다고 밝혔다.\n'), [])
})

test('a post right before the quotation with its holder in brackets names the holder', () => {
  assert.deepEqual(speakers('□ 방위사업청 감시전자사업부장(고위공무원 윤창문)은 “장비를 차질 없이 배치하겠다”고 말했다.\n\n□ 이에, 울진산림항공관리소장(한금석 소장)은 "산불에 대비하겠다"고 말했다.\n').map((s) => s[0]), ['윤창문', '한금석'])
})

test('a person called by name and 씨 with a note in brackets between is the speaker, not a word before', () => {
  assert.deepEqual(speakers('□ 이날 안장식에 참석한 고인의 남동생 박종대(1940년생) 씨는 “형님을 모시게 되어 기쁘다”고 말했다.\n').map((s) => s[0]), ['박종대'])
})
