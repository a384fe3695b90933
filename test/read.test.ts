import { test } from 'node:test'
import assert from 'node:assert/strict'
import { decode, detectFormat, read, readMarkdown, htmlTableRows } from '../src/read/index.js'
import { BodoError } from '../src/errors.js'

const utf8 = (s: string) => new TextEncoder().encode(s)

test('decode: UTF-8, UTF-8 with BOM, UTF-16LE/BE with BOM, CP949', () => {
  assert.deepEqual(decode(utf8('보도자료')), { text: '보도자료', encoding: 'utf-8' })
  assert.equal(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('보도')])).encoding, 'utf-8-bom')
  const le = new Uint8Array([0xff, 0xfe, 0xf4, 0xbc, 0xc4, 0xb3])
  assert.deepEqual(decode(le), { text: '보도', encoding: 'utf-16le' })
  const be = new Uint8Array([0xfe, 0xff, 0xbc, 0xf4, 0xb3, 0xc4])
  assert.deepEqual(decode(be), { text: '보도', encoding: 'utf-16be' })
  // 보도자료 in CP949 (EUC-KR)
  const cp949 = new Uint8Array([0xba, 0xb8, 0xb5, 0xb5, 0xc0, 0xda, 0xb7, 0xe1])
  assert.deepEqual(decode(cp949), { text: '보도자료', encoding: 'cp949' })
})

test('decode: empty, binary and undecodable input are errors with a code', () => {
  const code = (bytes: Uint8Array) => {
    try {
      decode(bytes)
      return null
    } catch (e) {
      return (e as BodoError).code
    }
  }
  assert.equal(code(new Uint8Array()), 'empty')
  assert.equal(code(utf8('  \n\n ')), 'empty')
  assert.equal(code(new Uint8Array([0x41, 0x00, 0x42, 0x01, 0x02])), 'binary')
  assert.equal(code(new Uint8Array([0xff, 0xff, 0xff, 0x80, 0x80])), 'encoding')
})

test('decode: UTF-8 cut in the middle of its last character reads, with the damage counted', () => {
  const whole = utf8('보도자료 제목 문장입니다. 본문이 이어집니다')
  const cut = decode(whole.subarray(0, whole.length - 1))
  assert.equal(cut.encoding, 'utf-8-repaired')
  assert.equal(cut.replaced, 1)
  assert.ok(cut.text.startsWith('보도자료 제목'))
})

test('format by content: zip, OLE, PDF, HTML, Markdown, text', () => {
  assert.equal(detectFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0])), 'hwpx')
  assert.equal(detectFormat(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])), 'hwp')
  assert.equal(detectFormat(utf8('%PDF-1.7')), 'pdf')
  assert.equal(detectFormat(utf8('<!DOCTYPE html><html>')), 'html')
  assert.equal(detectFormat(utf8('---\ntitle: x\n---\n본문')), 'markdown')
  assert.equal(detectFormat(utf8('보도자료\n제목'), 'a.txt'), 'text')
  assert.throws(() => read(utf8('%PDF-1.7 …')), /not read yet: pdf/u)
})

test('korea.kr Markdown: front matter to meta, quoted subtitles, body only', () => {
  const md = [
    '---',
    'title: "[보도자료] 제목입니다"',
    'ministry: "교육부"',
    'approve_date: "04/28/2023 11:12:22"',
    '---',
    '',
    '# [보도자료] 제목입니다',
    '',
    '- 부처: 교육부',
    '',
    '> □ 부제 하나',
    '',
    '## 본문',
    '',
    '제목입니다',
    '| 시간 | 내용 |',
    '|---|---|',
    '| 10:00~10:30 | 개회 |',
    '## 출처',
    '- API'
  ].join('\n')
  const r = readMarkdown(md)
  assert.equal(r.meta.ministry, '교육부')
  assert.equal(r.meta['archive:부처'], '교육부')
  assert.equal(r.heading, '[보도자료] 제목입니다')
  assert.equal(r.subtitles, 1)
  assert.equal(r.text, '□ 부제 하나\n\n\n제목입니다\n시간\t내용\n10:00~10:30\t개회')
})

test('HTML tables in Markdown: spans become empty cells', () => {
  const rows = htmlTableRows('<table><tr><td rowspan="2">부서</td><td colspan="2">책임자</td></tr><tr><td>과장</td><td>홍길동</td></tr></table>')
  assert.deepEqual(rows, ['부서\t책임자\t', '\t과장\t홍길동'])
})

test('a crawled JSON record: title and body become the text, the rest goes to meta; arrays are refused', async () => {
  const { readJson } = await import('../src/read/json.js')
  const r = readJson(JSON.stringify({ 제목: '제목입니다', 담당부서: '정책과', 보도일: '2025. 12. 30', 내용: '□ 본문입니다.' }))
  assert.equal(r.title, '제목입니다')
  assert.equal(r.text, '제목입니다\n\n□ 본문입니다.')
  assert.deepEqual(r.meta, { 담당부서: '정책과', 보도일: '2025. 12. 30' })
  assert.throws(() => readJson('[{"제목": "a"}]'), /bodo stream/u)
  assert.equal(detectFormat(utf8('{"제목": "a"}'), 'x.json'), 'json')
})
