/**
 * Each extractor on small fixtures written for one convention each.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { run } from './helpers.js'
import { parseParticipants, personsIn } from '../src/extract/participants.js'

const header = ['보도자료', '보도시점\t2025. 5. 23.(금) 12:00\t배포\t2025. 5. 22.(목) 09:00', ''].join('\n')

test('meta: document type, title, dashed subtitle, ministry from the lead', () => {
  const { record } = run(`${header}청년 일자리 지원 강화\n- 고용노동부, 청년 고용 대책 발표 -\n\n□ 고용노동부(장관 홍길동)는 청년 고용 대책을 발표했다.\n`)
  assert.equal(record.documentType, '보도자료')
  assert.equal(record.title, '청년 일자리 지원 강화')
  assert.deepEqual(record.subtitles, ['고용노동부, 청년 고용 대책 발표'])
  assert.equal(record.ministry, '고용노동부')
  assert.equal(record.text.slice(record.titleSpan!.start, record.titleSpan!.end), '청년 일자리 지원 강화')
})

test('release: 보도시점 and 배포 with times; (인터넷) time wins; 즉시 takes 배포', () => {
  const a = run(`${header}제목입니다\n\n□ 본문입니다.\n`).record.release
  assert.equal(a.embargo, '2025-05-23T12:00:00+09:00')
  assert.equal(a.distributed, '2025-05-22T09:00:00+09:00')
  const b = run('보도자료\n배포\t2026. 8. 3.(월) 08:00\t\t보도시점\t(인터넷) 2026. 8. 3.(월) 12:00\n\t\t\t\t(지  면) 2026. 8. 4.(화) 조간\n제목\n\n□ 본문.\n').record.release
  assert.equal(b.embargo, '2026-08-03T12:00:00+09:00')
  assert.equal(b.distributed, '2026-08-03T08:00:00+09:00')
  const c = run('보도설명자료\n보도시점 : 배포 즉시 보도 가능 / 배포 : 2024. 5. 20.(월)\n제목입니다\n\n□ 본문.\n').record.release
  assert.equal(c.embargo, '2024-05-20')
  assert.equal(c.distributed, '2024-05-20')
})

test('release: a weekday that disagrees is a warning with a place; the written date is kept', () => {
  const { record, messages } = run('보도자료\n보도시점\t2025. 5. 23.(월) 12:00\n제목입니다\n\n□ 본문.\n')
  assert.equal(record.release.embargo, '2025-05-23T12:00:00+09:00')
  const m = messages.find((x) => x.ruleId === 'weekday-mismatch')
  assert.ok(m, 'a weekday-mismatch warning')
  assert.equal(m!.line, 2)
})

test('contacts: stacked department cells, roles carried down, 과  장 closed up', () => {
  const { record } = run(
    `${header}제목입니다\n\n□ 본문.\n\n담당 부서\t기획조정실\t책임자\t과  장\t김철수\t(044-123-4567)\n\t정책기획과\t담당자\t사무관\t이영희\t(044-123-4568)\n\t\t\t주무관\t박민준\t(044-123-4569)\n`
  )
  assert.deepEqual(
    record.contacts.map((c) => [c.department, c.role, c.position, c.name, c.phone]),
    [
      ['기획조정실 정책기획과', '책임자', '과장', '김철수', '044-123-4567'],
      ['기획조정실 정책기획과', '담당자', '사무관', '이영희', '044-123-4568'],
      ['기획조정실 정책기획과', '담당자', '주무관', '박민준', '044-123-4569']
    ]
  )
})

test('contacts: the flattened table korea.kr keeps (one cell per line)', () => {
  const { record } = run('제목입니다\n\n□ 본문.\n\n담당 부서\n국토교통부\n책임자\n과 장\n김철수\n(044-201-1111)\n도로정책과\n담당자\n사무관\n이영희\n(044-201-2222)\n', 'f.txt')
  assert.deepEqual(
    record.contacts.map((c) => [c.department, c.role, c.position, c.name, c.phone]),
    [
      ['국토교통부 도로정책과', '책임자', '과장', '김철수', '044-201-1111'],
      ['국토교통부 도로정책과', '담당자', '사무관', '이영희', '044-201-2222']
    ]
  )
})

test('events: labelled overview with date, times, venue and address, attendees, the lead\'s host and grouped participants', () => {
  const { record } = run(
    [
      '장관, 현장 간담회 개최',
      '',
      '□ 보건복지부(장관 홍길동)는 현장 간담회를 개최했다.',
      '',
      '□ 방문 개요',
      "- (일시) '25.5.23.(금) 15:00~17:00",
      '- (장소) 한빛병원(서울시 송파구)',
      '- (참석자) 15명 내외',
      ' - (보건복지부) 김철수 제2차관, 보건의료정책과장 등',
      ' - (의료기관·산업계) 한빛병원, (주)가온소프트'
    ].join('\n')
  )
  const [e] = record.events
  assert.ok(e)
  assert.equal(e.start, '2025-05-23T15:00:00+09:00')
  assert.equal(e.end, '2025-05-23T17:00:00+09:00')
  assert.deepEqual(e.venue, { name: '한빛병원', address: '서울시 송파구' })
  assert.deepEqual(e.attendees, { count: 15, approximate: true, text: '15명 내외' })
  assert.deepEqual(
    e.participants.map((p) => [p.name, p.position, p.organization, p.group]),
    [
      [null, null, '보건복지부', null],
      ['김철수', '제2차관', '보건복지부', '보건복지부'],
      [null, '보건의료정책과장', '보건복지부', '보건복지부'],
      [null, null, '한빛병원', '의료기관·산업계'],
      [null, null, '(주)가온소프트', '의료기관·산업계']
    ]
  )
})

test('events: a lead sentence announces the event (date, venue …에서, attendance)', () => {
  const { record } = run(
    '보도자료\n보도시점\t배포 즉시\t배포\t2024. 6. 24.(월)\n원장, 장병 대상 특강\n\n□ 김철수 원장은 6. 25.(화) 캠프 험프리스에서 장병을 대상으로 특강을 실시합니다.\n\n  o 간부들을 포함한 100여 명이 직접 참여합니다.\n'
  )
  const [e] = record.events
  assert.equal(e?.start, '2024-06-25')
  assert.equal(e?.venue?.name, '캠프 험프리스')
  assert.equal(e?.attendees?.count, 100)
  assert.equal(e?.attendees?.approximate, true)
})

test('agenda: schedule table rows; a written duration that disagrees is a warning', () => {
  const { record, messages } = run(
    [
      '간담회 개최',
      '',
      "- (일시) '25.5.23.(금) 15:00~16:00",
      '',
      '시간\t\t내용\t비고',
      "15:00~15:10\t'10\t◦ 인사말씀\t",
      "15:10~15:50\t'30\t◦ 현황 발표\t한빛병원",
      "15:50~16:00\t'10\t◦ 마무리\t"
    ].join('\n')
  )
  assert.deepEqual(
    record.events[0]!.agenda.map((a) => [a.start, a.end, a.durationMinutes, a.title, a.note]),
    [
      ['15:00', '15:10', 10, '인사말씀', null],
      ['15:10', '15:50', 30, '현황 발표', '한빛병원'],
      ['15:50', '16:00', 10, '마무리', null]
    ]
  )
  assert.ok(messages.some((m) => m.ruleId === 'duration-mismatch'), 'duration-mismatch warning')
})

test('quotes: speaker resolved from the sentence; a later quote continues the speaker', () => {
  const { record } = run(
    '제목입니다\n\n김철수 보건복지부 제2차관은 “의료 혁신은 환자 중심 치료를 촉진한다”라고 강조하며, “정부는 지원을 아끼지 않겠다”라고 밝혔다.\n'
  )
  assert.deepEqual(
    record.quotes.map((q) => [q.speaker.name, q.speaker.position, q.speaker.organization, q.text]),
    [
      ['김철수', '제2차관', '보건복지부', '의료 혁신은 환자 중심 치료를 촉진한다'],
      ['김철수', '제2차관', '보건복지부', '정부는 지원을 아끼지 않겠다']
    ]
  )
  const q = record.quotes[0]!
  assert.equal(record.text.slice(q.span.start, q.span.end), q.text)
})

test('quotes: a slogan or theme in quotation marks is not a quote', () => {
  const { record } = run('제목입니다\n\n“함께 만드는 미래”를 주제로 행사를 연다.\n')
  assert.equal(record.quotes.length, 0)
})

test('plans: vision, goals with target year, numbered tasks with labelled items, period', () => {
  const { record } = run(
    [
      '로드맵 발표',
      '',
      "I. 추진 배경",
      "- 기술 혁신을 위한 로드맵 구상('24~'28)",
      'II. 추진 전략',
      '- (비전) 기술 혁신으로 국민건강 증진',
      '- (목표) 2028년까지 ① 사업화 2배 확대, ② 투자 확대',
      'III. 주요 과제',
      '① 서비스 혁신 지원',
      '- (필수의료) 응급실 특화 모델 개발',
      '② 데이터 활용 고도화',
      '- (활용기반) 플랫폼 구축'
    ].join('\n')
  )
  const [p] = record.plans
  assert.ok(p)
  assert.equal(p.vision, '기술 혁신으로 국민건강 증진')
  assert.deepEqual(p.goals.map((g) => [g.text, g.targetYear]), [
    ['사업화 2배 확대', 2028],
    ['투자 확대', 2028]
  ])
  assert.deepEqual(p.tasks.map((t) => [t.title, t.items.map((i) => `${i.label}:${i.text}`)]), [
    ['서비스 혁신 지원', ['필수의료:응급실 특화 모델 개발']],
    ['데이터 활용 고도화', ['활용기반:플랫폼 구축']]
  ])
  assert.deepEqual(p.period, { start: 2024, end: 2028 })
})

test('footnotes and glossary: markers, anchors, term (English, ABBR) : definition', () => {
  const { record } = run(
    '제목입니다\n\n- NGS* 기반 AI·CDSS** 개발\n - * 차세대 염기서열분석 (Next Generation Sequencing, NGS) : DNA 조각을 병렬로 처리하는 방법\n - ** 보고서는 지난 10여 년간 축적된 결과를 종합한 것임\n'
  )
  assert.deepEqual(record.footnotes.map((f) => [f.marker, f.anchor]), [
    ['*', 'NGS'],
    ['**', 'AI·CDSS']
  ])
  assert.deepEqual(record.glossary.map((g) => [g.term, g.english, g.abbreviation, g.definition]), [
    ['차세대 염기서열분석', 'Next Generation Sequencing', 'NGS', 'DNA 조각을 병렬로 처리하는 방법']
  ])
})

test('attachments: <붙임> numbered list, 【별첨】 and ※붙임 forms', () => {
  const a = run('제목입니다\n\n□ 본문.\n\n- <붙임> 1. 행사 개요\n2. 로드맵(요약)\n').record.attachments
  assert.deepEqual(a.map((x) => [x.number, x.title]), [
    [1, '행사 개요'],
    [2, '로드맵(요약)']
  ])
  const b = run('제목입니다\n\n□ 본문.\n\n※붙임: 공모 공고문\n공모 포스터\n').record.attachments
  assert.deepEqual(b.map((x) => [x.number, x.title]), [
    [null, '공모 공고문'],
    [null, '공모 포스터']
  ])
})

test('references: a cited release with its date and title', () => {
  const { record } = run('제목입니다\n\n- ※ 전체본은 2024.9.5. 보도자료 (기술 혁신 로드맵)에서 확인 가능\n')
  assert.deepEqual(record.references.map((r) => [r.date, r.kind, r.title]), [['2024-09-05', '보도자료', '기술 혁신 로드맵']])
})

test('every span of every extracted object points into the text', () => {
  const { record } = run(`${header}제목입니다\n\n김철수 차관은 “지원을 아끼지 않겠다”라고 말했다.\n- (일시) '25.5.23.(금) 15:00\n`)
  const spans = JSON.stringify(record).match(/"span":\{"start":\d+,"end":\d+\}/gu) ?? []
  assert.ok(spans.length > 0)
  for (const s of spans) {
    const { start, end } = JSON.parse(s.slice(7)) as { start: number; end: number }
    assert.ok(start <= end && end <= record.text.length, s)
  }
})

test('glossary: a note defining several terms in turn gives one entry each', () => {
  const { record } = run(
    '제목입니다\n\n- 위성항법* 고도화\n * KPS(Korea Positioning System) : 한국형 위성항법시스템 KASS(Korea Augmentation Satellite System) : 위치 오차를 보정하는 시스템\n'
  )
  assert.deepEqual(record.glossary.map((g) => [g.term, g.english, g.abbreviation]), [
    ['KPS', 'Korea Positioning System', 'KPS'],
    ['KASS', 'Korea Augmentation Satellite System', 'KASS']
  ])
})

test('events: the lead announces a period around its sessions; full addresses in brackets, neighbourhoods kept', () => {
  const { record } = run(
    [
      '보도자료',
      '보도시점\t2022. 9. 27.(화) 12:00',
      '핀테크 주간 개막',
      '',
      '□ 금융위원회(위원장 홍길동)는 9.28.(수) ~ 9.30.(금) 3일간 서울에서 핀테크 주간을 개최합니다.',
      '',
      'ㅇ 일시·장소 : 9. 28.(수) 10:00~11:00, 롯데호텔(소공동) 2층 크리스탈볼룸',
      'ㅇ 참석자 : 핀테크 기업 관계자 등 100여명'
    ].join('\n'),
    'f.txt'
  )
  const starts = record.events.map((e) => [e.start?.slice(5), e.end?.slice(5) ?? null])
  assert.deepEqual(starts.map((s) => s[0]), ['09-28', '09-28T10:00:00+09:00'])
  assert.equal(record.events[0]!.end?.slice(5), '09-30')
  assert.equal(record.events[1]!.venue?.name, '롯데호텔(소공동) 2층 크리스탈볼룸')
  const { record: r2 } = run('보도자료\n보도시점\t2025. 8. 7.(목) 11:00\n시상식 개최\n\n□ 원장은 8월 7일(목) 본원(전북특별자치도 완주군) 1층 소회의실에서 시상식을 개최했다.\n', 'g.txt')
  assert.deepEqual(r2.events[0]?.venue, { name: '본원 1층 소회의실', address: '전북특별자치도 완주군' })
})

test('plans: goals set in a sentence (▲A, ▲B를 목표로)', () => {
  const { record } = run('연구개발 사업 공모\n\n□ 사업단은 올해 과제를 공모한다.\n ㅇ 본 사업은 ▲세계 수준 제품 개발, ▲사업화 역량 강화를 목표로 추진되고 있다.\n')
  assert.deepEqual(record.plans[0]?.goals.map((g) => g.text), ['세계 수준 제품 개발', '사업화 역량 강화'])
})

test('participants: names sharing one post (A, B, C 위원), groups after a colon in a 참석 note', () => {
  const { record } = run(
    JSON.stringify({ 제목: '점검 회의 개최', 보도일: '2025. 12. 30', 내용: '□ 정책 TF는 12.30(화) 국회 의원회관에서 회의를 개최하였다.\n* (참석) 당 TF : 홍길동 단장, 김철수,이영희 위원 / 정부 : 국무조정실, 법무부' }),
    'r.json'
  )
  const e = record.events[0]!
  assert.equal(e.start, '2025-12-30')
  assert.deepEqual(
    e.participants.filter((p) => p.group !== null).map((p) => [p.name, p.position, p.organization, p.group]),
    [
      ['홍길동', '단장', null, '당 TF'],
      ['김철수', '위원', null, '당 TF'],
      ['이영희', '위원', null, '당 TF'],
      [null, null, '국무조정실', '정부'],
      [null, null, '법무부', '정부']
    ]
  )
})

test('participants: a session\'s speakers from the note on its speaking word (발표*, 토론**), groups and posts with particles', () => {
  const { record } = run(
    [
      '금융 박람회 개막',
      '',
      '[1] 디지털 금융 세미나',
      'ㅇ 일시·장소 : 2025. 9. 28.(수) 13:00~14:30, 서울호텔 그랜드볼룸',
      'ㅇ 주요 내용',
      '- 핀테크 기업의 해외진출 사례 발표*에 이어 활성화 방안에 대한 토론**을 진행합니다.',
      ' * 인사말씀(박영수 금융감독원 부원장보), 국내외 동향(가나다연구소), 진출 사례(라마바솔루션, 사아자페이(SAP))',
      ' ** 활성화 방안(차카타대학교, 서강대, 온라인 생중계)',
      '- 핀테크 기업*의 성장 스토리를 공유합니다.',
      ' * 김동수 마인즈랩 부사장, 이형주 그레이드헬스 대표',
      '[2] 투자 설명회',
      'ㅇ 일시·장소 : 2025. 9. 28.(수) 15:00~16:00, 서울호텔 에메랄드룸',
      'ㅇ 참석 : 핀테크 기업·금융회사·유관기관, 투자기관(18개사), 김민준 한국투자협회 이사장',
      '- 투자 동향을 소개합니다.',
      ' * 서비스 현황(하파트)'
    ].join('\n') + '\n'
  )
  const [seminar, briefing] = record.events
  assert.deepEqual(
    seminar!.participants.map((p) => [p.name, p.position, p.organization]),
    [
      ['박영수', '부원장보', '금융감독원'],
      [null, null, '가나다연구소'],
      [null, null, '라마바솔루션'],
      [null, null, '사아자페이(SAP)'],
      [null, null, '차카타대학교'],
      [null, null, '서강대'],
      ['김동수', '부사장', '마인즈랩'],
      ['이형주', '대표', '그레이드헬스']
    ]
  )
  // A note on a word that is not a speaking word names no speakers; generic groups are left out.
  assert.deepEqual(briefing!.participants.map((p) => [p.name, p.position, p.organization]), [['김민준', '이사장', '한국투자협회']])
  const prose = run('기념식 개최\n\n□ 협회는 2022년 5월 20일(금) 10시 서울호텔에서 기념식을 개최하였다.\n□ 이날 행사에는 홍길동 보건복지부 국장, 김민준 한국투자협회 이사장을 비롯해 유공자 등 60여 명이 참석하였다.\n').record
  assert.deepEqual(
    prose.events[0]!.participants.filter((p) => p.name !== null || p.organization === '유공자').map((p) => [p.name, p.position, p.organization]),
    [
      ['홍길동', '국장', '보건복지부'],
      ['김민준', '이사장', '한국투자협회']
    ]
  )
})

test('events: a later section announces a coming event (부터 18일까지, 주최·주관, 참여한 가운데); a past one is not taken', () => {
  const { record } = run(
    [
      '보도자료',
      '보도시점\t2021. 12. 15.(수) 11:00\t배포\t2021. 12. 15.(수) 09:00',
      '드론 산업 지원 방안 발표',
      '',
      '□ 국토교통부는 드론 산업 지원 방안을 발표했다고 밝혔다.',
      '□ 방안은 규제 개선과 실증 확대를 담았다.',
      '□ 세부 과제는 다음과 같다.',
      '□ 첫째, 실증 도시를 늘린다.',
      '□ 둘째, 규제를 푼다.',
      '□ 셋째, 인력을 키운다.',
      '□ 넷째, 해외 진출을 돕는다.',
      '□ 다섯째, 안전을 지킨다.',
      '□ 이번 방안은 지난 12월 10일(금) 개최된 협의회 논의를 반영했으며 앞으로 계속 진행된다.',
      '[2] 드론박람회 개최',
      '□ 한편, 국토교통부(장관 홍길동), 산업통상자원부가 주최하고, 항공안전기술원(원장 김철수)이 주관하는 「2021 드론박람회」를 12월 16일(목)부터 18일(토)까지 서울 여의도공원 광장에서 개최한다.',
      '□ 개막식은 이영희 국토교통부 차관, 박민수 항공안전기술원 본부장 등 각계 인사가 참여한 가운데 12월 16일(목) 16:00~17:30, 여의도 광장에서 진행될 예정이다.'
    ].join('\n') + '\n'
  )
  assert.deepEqual(
    record.events.map((e) => [e.start, e.end, e.venue?.name ?? null]),
    [
      ['2021-12-16', '2021-12-18', '여의도공원 광장'], // its address: 서울 (a bare province before the place)
      ['2021-12-16T16:00:00+09:00', '2021-12-16T17:30:00+09:00', '여의도 광장']
    ]
  )
  assert.deepEqual(
    record.events[0]!.participants.map((p) => [p.organization, p.group]),
    [
      ['국토교통부', '주최'],
      ['산업통상자원부', '주최'],
      ['항공안전기술원', '주관']
    ]
  )
  assert.deepEqual(record.events[1]!.participants.map((p) => [p.name, p.position]), [['이영희', '차관'], ['박민수', '본부장']])
  assert.deepEqual(record.events.map((e) => [e.kind, e.title]), [['박람회', '2021 드론박람회'], ['개막식', '개막식']])
})

test('events: title and kind from a 행사명 label, the heading over the overview, or the quoted name', () => {
  const overview = run(
    `${header}인재 전략 회의 개최\n\n□ 정부는 회의를 열었다.\n\n< 제3차 인재양성전략회의 개요 >\n\n (일시·장소) 2025. 5. 23.(금) 10:00~11:30, 서울대학교 해동관\n\n□ 행사 개요\n ◦ 행사명 : 학교 현장의 헌법교육 강화를 위한 관계기관* 업무협약\n   * 교육부‧법무부\n ◦ (일시) 2025. 5. 26.(월) 14:00~14:30\n ◦ (참석자) 교육부장관, 법무부차관\n\n□ 방문 개요\n ◦ (일시) 2025. 5. 27.(화) 15:00\n`
  ).record
  assert.deepEqual(
    overview.events.map((e) => [e.kind, e.title]),
    [
      ['회의', '제3차 인재양성전략회의'],
      ['업무협약', '학교 현장의 헌법교육 강화를 위한 관계기관 업무협약'],
      ['방문', null]
    ]
  )
  // The note on 관계기관* lists the parties; a post fused with a ministry's name is split.
  assert.deepEqual(
    overview.events[1]!.participants.map((p) => [p.position, p.organization]),
    [
      [null, '교육부'],
      [null, '법무부'],
      ['장관', '교육부'],
      ['차관', '법무부']
    ]
  )
  const quoted = run(`${header}시상식 개최\n\n□ 과학원은 8월 7일 본원에서 ‘제16회 글짓기 공모전’ 시상식을 개최했다.\n□ 공모전은 ‘농업의 미래를 그리다’를 주제로 진행됐다.\n`).record
  assert.deepEqual(quoted.events.map((e) => [e.kind, e.title]), [['시상식', '제16회 글짓기 공모전 시상식']])
})

test('participants: bodies around a name and post (국회 교육위원회 김영호 위원장, 국립통일교육원장, ②… ③…)', () => {
  const people = (text: string) => personsIn(text, 0).map((p) => [p.name, p.position, p.organization])
  assert.deepEqual(people('축사(교육부 최교진 장관, 국회 교육위원회 김영호 위원장)'), [
    ['최교진', '장관', '교육부'],
    ['김영호', '위원장', '국회 교육위원회']
  ])
  assert.deepEqual(people('고영환 국립통일교육원장은 강연했다'), [['고영환', '원장', '국립통일교육원']])
  // A …위원장 is a committee's chair, not a …위원 body's 원장; a fused 국무조정실장 is split.
  assert.deepEqual(parseParticipants('금융위원장, 부위원장, 국무조정실장', 0, null).map((p) => [p.position, p.organization]), [
    ['금융위원장', null],
    ['부위원장', null],
    ['실장', '국무조정실']
  ])
  assert.deepEqual(people('①김주현 금융위원장 ②윤창현 의원 ③백혜련 정무위원장(영상)'), [
    ['김주현', '금융위원장', null],
    ['윤창현', '의원', null],
    ['백혜련', '정무위원장', null]
  ])
})

test('participants: a department ending in 과 before a comma keeps it; a kind of body as the last word is generic', () => {
  const { record } = run(`${header}통합지원회의 개최\n\n□ 가나군은 2025년 5월 20일(화) 군청 회의실에서 통합지원회의를 개최했다.\n□ 회의에는 보건소, 군청 노인건강과, 국민건강보험공단, 관내 돌봄·의료 기관 및 전문가 25여 명이 참석했다.\n`)
  assert.deepEqual(
    record.events[0]!.participants.map((p) => p.organization),
    ['가나군', '보건소', '군청 노인건강과', '국민건강보험공단']
  )
})

test('events: a (대상) line gives the head count, a total over its parts; an organising-body label stays in the overview', () => {
  const { record } = run(`${header}역사 연수 개최\n\n□ 교육부는 연수를 연다.\n\n□ 개요\n ㅇ (일정/장소) 2025. 8. 3.(일) ~ 8. 5.(화) / 서울가든호텔\n ㅇ (연수기관) 한국역사교육원\n ㅇ (대상) 역사 선도교사단(총 74명, 초 19명·중 22명·고 33명)\n`)
  const e = record.events.find((x) => x.start === '2025-08-03')!
  assert.deepEqual(e.attendees, { count: 74, approximate: false, text: '74명' })
  assert.deepEqual(e.participants.map((p) => p.organization), ['한국역사교육원'])
})

test('participants: a schedule\'s remarks naming a post by its body (교육부 장관) take part, named from the lead', () => {
  const { record } = run(
    `${header}학위수여식 개최\n\n□ 교육부(장관 홍길동)는 2025년 5월 23일(금) 학위수여식을 개최한다.\n\n□ 행사 개요\n ◦ (일시) 2025. 5. 23.(금), 11:00∼11:30\n□ 세부 일정(안)\n시간\t\t진행 순서\t비고\n11:00~11:05\t5’\t∘ 축사\t교육부 장관\n11:05~11:10\t5’\t∘ 격려사\t국회 교육위원회 위원장\n11:10~11:30\t20’\t∘ 학위증 수여\t사회자\n`
  )
  const e = record.events.find((x) => x.agenda.length > 0)!
  assert.deepEqual(
    e.participants.filter((p) => p.position !== null).map((p) => [p.name, p.position, p.organization]),
    [
      ['홍길동', '장관', '교육부'],
      [null, '위원장', '국회 교육위원회']
    ]
  )
})

test('participants: a note expanding a group word on taking part (해외기관*의 부스) lists bodies; counts and people are not such a list', () => {
  const { record } = run(
    `${header}핀테크 박람회 개막\n\n□ 금융위원회는 2025년 9월 28일(일)부터 30일(화)까지 서울호텔에서 박람회를 개최한다.\n\n[1] 전시부스\n- 해외기관*의 부스 및 상담데스크를 운영합니다.\n * Invest KOREA(KOTRA), 서울투자청, 유엔산업개발기구, ICT융합(과기부)\n- 참가 기업*이 서비스를 전시합니다.\n * 핀테크 기업 49개, 금융회사 32개, 해외기관 19개 참가\n`
  )
  assert.deepEqual(record.events[0]!.participants.map((p) => p.organization), ['금융위원회', 'Invest KOREA(KOTRA)', '서울투자청', '유엔산업개발기구', '과기부'])
})

test('a list of bracketed names that is not a host list, short or pasted by thousands, finishes (no exponential backtracking)', { timeout: 20_000 }, () => {
  const list = 'A(B), '.repeat(28) + 'C(D)'
  const { record } = run(`${header}제목입니다\n\n${'□ 본문.\n'.repeat(9)}□ 한편, ${list} 공동 주최로 행사를 2025년 12월 16일(화) 서울에서 개최한다.\n□ 또 ${'가(나), '.repeat(20000)}다가 주최하는 행사를 2025년 12월 18일(목) 개최한다.\n`)
  assert.deepEqual(record.events.map((e) => e.start), ['2025-12-16', '2025-12-18'])
})
