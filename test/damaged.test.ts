/**
 * Damaged and hostile inputs: what can be read is read, with a warning for each repair and
 * `source.damaged`; what cannot is refused with a code, never an internal error; memory and
 * time stay bounded. The inputs are built here (and by fuzz/inputs.ts with a fixed seed).
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve, dirname } from 'node:path'
import { zipSync, strToU8 } from 'fflate'
import { extract, extractSync, BodoError } from '../src/index.js'
import { errors } from '../src/errors.js'
import { decode } from '../src/read/decode.js'
import { lenientXml, parseXmlSalvaging } from '../src/read/xml-salvage.js'
import { unzipEntries } from '../src/read/zip.js'
import { readHwpx } from '../src/read/hwpx.js'
import { readHwp } from '../src/read/hwp.js'
import { convertAll, type PoolStats } from '../src/batch/pool.js'
import { damagedInputs, hostileInputs, fixedHuffmanBomb, random } from '../fuzz/inputs.js'
import { outputName } from '../src/batch/inputs.js'
import { para, makeHwp } from './hwp-fixture.js'
import { makePdf } from './pdf-fixture.js'
import { errorCode, root } from './helpers.js'

const utf8 = (s: string) => new TextEncoder().encode(s)
const NS = 'xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section"'
const p = (text: string) => `<hp:p><hp:run><hp:t>${text}</hp:t></hp:run></hp:p>`
const section = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><hs:sec ${NS}>${body}</hs:sec>`
const hwpx = (xml: string | Uint8Array) => zipSync({ mimetype: strToU8('application/hwp+zip'), 'Contents/section0.xml': typeof xml === 'string' ? strToU8(xml) : xml })

const release = [
  '보도자료',
  '',
  '청년 일자리 지원을 크게 확대한다',
  '- 고용 대책 발표 -',
  '',
  '□ 고용노동부는 14일 청년 고용 대책을 발표했다.',
  '□ 이번 대책은 청년 구직자의 취업을 돕기 위한 것이다.',
  '',
  '담당 부서\t청년고용정책과\t책임자\t과장\t김철수\t044-202-1111'
].join('\n')
const TITLE = '청년 일자리 지원을 크게 확대한다'

test('salvage: a flipped byte reads as U+FFFD where it stands, with a warning naming its line', () => {
  const bytes = utf8(release)
  const at = bytes.indexOf(0xea, 60) // a byte of a Hangul syllable in the body
  const damaged = bytes.slice()
  damaged[at + 1] = 0x41
  const decoded = decode(damaged)
  assert.match(decoded.encoding, /^utf-8-repaired$/u)
  assert.ok(decoded.text.includes('\ufffd'))
  assert.match(decoded.notes![0]!.reason, /line \d+, column \d+/u)
  const { record } = extractSync(damaged, { fileName: 'r.txt' })
  assert.equal(record.title, TITLE)
  assert.equal(record.source.damaged, true)
  assert.ok(record.messages.some((m) => m.ruleId === 'encoding-repaired'))
})

test('salvage: CP949 text with damaged bytes is still read as CP949 (the encoding whose lines decode wins)', () => {
  // CP949 bytes from the decoder's own table (KS X 1001 syllables).
  const euc = new Map<string, number[]>()
  const decoder = new TextDecoder('euc-kr')
  for (let lead = 0xb0; lead <= 0xc8; lead++) for (let trail = 0xa1; trail <= 0xfe; trail++) euc.set(decoder.decode(new Uint8Array([lead, trail])), [lead, trail])
  const text = '청년 고용 대책 발표\n\n고용부는 청년 고용 대책을 발표했다\n이번 대책은 청년 취업을 돕는다\n'
  const bytes = Uint8Array.from([...text].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : euc.get(c) ?? [0x3f])))
  const damaged = bytes.slice()
  damaged[damaged.length - 5] = 0xff
  const decoded = decode(damaged)
  assert.equal(decoded.encoding, 'cp949-repaired')
  assert.ok(decoded.text.startsWith('청년 고용 대책 발표'))
})

test('salvage: a run of NUL bytes and a block of junk are dropped, each with its place; the title stays', () => {
  const more = Array.from({ length: 12 }, (_, i) => `□ 세부 과제 ${i + 1}: 청년 구직자에게 일 경험과 직업 훈련, 취업 상담을 함께 제공한다.`).join('\n')
  const bytes = utf8(`${release}\n${more}`)
  const at = Buffer.from(bytes).indexOf(utf8('□ 이번'))
  const rand = random(7)
  const junk = Uint8Array.from({ length: 4096 }, () => Math.floor(rand() * 256))
  const withJunk = new Uint8Array([...bytes.subarray(0, at), ...junk, ...bytes.subarray(at)])
  const read = extractSync(withJunk, { fileName: 'junk.txt' })
  assert.equal(read.record.title, TITLE)
  assert.ok(read.record.text.includes('□ 이번 대책은'))
  assert.ok(read.record.messages.some((m) => m.ruleId === 'junk-dropped' && /line \d+/u.test(m.reason)))
  const zeroed = bytes.slice()
  zeroed.fill(0, at, at + 40)
  const decoded = decode(zeroed)
  assert.ok(!decoded.text.includes('\u0000'))
  assert.ok(decoded.notes!.some((n) => /a run of \d+ NUL bytes at line 7/u.test(n.reason)), JSON.stringify(decoded.notes))
})

test('salvage: text that is mostly junk is refused (binary), never read as a release', () => {
  const rand = random(3)
  const noise = Uint8Array.from({ length: 20_000 }, () => Math.floor(rand() * 256))
  assert.equal(errorCode(() => decode(new Uint8Array([...utf8('보도자료\n'), ...noise]))), 'binary')
})

test('XML salvage: a broken tag is skipped and the paragraphs after it are read; entities still refused', () => {
  const xml = section(`${p('첫째 문단')}<hp:p><hp:run><hp:t 첫째">둘째 문단</hp:t></hp:run></hp:p>${p('셋째 문단')}<hp:p><hp:run><hp:t>넷째`)
  const { tree, notes } = parseXmlSalvaging(utf8(xml), 'Contents/section0.xml')
  const texts: string[] = []
  const walk = (n: { type: string; value?: string; children?: unknown[] }) => {
    if (n.type === 'text') texts.push(n.value!)
    for (const c of (n.children ?? []) as Array<typeof n>) walk(c)
  }
  walk(tree)
  assert.deepEqual(texts.filter((t) => t.trim()), ['첫째 문단', '둘째 문단', '셋째 문단', '넷째'])
  assert.match(notes[0]!.reason, /section0\.xml is not well-formed at line 1, column \d+/u)
  assert.equal(errorCode(() => parseXmlSalvaging(utf8('<!DOCTYPE x [<!ENTITY a "b">]><x>&a;<y></x>'), 's.xml')), 'damaged')
  // Nesting thousands deep (unclosed) does not recurse.
  const deep = lenientXml(`<a>${'<b>'.repeat(100_000)}x`)
  assert.ok(deep.repairs > 0)
})

test('HWPX: a damaged section in an intact zip gives a record with a warning and source.damaged', () => {
  const body = [p('보도자료'), p(TITLE), p('- 고용 대책 발표 -'), p('□ 고용노동부는 14일 청년 고용 대책을 발표했다.'), p('□ 이번 대책은 청년 구직자의 취업을 돕기 위한 것이다.')].join('')
  // A tag that does not close where it should, and a byte that is not UTF-8.
  const broken = utf8(section(body).replace('<hp:run><hp:t>□ 고용', '<hp:run<hp:t>□ 고용'))
  broken[Buffer.from(broken).indexOf(utf8('이번')) + 1] = 0xff
  const { record, messages } = extractSync(hwpx(broken), { fileName: 'd.hwpx' })
  assert.equal(record.title, TITLE)
  assert.equal(record.source.damaged, true)
  assert.ok(messages.some((m) => m.ruleId === 'xml-salvaged'))
  assert.ok(record.text.includes('취업을 돕기'), 'the paragraph after the damage is read')
})

test('zip: a truncated archive is read from its local headers; an entry cut short keeps what inflated', () => {
  const body = Array.from({ length: 200 }, (_, i) => p(`문단 ${i} 청년 고용 대책의 세부 내용입니다`)).join('')
  const archive = zipSync({ mimetype: strToU8('application/hwp+zip'), 'Contents/section0.xml': strToU8(section(p(TITLE) + body)) }, { level: 6 })
  const cut = archive.subarray(0, Math.floor(archive.length * 0.6))
  const { entries, notes } = unzipEntries(cut, () => true)
  assert.ok(notes.some((n) => /central directory is missing/u.test(n.reason)))
  assert.ok(notes.some((n) => /section0\.xml is (?:cut short|damaged)/u.test(n.reason)))
  assert.ok(new TextDecoder().decode(entries.get('Contents/section0.xml')).includes(TITLE))
  const doc = readHwpx(cut)
  assert.ok(doc.text.startsWith(TITLE))
  assert.ok(doc.text.includes('문단 10 '))
})

test('zip bombs: by size (at 159:1, under the ratio cap), by ratio and by entry count are stopped early, memory bounded', () => {
  const inputs = hostileInputs(1, undefined, 0.01).filter((i) => i.kind.startsWith('zip-bomb'))
  assert.equal(inputs.length, 3)
  for (const input of inputs) {
    const before = process.memoryUsage().arrayBuffers
    const started = performance.now()
    assert.equal(errorCode(() => readHwpx(input.bytes)), 'zip-bomb', input.kind)
    assert.ok(performance.now() - started < 5000, `${input.kind} stopped in time`)
    assert.ok(process.memoryUsage().arrayBuffers - before < 200 * 1024 * 1024, `${input.kind} stayed bounded`)
  }
  assert.equal(fixedHuffmanBomb(258 * 10 + 1).length, Math.ceil((3 + 8 + 10 * 13 + 7) / 8) + 1)
})

test('HWP: a damaged record is skipped and reading resumes at the next paragraph', () => {
  const garbage = new Uint8Array(37).fill(0xee)
  const file = makeHwp([...para(0, '첫째 문단입니다'), garbage, ...para(0, '둘째 문단입니다'), ...para(0, '셋째 문단입니다')])
  const doc = readHwp(file)
  assert.ok(doc.text.includes('첫째 문단입니다'))
  assert.ok(doc.text.includes('둘째 문단입니다'))
  assert.ok(doc.text.includes('셋째 문단입니다'))
  assert.ok(doc.notes.some((n) => /section0: a damaged record at byte \d+/u.test(n.reason)))
})

test('hostile: huge lines, a million lines, deep nesting, random bytes behind signatures — each refused or read, with a code', async () => {
  for (const input of hostileInputs(2, undefined, 0.01).filter((i) => !i.kind.startsWith('zip-bomb'))) {
    const outcome = await extract(input.bytes, { fileName: input.name }).then(
      () => 'record',
      (e: unknown) => (e instanceof BodoError ? e.code : `internal: ${(e as Error).message}`)
    )
    assert.ok(outcome === 'record' || outcome in errors, `${input.name}: ${outcome}`)
    assert.notEqual(outcome, 'internal', input.name)
  }
})

test('seeded subset of damaged releases (~100): no internal error, no stack; titles kept where damage is light', async () => {
  const folder = join(root, 'samples')
  const sources = readdirSync(folder).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(folder, name))) }))
  const inputs = [1, 2, 3, 4, 5].flatMap((seed) => damagedInputs(sources, seed)).filter((i) => i.group === 'damaged')
  assert.ok(inputs.length >= 100, `${inputs.length} inputs`)
  const titles = new Map<string, string | null>()
  for (const s of sources) titles.set(s.name, (await extract(s.bytes, { fileName: s.name })).record.title)
  let light = 0
  let kept = 0
  for (const input of inputs) {
    let title: string | null = null
    try {
      const { record } = await extract(input.bytes, { fileName: input.name })
      title = record.title
    } catch (e) {
      assert.ok(e instanceof BodoError, `${input.name}: ${(e as Error).stack}`)
      assert.notEqual(e.code, 'internal')
      assert.doesNotMatch(e.message, /\n\s+at /u)
    }
    if (input.kind === 'flip' && input.damage!.share <= 0.005) {
      light++
      const intact = titles.get(input.source!)!
      if (title === intact || (title !== null && title.replace(/\ufffd+/gu, '').length >= intact.length - 6 && intact.startsWith(title.slice(0, 2)))) kept++
    }
  }
  assert.ok(light >= 10)
  assert.ok(kept >= 0.9 * light, `${kept}/${light} titles kept`)
})

test('pool: an input past its time budget ends only its worker, which is replaced; the run goes on in order', async () => {
  const small = { name: 'small.txt', bytes: utf8(release) }
  // 30,000 body lines take some 5 s of CPU, a small release some 100 ms (with its worker's warm-up).
  // Each line differs (a number), so that the analyser's cache of recent lines cannot shorten it.
  const lines = Array.from({ length: 30_000 }, (_, i) => `□ 고용노동부는 청년 구직자 ${i + 1}명에게 일 경험과 직업 훈련을 제공한다.\n`)
  const slow = { name: 'slow.txt', bytes: utf8(`${release}\n${lines.join('')}`) }
  const stats: PoolStats = { workers: [], replaced: 0 }
  const results = []
  for await (const { input, result } of convertAll([small, slow, small], { jobs: 2, stats, budget: { milliseconds: 1500, wallMilliseconds: 120_000, stallMilliseconds: 120_000, heapMb: 320 } })) results.push([input.name, result.ok ? 'ok' : result.error.code])
  assert.deepEqual(results, [
    ['small.txt', 'ok'],
    ['slow.txt', 'timeout'],
    ['small.txt', 'ok']
  ])
  assert.ok(stats.replaced >= 1)
})

test('PDF: a page whose dictionary is damaged is skipped with a warning naming it; the pages before it are read', async () => {
  const run = (text: string, y: number) => ({ x: 72, y, size: 12, text })
  const whole = makePdf([[run('보도자료', 800), run('첫째 쪽에 선 보도자료의 제목', 760), run('□ 첫째 쪽의 본문 문단입니다', 700)], [run('둘째 쪽 본문입니다', 760)]])
  const latin = Buffer.from(whole).toString('latin1')
  // The second page object's dictionary overwritten by a number of the same length (offsets kept).
  const second = [...latin.matchAll(/<< \/Type \/Page \/Parent[^\n]*>>/gu)][1]!
  const broken = latin.slice(0, second.index) + '42'.padEnd(second[0].length, ' ') + latin.slice(second.index! + second[0].length)
  const { record } = await extract(new Uint8Array(Buffer.from(broken, 'latin1')), { fileName: 'r.pdf' })
  assert.equal(record.title, '첫째 쪽에 선 보도자료의 제목')
  assert.ok(!record.text.includes('둘째 쪽'))
  assert.equal(record.source.damaged, true)
  assert.ok(record.messages.some((m) => m.ruleId === 'pdf-page-skipped' && /page 2/u.test(m.reason)), JSON.stringify(record.messages))
})

test('names with .. write nothing outside the output folder (output names are base names)', () => {
  for (const name of ['../../etc/passwd.md', 'a/../../b.txt', '..', '..hidden.md', 'x/..']) {
    const target = resolve('/out', `${outputName(name)}.json`)
    assert.equal(dirname(target), resolve('/out'), name)
  }
})
