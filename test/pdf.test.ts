/**
 * PDFs the test writes: a two-page release with running headers and page numbers, and the
 * files a batch must refuse with a reason.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { makePdf, type Run } from './pdf-fixture.js'
import { readPdf } from '../src/read/pdf.js'
import { extract } from '../src/index.js'
import { BodoError } from '../src/errors.js'

const running = (page: number): Run[] => [
  { x: 250, y: 815, size: 9, text: '시험부 보도자료' },
  { x: 290, y: 30, size: 9, text: `- ${page} -` }
]
const page1: Run[] = [
  ...running(1),
  { x: 260, y: 760, size: 16, text: '보도자료' },
  { x: 72, y: 730, size: 10, text: '보도시점' },
  { x: 130, y: 730, size: 10, text: '2025. 3. 14.(금) 12:00' },
  { x: 400, y: 730, size: 10, text: '배포' },
  { x: 440, y: 730, size: 7, text: '2025. 3. 14.(금) 09:00' },
  { x: 72, y: 690, size: 16, text: '시험 제도 전면 시행' },
  { x: 72, y: 640, size: 11, text: '□ 교육부(장관 홍길동)는 새 제도를 오늘부터 전국에서 시행한다고 밝혔으며 이번 제도는' },
  { x: 72, y: 625, size: 11, text: '모든 지역에 적용된다.' }
]
const page2: Run[] = [
  ...running(2),
  { x: 72, y: 760, size: 10, text: '담당 부서' },
  { x: 140, y: 760, size: 10, text: '정책과' },
  { x: 220, y: 760, size: 10, text: '책임자' },
  { x: 280, y: 760, size: 10, text: '과장' },
  { x: 330, y: 760, size: 10, text: '김철수' },
  { x: 420, y: 760, size: 10, text: '(044-200-1000)' }
]

test('PDF: lines from positions, columns as tabs, running headers and page numbers dropped, wrapped lines joined', async () => {
  const doc = await readPdf(makePdf([page1, page2]))
  assert.ok(!doc.text.includes('- 1 -') && !doc.text.includes('시험부 보도자료'), doc.text)
  assert.ok(doc.text.includes('보도시점\t2025. 3. 14.(금) 12:00\t배포\t2025. 3. 14.(금) 09:00'), doc.text)
  assert.ok(doc.text.includes('이번 제도는 모든 지역에 적용된다.'), doc.text)
  assert.ok(doc.text.includes('담당 부서\t정책과\t책임자\t과장\t김철수\t(044-200-1000)'), doc.text)
  assert.ok(doc.places.some((p) => p.place === 'page 2'))
})

test('PDF → record, with pages in the source map', async () => {
  const { record } = await extract(makePdf([page1, page2]), { fileName: 'r.pdf' })
  assert.equal(record.source.format, 'pdf')
  assert.equal(record.title, '시험 제도 전면 시행')
  assert.equal(record.ministry, '교육부')
  assert.equal(record.release.embargo, '2025-03-14T12:00:00+09:00')
  assert.deepEqual(record.contacts.map((c) => [c.department, c.role, c.position, c.name, c.phone]), [['정책과', '책임자', '과장', '김철수', '044-200-1000']])
  const c = record.contacts[0]!
  assert.ok(record.sourceMap!.some((p) => p.place === 'page 2' && p.start <= c.span.start && c.span.start < p.end))
})

async function code(bytes: Uint8Array, limits?: { pages: number; milliseconds: number }) {
  try {
    await readPdf(bytes, limits)
    return null
  } catch (e) {
    return e instanceof BodoError ? e.code : String(e)
  }
}

test('PDF refused with a reason: password, image-only (no OCR), too many pages, damaged', async () => {
  assert.equal(await code(makePdf([page1], { encrypt: true })), 'encrypted')
  assert.equal(await code(makePdf([[], []])), 'no-text')
  await assert.rejects(readPdf(makePdf([[]])), /OCR is not done/u)
  assert.equal(await code(makePdf(Array.from({ length: 12 }, () => [])), { pages: 10, milliseconds: 60_000 }), 'too-large')
  assert.equal(await code(new Uint8Array(Buffer.from('%PDF-1.7\n\u0000\u0001garbage'))), 'damaged')
})
