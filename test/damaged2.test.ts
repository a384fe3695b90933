/**
 * Bounded memory on damaged and hostile PDFs: streams measured before pdf.js reads them
 * (src/read/pdf/streams.ts).
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { deflateSync } from 'node:zlib'
import { extract } from '../src/index.js'
import { boundStreams, cmapCodes } from '../src/read/pdf/streams.js'
import { makePdf } from './pdf-fixture.js'
import { convertAll } from '../src/batch/pool.js'

const run = (text: string, y: number) => ({ x: 72, y, size: 12, text })
const RELEASE = [run('보도자료', 800), run('문자 매핑이 망가진 보도자료의 제목', 760), run('□ 본문 문단은 그대로 읽힙니다', 700)]

/** A character map (ToUnicode) with the given range lines. */
function cmap(ranges: string[]): string {
  return [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    `${ranges.length} beginbfrange`,
    ...ranges,
    'endbfrange endcmap CMapName currentdict /CMap defineresource pop end end'
  ].join('\n')
}

/**
 * A release PDF (pdf-fixture) whose font gets a ToUnicode stream, added as an incremental
 * update (new objects, an xref section and a trailer pointing back at the first).
 */
function withToUnicode(data: Uint8Array): Uint8Array {
  const base = Buffer.from(makePdf([RELEASE])).toString('latin1')
  const size = Number(/\/Size (\d+)/u.exec(base)![1])
  const root = /\/Root (\d+) 0 R/u.exec(base)![1]
  const prev = /startxref\n(\d+)/u.exec(base)![1]
  const font = /1 0 obj\n(<<[^\n]*>>)\n/u.exec(base)![1]!.replace(/ >>$/u, ` /ToUnicode ${size} 0 R >>`)
  let out = base
  const streamAt = out.length
  out += `${size} 0 obj\n<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n${Buffer.from(data).toString('latin1')}\nendstream\nendobj\n`
  const fontAt = out.length
  out += `1 0 obj\n${font}\nendobj\n`
  const xref = out.length
  const entry = (offset: number) => `${String(offset).padStart(10, '0')} 00000 n \n`
  out += `xref\n0 1\n0000000000 65535 f \n1 1\n${entry(fontAt)}${size} 1\n${entry(streamAt)}trailer\n<< /Size ${size + 1} /Root ${root} 0 R /Prev ${prev} >>\nstartxref\n${xref}\n%%EOF\n`
  return new Uint8Array(Buffer.from(out, 'latin1'))
}

test('cmapCodes counts the codes a CMap’s ranges span: arrays and single codes add what they hold', () => {
  assert.equal(cmapCodes(cmap(['<0000> <00FF> <0041>', '<0100> <0102> [<0041> <0042> <0043>]'])), 256 + 3)
  // One damaged digit makes a 2-byte range a 3-byte one: 16 million codes.
  assert.equal(cmapCodes(cmap(['<0000> <FFFFFF> <0000>'])), 0x1000000)
  // A range whose end is below its start makes nothing (as in pdf.js).
  assert.equal(cmapCodes(cmap(['<00FF> <0000> <0041>'])), 0)
  assert.equal(cmapCodes('2 begincidrange <00> <FF> 1 <0100> <01FF> 300 endcidrange'), 512)
})

test('boundStreams leaves a PDF with sound streams as it is (the same bytes)', () => {
  const pdf = withToUnicode(deflateSync(cmap(['<0000> <FFFF> <0000>'])))
  const bounded = boundStreams(pdf)
  assert.equal(bounded.bytes, pdf)
  assert.deepEqual(bounded.notes, [])
})

test('boundStreams blanks a CMap whose damaged range spans millions of codes, naming its object', () => {
  const pdf = withToUnicode(deflateSync(cmap(['<0000> <3FFFFF> <0000>'])))
  const bounded = boundStreams(pdf)
  assert.notEqual(bounded.bytes, pdf)
  assert.equal(bounded.notes.length, 1)
  assert.equal(bounded.notes[0]!.ruleId, 'pdf-stream-dropped')
  assert.match(bounded.notes[0]!.reason, /^object \d+ \(byte \d+\) left unread: its character map spans 4,194,304 codes/u)
  // The input is not changed; the copy differs only inside the stream, which is now spaces.
  assert.equal(bounded.bytes.length, pdf.length)
  assert.ok(Buffer.from(pdf).toString('latin1').includes('/ToUnicode'))
})

test('boundStreams blanks a stream that inflates past its budget (a deflate bomb), and stops counting at the total', () => {
  const bomb = deflateSync(Buffer.alloc(3 * 1024 * 1024))
  const pdf = withToUnicode(bomb)
  const bounded = boundStreams(pdf, { streamBytes: 1024 * 1024, totalBytes: 8 * 1024 * 1024, cmapCodes: 0x40000 })
  assert.equal(bounded.notes.length, 1)
  assert.match(bounded.notes[0]!.reason, /inflates past 1 MiB/u)
  // Within the per-stream budget but past what all streams may take together.
  const total = boundStreams(pdf, { streamBytes: 4 * 1024 * 1024, totalBytes: 2 * 1024 * 1024, cmapCodes: 0x40000 })
  assert.match(total.notes[0]!.reason, /inflate past 2 MiB in all/u)
})

test('boundStreams measures a damaged deflate stream by what inflates before the damage (as pdf.js reads it)', () => {
  const packed = deflateSync(cmap(['<0000> <3FFFFF> <0000>', ...Array.from({ length: 400 }, (_, i) => `<${(i * 2).toString(16).padStart(4, '0')}> <${(i * 2 + 1).toString(16).padStart(4, '0')}> <0041>`)]))
  // The checksum and the last bytes damaged: the map's start still inflates.
  const damaged = packed.slice()
  for (let i = damaged.length - 40; i < damaged.length; i++) damaged[i]! ^= 0x5a
  const bounded = boundStreams(withToUnicode(damaged))
  assert.equal(bounded.notes.length, 1)
  assert.match(bounded.notes[0]!.reason, /character map spans/u)
})

test('a PDF whose ToUnicode map is damaged is read, marked damaged, with a warning; its text comes through the font’s own encoding', async () => {
  const { record } = await extract(withToUnicode(deflateSync(cmap(['<0000> <FFFFFF> <0000>']))), { fileName: 'r.pdf' })
  assert.equal(record.title, '문자 매핑이 망가진 보도자료의 제목')
  assert.ok(record.text.includes('본문 문단은 그대로 읽힙니다'))
  assert.equal(record.source.damaged, true)
  assert.ok(record.messages.some((m) => m.ruleId === 'pdf-stream-dropped'), JSON.stringify(record.messages))
})

test('pool: a single job, isolated, runs on a worker under its time budget (in this thread it would have none)', async () => {
  const release = '보도자료\n\n고용노동부, 청년 일 경험 지원 확대\n\n□ 고용노동부는 청년 구직자에게 일 경험을 제공한다.\n'
  // Lines that differ (a number), so that the analyser's cache of recent lines cannot shorten the work.
  const lines = Array.from({ length: 30_000 }, (_, i) => `□ 고용노동부는 청년 구직자 ${i + 1}명에게 일 경험과 직업 훈련을 제공한다.\n`)
  const slow = { name: 'slow.txt', bytes: new TextEncoder().encode(`${release}${lines.join('')}`) }
  const results = []
  for await (const { result } of convertAll([slow], { jobs: 1, isolate: true, budget: { milliseconds: 1500, wallMilliseconds: 120_000, stallMilliseconds: 120_000, heapMb: 256 } })) results.push(result.ok ? 'ok' : result.error.code)
  assert.deepEqual(results, ['timeout'])
})

test('PDF cut short before its catalogue and page tree: the page objects left are read, in file order, with a warning', async () => {
  const whole = Buffer.from(makePdf([RELEASE, [run('둘째 쪽 본문 문단입니다', 760)]])).toString('latin1')
  // Cut inside the catalogue (written after the pages), so that no trailer or cross-reference is left.
  const cut = whole.slice(0, whole.indexOf('/Type /Catalog'))
  const { record } = await extract(new Uint8Array(Buffer.from(cut, 'latin1')), { fileName: 'r.pdf' })
  assert.equal(record.title, '문자 매핑이 망가진 보도자료의 제목')
  assert.ok(record.text.indexOf('본문 문단은 그대로') < record.text.indexOf('둘째 쪽 본문'))
  assert.equal(record.source.damaged, true)
  assert.ok(record.messages.some((m) => m.ruleId === 'pdf-page-tree-rebuilt' && /the 2 page objects/u.test(m.reason)), JSON.stringify(record.messages))
})

test('a PDF signature before random bytes is still refused as damaged (no page object to rebuild from)', async () => {
  const bytes = new Uint8Array(Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 251))]))
  await assert.rejects(extract(bytes, { fileName: 'r.pdf' }), (e: Error & { code?: string }) => e.code === 'damaged')
})
