/**
 * Participants the events reader takes from prose (issue 9): a body's name only, no
 * discourse word, particle or gathering kept with it, and no sponsor (`후원`).
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { personsIn } from '../src/extract/participants.js'
import { run, triple } from './helpers.js'

/** A release distributed on Thursday 22 May 2025. */
const head = ['보도자료', '보도시점\t2025. 5. 23.(금) 12:00\t배포\t2025. 5. 22.(목) 09:00', '행사 개최', ''].join('\n')
/** The bodies the events of a release name. */
const bodies = (text: string) => run(`${head}${text}\n`).record.events.flatMap((e) => e.participants.filter((p) => !p.name).map((p) => p.organization))

test('personsIn: a name closing a head bracket takes no post after the bracket', () => {
  // `(회장 홍길동)가 주관하여 한빛협회장`: the post after the bracket is another's.
  assert.deepEqual(triple(personsIn('이번 행사는 한빛협의회(회장 홍길동)가 주관하여 누리협회장, 관계자 등 50여 명이 참석했다.', 0)).filter(([n]) => n === '홍길동'), [])
  assert.deepEqual(triple(personsIn('가나부(장관 김철수)와 다라부(장관 이영희)가 공동 주최하는 포럼이 열렸다.', 0)).filter(([, , org]) => typeof org === 'string' && /^[와과가]\s/u.test(org)), [])
  // A name written before its post stays read so.
  assert.deepEqual(triple(personsIn('이날 행사에는 김철수 한빛협회장이 참석했다.', 0)), [['김철수', '회장', '한빛협회']])
})

test('events: a sentence\'s subject is a body\'s name alone, no opening word (`한편`), no gathering (`이번 대회`)', () => {
  assert.deepEqual(bodies('□ 한편 가나지방청 다라지청에서는 5월 20일 세종에서 점검회의를 개최하였다.'), ['가나지방청 다라지청'])
  assert.deepEqual(bodies('□ 이번 대회는 5월 20일 세종 체육관에서 선수 30명이 참가한 가운데 열렸다.'), [])
})

test('events: the words before `… N명이 참석` give each body\'s name after the clause\'s last particle or ending', () => {
  const found = bodies('□ 한빛협회는 5월 20일 세종에서 토론회를 개최하였다. 이번 토론회에는 공동주최기관인 누리재단, 가람학회의 분야별 전문가와 연구팀 등 30여 명이 참석하였다.')
  assert.ok(found.includes('누리재단'), String(found))
  assert.ok(!found.some((o) => o !== null && /(?:기관인|학회의|전문가와)/u.test(o)), String(found))
  // `등의` closes the list: the words before it name no body with a post after.
  const closed = run(`${head}□ 한빛협회는 5월 20일 세종에서 설명회를 개최한다. 이번 설명회에는 누리전자社, 한빛전기社 등 10개社와 가람대 등의 학·석·박사 과정 중인학생 200명이 참여한다.\n`).record.events.flatMap((e) => e.participants)
  assert.ok(!closed.some((p) => p.organization?.endsWith('등의')), JSON.stringify(closed))
})

test('events: a lead subject that sponsors (`후원하고`) is no participant; the hosts are', () => {
  const found = bodies('□ 가나부(장관 홍길동)가 후원하고 한빛협회와 누리협회가 공동 주최하는 「미래 포럼」이 5월 20일(화) 서울 코엑스에서 개최되었다.')
  assert.ok(!found.includes('가나부'), String(found))
  assert.ok(found.includes('한빛협회') && found.includes('누리협회'), String(found))
})

test('events: a surname before a post (`박 청장은`) is a person named before, no body', () => {
  const found = run(`${head}□ 박 청장은 5월 20일 세종에서 열린 개회식에 참석해 축사를 했다.\n`).record.events.flatMap((e) => e.participants)
  assert.ok(!found.some((p) => p.organization === '박'), JSON.stringify(found))
})

test('events: co-hosts `…와 함께` after the lead subject are the bodies after the clause\'s last particle (`…회의실에서`), not the room', () => {
  const found = bodies('□ 가나부(장관 홍길동)는 5월 20일 김철수 차관 주재로 정부세종청사 대회의실에서 누리협회와 함께 점검회의를 개최하였다.')
  assert.ok(!found.some((o) => o !== null && /회의실/u.test(o)), String(found))
  assert.ok(found.includes('가나부'), String(found))
})

test('events: a subject opened by a number is a stage or round (`1단계는`), no body', () => {
  assert.deepEqual(bodies('□ 1단계는 5월 20일부터 30일까지 세종에서 특별단속을 실시한다.').filter((o) => o !== null && /^\d/u.test(o)), [])
})

test('hostBodies: hosts joined by `·` after their heads (`A(청장 …)·B(도지사 …)`) give no part running over a bracket', async () => {
  const { hostBodies } = await import('../src/extract/participants.js')
  const found = hostBodies('가나청(청장 홍길동)·다라도(도지사 김철수)·마바도(도지사 이영희)', 0).map((p) => p.organization)
  assert.ok(!found.some((o) => o !== null && /[()]/u.test(o)), String(found))
})

test('events: a prose item kept whole must read as a body (`우리나라`, a pronoun, does not); a central body\'s short form does (`국민권익위`)', () => {
  assert.deepEqual(bodies('□ 우리나라는 5월 20일 프랑스 파리에서 개최된 국제기구 총회에서 이사국으로 선출되었다.').filter((o) => o === '우리나라'), [])
  assert.ok(bodies('□ 국민권익위는 5월 20일 세종에서 청렴 토론회를 개최하였다.').includes('국민권익위'))
})
