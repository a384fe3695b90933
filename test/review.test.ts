/**
 * The review site in a real browser (Debian's Chromium driven by playwright-core): every page
 * opens without console errors or network requests, clicking any value selects exactly its
 * span, and markup inside a release is shown as text and never run.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { extract } from '../src/index.js'
import { writeSite, type SiteEntry } from '../src/review/site.js'
import { outputName } from '../src/batch/inputs.js'
import { corpus, hasShared, root } from './helpers.js'

const CHROMIUM = '/usr/bin/chromium'
const noBrowser = existsSync(CHROMIUM) ? false : 'skipped: Debian chromium is not installed (apt-get install chromium fonts-nanum)'
const shots = join(root, 'test', 'output')

async function browser(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'bodo-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 900 }
  })
}

/** Watch a page for console errors, page errors, dialogs and requests that leave the disk. */
function watch(page: Page) {
  const problems: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`)
    void d.dismiss()
  })
  page.on('request', (r) => {
    if (!r.url().startsWith('file:')) problems.push(`request: ${r.url()}`)
  })
  return problems
}

async function site(files: string[]): Promise<{ dir: string; entries: SiteEntry[] }> {
  const entries: SiteEntry[] = []
  for (const f of files) {
    const { record } = await extract(readFileSync(f), { fileName: f })
    entries.push({ record, page: `${outputName(f)}.html` })
  }
  const dir = mkdtempSync(join(tmpdir(), 'bodo-site-'))
  await writeSite(entries, dir)
  return { dir, entries }
}

test('every page opens cleanly and every value selects its own span', { skip: noBrowser, timeout: 300_000 }, async () => {
  const files = hasShared ? readdirSync(join(corpus, 'docs')).map((f) => join(corpus, 'docs', f)) : readdirSync(join(root, 'samples')).map((f) => join(root, 'samples', f))
  const { dir, entries } = await site(files)
  const context = await browser()
  try {
    const page = await context.newPage()
    const problems = watch(page)
    await page.goto(pathToFileURL(join(dir, 'index.html')).href)
    assert.equal(await page.locator('tbody tr').count(), entries.length)
    await page.fill('#filter', entries[0]!.record.title.slice(0, 6))
    assert.ok((await page.locator('tbody tr:not([hidden])').count()) < entries.length, 'the filter hides rows')
    mkdirSync(shots, { recursive: true })
    await page.screenshot({ path: join(shots, 'review-index.png') })
    let checked = 0
    for (const { record, page: name } of entries) {
      await page.goto(pathToFileURL(join(dir, name)).href)
      // A real click on the first values, then every value clicked in the page.
      const first = page.locator('button[data-start]').first()
      if ((await first.count()) > 0) {
        await first.click()
        const start = Number(await first.getAttribute('data-start'))
        const end = Number(await first.getAttribute('data-end'))
        assert.equal(await page.evaluate(() => window.getSelection()!.toString()), record.text.slice(start, end), `${name}: first value`)
      }
      const results = await page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLButtonElement>('button[data-start]')).map((b) => {
          b.click()
          return { start: Number(b.dataset.start), end: Number(b.dataset.end), shown: b.textContent ?? '', selected: window.getSelection()!.toString() }
        })
      )
      for (const r of results) {
        assert.equal(r.selected, record.text.slice(r.start, r.end), `${name}: [${r.start}, ${r.end})`)
        checked++
      }
      // Values taken from the text as written read the same as their selection.
      const title = results.find((r) => r.shown === record.title && record.titleSpan && r.start === record.titleSpan.start)
      if (title) assert.equal(title.selected.replace(/\s+/gu, ' ').trim(), record.title)
      // A quotation folds its white space like the title and drops footnote marks on its words (`32%*를`).
      const asQuoted = (s: string) => s.replace(/(?<=[^\s*])\*+/gu, '').replace(/\s+/gu, ' ').trim()
      for (const q of record.quotes) assert.ok(results.some((r) => r.shown === q.text && asQuoted(r.selected) === q.text), `${name}: quote selects its text`)
    }
    assert.ok(checked > (hasShared ? 500 : 20), `${checked} values checked`)
    await page.goto(pathToFileURL(join(dir, entries[0]!.page)).href)
    await page.locator('button[data-start]').nth(2).click()
    await page.screenshot({ path: join(shots, 'review-release.png') })
    assert.deepEqual(problems, [])
  } finally {
    await context.close()
  }
})

test('markup and script in a release are shown as text and run nothing', { skip: noBrowser, timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bodo-hostile-'))
  const file = join(dir, 'hostile.txt')
  writeFileSync(
    file,
    '<script>alert("제목")</script> 보도자료 제목 <img src=x onerror="alert(1)">\n\n□ 교육부(장관 홍길동)는 “<b onmouseover=alert(2)>굵게</b> 말했다”라고 밝혔다.\n\n* <iframe src="https://example.invalid"></iframe> 각주 : 정의\n'
  )
  const { dir: out, entries } = await site([file])
  const html = readFileSync(join(out, entries[0]!.page), 'utf8')
  assert.ok(!/<script>alert/u.test(html) && !/<img src=x/u.test(html) && !/<iframe/u.test(html), 'no live markup in the page')
  const context = await browser()
  try {
    const page = await context.newPage()
    const problems = watch(page)
    await page.goto(pathToFileURL(join(out, entries[0]!.page)).href)
    const text = await page.locator('.doc-text').innerText()
    assert.ok(text.includes('<script>alert("제목")</script>'))
    assert.ok(text.includes('<img src=x onerror="alert(1)">'))
    assert.equal(await page.locator('script').count(), 1, 'only review.js')
    assert.equal(await page.locator('.doc-text img, .doc-text iframe, .doc-text b').count(), 0)
    await page.locator('button[data-start]').first().click()
    await page.mouse.move(300, 200)
    assert.deepEqual(problems, [])
  } finally {
    await context.close()
  }
})
