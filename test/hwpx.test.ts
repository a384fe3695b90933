/**
 * HWPX documents the test builds (OWPML XML in a zip), and hostile archives.
 */
import { test } from 'node:test'
import { errorCode } from './helpers.js'
import assert from 'node:assert/strict'
import { zipSync, strToU8 } from 'fflate'
import { readHwpx } from '../src/read/hwpx.js'
import { repair } from '../src/repair/index.js'
import { extractSync as extract } from '../src/index.js'

const NS = 'xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section"'
const p = (text: string) => `<hp:p><hp:run><hp:t>${text}</hp:t></hp:run></hp:p>`
const cell = (row: number, col: number, body: string, rowSpan = 1, colSpan = 1) =>
  `<hp:tc><hp:subList>${body}</hp:subList><hp:cellAddr colAddr="${col}" rowAddr="${row}"/><hp:cellSpan colSpan="${colSpan}" rowSpan="${rowSpan}"/></hp:tc>`
const tbl = (rows: string[]) => `<hp:p><hp:run><hp:tbl>${rows.map((r) => `<hp:tr>${r}</hp:tr>`).join('')}</hp:tbl></hp:run></hp:p>`

function hwpx(section: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync({
    mimetype: strToU8('application/hwp+zip'),
    'Contents/section0.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><hs:sec ${NS}>${section}</hs:sec>`),
    ...extra
  })
}

const release = [
  tbl([cell(0, 0, p('보도자료'), 1, 2)]),
  tbl([cell(0, 0, p('보도시점')) + cell(0, 1, p('2025. 3. 14.(금) 12:00')) + cell(0, 2, p('배포')) + cell(0, 3, p('2025. 3. 14.(금) 09:00'))]),
  tbl([cell(0, 0, p('청년 일자리 지원 확대') + p('- 고용 대책 발표 -'))]),
  p('□ 고용노동부(장관 홍길동)는 청년 고용 대책을 발표했다.'),
  '<hp:p><hp:run><hp:t>① 첫째 과제 </hp:t><hp:ctrl><hp:fieldBegin type="CLICK_HERE"><hp:parameters><hp:stringParam name="Direction">이곳을 마우스로 누르고 내용을 입력하세요.</hp:stringParam></hp:parameters></hp:fieldBegin></hp:ctrl><hp:t>이곳을 마우스로 누르고 내용을 입력하세요.</hp:t></hp:run></hp:p>',
  p('\u{F02B2} 둘째 과제'),
  tbl([
    cell(0, 0, p('담당 부서'), 2) + cell(0, 1, p('청년정책관')) + cell(0, 2, p('책임자')) + cell(0, 3, p('과  장')) + cell(0, 4, p('김철수')) + cell(0, 5, p('(044-202-1111)')),
    cell(1, 1, p('청년고용정책과')) + cell(1, 2, p('담당자')) + cell(1, 3, p('사무관')) + cell(1, 4, p('이영희')) + cell(1, 5, p('(044-202-1112)'))
  ])
].join('')

test('HWPX: header box, title box, body, contacts table with row spans; guide text dropped', () => {
  const doc = readHwpx(hwpx(release))
  assert.ok(doc.text.includes('보도시점\t2025. 3. 14.(금) 12:00\t배포\t2025. 3. 14.(금) 09:00'), doc.text)
  assert.ok(doc.text.includes('청년 일자리 지원 확대\n- 고용 대책 발표 -'), 'a one-column box gives its paragraphs as lines')
  assert.ok(doc.text.includes('담당 부서\t청년정책관\t책임자\t과 장\t김철수\t(044-202-1111)\n\t청년고용정책과\t담당자'), doc.text)
  assert.ok(!doc.text.includes('이곳을 마우스로'), 'click-here guide text is not content')
  assert.ok(repair(doc.text).includes('② 둘째 과제'), 'private-use circled numbers read as ①… (by the repair stage)')
  assert.ok(doc.places.some((x) => x.place === 'section0/p6/tbl0/r1'))
})

test('HWPX → record equals what the text would give; spans resolve to source places', () => {
  const { record } = extract(hwpx(release), { fileName: 'r.hwpx' })
  assert.equal(record.source.format, 'hwpx')
  assert.equal(record.documentType, '보도자료')
  assert.equal(record.title, '청년 일자리 지원 확대')
  assert.deepEqual(record.subtitles, ['고용 대책 발표'])
  assert.equal(record.release.embargo, '2025-03-14T12:00:00+09:00')
  assert.deepEqual(record.contacts.map((c) => [c.department, c.role, c.position, c.name]), [
    ['청년정책관 청년고용정책과', '책임자', '과장', '김철수'],
    ['청년정책관 청년고용정책과', '담당자', '사무관', '이영희']
  ])
  const c = record.contacts[0]!
  assert.ok(record.sourceMap!.some((x) => x.start <= c.span.start && c.span.start < x.end && x.place.startsWith('section0/p6/tbl0')))
})

const code = errorCode

test('hostile HWPX: zip bomb, truncated zip, entities, deep nesting, a zip that is not HWPX', () => {
  const zeros = new Uint8Array(80 * 1024 * 1024)
  const bomb = zipSync({ mimetype: strToU8('application/hwp+zip'), 'Contents/section0.xml': zeros }, { level: 9 })
  assert.ok(bomb.length < 1024 * 1024, 'the bomb is small')
  assert.equal(code(() => readHwpx(bomb)), 'zip-bomb')
  const good = hwpx(release)
  // A truncated archive is read from its local headers, with a note (test/damaged.test.ts has more).
  const half = good.subarray(0, Math.floor(good.length / 2))
  assert.ok(code(() => readHwpx(half)) === 'damaged' || readHwpx(half).notes.some((n) => n.ruleId === 'zip-salvaged'))
  const entities = hwpx('').slice()
  const lol = zipSync({
    mimetype: strToU8('application/hwp+zip'),
    'Contents/section0.xml': strToU8('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><x>&b;</x>')
  })
  assert.ok(entities.length > 0)
  assert.equal(code(() => readHwpx(lol)), 'damaged')
  const deep = `${'<hp:p><hp:run><hp:tbl><hp:tr><hp:tc><hp:subList>'.repeat(300)}${p('바닥')}${'</hp:subList></hp:tc></hp:tr></hp:tbl></hp:run></hp:p>'.repeat(300)}`
  assert.doesNotThrow(() => readHwpx(hwpx(p('제목 문단입니다') + deep)))
  assert.equal(code(() => readHwpx(zipSync({ 'word/document.xml': strToU8('<w:document/>') }))), 'unsupported-format')
})
