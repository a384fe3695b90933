/**
 * HWP 5 files the test builds (OLE + raw-deflated records), and damaged or locked ones.
 */
import { test } from 'node:test'
import { errorCode } from './helpers.js'
import assert from 'node:assert/strict'
import { makeHwp, para, tableControl } from './hwp-fixture.js'
import { readHwp } from '../src/read/hwp.js'
import { extractSync } from '../src/index.js'

const release = [
  ...para(0, '', [tableControl(1, 1, 4, [[0, 0, 1, 1, '보도시점'], [0, 1, 1, 1, '2025. 3. 14.(금) 12:00'], [0, 2, 1, 1, '배포'], [0, 3, 1, 1, '2025. 3. 14.(금) 09:00']])]),
  ...para(0, '', [tableControl(1, 2, 1, [[0, 0, 1, 1, '청년 일자리 지원 확대'], [1, 0, 1, 1, '- 고용 대책 발표 -']])]),
  ...para(0, '□ 고용노동부(장관 홍길동)는 청년 고용 대책을\n발표했다.'),
  ...para(0, '', [
    tableControl(1, 2, 6, [
      [0, 0, 2, 1, '담당 부서'], [0, 1, 1, 1, '청년정책관'], [0, 2, 1, 1, '책임자'], [0, 3, 1, 1, '과장'], [0, 4, 1, 1, '김철수'], [0, 5, 1, 1, '(044-202-1111)'],
      [1, 1, 1, 1, '청년고용정책과'], [1, 2, 1, 1, '담당자'], [1, 3, 1, 1, '사무관'], [1, 4, 1, 1, '이영희'], [1, 5, 1, 1, '(044-202-1112)']
    ])
  ])
]

test('HWP 5: paragraphs, line breaks, a one-column box as lines, a grid with a row span', () => {
  const doc = readHwp(makeHwp(release))
  assert.ok(doc.text.includes('보도시점\t2025. 3. 14.(금) 12:00\t배포\t2025. 3. 14.(금) 09:00'), doc.text)
  assert.ok(doc.text.includes('청년 일자리 지원 확대\n- 고용 대책 발표 -'), doc.text)
  assert.ok(doc.text.includes('청년 고용 대책을\n발표했다.'), doc.text)
  assert.ok(doc.text.includes('담당 부서\t청년정책관\t책임자\t과장\t김철수\t(044-202-1111)\n\t청년고용정책과\t담당자'), doc.text)
  assert.ok(doc.places.some((p) => /^section0\/p3\/tbl0\/r1$/u.test(p.place)), JSON.stringify(doc.places))
})

test('HWP 5 → record', () => {
  const { record } = extractSync(makeHwp(release), { fileName: 'r.hwp' })
  assert.equal(record.source.format, 'hwp')
  assert.equal(record.title, '청년 일자리 지원 확대')
  assert.equal(record.ministry, '고용노동부')
  assert.equal(record.release.distributed, '2025-03-14T09:00:00+09:00')
  assert.deepEqual(record.contacts.map((c) => [c.department, c.role, c.name]), [
    ['청년정책관 청년고용정책과', '책임자', '김철수'],
    ['청년정책관 청년고용정책과', '담당자', '이영희']
  ])
})

const code = errorCode

test('HWP refused with a reason: password, distribution copy, truncated records, damaged OLE, deflate bomb', () => {
  assert.equal(code(() => readHwp(makeHwp(release, 1 | 2))), 'encrypted')
  assert.equal(code(() => readHwp(makeHwp(release, 1 | 4))), 'encrypted')
  const body = para(0, '짧은 문단입니다')
  const cut = body[1]!.subarray(0, body[1]!.length - 6)
  // A record cut off by the end of its section keeps what is there, with a note.
  const salvaged = readHwp(makeHwp([body[0]!, cut], 0))
  assert.ok(salvaged.text.startsWith('짧은 문단'))
  assert.ok(salvaged.notes.some((n) => n.ruleId === 'hwp-salvaged'))
  const file = makeHwp(release)
  assert.equal(code(() => readHwp(file.subarray(0, 600))), 'damaged')
  assert.equal(code(() => readHwp(makeHwp(new Uint8Array(80 * 1024 * 1024)))), 'zip-bomb')
})
