/**
 * Participants on releases nobody has read (issue 9): a counted kind closing a prose list of
 * bodies (`A, B, C 등 3개 기관이 참여`) and the rank its bodies come at (`… 등 9개 부처
 * 국장급이 위원으로 참여한다`).
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { bodiesGiven, firstWritten, proseMentions } from '../src/extract/mentions.js'
import { parseParticipants, personsIn } from '../src/extract/participants.js'
import { triple } from './helpers.js'

const bodies = (line: string) => proseMentions(line, 0).filter((p) => !p.name).map((p) => p.organization)
/** The people a prose line names taking part, as `[name, position, organization]`. */
const people = (line: string) => triple(proseMentions(line, 0)).filter(([name]) => name)

test('proseMentions: a count closing a list makes its items bodies whatever their ending', () => {
  // `노총`, `연맹`, `투자` end no body's name; the count says the three items are bodies.
  assert.deepEqual(bodies('이번 회의에는 한빛노총, 푸른소비자연맹, 누리벤처투자 등 3개 단체가 참석했다.'), ['한빛노총', '푸른소비자연맹', '누리벤처투자'])
  // Without the count, the list reads back only while its items end like a body.
  assert.deepEqual(bodies('이번 회의에는 한빛노총, 푸른소비자연맹, 누리벤처투자 등이 참석했다.'), [])
  // Only the last that many items: `가나다라` before them is read as before.
  assert.deepEqual(bodies('이날 설명회에는 가나다라, 한빛노총, 푸른소비자연맹 등 2개 단체가 참여하여 의견을 냈다.'), ['한빛노총', '푸른소비자연맹'])
})

test('proseMentions: a rank after a counted kind of bodies is each body\'s post', () => {
  assert.deepEqual(triple(proseMentions('심의회는 위원장이 맡으며, 기재부, 산업부, 환경부 등 3개 부처 국장급이 위원으로 참여한다.', 0)), [
    [null, '국장급', '기재부'],
    [null, '국장급', '산업부'],
    [null, '국장급', '환경부']
  ])
  // People in general after the kind hold no post of the body.
  assert.deepEqual(triple(proseMentions('이날 회의에는 기재부, 산업부, 환경부 등 3개 부처 관계자가 참석했다.', 0)), [
    [null, null, '기재부'],
    [null, null, '산업부'],
    [null, null, '환경부']
  ])
})

test('proseMentions: `참여한다` reports who takes part, `참여하는` only describes', () => {
  assert.deepEqual(bodies('이번 박람회에는 한국무역협회와 대한상공회의소가 참여한다.'), ['한국무역협회', '대한상공회의소'])
  assert.deepEqual(bodies('한국무역협회와 대한상공회의소가 참여하는 사업을 확대한다.'), [])
})

test('personsIn: a former or numbered holding before the body goes with the post', () => {
  assert.deepEqual(triple(personsIn('김하늘 전 한국대학교 총장, 박나래 제3대 한빛재단 이사장', 0)), [
    ['김하늘', '전 총장', '한국대학교'],
    ['박나래', '제3대 이사장', '한빛재단']
  ])
  assert.deepEqual(triple(personsIn('최우주 前 국회의장', 0)), [['최우주', '前 국회의장', null]])
})

test('personsIn: a minister of a cabinet that calls them `대신` holds a post', () => {
  assert.deepEqual(triple(personsIn('무라타 시게키 전 내각총리대신, 아마노 하루키 외무대신', 0)), [
    ['무라타 시게키', '전 내각총리대신', null],
    ['아마노 하루키', '외무대신', null]
  ])
  // `대신` alone is the word `instead`, no post.
  assert.deepEqual(triple(personsIn('김하늘 대신 참석했다', 0)), [])
})

test('personsIn: a two-syllable name opening a list item with its body and post', () => {
  assert.deepEqual(triple(personsIn('* 김하늘 한빛재단 이사장, 윤기 주일본대한민국대사관 대사', 0)), [
    ['김하늘', '이사장', '한빛재단'],
    ['윤기', '대사', '주일본대한민국대사관']
  ])
  // Not inside a sentence, nor without a body between it and the post, nor `주한` (stationed in Korea).
  assert.deepEqual(triple(personsIn('행사에는 윤기 한빛재단 이사장이 왔다', 0)), [])
  assert.deepEqual(triple(personsIn('* 김하늘 한빛재단 이사장, 윤기 이사장', 0)), [['김하늘', '이사장', '한빛재단']])
  assert.deepEqual(triple(personsIn('* 김하늘 한빛재단 이사장, 주한 외국상의 대표', 0)), [['김하늘', '이사장', '한빛재단']])
})

test('proseMentions: an official with no body written belongs to the central body the line\'s subject names', () => {
  assert.deepEqual(people('해양수산부(장관 한바다)는 3일 김하늘 제1차관 주재로 점검회의를 개최하였다.'), [['김하늘', '제1차관', '해양수산부']])
  // Not a body written before the name of its own, not a post outside government, not a later sentence.
  assert.deepEqual(people('해양수산부는 국제해사기구(IMO) 김하늘 사무차장과 면담을 가졌다.'), [['김하늘', '사무차장', null]])
  assert.deepEqual(people('해양수산부는 김하늘 교수와 함께 간담회를 개최하였다.'), [['김하늘', '교수', null]])
  assert.deepEqual(people('해양수산부는 간담회를 개최하였다. 이어 김하늘 국장이 발표했다.'), [['김하늘', '국장', null]])
  // A subject that is no central body gives none.
  assert.deepEqual(people('한빛협회는 김하늘 국장 주재로 회의를 개최하였다.'), [['김하늘', '국장', null]])
})

test('bodiesGiven: a listed person with no body takes the body another reading with the same post gives', () => {
  const span = { start: 0, end: 1 }
  const list = [
    { name: '김하늘', position: '제1차관', organization: null, group: '정부', span },
    { name: '김하늘', position: '제1차관', organization: '해양수산부', group: null, span: { start: 10, end: 30 } },
    { name: '박나래', position: '국장', organization: null, group: null, span }
  ]
  assert.deepEqual(triple(bodiesGiven(list)), [
    ['김하늘', '제1차관', '해양수산부'],
    ['김하늘', '제1차관', '해양수산부'],
    ['박나래', '국장', null]
  ])
})

test('proseMentions: in a list naming two bodies beyond doubt, a proper name is a body too', () => {
  // `한빛협회` and `KT모빌리티` are bodies beyond doubt; `르노코리아` is a proper name with no body's ending.
  assert.deepEqual(bodies('이날 회의에는 르노코리아, KT모빌리티, 한빛협회가 참석했다.'), ['르노코리아', 'KT모빌리티', '한빛협회'])
  // With one body only, the list reads back no further than before.
  assert.deepEqual(bodies('이날 회의에는 르노코리아, 한빛협회가 참석했다.'), ['한빛협회'])
  // A common noun (a field) stays out.
  assert.deepEqual(bodies('이날 회의에는 바이오, KT모빌리티, 한빛협회가 참석했다.'), ['KT모빌리티', '한빛협회'])
})

test('parseParticipants: `와`/`과` written onto a post joins two people', () => {
  assert.deepEqual(triple(parseParticipants('국회 한빛위원회 김하늘 의원과 해양수산부 박나래 정책국장, 한빛재단 최우주 이사장', 0, null)), [
    ['김하늘', '의원', '국회 한빛위원회'],
    ['박나래', '정책국장', '해양수산부'],
    ['최우주', '이사장', '한빛재단']
  ])
  // A department ending `과` is no join.
  assert.deepEqual(triple(parseParticipants('노인건강과, 장관과 차관', 0, null)), [
    [null, null, '노인건강과'],
    [null, '장관', null],
    [null, '차관', null]
  ])
})

test('personsIn: two posts held at once (`부총리 겸 … 장관`) are one post, its body the one after `겸`', () => {
  assert.deepEqual(triple(personsIn('김하늘 부총리 겸 해양수산부 장관은 회의를 주재했다.', 0)), [['김하늘', '부총리 겸 해양수산부 장관', '해양수산부']])
  assert.deepEqual(triple(personsIn('김하늘 부총리 겸 해양수산부장관이 참석했다.', 0)), [['김하늘', '부총리 겸 해양수산부장관', '해양수산부']])
  assert.deepEqual(triple(personsIn('김하늘 한빛본부 제2차장 겸 해양수산부 장관은', 0)), [['김하늘', '한빛본부 제2차장 겸 해양수산부 장관', '해양수산부']])
  // `겸` with no post after it joins nothing.
  assert.deepEqual(triple(personsIn('김하늘 부총리 겸 회의를 주재했다', 0)), [['김하늘', '부총리', null]])
  // The holder is then an actor of the sentence.
  assert.deepEqual(people('김하늘 부총리 겸 해양수산부 장관은 점검회의를 주재하였다.'), [['김하늘', '부총리 겸 해양수산부 장관', '해양수산부']])
})

test('personsIn: a kind of body alone before a person closes the name written before it', () => {
  assert.deepEqual(triple(personsIn('△누리 재단 아마노 하루키(Haruki Amano) 대표 △카롤 대학교 누리 위원회 김하늘 사무총장', 0)), [
    ['아마노 하루키', '대표', '누리 재단'],
    ['김하늘', '사무총장', '카롤 대학교 누리 위원회']
  ])
  // A common noun (`이날`) is no part of the name.
  assert.deepEqual(triple(personsIn('이날 재단 김하늘 이사장이 참석했다', 0)), [['김하늘', '이사장', '재단']])
})

test('proseMentions: a person met (`… 대표 면담`) and an item of a `△` list are actors', () => {
  assert.deepEqual(people('김하늘 대사는 한빛재단 아마노 하루키(Haruki Amano) 대표 면담 계기 협력을 논의했다.'), [
    ['김하늘', '대사', null],
    ['아마노 하루키', '대표', '한빛재단']
  ])
  assert.deepEqual(people('△한빛재단 박나래 대표 △누리재단 최우주 이사장 등과 면담했다.'), [
    ['박나래', '대표', '한빛재단'],
    ['최우주', '이사장', '누리재단']
  ])
})

test('proseMentions: people receiving an award at the event are actors; a name containing `수상` is no award', () => {
  assert.deepEqual(people('이날 김하늘 한빛대학교 교수와 박나래 누리병원 교수 등 15명이 장관표창을 수상했다.'), [
    ['김하늘', '교수', '한빛대학교'],
    ['박나래', '교수', '누리병원']
  ])
  assert.deepEqual(triple(proseMentions('김수상 한빛대학교 교수는 연구 결과를 정리했다.', 0)), [])
})

test('personsIn: a company with its mark written before the name is the body', () => {
  assert.deepEqual(triple(personsIn('금탑산업훈장은 누리자동차㈜ 김하늘 사장, 은탑산업훈장은 한빛코리아(주) 박나래 전무이사가 받았다.', 0)), [
    ['김하늘', '사장', '누리자동차㈜'],
    ['박나래', '전무이사', '한빛코리아(주)']
  ])
  // The genitive after the company is no part of its name.
  assert.deepEqual(triple(personsIn('이날 ㈜누리텍의 김하늘 대표이사가 참석했다.', 0)), [['김하늘', '대표이사', '㈜누리텍']])
})

test('parseParticipants: a former holding in a list item goes with the post, as in prose', () => {
  assert.deepEqual(triple(parseParticipants('김하늘 前 한빛재단 사무총장, 박나래 전 울산시장, 최우주 누리재단 이사장', 0, null)), [
    ['김하늘', '前 사무총장', '한빛재단'],
    ['박나래', '전 시장', '울산시'],
    ['최우주', '이사장', '누리재단']
  ])
})

test('firstWritten: a person read with their body short and in full keeps it as first written', () => {
  const at = (start: number) => ({ start, end: start + 10 })
  const list = [
    { name: '김하늘', position: '교수', organization: '한빛대학교', group: null, span: at(200) },
    { name: '김하늘', position: '교수', organization: '한빛대', group: null, span: at(50) },
    { name: '박나래', position: '교수', organization: '누리대학교', group: null, span: at(300) },
    { name: '박나래', position: '교수', organization: '한빛대', group: null, span: at(60) }
  ]
  assert.deepEqual(triple(firstWritten(list)), [
    ['김하늘', '교수', '한빛대'],
    ['김하늘', '교수', '한빛대'],
    // Another body altogether is left as it is.
    ['박나래', '교수', '누리대학교'],
    ['박나래', '교수', '한빛대']
  ])
})

test('proseMentions: the members a counted kind lists in brackets are bodies each, whatever their ending', () => {
  assert.deepEqual(bodies('이번 특별전에는 대형마트 3개사(한빛마트, 누리몰, GS누리)가 참여할 예정이다.'), ['한빛마트', '누리몰', 'GS누리'])
  // A member that is one common noun is a short form of the kind's own name (`전자` of `삼성그룹`), no body in full; the others stay.
  assert.deepEqual(bodies('한빛그룹 3개사(전자, 누리몰, 한빛마트)는 협약을 체결했다.'), ['누리몰', '한빛마트'])
})

test('personsIn: one acting for a post holds it so (`청장 직무대행`)', () => {
  assert.deepEqual(triple(personsIn('이날 김하늘 해양경찰청장 직무대행과 박나래 한빛재단 이사장이 참석했다.', 0)), [
    ['김하늘', '청장 직무대행', '해양경찰청'],
    ['박나래', '이사장', '한빛재단']
  ])
  assert.deepEqual(people('김하늘 해양경찰청장 직무대리는 점검회의를 주재했다.'), [['김하늘', '청장 직무대리', '해양경찰청']])
})
