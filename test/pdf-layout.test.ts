/**
 * PDF pages rebuilt into the tree the HWPX reader gives: ruled tables and boxes from the
 * page's drawing, cells bounded only by Hancom's clips, wrapped lines rejoined, 2-up pages;
 * HWPX paragraph bullets, so that both formats of one release read alike.
 * Every PDF here is composed by the test (test/pdf-fixture.ts).
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { makePdf, table, type Run } from './pdf-fixture.js'
import { readPdf } from '../src/read/pdf.js'
import { extract } from '../src/index.js'
import { readHwpx } from '../src/read/hwpx.js'
import { zipSync, strToU8 } from 'fflate'

const lines = (text: string) => text.split('\n')

test('PDF: a ruled contacts table gives one tab row per grid row, a cell spanning rows leaving empty cells', async () => {
  const contacts = table({ x: 60, y: 500 }, [60, 90, 50, 40, 50, 110], [20, 20, 20], [
    { row: 0, col: 0, rowSpan: 3, lines: ['담당 부서'] },
    { row: 0, col: 1, rowSpan: 3, lines: ['시험정책관', '시험제도과'] },
    { row: 0, col: 2, lines: ['책임자'] },
    { row: 0, col: 3, lines: ['과장'] },
    { row: 0, col: 4, lines: ['김철수'] },
    { row: 0, col: 5, lines: ['(044-200-1000)'] },
    { row: 1, col: 2, rowSpan: 2, lines: ['담당자'] },
    { row: 1, col: 3, lines: ['사무관'] },
    { row: 1, col: 4, lines: ['이영희'] },
    { row: 1, col: 5, lines: ['(044-200-1001)'] },
    { row: 2, col: 3, lines: ['주무관'] },
    { row: 2, col: 4, lines: ['박민수'] },
    { row: 2, col: 5, lines: ['(044-200-1002)'] }
  ])
  const doc = await readPdf(makePdf([{ runs: [{ x: 60, y: 560, size: 11, text: '□ 본문 한 줄.' }, ...contacts.runs], paths: contacts.paths }]))
  assert.deepEqual(lines(doc.text).filter((l) => l.includes('\t')), [
    '담당 부서\t시험정책관 시험제도과\t책임자\t과장\t김철수\t(044-200-1000)',
    '\t\t담당자\t사무관\t이영희\t(044-200-1001)',
    '\t\t\t주무관\t박민수\t(044-200-1002)'
  ])
})

test('PDF: cells bounded only by clips (borders not drawn) are cells all the same; the same text without them is one line', async () => {
  const cells = [
    { row: 0, col: 0, lines: ['보도시점'] },
    { row: 0, col: 1, lines: ['2025. 3. 14.(금) 12:00'] },
    { row: 0, col: 2, lines: ['배포'] },
    { row: 0, col: 3, lines: ['2025. 3. 13.(목)'] }
  ]
  // Columns as wide as their text: without the clips the gaps are word gaps.
  const header = table({ x: 60, y: 700 }, [44, 222, 24, 160], [20], cells, 'clip')
  const clipped = await readPdf(makePdf([{ runs: header.runs, paths: header.paths }]))
  assert.ok(lines(clipped.text).includes('보도시점\t2025. 3. 14.(금) 12:00\t배포\t2025. 3. 13.(목)'), clipped.text)
  const bare = await readPdf(makePdf([header.runs]))
  assert.ok(bare.text.includes('보도시점 2025.'), bare.text)
})

test('PDF: a title box stands apart from the line above that runs to the edge; its subtitles stay one line each', async () => {
  const box = table({ x: 60, y: 700 }, [470], [60], [{ row: 0, col: 0, lines: ['시험 제도 전면 시행', '- 첫째 부제 -', '- 둘째 부제 -'] }])
  const runs: Run[] = [{ x: 60, y: 740, size: 8, text: '보도시점 : 2025. 3. 14.(금) 12:00 / 배포 : 2025. 3. 13.(목) 오후 / 시험부 대변인실' }, ...box.runs]
  const doc = await readPdf(makePdf([{ runs, paths: box.paths }]))
  const text = lines(doc.text)
  const at = text.indexOf('시험 제도 전면 시행')
  assert.ok(at > 0, doc.text)
  assert.deepEqual(text.slice(at, at + 3), ['시험 제도 전면 시행', '- 첫째 부제 -', '- 둘째 부제 -'])
  assert.ok(text.slice(0, at).filter((l) => l !== '').at(-1)!.startsWith('보도시점 :'), `the header line is not joined to the title: ${doc.text}`)
})

test('PDF: two tables touching read as one frame, a row one cell wide is a box: its lines are lines, the header row keeps its own columns', async () => {
  const frame = table({ x: 60, y: 700 }, [60, 150, 60, 200], [20, 40], [
    { row: 0, col: 0, lines: ['보도시점'] },
    { row: 0, col: 1, lines: ['즉시'] },
    { row: 0, col: 2, lines: ['배포'] },
    { row: 0, col: 3, lines: ['2025. 3. 13.(목)'] },
    { row: 1, col: 0, colSpan: 4, lines: ['시험 제도', '전면 시행'] }
  ])
  const doc = await readPdf(makePdf([{ runs: frame.runs, paths: frame.paths }]))
  assert.deepEqual(lines(doc.text).slice(0, 3), ['보도시점\t즉시\t배포\t2025. 3. 13.(목)', '시험 제도', '전면 시행'])
})

test('PDF: a line that stops short only because the next word would not fit goes on; one that stops with room ends its paragraph', async () => {
  const size = 10
  const runs: Run[] = [
    // A word-wrapped line: 44 characters (440 pt wide from x 60, to 500) before a 10-character first word.
    { x: 60, y: 700, size, text: '□ 시험부는 새 제도를 오늘부터 전국에서 시행한다고 밝혔으며 이번 제도의 적용 대상은' },
    { x: 60, y: 686, size, text: '(’25~’26)년 기간의 모든 지역이다.' },
    { x: 60, y: 672, size, text: '□ 시험부는 이번 제도의 적용 범위와 기간을 올해 말까지 지역별로 차례로 넓혀 나갈 계획이며' },
    { x: 60, y: 658, size, text: '짧게 끝난다.' },
    { x: 60, y: 644, size, text: '다음 문단은 새로 시작한다.' }
  ]
  const doc = await readPdf(makePdf([runs]))
  const text = lines(doc.text)
  assert.ok(text.includes('□ 시험부는 새 제도를 오늘부터 전국에서 시행한다고 밝혔으며 이번 제도의 적용 대상은 (’25~’26)년 기간의 모든 지역이다.'), doc.text)
  assert.ok(text.includes('짧게 끝난다.') || text.some((l) => l.endsWith('계획이며 짧게 끝난다.')), doc.text)
  assert.ok(text.includes('다음 문단은 새로 시작한다.'), 'a short line ends its paragraph')
})

test('PDF: a bracketed label after a sentence opens a line', async () => {
  const size = 10
  const runs: Run[] = [
    { x: 60, y: 700, size, text: '□ 시험부는 새 제도를 오늘부터 전국에서 시행한다고 밝혔으며 모든 지역에서 함께 시행한다.' },
    { x: 60, y: 686, size, text: '(지원 내용) 지역별로 차례로 넓혀 나간다.' }
  ]
  const doc = await readPdf(makePdf([runs]))
  assert.ok(lines(doc.text).includes('(지원 내용) 지역별로 차례로 넓혀 나간다.'), doc.text)
})

test('PDF: a landscape page holding two pages side by side is read left half, then right half', async () => {
  const half = (x: number, first: string): Run[] =>
    Array.from({ length: 12 }, (_, i) => ({ x, y: 520 - i * 30, size: 10, text: i === 0 ? first : `${first}의 ${i + 1}번째 줄이다.` }))
  const doc = await readPdf(makePdf([{ runs: [...half(40, '왼쪽 쪽'), ...half(460, '오른쪽 쪽')], width: 842, height: 595 }]))
  const text = doc.text
  assert.ok(text.indexOf('왼쪽 쪽의 12번째 줄이다.') < text.indexOf('오른쪽 쪽'), text)
  assert.ok(!/왼쪽 쪽[^\n]*오른쪽/u.test(text), 'no line mixes the two halves')
})

test('PDF → record: the title box, the clipped header and the ruled contacts table give the record the HWPX gives', async () => {
  const header = table({ x: 60, y: 760 }, [50, 230, 30, 170], [20], [
    { row: 0, col: 0, lines: ['보도시점'] },
    { row: 0, col: 1, lines: ['2025. 3. 14.(금) 12:00'] },
    { row: 0, col: 2, lines: ['배포'] },
    { row: 0, col: 3, lines: ['2025. 3. 13.(목)'] }
  ], 'clip')
  const box = table({ x: 60, y: 720 }, [470], [60], [{ row: 0, col: 0, lines: ['시험 제도를 전국에서', '전면 시행한다', '- 올해 말까지 모든 지역 -'] }])
  const contacts = table({ x: 60, y: 500 }, [60, 90, 50, 40, 50, 110], [20, 20], [
    { row: 0, col: 0, rowSpan: 2, lines: ['담당 부서'] },
    { row: 0, col: 1, rowSpan: 2, lines: ['시험제도과'] },
    { row: 0, col: 2, lines: ['책임자'] },
    { row: 0, col: 3, lines: ['과장'] },
    { row: 0, col: 4, lines: ['김철수'] },
    { row: 0, col: 5, lines: ['(044-200-1000)'] },
    { row: 1, col: 2, lines: ['담당자'] },
    { row: 1, col: 3, lines: ['사무관'] },
    { row: 1, col: 4, lines: ['이영희'] },
    { row: 1, col: 5, lines: ['(044-200-1001)'] }
  ])
  const runs: Run[] = [
    { x: 260, y: 800, size: 16, text: '보도자료' },
    ...header.runs,
    ...box.runs,
    { x: 60, y: 620, size: 11, text: '□ 교육부(장관 홍길동)는 새 제도를 오늘부터 전국에서 시행한다고 밝혔다.' },
    ...contacts.runs
  ]
  const { record } = await extract(makePdf([{ runs, paths: [...header.paths, ...box.paths, ...contacts.paths] }]), { fileName: 'r.pdf' })
  assert.equal(record.title, '시험 제도를 전국에서 전면 시행한다')
  assert.deepEqual(record.subtitles, ['올해 말까지 모든 지역'])
  assert.equal(record.release.embargo, '2025-03-14T12:00:00+09:00')
  assert.deepEqual(record.contacts.map((c) => [c.role, c.position, c.name, c.phone]), [
    ['책임자', '과장', '김철수', '044-200-1000'],
    ['담당자', '사무관', '이영희', '044-200-1001']
  ])
})

test('HWPX and PDF of one release read alike: subtitles set as bullets (글머리표) of their paragraph shape get their "-"', async () => {
  const NS = 'xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head"'
  const p = (text: string, shape = '0') => `<hp:p paraPrIDRef="${shape}"><hp:run><hp:t>${text}</hp:t></hp:run></hp:p>`
  const header = `<?xml version="1.0" encoding="UTF-8"?><hh:head ${NS}><hh:refList><hh:bullets itemCnt="2"><hh:bullet id="1" char="-" useImage="0"/><hh:bullet id="2" char="\u{f0a7}" useImage="0"/></hh:bullets><hh:paraProperties itemCnt="3"><hh:paraPr id="0"><hh:heading type="NONE" idRef="0" level="0"/></hh:paraPr><hh:paraPr id="7"><hh:heading type="BULLET" idRef="1" level="0"/></hh:paraPr><hh:paraPr id="8"><hh:heading type="BULLET" idRef="2" level="0"/></hh:paraPr></hh:paraProperties></hh:refList></hh:head>`
  const section = [
    p('보도자료'),
    p('보도시점 : 2025. 3. 14.(금) 12:00 / 배포 : 2025. 3. 13.(목)'),
    p('시험 제도를 전국에서'),
    p('전면 시행한다'),
    p('올해 말까지 모든 지역에 적용', '7'),
    p('지역별 설명회도 연다', '7'),
    p('', '0'),
    p('□ 교육부(장관 홍길동)는 새 제도를 오늘부터 시행한다고 밝혔다.', '8')
  ].join('')
  const hwpx = zipSync({
    mimetype: strToU8('application/hwp+zip'),
    'Contents/header.xml': strToU8(header),
    'Contents/section0.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><hs:sec ${NS}>${section}</hs:sec>`)
  })
  const text = readHwpx(hwpx).text
  assert.ok(text.includes('전면 시행한다\n- 올해 말까지 모든 지역에 적용\n- 지역별 설명회도 연다'), text)
  assert.ok(text.includes('\n□ 교육부'), 'a bullet in a symbol font (private use) is left out')
  const runs: Run[] = [
    { x: 260, y: 800, size: 16, text: '보도자료' },
    { x: 60, y: 770, size: 10, text: '보도시점 : 2025. 3. 14.(금) 12:00 / 배포 : 2025. 3. 13.(목)' }
  ]
  const box = table({ x: 60, y: 740 }, [470], [80], [{ row: 0, col: 0, lines: ['시험 제도를 전국에서', '전면 시행한다', '- 올해 말까지 모든 지역에 적용', '- 지역별 설명회도 연다'] }])
  runs.push(...box.runs, { x: 60, y: 620, size: 11, text: '□ 교육부(장관 홍길동)는 새 제도를 오늘부터 시행한다고 밝혔다.' })
  const fromHwpx = (await extract(hwpx, { fileName: 'r.hwpx' })).record
  const fromPdf = (await extract(makePdf([{ runs, paths: box.paths }]), { fileName: 'r.pdf' })).record
  assert.deepEqual([fromPdf.title, fromPdf.subtitles], [fromHwpx.title, fromHwpx.subtitles])
  assert.deepEqual(fromHwpx.subtitles, ['올해 말까지 모든 지역에 적용', '지역별 설명회도 연다'])
})
