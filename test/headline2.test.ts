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

test('a headless feed\'s placeholder body still names its headline', () => {
  const record = run(briefing('고용노동부', '청년 일자리 지원', ['청년 일자리 지원 방안 발표 관련 보도자료 내용입니다.', '자세한 내용은 첨부파일을 참고하시기 바랍니다.']), 'body.md').record
  assert.equal(record.title, '청년 일자리 지원 방안 발표')
  assert.equal(record.titleSource, 'body')
})
