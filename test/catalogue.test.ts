/**
 * The catalogue: terms cut with bodo's morphology, the suffix rules the page strips a query
 * word with, incremental builds, and the search page in a real browser (Debian's Chromium
 * driven by playwright-core) over the corpus and a few composed releases.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { createAnalyzer } from '../src/morph/index.js'
import { createCutter, shippedRules } from '../src/catalogue/terms.js'
import { emptyCatalogue, fixReadings, readCatalogue, termHash } from '../src/catalogue/index.js'
import { startCatalogue } from '../src/catalogue/run.js'
import { serveFolder } from '../src/catalogue/serve.js'
import { writeReleasePage } from '../src/review/site.js'
import type { PressRelease } from '../src/schema/record.js'
import { corpus, hasShared, root, run } from './helpers.js'

const CHROMIUM = '/usr/bin/chromium'
const noBrowser = existsSync(CHROMIUM) ? false : 'skipped: Debian chromium is not installed (apt-get install chromium fonts-nanum)'
const shots = join(root, 'test', 'output')

/** Composed releases: a name, inflected words that never stand bare, two issuers. */
const FIXTURES: Array<[string, string]> = [
  [
    'fx-forum.txt',
    '해양 안전 포럼 개최\n\n□ 해양수산부(장관 가나다)는 6월 3일 부산에서 해양 안전 포럼을 개최했다고 밝혔다.\n\n□ 포럼에는 어민 대표들이 참석하였다.\n'
  ],
  [
    'fx-plan.txt',
    '농촌 일자리 대책 발표\n\n□ 농림축산식품부는 농촌 청년의 일자리를 늘리는 대책을 마련하였다고 밝혔다.\n\n□ 장관은 “현장의 목소리를 듣겠다”라고 말했다.\n'
  ],
  ['fx-latin.txt', '디지털 전환 지원 사업 공모\n\n□ 과학기술정보통신부는 COVID-19 이후 SW 기업의 디지털 전환을 지원하는 사업을 공모한다.\n\n□ 서울에서 설명회를 연다.\n']
]

test('terms: nouns without particles, verb stems, Latin words and numbers as written', () => {
  const cutter = createCutter(createAnalyzer())
  assert.ok(cutter.terms('장관은').includes('장관'))
  assert.ok(!cutter.terms('장관은').includes('장관은'))
  const held = cutter.terms('개최한다')
  assert.ok(held.includes('개최') && cutter.terms('개최했다').includes('개최'))
  assert.ok(cutter.terms('밝혔다').includes('밝히'), 'a contracted verb gives its stem')
  assert.deepEqual(cutter.terms('COVID-19'), ['covid-19', 'covid', '19'])
  assert.ok(cutter.terms('보건복지부장관은').includes('보건복지부장관'), 'a noun run is a term')
  const rules = new Map(shippedRules(cutter.rules(), 1).map(([e, r]) => [e, r]))
  assert.equal(rules.get('은'), '')
  assert.equal(rules.get('혔다'), '히')
})

test('a word the rules would read as another stem is written down with its own', () => {
  const cat = emptyCatalogue()
  for (const term of ['위', '위하', '개최']) cat.postings.set(term, [[0], [1]])
  cat.rules = new Map([
    ['한\t', 5],
    ['한\t하', 2]
  ])
  assert.equal(fixReadings(cat, new Map([['위한', '위하'], ['개최한', '개최']])), 1)
  assert.deepEqual([...cat.fixed], [['위한', '위하']])
  assert.equal(termHash('a'), 0xe40c292c, 'FNV-1a')
})

async function fixtureRecords(): Promise<Array<{ record: PressRelease; page: string }>> {
  return FIXTURES.map(([name, text]) => ({ record: run(text, name).record, page: name.replace('.txt', '.html') }))
}

test('a second run indexes only the new releases and keeps the old ids', async () => {
  const out = mkdtempSync(join(tmpdir(), 'bodo-cat-'))
  const [a, b, c] = await fixtureRecords()
  let build = await startCatalogue(out)
  build.add(a!.record, a!.page)
  build.add(b!.record, b!.page)
  assert.equal((await build.finish()).added, 2)
  const first = await readCatalogue(out)
  build = await startCatalogue(out)
  build.add(b!.record, b!.page)
  build.add(c!.record, c!.page)
  const second = await build.finish()
  assert.deepEqual([second.added, second.total], [1, 3])
  const after = await readCatalogue(out)
  assert.deepEqual(after.docs.slice(0, 2), first.docs)
  assert.deepEqual(after.postings.get('포럼')?.[0], first.postings.get('포럼')?.[0])
  assert.deepEqual(after.postings.get('covid')?.[0], [2])
  assert.equal(after.facets.issuer['해양수산부'], 1)
})

/** A served catalogue site of the corpus releases and the fixtures. */
async function site(): Promise<{ dir: string; records: Array<{ record: PressRelease; page: string }> }> {
  const dir = mkdtempSync(join(tmpdir(), 'bodo-cat-site-'))
  const records = await fixtureRecords()
  if (hasShared) {
    const docs = join(corpus, 'docs')
    for (const f of readdirSync(docs).sort()) {
      const { extract } = await import('../src/index.js')
      const { record } = await extract(readFileSync(join(docs, f)), { fileName: f })
      records.push({ record, page: `${f.replace(/\.[^.]+$/u, '')}.html` })
    }
  }
  const build = await startCatalogue(dir)
  for (const r of records) {
    await writeReleasePage(r, dir)
    build.add(r.record, r.page)
  }
  await build.finish()
  return { dir, records }
}

/** Watch a page for console errors and requests that leave the served folder. */
function watch(page: Page, origin: string) {
  const problems: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
  page.on('request', (r) => {
    if (!r.url().startsWith(origin)) problems.push(`request: ${r.url()}`)
  })
  return problems
}

async function search(page: Page, q: string): Promise<string[]> {
  await page.fill('#q', q)
  await page.waitForFunction((q) => document.querySelector('#results')?.getAttribute('data-query') === q, q)
  return page.locator('#results li a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))
}

test('the search page finds releases by words, stems, names and facets', { skip: noBrowser, timeout: 300_000 }, async () => {
  const { dir, records } = await site()
  const { server, url } = await serveFolder(dir, 0)
  let browser: Browser | null = null
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] })
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } })
    const problems = watch(page, url)
    await page.goto(url)
    await page.waitForSelector('body[data-ready]')
    assert.equal(await page.locator('input[type="search"]').count(), 1)

    // A release's own title finds it first.
    const target = records.find((r) => r.page.startsWith('fx-forum'))!
    assert.equal((await search(page, target.record.title))[0], target.page)
    if (hasShared) {
      const doc = records.find((r) => !r.page.startsWith('fx-') && r.record.title.length > 12)!
      assert.equal((await search(page, doc.record.title))[0], doc.page, doc.record.title)
    }

    // Inflected words from another form: 개최한다 finds 개최했다, 밝힌 finds 밝혔다, 장관 finds 장관은.
    assert.ok((await search(page, '해양 개최한다')).includes('fx-forum.html'))
    assert.ok((await search(page, '목소리 장관')).includes('fx-plan.html'))
    assert.ok((await search(page, '해양 포럼에서')).includes('fx-forum.html'), 'a particle the text does not use')
    assert.ok((await search(page, 'covid')).includes('fx-latin.html'), 'Latin as written, any case')
    const marks = await page.locator('#results li mark').allInnerTexts()
    assert.ok(marks.some((m) => /covid/iu.test(m)), 'the match is highlighted')
    assert.deepEqual(await search(page, '없는낱말이다'), [])

    // A participant's name finds their releases.
    const withPerson = records.find((r) => r.record.events.some((e) => e.participants.some((p) => p.name && p.name.length >= 3)))
    if (withPerson) {
      const name = withPerson.record.events.flatMap((e) => e.participants).find((p) => p.name && p.name.length >= 3)!.name!
      assert.ok((await search(page, name)).includes(withPerson.page), name)
    }

    // A facet narrows the results.
    const all = await search(page, '밝혔다')
    await page.selectOption('#f-issuer', '해양수산부')
    await page.waitForFunction(() => document.querySelector('#results')?.getAttribute('data-query') === '밝혔다')
    const narrowed = await page.locator('#results li a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))
    assert.ok(narrowed.length > 0 && narrowed.length < all.length, `${narrowed.length} of ${all.length}`)
    assert.ok(narrowed.includes('fx-forum.html'))
    for (const meta of await page.locator('#results .result-meta').allInnerTexts()) assert.match(meta, /해양수산부/u)
    await page.selectOption('#f-issuer', '')

    // Results are links a keyboard reaches.
    await search(page, '밝혔다')
    await page.focus('#q')
    let reached = false
    for (let i = 0; i < 30 && !reached; i++) {
      await page.keyboard.press('Tab')
      reached = await page.evaluate(() => document.activeElement?.closest('#results') !== null)
    }
    assert.ok(reached, 'Tab reaches the results')
    mkdirSync(shots, { recursive: true })
    await search(page, '장관 개최')
    await page.screenshot({ path: join(shots, 'catalogue-results.png') })

    // A result's link opens its release page.
    await page.locator('#results li a').first().click()
    await page.waitForSelector('.doc-text')
    assert.deepEqual(problems, [])
  } finally {
    await browser?.close()
    server.close()
  }
})

test('from disk the search page says how to serve it, and release pages still open', { skip: noBrowser, timeout: 120_000 }, async () => {
  const out = mkdtempSync(join(tmpdir(), 'bodo-cat-disk-'))
  const [a] = await fixtureRecords()
  const build = await startCatalogue(out)
  await writeReleasePage(a!, out)
  build.add(a!.record, a!.page)
  await build.finish()
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] })
  try {
    const page = await browser.newPage()
    const problems: string[] = []
    page.on('pageerror', (e) => problems.push(e.message))
    await page.goto(pathToFileURL(join(out, 'index.html')).href)
    await page.waitForFunction(() => /bodo serve/u.test(document.querySelector('#status')?.textContent ?? ''))
    await page.goto(pathToFileURL(join(out, a!.page)).href)
    assert.ok((await page.locator('.doc-text').innerText()).includes('해양 안전 포럼'))
    assert.deepEqual(problems, [])
  } finally {
    await browser.close()
  }
})

// Keep the committed screenshot of the README in step when asked to.
if (process.env.BODO_DOCS_SHOT === '1') test.after(() => copyFileSync(join(shots, 'catalogue-results.png'), join(root, 'docs', 'catalogue-results.png')))
