/**
 * HTML pages written by hand: a board view, an article among site menus, a page without one.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readHtml } from '../src/read/html.js'
import { run } from './helpers.js'
import { BodoError } from '../src/errors.js'

const board = `<!doctype html><html><head><title>보도자료 &lt; 소식 &lt; 가나군청</title></head><body>
<nav><ul><li><a href="/">홈</a></li><li><a href="/a">군정소식</a></li></ul></nav>
<div id="content"><table class="show_form"><tbody>
<tr><th>등록일</th><td>2025-03-10 09:00:00</td></tr>
<tr><th>제목</th><td colspan="3">가나군, 주민 건강 한마당 개최</td></tr>
<tr><th>내용</th><td colspan="3">가나군은 3월 12일 가나군보건소 대회의실에서 주민 건강 한마당을 개최했다.<br><br>
행사에는 보건소, 국민건강보험공단 등 40여 명이 참석했다.<br>
<table><tr><td rowspan="2">시간</td><td colspan="2">내용</td></tr><tr><td>10:00~10:30</td><td>개회</td></tr></table>
자료제공: 보건행정과 건강증진팀 (300-1234)</td></tr>
<tr><th>파일1</th><td><a href="/f">보도자료(주민건강).hwp</a></td></tr>
</tbody></table></div>
<footer>가나군청 | 주소 ...</footer></body></html>`

test('board view: 제목 and 내용 cells, registration date and files to meta, chrome dropped', () => {
  const page = readHtml(board)
  assert.equal(page.title, '가나군, 주민 건강 한마당 개최')
  assert.equal(page.meta.registered, '2025-03-10 09:00:00')
  assert.deepEqual(page.meta.files, ['보도자료(주민건강).hwp'])
  assert.equal(page.meta.board, '보도자료')
  assert.ok(!page.text.includes('군정소식'))
  assert.ok(page.text.includes('시간\t내용\t\n\t10:00~10:30\t개회'), page.text)
})

test('board view → record: local government as issuer, event, attendees, contact', () => {
  const { record } = run(board, 'page.html')
  assert.equal(record.source.format, 'html')
  assert.equal(record.documentType, '보도자료')
  assert.equal(record.ministry, '가나군')
  const [e] = record.events
  assert.equal(e?.start, '2025-03-12')
  assert.equal(e?.venue?.name, '가나군보건소 대회의실')
  assert.equal(e?.attendees?.count, 40)
  assert.deepEqual(e?.participants.map((p) => p.organization), ['가나군', '보건소', '국민건강보험공단'])
  assert.deepEqual(record.contacts.map((c) => [c.department, c.phone]), [['보건행정과 건강증진팀', '300-1234']])
})

test('an article found by the 공공누리 notice among menus; script and markup in text stay text', () => {
  const html = `<html><head><title>기관 &gt; 소식 &gt; 보도자료</title></head><body>
  <div class="gnb"><a href="/1">메뉴 하나</a><a href="/2">메뉴 둘</a></div>
  <div id="txt"><section class="news-header"><h3>나라부, 새 제도 시행</h3></section>
  <div class="text">□ 나라부(장관 홍길동)는 새 제도를 시행한다고 밝혔다. 본문에 &lt;script&gt;alert(1)&lt;/script&gt; 라는 글자가 있다.</div></div>
  <div class="kogl">나라부(이)가 창작한 「나라부, 새 제도 시행」 저작물은 공공누리 출처표시 조건에 따라 이용할 수 있습니다.</div>
  <script>document.write('x')</script></body></html>`
  const page = readHtml(html)
  assert.equal(page.title, '나라부, 새 제도 시행')
  assert.equal(page.meta.author, '나라부')
  assert.ok(page.text.includes('<script>alert(1)</script>'), 'escaped markup is text')
  assert.ok(!page.text.includes("document.write"), 'scripts are dropped')
  assert.ok(!page.text.includes('메뉴 하나'))
})

test('a page with no article is an error, not an empty record', () => {
  assert.throws(
    () => readHtml('<html><body><nav><a href="/">홈</a></nav><footer>주소</footer></body></html>'),
    (e: unknown) => e instanceof BodoError && e.code === 'no-body'
  )
})

test('tables nested hundreds deep do not overflow the stack', () => {
  const deep = `${'<table><tr><td>'.repeat(400)}깊은 칸${'</td></tr></table>'.repeat(400)}`
  const page = readHtml(`<html><body><div id="content"><h2>깊은 표 시험 문서</h2><p>본문 문장이 여기에 있습니다.</p>${deep}</div></body></html>`)
  assert.equal(page.title, '깊은 표 시험 문서')
})
