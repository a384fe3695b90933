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

test('plans: a count that its run does not match makes no tasks; a paragraph item is titled by its first sentence', () => {
  // Four items under a count of three: the count names something else.
  const more = plan(['□ 정부는 3대 과제를 정했다.', 'ㅇ 예산 조기 집행', 'ㅇ 규제 일괄 정비', 'ㅇ 현장 점검 강화', 'ㅇ 홍보 확대'].join('\n\n'))
  assert.deepEqual(more.plans, [])
  // Paragraph items: the first sentence states the task, the sentences after it explain it.
  const prose = plan(['□ 정부는 2대 과제를 정했다.', '① 예산을 조기에 집행한다. 이를 위해 절차를 줄인다.', '② 규제를 정비한다. 이를 위해 협의체를 둔다.'].join('\n\n'))
  assert.deepEqual(prose.plans[0]?.tasks.map((t) => [t.title, t.items.map((i) => i.text)]), [
    ['예산을 조기에 집행한다.', ['이를 위해 절차를 줄인다.']],
    ['규제를 정비한다.', ['이를 위해 협의체를 둔다.']]
  ])
  for (const i of prose.plans[0]!.tasks.flatMap((t) => t.items)) assert.equal(prose.text.slice(i.span.start, i.span.end), i.text)
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

test('plans: numbered sentences each over two labelled items are the tasks (① …한다. / ㅇ (금융) …), the ordinal word left off', () => {
  const record = plan(
    [
      '[1] 첫째, 창업 기업의 자금 조달을 넓힌다.',
      'ㅇ (보증) 신용보증 한도를 늘려 초기 기업의 대출 부담을 덜어 준다',
      'ㅇ (투자) 모태펀드 출자를 확대하여 민간 투자를 끌어낸다',
      '[2] 둘째, 판로 개척을 지원한다.',
      'ㅇ (조달) 우수 제품을 공공 조달로 연계한다',
      'ㅇ (수출) 해외 전시회 참가비를 지원한다'
    ].join('\n\n')
  )
  assert.deepEqual(record.plans[0]?.tasks.map((t) => [t.title, t.items.map((i) => i.label)]), [
    ['창업 기업의 자금 조달을 넓힌다.', ['보증', '투자']],
    ['판로 개척을 지원한다.', ['조달', '수출']]
  ])
  // Numbered sentences over an event's labels (일시, 장소), or over one label each, are no plan.
  const event = plan(['① 설명회를 개최한다.', 'ㅇ (일시) 5월 3일 14시', 'ㅇ (장소) 대회의실', '② 간담회를 연다.', 'ㅇ (일시) 5월 4일', 'ㅇ (장소) 소회의실'].join('\n\n'))
  assert.deepEqual(event.plans, [])
  const thin = plan(['① 예산을 늘린다.', 'ㅇ (보증) 한도를 늘린다', '② 판로를 넓힌다.', 'ㅇ (수출) 전시회를 지원한다'].join('\n\n'))
  assert.deepEqual(thin.plans, [])
})

test('plans: a body named after a plan (대책본부), sections that report (주요내용, 모두말씀) and a lone labelled goal make no plan', () => {
  const briefing = run(
    ['중앙재난안전대책본부 정례브리핑', '', '1. 방역 점검 강화 추진', '', ' ㅇ (점검) 요양병원 전체를 대상으로 방역 수칙을 점검한다', '', '2. 현장 지원 인력 확충', '', ' ㅇ (인력) 역학조사관을 추가로 배치한다'].join('\n')
  ).record
  assert.deepEqual(briefing.plans, [])
  const sections = run(
    ['사고 예방 종합대책 발표', '', '1. 부위원장 모두말씀', '', ' ㅇ (취지) 오늘 회의에서 대책의 방향을 논의하였다', '', '2. 예방 대책 주요내용', '', ' ㅇ (점검) 현장 점검을 상시 실시한다'].join('\n')
  ).record
  assert.deepEqual(sections.plans, [])
  assert.deepEqual(plan('□ 사업 개요\n\nㅇ (목표) 지역 소상공인을 가치 생산 기업으로 키워 골목 상권의 성장을 지원').plans, [])
})

test('plans: a count line that lists its tasks (①A, ②B 등 2대 과제) keeps them once; the run under it explains them', () => {
  const record = plan(
    ['□ 정부는 ①지역 의료 강화, ②인력 확충 등 2대 과제를 추진한다.', '① 지역 의료 강화를 위해 거점 병원을 지정한다.', '② 인력 확충을 위해 정원을 늘린다.'].join('\n\n')
  )
  assert.deepEqual(record.plans[0]?.tasks.map((t) => t.title), ['지역 의료 강화', '인력 확충'])
})
