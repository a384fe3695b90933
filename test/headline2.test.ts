/**
 * Headlines of korea.kr bodies, second round: feeds whose bodies leave the headline out and
 * open with its sub-headlines. Fixtures are composed for the convention, not copied.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { run } from './helpers.js'

/** A korea.kr body as the policy-briefing archive stores it: front matter, heading, body. */
function briefing(ministry: string, title: string, body: string[]): string {
  return ['---', `title: "${title}"`, `ministry: "${ministry}"`, 'source: "policy-briefing-api"', '---', '', `# ${title}`, '', '## 본문', '', ...body.flatMap((l) => [l, ''])].join('\n')
}

const SUBHEADLINES = ['청년 채용 기업에 장려금 확대 지원', '지역별 설명회 열어 현장 의견 수렴']
const LEAD = ' 노동부(장관 홍길동)는 5월 2일(목) 청년 채용 기업 지원 방안을 발표했다.'

test('a feed that leaves the headline out: unmarked lines over the lead are sub-headlines, the title is the wrapper\'s', () => {
  const record = run(briefing('고용노동부', '[보도자료] 청년 일자리 지원 방안 발표', [...SUBHEADLINES, LEAD]), 'body.md').record
  assert.equal(record.title, '청년 일자리 지원 방안 발표')
  assert.equal(record.titleSource, 'wrapper')
  assert.deepEqual(record.subtitles, SUBHEADLINES)
})

test('other feeds: the first unmarked line over the lead is the body\'s own headline', () => {
  const record = run(briefing('환경부', '[보도자료] 청년 일자리 지원 방안 발표', [...SUBHEADLINES, LEAD]), 'body.md').record
  assert.equal(record.title, SUBHEADLINES[0])
  assert.equal(record.titleSource, 'body')
})

test('a headless feed\'s body that states the wrapper\'s headline reads it as its own', () => {
  const record = run(briefing('고용노동부', '[보도자료] 청년 일자리 지원 방안 발표', ['청년 일자리 지원 방안 발표', ...SUBHEADLINES.map((l) => `- ${l} -`), LEAD]), 'body.md').record
  assert.equal(record.title, '청년 일자리 지원 방안 발표')
  assert.equal(record.titleSource, 'body')
  assert.notEqual(record.titleSpan, null)
  assert.deepEqual(record.subtitles, SUBHEADLINES)
})

test('a headless feed\'s placeholder body still names its headline', () => {
  const record = run(briefing('고용노동부', '청년 일자리 지원', ['청년 일자리 지원 방안 발표 관련 보도자료 내용입니다.', '자세한 내용은 첨부파일을 참고하시기 바랍니다.']), 'body.md').record
  assert.equal(record.title, '청년 일자리 지원 방안 발표')
  assert.equal(record.titleSource, 'body')
})

test('a headline written with a full stop over a dash-opened subtitle is the body\'s headline', () => {
  const record = run(['항만 물류, 인공지능으로 새로 짜다.', '- 스마트 항만 시범사업 3곳 선정 -', '', '□ 해양수산부는 스마트 항만 시범사업 대상지 3곳을 선정했다고 밝혔다.'].join('\n')).record
  assert.equal(record.title, '항만 물류, 인공지능으로 새로 짜다.')
  assert.deepEqual(record.subtitles, ['스마트 항만 시범사업 3곳 선정'])
})

test('a stopped lead sentence with its topic subject stays a lead, even over a dash-opened line', () => {
  const record = run(briefing('해양수산부', '스마트 항만 시범사업 선정', ['해양수산부는 스마트 항만 시범사업 대상지를 선정하였다.', '- 부산, 인천, 광양 -', '자세한 선정 결과는 다음과 같다.']), 'body.md').record
  assert.equal(record.titleSource, 'wrapper')
  assert.equal(record.title, '스마트 항만 시범사업 선정')
})

test('a short stopped line over a plain paragraph is still read as the lead', () => {
  const record = run(briefing('해양수산부', '스마트 항만 시범사업 선정', ['스마트 항만 시범사업 대상지가 선정된다.', '해양수산부는 부산, 인천, 광양을 시범사업 대상지로 정했다.']), 'body.md').record
  assert.equal(record.titleSource, 'wrapper')
})

test('a category tag the body repeats before its headline (`[보도참고] …`) is no part of it; the headline is the body\'s', () => {
  const record = run(briefing('식품의약품안전처', '[보도참고] 식약처, 수입식품 검사 절차 간소화', ['[보도참고] 식약처, 수입식품 검사 절차 간소화', '- 서류 심사 기간 5일에서 3일로 -', '식품의약품안전처는 수입식품 검사 절차를 간소화한다고 밝혔다.']), 'body.md').record
  assert.equal(record.title, '식약처, 수입식품 검사 절차 간소화')
  assert.equal(record.titleSource, 'body')
  assert.deepEqual(record.subtitles, ['서류 심사 기간 5일에서 3일로'])
})

test('another bracketed label before the first line (`(일시) …`) is no headline', () => {
  const record = run(briefing('식품의약품안전처', '수입식품 검사 설명회 개최', ['(일시) 2025. 5. 9.(금) 10:00', '식품의약품안전처는 수입식품 검사 설명회를 연다고 밝혔다.']), 'body.md').record
  assert.equal(record.titleSource, 'wrapper')
})

test('a briefing transcript opens with its first part\'s heading over the briefer\'s line: the title is the wrapper\'s', () => {
  const parts = ['도로 안전 점검 현황', '- 브리퍼 : 국토교통부 제1차관 -', '< 1. 인사말씀 >', '□ 국토교통부 제1차관입니다.', '교량 안전 관리 방안', '- 브리퍼 : 행정안전부 재난안전관리본부장 -', '□ 이어서 말씀드리겠습니다.']
  const record = run(briefing('국토교통부', '(참고) 여름철 안전 관련 정례브리핑(12차)', parts), 'body.md').record
  assert.equal(record.title, '여름철 안전 관련 정례브리핑(12차)')
  assert.equal(record.titleSource, 'wrapper')
  assert.deepEqual(record.subtitles, ['도로 안전 점검 현황'], 'the part heading; the briefer\'s line is no subtitle')
  // The same heading over any other line is the body's headline.
  const headline = '장마철 대비 전국 교량·도로 안전 점검 결과 발표'
  const headed = run(briefing('국토교통부', '(참고) 여름철 안전 관련 정례브리핑(12차)', [headline, '- 교량 1,200곳 점검, 보수 계획 마련 -', '□ 국토교통부는 교량을 점검했다고 밝혔다.']), 'body.md').record
  assert.equal(headed.title, headline)
  assert.equal(headed.titleSource, 'body')
})
