/**
 * The release header (머리): document kind, title, subtitles, release times and issuing body,
 * one fixture per convention. Fixtures are composed for the convention, not copied.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { errorCode, run } from './helpers.js'

/** A korea.kr Markdown body with its front matter. */
function koreaKr(title: string, body: string, ministry = '교육부'): string {
  return `---\ntitle: "${title}"\nministry: "${ministry}"\napprove_date: "05/20/2025 09:00:00"\n---\n\n# ${title}\n\n- 부처: ${ministry}\n\n## 본문\n\n${body}\n\n## 출처\n\n- 정책브리핑\n`
}

const md = (text: string) => run(text, 'release.md').record

test('header box flattened one cell per line: cells are header, not title; labels take the value under them', () => {
  const record = run(
    [
      '보도자료',
      '보도 일시',
      '2025. 3. 16.(일) 11:00',
      '배포 일시',
      '2025. 3. 15.(토) 09:00',
      '담당 부서',
      '청렴정책과',
      '책임자',
      '과 장 김가나 (044-000-1111)',
      '학교 안전점검 결과 공개',
      '- 점검 대상 전국 500개교',
      '□ 교육부(장관 홍길동)는 학교 안전점검 결과를 공개했다.'
    ].join('\n')
  ).record
  assert.equal(record.documentType, '보도자료')
  assert.equal(record.title, '학교 안전점검 결과 공개')
  assert.equal(record.titleSource, 'body')
  assert.equal(record.release.embargo, '2025-03-16T11:00:00+09:00')
  assert.equal(record.release.distributed, '2025-03-15T09:00:00+09:00')
  assert.deepEqual(record.subtitles, ['점검 대상 전국 500개교'])
})

test('an edition line under the release time is header, and a label after its value still labels it', () => {
  const a = run('보도자료\n보도시점\n2025. 4. 14.(월) 06:00\n< 4.14.(월) 조간 >\n배포\n2025. 4. 13.(일)\n도서관 운영시간 확대\n\n□ 문화체육관광부는 운영시간을 늘린다.\n').record
  assert.equal(a.title, '도서관 운영시간 확대')
  assert.equal(a.release.embargo, '2025-04-14T06:00:00+09:00')
  assert.equal(a.release.distributed, '2025-04-13')
  const b = run('보도자료\n(온라인) 2025. 4. 13.(일) 12:00 보도시점\n(지 면) 2025. 4. 14.(월) 조간\n도서관 운영시간 확대\n\n□ 문화체육관광부는 운영시간을 늘린다.\n').record
  assert.equal(b.title, '도서관 운영시간 확대')
  assert.equal(b.release.embargo, '2025-04-13T12:00:00+09:00')
  // A reader that ran the headline into the edition line: the part after the edition.
  const c = run('보도자료\n(온라인) 2025. 4. 13.(일) 12:00 보도시점\n(지 면) 2025. 4. 14.(월) 조간 도서관 운영시간 확대\n- 평일 밤 10시까지\n□ 문화체육관광부는 운영시간을 늘린다.\n').record
  assert.equal(c.title, '도서관 운영시간 확대')
  assert.equal(c.text.slice(c.titleSpan!.start, c.titleSpan!.end), '도서관 운영시간 확대')
})

test('a logo line over the header table is letterhead, and 배포즉시 is a header cell', () => {
  const record = run('보도자료\n행정안전부\n보도시점\t배포 즉시\t배포\t2025. 6. 2.(월)\n배포즉시\n주민등록 서비스 개편\n\n□ 행정안전부는 서비스를 개편한다.\n').record
  assert.equal(record.title, '주민등록 서비스 개편')
  assert.equal(record.release.distributed, '2025-06-02')
})

test('a headline wrapped over lines is joined with a space', () => {
  // An open ending (위해, a comma) runs on.
  const a = run('보도자료\n농촌 빈집 문제 해결을 위해\n정비 지원 두 배로 늘린다\n\n□ 농림축산식품부는 빈집 정비를 지원한다.\n').record
  assert.equal(a.title, '농촌 빈집 문제 해결을 위해 정비 지원 두 배로 늘린다')
  assert.equal(a.text.slice(a.titleSpan!.start, a.titleSpan!.end), '농촌 빈집 문제 해결을 위해\n정비 지원 두 배로 늘린다')
  // Two lines standing over dashed subtitles are one headline.
  const b = run('보도자료\n섬마을 의료 공백 해소\n원격진료 시범사업 확대\n- 올해 30개 섬으로 늘려\n\n□ 보건복지부는 시범사업을 확대한다.\n').record
  assert.equal(b.title, '섬마을 의료 공백 해소 원격진료 시범사업 확대')
  assert.deepEqual(b.subtitles, ['올해 30개 섬으로 늘려'])
  // A bracket left open continues.
  const c = run('보도자료\n장관, 전직 장관들(제1대\n김가나, 제2대 이다라)과 간담회\n\n□ 통일부 장관은 간담회를 가졌다.\n').record
  assert.equal(c.title, '장관, 전직 장관들(제1대 김가나, 제2대 이다라)과 간담회')
})

test('a headline with one unmarked line under it keeps that line as a subtitle', () => {
  const record = run('보도자료\n해양쓰레기 수거 실적 발표\n작년보다 수거량 20% 늘어 연안 환경 개선 효과 확인\n□ 해양수산부는 수거 실적을 발표했다.\n').record
  assert.equal(record.title, '해양쓰레기 수거 실적 발표')
  assert.deepEqual(record.subtitles, ['작년보다 수거량 20% 늘어 연안 환경 개선 효과 확인'])
})

test('◈ lines under the headline and a dashed subtitle wrapped over two lines are subtitles', () => {
  const record = run('보도자료\n청년 채용 박람회 개최\n◈ 올해 박람회에 80개사 참가\n - 현장면접 우수자 서류전형 면제\n-회원국 15개 모여 협정 기반\n교역 활성화 방안 논의-\n□ 금융위원회는 박람회를 연다.\n').record
  assert.equal(record.title, '청년 채용 박람회 개최')
  assert.deepEqual(record.subtitles, ['올해 박람회에 80개사 참가', '현장면접 우수자 서류전형 면제', '회원국 15개 모여 협정 기반 교역 활성화 방안 논의'])
})

test('a quoted slogan over the headline belongs to it', () => {
  const record = run('보도자료\n“기억하겠습니다”\n순직 공무원 추모식 거행\n- 유가족 등 200여 명 참석\n\n□ 소방청은 추모식을 가졌다.\n').record
  assert.equal(record.title, '“기억하겠습니다” 순직 공무원 추모식 거행')
})

test('a korea.kr body with no headline line: the lead is not the title; the wrapper title is, and the record says so', () => {
  const record = md(koreaKr('[보도자료] 학교 급식 위생 점검 실시', '교육부(장관 홍길동)는 5월 20일(화)부터 전국 학교 급식 위생 점검을 실시한다고 밝혔다.\n\n이번 점검은 식중독 예방을 위한 것이다.'))
  assert.equal(record.title, '학교 급식 위생 점검 실시')
  assert.equal(record.titleSource, 'wrapper')
  assert.equal(record.titleSpan, null)
  assert.equal(record.documentType, '보도자료', 'the wrapper tag gives the kind where the body shows none')
})

test('a lead in report style without a full stop is still a lead', () => {
  const record = md(koreaKr('재정사업 평가 결과', '기획재정부는 평가단을 구성하여 추진한 재정사업 평가 결과를 5.26.(화) 국무회의에 보고\n\n문의. 기획재정부 재정관리과 (044-000-0000)', '기획재정부'))
  assert.equal(record.title, '재정사업 평가 결과')
  assert.equal(record.titleSource, 'wrapper')
})

test('a body with its own headline keeps it, even where the wrapper words it otherwise', () => {
  const record = md(koreaKr('[보도자료] 국장급 인사', '국무조정실 국장급 인사\n\n□ 국장급 전보\n - 정책관 김가나'))
  assert.equal(record.title, '국무조정실 국장급 인사')
  assert.equal(record.titleSource, 'body')
})

test('korea.kr placeholder bodies: the headline part of the formula, with its span; attachment-only bodies take the wrapper', () => {
  const a = md(koreaKr('청소년 캠프 참가자 모집', '청소년 캠프 참가자 모집 관련 보도자료 내용입니다. 자세한 내용은 첨부파일을 참고하시기 바랍니다.'))
  assert.equal(a.title, '청소년 캠프 참가자 모집')
  assert.equal(a.titleSource, 'body')
  assert.equal(a.text.slice(a.titleSpan!.start, a.titleSpan!.end), '청소년 캠프 참가자 모집')
  const b = md(koreaKr('외교부 인사', '붙임 파일 참조. 끝.', '외교부'))
  assert.equal(b.title, '외교부 인사')
  assert.equal(b.titleSource, 'wrapper')
  const c = md(koreaKr('물가 현장 점검', '차관 물가 현장방문 관련\n보도자료 입니다.\n상세한 내용은 첨부자료를 참고하여 주시기 바랍니다.', '기획재정부'))
  assert.equal(c.title, '차관 물가 현장방문', 'the formula wrapped onto the next line')
})

test('▷ sub-headlines opening a body are subtitles; the headline is the wrapper’s', () => {
  const record = md(koreaKr('(참고) 국립공원 수중 생태 화보집 공개', '▷ 해양생물과 수중경관 사진 100점 공개\n\n환경부 산하 국립공원공단은 화보집을 공개했다.', '환경부'))
  assert.equal(record.title, '국립공원 수중 생태 화보집 공개')
  assert.equal(record.titleSource, 'wrapper')
  assert.deepEqual(record.subtitles, ['해양생물과 수중경관 사진 100점 공개'])
  assert.equal(record.text.slice(record.subtitleSpans[0]!.start, record.subtitleSpans[0]!.end), '해양생물과 수중경관 사진 100점 공개')
})

test('where the wrapper title is a run of the top lines, that run is the headline and a kicker above it a subtitle', () => {
  const record = md(koreaKr('(참고자료)원자재 가격 급등 대비 수급 점검 및 대응방안 논의', '민관합동 제5차 공급망 회의 개최\n원자재 가격 급등 대비\n수급 점검 및 대응방안 논의\n- 단기 영향은 제한적 -\n□ 산업통상자원부는 회의를 열었다.', '산업통상자원부'))
  assert.equal(record.title, '원자재 가격 급등 대비 수급 점검 및 대응방안 논의')
  assert.equal(record.documentType, '참고자료')
  assert.deepEqual(record.subtitles, ['민관합동 제5차 공급망 회의 개최', '단기 영향은 제한적'])
})

test('document kinds: 공동보도자료 and 동정자료 as header kinds', () => {
  assert.equal(run('공동보도자료\n두 부처 협업 사업 착수\n\n□ 두 부처는 사업에 착수했다.\n').record.documentType, '공동보도자료')
  assert.equal(run('동정자료\n장관, 현장 방문\n\n□ 장관은 현장을 방문했다.\n').record.documentType, '동정자료')
})

test('no headline shape and no wrapper: the first line that could be one, with a warning; a text that is no release is refused', () => {
  const { record, messages } = run('□ 교육부는 5월 20일(화) 학교 급식 위생 점검을 실시한다고 밝혔다.\n○ 점검은 2주간 진행된다.\n')
  assert.match(record.title, /학교 급식 위생 점검/u)
  assert.ok(messages.some((m) => m.ruleId === 'title-guessed'))
  assert.equal(errorCode(() => run('- 1\n- 2\n')), 'no-title')
})

test('ministry: a wrapper naming a central body counts; a wrapper fragment does not', () => {
  assert.equal(md(koreaKr('학교 급식 점검', '학교 급식 점검\n\n□ 교육청(교육감 김가나)은 점검을 실시했다.', '교육부')).ministry, '교육부')
  assert.equal(md(koreaKr('댐 용수 공급', '댐 용수 공급 확대\n\n□ 환경부는 한국수자원공사와 함께 공급을 늘린다.', '수자원')).ministry, '환경부')
})
