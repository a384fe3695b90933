/**
 * Plans stated in sentences (inline lists named as goals or tasks), on fixtures composed to
 * show each convention.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { run } from './helpers.js'

const plan = (body: string) => run(`지원 대책 발표\n\n${body}\n`).record

test('plans: a marked list named by its count is tasks (△A, △B 등 2대 전략) or goals (3대 정책방향)', () => {
  const tasks = plan('□ 이번 계획은 △현장 인력 확충, △지원 체계 정비 등 2대 전략으로 구성되어 있다.')
  assert.deepEqual(tasks.plans[0]?.tasks.map((t) => [t.title, t.items.length]), [
    ['현장 인력 확충', 0],
    ['지원 체계 정비', 0]
  ])
  assert.deepEqual(tasks.plans[0]?.goals, [])
  const goals = plan('□ 정부는 ① 책임있는 실천, ② 질서있는 전환, ③ 공정한 분담 등 3대 정책방향 하에 과제를 마련했다.')
  assert.deepEqual(goals.plans[0]?.goals.map((g) => g.text), ['책임있는 실천', '질서있는 전환', '공정한 분담'])
  const text = goals.text
  for (const g of goals.plans[0]!.goals) assert.equal(text.slice(g.span.start, g.span.end), g.text)
})

test('plans: a label at an item head is left off; the name follows a particle without a count (등의 정책과제)', () => {
  const labelled = plan('□ 부처는 ▴(안전) 든든한 돌봄 체계 구축, ▴(성장) 미래 인재 양성을 2대 목표로 정했다.')
  assert.deepEqual(labelled.plans[0]?.goals.map((g) => g.text), ['든든한 돌봄 체계 구축', '미래 인재 양성'])
  const named = plan('□ 위원회는 ①국내 기반 구축, ②국가 간 협력 강화 등의 정책과제를 담은 전략을 보고하였다.')
  assert.deepEqual(named.plans[0]?.tasks.map((t) => t.title), ['국내 기반 구축', '국가 간 협력 강화'])
})

test('plans: a list of one family nested in another stays in its item; a wrapped sentence is read whole', () => {
  const nested = plan('□ 정부는 ① ▲소재, ▲장비 등 핵심 산업 육성, ② 주력 산업 고도화, ③ 혁신 생태계 조성의 3대 전략을 추진한다.')
  assert.deepEqual(nested.plans[0]?.tasks.map((t) => t.title), ['▲소재, ▲장비 등 핵심 산업 육성', '주력 산업 고도화', '혁신 생태계 조성'])
  const wrapped = plan('□ 기술혁신을 추진한다.\n\nㅇ ▴핵심기술 선정, ▴범부처 예산\n배분 체계 도입 등 12대 과제 추진')
  assert.deepEqual(wrapped.plans[0]?.tasks.map((t) => t.title), ['핵심기술 선정', '범부처 예산 배분 체계 도입'])
})

test('plans: topics of a discussion, counts of inspected sites and a name inside an item are no plan', () => {
  for (const body of [
    '□ 토론회에서는 ▴산업의 기회, ▴생태계 조성 과제, ▴대유행 대비의 정책과제 등 다양한 쟁점을 논의하였다.',
    '□ 점검반은 ▲식당·카페 1,200개소, ▲실내체육시설 300개소 등 23개 분야를 점검하였다.',
    '□ 행사에서는 ▲인재양성 전략 발표(교수)와 ▲사업 기본 방향 제안(교수)이 진행된다.'
  ]) {
    assert.deepEqual(plan(body).plans, [], body)
  }
})

test('plans: goals set up to a year (’25년까지 A, B하는 것을 목표로) join a plan found otherwise, never make one', () => {
  const record = plan(
    '□ 정부는 ’25년까지 성공모델 20개 발굴(’20년 4개), 시장 규모를 1조원으로 확대하는 것을 목표로 과제를 마련하였다.\n\n□ 이번 계획은 △실증 지원, △인프라 확대 등 2대 전략으로 구성된다.'
  )
  assert.deepEqual(record.plans[0]?.goals.map((g) => [g.text, g.targetYear]), [
    ['성공모델 20개 발굴(’20년 4개)', 2025],
    ['시장 규모를 1조원으로 확대', 2025]
  ])
  for (const g of record.plans[0]!.goals) assert.equal(record.text.slice(g.span.start, g.span.end), g.text)
  assert.deepEqual(plan('□ 공사는 2030년까지 매출 2조원을 목표로 사업을 확대한다.').plans, [])
})

test('plans: a vision that frames a plan (‘…’이라는 비전 아래) takes the numbered headings after it as tasks, their bullets as items', () => {
  const body = [
    '□ 이번 대책은 ‘재난에 강한 안전한 나라’라는 비전 아래 2대 추진전략으로 구성된다.',
    '',
    '① 피해 예방 기반 확충',
    '',
    'ㅇ 지자체는 지역별 방재 목표를 상향하고 노후 시설의 보강도 함께 추진해 나간다.',
    '',
    '② 신속한 대응 체계 구축',
    '',
    'ㅇ 관계부처는 재난 상황을 실시간으로 공유하는 통합 대응 체계를 새로 마련한다.'
  ].join('\n')
  const [p] = plan(body).plans
  assert.equal(p?.vision, '재난에 강한 안전한 나라')
  assert.deepEqual(p?.tasks.map((t) => [t.title, t.items.length]), [
    ['피해 예방 기반 확충', 1],
    ['신속한 대응 체계 구축', 1]
  ])
  // Without tasks or goals after it, such a vision makes no plan.
  assert.deepEqual(plan('□ 부처는 ‘국민과 함께하는 바다’라는 정책 비전 아래 간담회를 열었다.').plans, [])
})

test('plans: numbered sections that report (… 현황, … 경과) are no tasks', () => {
  const record = run(
    ['코로나19 대응 추진계획 발표', '', '□ 주요 내용은 다음과 같다.', '', '1. 자가격리자 관리 현황', '', ' ㅇ (관리) 자가격리자는 모두 전담 공무원이 하루 두 번 확인하고 있다', '', '2. 거리 두기 이행 현황', '', ' ㅇ (이행) 시설 대부분이 거리 두기 수칙을 지키고 있는 것으로 확인되었다'].join('\n')
  ).record
  assert.deepEqual(record.plans, [])
})

test('plans: one-word numbered headings (1. 경찰청, 2. 법무부) name the bodies of a 대책, not its tasks', () => {
  const record = run(
    ['보이스피싱 근절 종합대책 발표', '', '□ 부처별 주요 내용은 다음과 같다.', '', '1. 경찰청', '', ' ㅇ (단속) 전담 수사 인력을 늘려 조직적인 범죄에 집중적으로 대응한다', '', '2. 법무부', '', ' ㅇ (처벌) 범죄 수익을 끝까지 추적하여 몰수하는 제도를 새로 마련한다'].join('\n')
  ).record
  assert.deepEqual(record.plans, [])
})
