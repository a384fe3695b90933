/**
 * Plans laid out by what a line announces: a count of tasks that the run of items under it
 * matches, the aim the goals' sentence serves, a quoted phrase named the vision. Fixtures
 * composed to show each convention.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { run } from './helpers.js'

const plan = (body: string) => run(`지원 정책 발표\n\n${body}\n`).record

test('plans: a count of tasks (3대 전략) over a run of exactly that many items makes them the tasks, deeper lines their items', () => {
  const record = plan(
    [
      '□ 위원회는 3대 전략 및 10대 과제를 마련하였다.',
      'ㅇ 지역 돌봄 기반 확충',
      '- (시설) 거점 센터를 권역마다 새로 지정한다',
      'ㅇ 전문 인력 양성 체계 정비',
      'ㅇ 민관 협력 네트워크 강화',
      '□ 위원회는 다음 달 세부 계획을 발표한다.'
    ].join('\n\n')
  )
  const [p] = record.plans
  assert.deepEqual(p?.tasks.map((t) => t.title), ['지역 돌봄 기반 확충', '전문 인력 양성 체계 정비', '민관 협력 네트워크 강화'])
  assert.deepEqual(p?.tasks[0]?.items.map((i) => [i.label, i.text]), [['시설', '거점 센터를 권역마다 새로 지정한다']])
  for (const t of p!.tasks) assert.ok(record.text.slice(t.span.start, t.span.end).includes(t.title))
})

test('plans: a count that its run does not match, or a run of paragraphs, makes no tasks', () => {
  // Four items under a count of three: the count names something else.
  const more = plan(['□ 정부는 3대 과제를 정했다.', 'ㅇ 예산 조기 집행', 'ㅇ 규제 일괄 정비', 'ㅇ 현장 점검 강화', 'ㅇ 홍보 확대'].join('\n\n'))
  assert.deepEqual(more.plans, [])
  // Items that are paragraphs (one sentence after another) are no task titles.
  const prose = plan(['□ 정부는 2대 과제를 정했다.', 'ㅇ 예산을 조기에 집행한다. 이를 위해 절차를 줄인다.', 'ㅇ 규제를 정비한다. 이를 위해 협의체를 둔다.'].join('\n\n'))
  assert.deepEqual(prose.plans, [])
})

test('plans: a quoted title keeps its words, not the rest of the sentence wrapped after it', () => {
  const record = plan(['ㅇ 계획은 2대 전략으로 구성되며,', '△ ‘안전한 일터’', '△ ‘공정한 보상’의 두 축을 중심으로 추진된다.'].join('\n\n'))
  assert.deepEqual(record.plans[0]?.tasks.map((t) => t.title), ['안전한 일터', '공정한 보상'])
})

test('plans: the aim the goals serve (… 도약하기 위해, ‘…’을 위해) is the vision where none is stated', () => {
  const verb = plan('□ 이에 정부는 세계 물산업 5대 강국으로 도약하기 위해 ’27년까지 수출기업 100개 육성, 해외 매출 2조원 달성을 목표로 ①현장 실증 확대, ②수출 인프라 구축 등 2대 전략을 추진한다.')
  assert.equal(verb.plans[0]?.vision, '세계 물산업 5대 강국으로 도약')
  assert.deepEqual(verb.plans[0]?.goals.map((g) => [g.text, g.targetYear]), [
    ['수출기업 100개 육성', 2027],
    ['해외 매출 2조원 달성', 2027]
  ])
  const quoted = plan('□ 부처는 ‘2040 순환경제 전환 완성’을 위해 ① 제도 기반 정비, ② 산업 생태계 조성, ③ 국민 참여 확대 등 3대 방향을 제시하였다.')
  assert.equal(quoted.plans[0]?.vision, '2040 순환경제 전환 완성')
  for (const r of [verb, quoted]) {
    const v = r.plans[0]!
    assert.ok(r.text.includes(v.vision!))
  }
  // A pointer back (이를 위해) or a short purpose is no vision.
  const pointer = plan('□ 이를 위해 정부는 ① 제도 기반 정비, ② 산업 생태계 조성 등 2대 방향을 제시하였다.')
  assert.equal(pointer.plans[0]?.vision, null)
})

test('plans: a quoted phrase named the vision (비전 “…” 아래) joins a plan laid out otherwise, never makes one', () => {
  const record = plan(
    ['□ 청은 새 비전 “데이터로 신뢰를 여는 기관” 아래 계획을 수립한다.', 'ㅇ 계획은 2대 전략으로 구성된다.', '△ 현장 중심 행정 혁신', '△ 디지털 서비스 확대'].join('\n\n')
  )
  assert.equal(record.plans[0]?.vision, '데이터로 신뢰를 여는 기관')
  assert.deepEqual(plan('□ 청은 새 비전 “데이터로 신뢰를 여는 기관”을 선포하는 행사를 열었다.').plans, [])
})
