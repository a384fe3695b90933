/**
 * The header, second round: crawled board records, subtitle pointers, speeches, and the
 * contacts table's edges and shared cells. Fixtures are composed for the convention, not copied.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { run } from './helpers.js'

test('a crawled board record: its 보도일 field dates the release, a (보도자료) tag in its file names gives the kind', () => {
  const json = JSON.stringify({
    제목: '전세사기 피해 예방 합동 점검 실시',
    보도일: '2025. 6. 3',
    첨부파일: [{ 첨부파일명: '250603_(보도자료) 전세사기 피해 예방 합동 점검 실시.hwp' }, { 첨부파일명: '250603_(보도자료) 전세사기 피해 예방 합동 점검 실시.pdf' }],
    내용: '□ 국토교통부는 6.3(화) 전세사기 피해 예방을 위한 합동 점검을 실시한다고 밝혔다.'
  })
  const record = run(json, 'board.json').record
  assert.equal(record.documentType, '보도자료')
  assert.equal(record.release.distributed, '2025-06-03')
  assert.equal(record.release.embargo, '2025-06-03')
})

test('file names that disagree on the kind give none', () => {
  const json = JSON.stringify({
    제목: '전세사기 피해 예방 합동 점검 실시',
    첨부파일: [{ name: '(보도자료) 점검.hwp' }, { name: '(참고자료) 점검 결과.pdf' }],
    내용: '□ 국토교통부는 합동 점검을 실시한다고 밝혔다.'
  })
  assert.equal(run(json, 'board.json').record.documentType, null)
})

test('a pointer before a subtitle (`-> …`, `☞ …`) is not part of it', () => {
  const record = run(
    ['하천 정비 사업 본격 추진', ' -> 올해 12개 하천, 총 300억 원 투입', '', '□ 환경부는 하천 정비 사업을 본격 추진한다고 밝혔다.'].join('\n')
  ).record
  assert.equal(record.title, '하천 정비 사업 본격 추진')
  assert.deepEqual(record.subtitles, ['올해 12개 하천, 총 300억 원 투입'])
})

test('a salutation under the title opens a speech: its lines are no subtitles', () => {
  const body = ['신년 인사 말씀', '', '존경하는 국민 여러분,', '', '저는 올해 새로운 각오로', '', '우리 경제가 나아갈 길을', '', '국민과 함께 찾겠습니다.'].join('\n')
  const record = run(`---\ntitle: "[보도참고자료] 신년 인사 말씀"\nministry: "국무조정실"\n---\n\n# 신년 인사 말씀\n\n## 본문\n\n${body}\n`, 'speech.md').record
  assert.equal(record.title, '신년 인사 말씀')
  assert.deepEqual(record.subtitles, [])
})

const TABLE = [
  '하천 정비 사업 본격 추진',
  '',
  '□ 환경부는 하천 정비 사업을 본격 추진한다고 밝혔다.',
  '',
  '담당 부서\t수자원정책국 하천계획과\t책임자\t과장\t김나라\t(044-201-1111)',
  '\t\t담당자\t사무관\t이하늘\t(044-201-1112)'
]

test('a contacts table that touches the next table ends at its 참고 heading row', () => {
  const record = run([...TABLE, '참고\t\t하천 정비 사업 개요', '□ (사업 목적) 하천 범람 예방'].join('\n')).record
  assert.deepEqual(record.contacts.map((c) => c.name), ['김나라', '이하늘'])
})

test('a cell naming two people, their phones in order in the next cell: one contact each, with the row\'s own department', () => {
  const record = run(
    [
      ...TABLE,
      '',
      '안건\t\t담당자\t연락처',
      '① 하천 정비 계획\t환경부 하천계획과\t김나라 과장 박바다 서기관\t044-201-1111 044-201-1113',
      '② 홍수 예보 개선\t환경부 홍수통제과\t최민수 과장 정수진 사무관\t044-201-2221 sujin@korea.kr'
    ].join('\n')
  ).record
  const rows = record.contacts.map((c) => [c.department, c.position, c.name, c.phone ?? c.email])
  assert.deepEqual(rows.slice(2), [
    ['환경부 하천계획과', '과장', '김나라', '044-201-1111'],
    ['환경부 하천계획과', '서기관', '박바다', '044-201-1113'],
    ['환경부 홍수통제과', '과장', '최민수', '044-201-2221'],
    ['환경부 홍수통제과', '사무관', '정수진', 'sujin@korea.kr']
  ])
})

test('a greeting under a briefing\'s headline opens its text: not part of the title', () => {
  const body = ['5.2.(금) 10시 사고수습본부 브리핑', '안녕하십니까', '사고수습본부 대변인 김민수입니다.', '', '현재까지의 수습 상황을 말씀드리겠습니다.'].join('\n')
  const record = run(`---\ntitle: "사고수습본부 10시 브리핑문"\nministry: "행정안전부"\n---\n\n# 사고수습본부 10시 브리핑문\n\n## 본문\n\n${body}\n`, 'briefing.md').record
  assert.equal(record.title, '5.2.(금) 10시 사고수습본부 브리핑')
  assert.deepEqual(record.subtitles, [])
})

test('a header box whose kind is a table row is found under a one-off line above it', () => {
  const record = run(
    [
      '학교급식 실태조사',
      '',
      '\t\t보도자료',
      '',
      '보도시점\t2026. 5. 7.(목) 12:00\t배포\t2026. 5. 7.(목) 09:00',
      '',
      '2025년 학교급식 실태조사 결과',
      '',
      '□ 교육부는 2025년 학교급식 실태조사 결과를 발표했다.'
    ].join('\n')
  ).record
  assert.equal(record.documentType, '보도자료')
  assert.equal(record.title, '2025년 학교급식 실태조사 결과')
  assert.equal(record.release.embargo, '2026-05-07T12:00:00+09:00')
})

test('a header box whose kind cell is 동정자료 gives that kind', () => {
  const record = run(['\t동정자료', '보도시점\t2026. 5. 7.(목) 15:00\t배포\t2026. 5. 7.(목) 09:00', '장관, 수산물 위판장 현장 점검', '', '□ 해양수산부 장관은 5월 7일 위판장을 찾았다.'].join('\n')).record
  assert.equal(record.documentType, '동정자료')
  assert.equal(record.title, '장관, 수산물 위판장 현장 점검')
})

test('an embargo on distribution (`배포 후 즉시 사용`, `배포 시점`, `… 배포 시`) takes the hand-out time', () => {
  const box = (embargo: string) =>
    run(['\t\t보도자료', `보도시점\t${embargo}\t배포\t2026. 5. 7.(목) 15:00`, '수산물 위판장 현장 점검', '', '□ 해양수산부는 5월 7일 위판장을 점검했다.'].join('\n')).record.release
  for (const e of ['배포 후 즉시 사용', '배포 시점', '2026. 5. 7.(목) 배포 시']) {
    assert.deepEqual([box(e).embargo, box(e).distributed], ['2026-05-07T15:00:00+09:00', '2026-05-07T15:00:00+09:00'], e)
  }
  assert.equal(box('2026. 5. 8.(금) 06:00').embargo, '2026-05-08T06:00:00+09:00')
})
