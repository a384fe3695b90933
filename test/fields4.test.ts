/**
 * Quotes, footnotes, glossary, subtitles and events on small fixtures written for one
 * convention each, found on korea.kr releases nobody had read (issue 9, fourth pass).
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { run } from './helpers.js'

const header = ['보도자료', '보도시점\t2025. 5. 23.(금) 12:00\t배포\t2025. 5. 22.(목) 09:00', ''].join('\n')
/** A release with a header and a title, its body given as lines. */
const release = (body: string | string[]) => run(`${header}제목입니다\n\n${[body].flat().join('\n')}\n`).record

test('quotes: a named subject right before the quotation, whatever its post', () => {
  const record = release(
    [
      '□ 국립산림과학원 홍길동 연구사는 “현장의 자료를 꾸준히 모으겠다”라며, “결과는 곧 알리겠다”라고 말했다.',
      '',
      '□ 행사에 참여한 김민수 대표(경기도 수원시)는 “큰 도움이 되었다”라고 말했다.',
      '',
      '□ 이영희 단장은, “접종을 서둘러 달라”고 강조했다.'
    ]
  )
  assert.deepEqual(
    record.quotes.map((q) => [q.speaker.name, q.speaker.position, q.text]),
    [
      ['홍길동', '연구사', '현장의 자료를 꾸준히 모으겠다'],
      ['홍길동', '연구사', '결과는 곧 알리겠다'],
      ['김민수', '대표', '큰 도움이 되었다'],
      ['이영희', '단장', '접종을 서둘러 달라']
    ]
  )
  // A subject that is no person (`어린이들은`) gives no speaker.
  const alone = release('□ 이번 행사에 참가한 어린이들은 “정말 재미있었다”라고 말했다.')
  assert.deepEqual(alone.quotes.map((q) => [q.speaker.name, q.text]), [[null, '정말 재미있었다']])
})

test('quotes: a name in double marks that an act other than speech takes as its object', () => {
  const record = release(
    [
      '□ 고용노동부는 2월 15일 위원회에서 “택배기사 고용보험 세부 적용방안”을 의결했다고 밝혔다.',
      '',
      '□ 홍길동 장관은 “현장의 안전을 먼저 챙길 것”을 각 기관에 지시했다.',
      '',
      '□ 홍길동 장관은 시민들에게 “산에서 화기 소지 금지, 소각 금지”를 실천해 줄 것을 당부했다.',
      '',
      '□ 김철수 협력관은 “업계가 탄소중립에 어려움이 있는 점”을 공감하며 지원을 약속했다.'
    ]
  )
  assert.deepEqual(record.quotes.map((q) => q.text), ['현장의 안전을 먼저 챙길 것', '산에서 화기 소지 금지, 소각 금지', '업계가 탄소중립에 어려움이 있는 점'])
})

test('footnotes: an overview label under a star is no footnote, combined or attendees', () => {
  const record = release(
    [
      '□ 위원회는 7월 15일 점검회의를 열어 시장을 점검하였다.',
      '',
      ' * (일시/장소) 7.15.(금) 16:30 / 정부서울청사 회의실',
      '',
      ' * (참석) 금융감독원, 한국산업은행',
      '',
      '□ 참석자들은 통화 긴축기조*를 점검하였다.',
      '',
      ' * 주요국 금리 인상 등'
    ]
  )
  assert.deepEqual(record.footnotes.map((f) => [f.anchor, f.text]), [['긴축기조', '주요국 금리 인상 등']])
})

test('glossary: a note that says what its term is, not a label and its value', () => {
  const record = release(
    [
      '□ 농촌진흥청은 협업농장*을 운영한다.',
      '',
      ' * 협업농장: 현장의 연구과제를 함께 수행하는 농장',
      '',
      '□ 이번 조사에는 여러 참여기관*이 함께했다.',
      '',
      ' * 참여기관 : 국립수목원, 물향기수목원(경기), 대구수목원',
      '',
      '□ 간담회는 판교에서 열린다*.',
      '',
      ' * 간담회 장소 : 경기도 성남시 수정구 대왕판교로 815',
      '',
      '□ 발굴 현장에서 주혈*이 확인됐다.',
      '',
      ' * 주혈 : 기둥구멍'
    ]
  )
  assert.deepEqual(record.glossary.map((g) => [g.term, g.definition]), [
    ['협업농장', '현장의 연구과제를 함께 수행하는 농장'],
    ['주혈', '기둥구멍']
  ])
  assert.equal(record.footnotes.length, 4)
})

test('events: the particle after a time is no part of the venue', () => {
  const record = release('□ 보건복지부는 8월 27일(수) 오후 3시 45분에 서울바이오허브(서울 동대문구)에서 간담회를 개최했다.')
  assert.deepEqual(record.events.map((e) => [e.start, e.venue?.name, e.venue?.address]), [['2025-08-27T15:45:00+09:00', '서울바이오허브', '서울 동대문구']])
})

test('events: a length in days after the first day gives the last day, and is no part of the venue', () => {
  const course = release('□ 관리원은 11월 6일부터 이틀간 ‘하반기 업무역량 강화 교육’을 라한호텔(전주시 완산구 소재)에서 실시한다고 밝혔다.')
  assert.deepEqual(course.events.map((e) => [e.start, e.end, e.venue?.name]), [['2025-11-06', '2025-11-07', '라한호텔']])
  const drill = release('□ 우리 군은 2월 10일부터 20일까지 약 열흘간 현지 훈련장에서 연합훈련을 실시할 예정이다.')
  assert.deepEqual(drill.events.map((e) => [e.start, e.end, e.venue?.name]), [['2025-02-10', '2025-02-20', '현지 훈련장']])
})
