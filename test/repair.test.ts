import { test } from 'node:test'
import assert from 'node:assert/strict'
import { repair, rejoinBrokenLines, repairCircledNumbers, joinSpacedWords, normalizeCharacters } from '../src/repair/index.js'

test('page-break gaps: a line continued after blank lines is rejoined', () => {
  assert.equal(rejoinBrokenLines('- (의료기기) 인공지능 기반의 디지털치료기기 및 수술 로봇\n\n등 첨단기술을 접목한 의료기기 기술개발'),
    '- (의료기기) 인공지능 기반의 디지털치료기기 및 수술 로봇 등 첨단기술을 접목한 의료기기 기술개발')
  assert.equal(rejoinBrokenLines('홍길동 장관은 “변화를 촉진한다”라고\n\n강조하며, “지원을 아끼지 않겠다”라고 밝혔다.'),
    '홍길동 장관은 “변화를 촉진한다”라고 강조하며, “지원을 아끼지 않겠다”라고 밝혔다.')
})

test('page-break gaps: finished lines and marked lines stay apart', () => {
  const text = '□ 방문 개요\n\n- (일시) 5.23.(금)\n\n정부는 지원을 확대했다.\n\n다음 문단이다.'
  assert.equal(rejoinBrokenLines(text), text)
})

test('hard-wrapped text is rejoined; paragraph-per-line text is not', () => {
  const wrapped = [
    '□ 초중고 사교육비 조사는 사교육비 지출을 체계적으로 파악하여 교육정책',
    '및 관련 연구에 필요한 기초자료를 제공하기 위함',
    '○ 본 내용은 국가데이터처가 교육부와 공동으로 전국 초중고 약 3,000여',
    '학급을 대상으로 실시한 2025년 초중고사교육비조사 결과임',
    '○ 사교육비는 초중고 학생들이 학교의 정규 교육과정 이외에 학교에서',
    '밖에서 받는 보충교육을 위해 개인이 부담하는 비용임',
    '○ 학원수강, 개인과외, 그룹과외, 방문학습지, 인터넷 및 통신강좌 등의',
    '수강료(교재비 포함) 지출 비용을 의미함'
  ].join('\n')
  assert.equal(rejoinBrokenLines(wrapped).split('\n').length, 4)
  const paragraphs = '학생 마음건강 지원 개선 방안 발표\n2030년까지 모든 학교에 전문상담인력 100% 확보\n학생 전학 및 진학 시 정보 연계로 심리지원의 연속성 확보'
  assert.equal(rejoinBrokenLines(paragraphs), paragraphs)
})

test('3] and 4] continue a ①② sequence as ③ and ④; a lone 3] does not', () => {
  assert.equal(repairCircledNumbers('① 가\n② 나\n3] 다\n4] 라'), '① 가\n② 나\n③ 다\n④ 라')
  assert.equal(repairCircledNumbers('3] 참고문헌'), '3] 참고문헌')
})

test('spaced-out words in cells: 과  장 → 과장, 보 도 자 료 → 보도자료', () => {
  assert.equal(joinSpacedWords('담당\t과  장\t홍길동'), '담당\t과장\t홍길동')
  assert.equal(joinSpacedWords('보 도 자 료'), '보도자료')
  assert.equal(joinSpacedWords('서울 송파구'), '서울 송파구')
})

test('characters: NFC, CRLF, zero-width and odd spaces', () => {
  assert.equal(normalizeCharacters('\u1100\u1161\r\nA\u200bB\u00a0C'), '가\nAB C')
  assert.equal(repair('\n\n제목\n\n'), '제목')
})

test('characters: Hancom\'s private-use circled numbers in any format read as ① ②', () => {
  assert.equal(normalizeCharacters('\u{F02B1} 헌법 교육\n\u{F02B2} 현장 지원'), '① 헌법 교육\n② 현장 지원')
})
