/**
 * The in-thread port between pdf.js's two halves (src/read/pdf/port.ts): messages arrive in
 * order after the sender's task, arrays and plain objects as they were when sent (pdf.js
 * empties an operator list's arrays right after sending them), class instances shared.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { threadPort } from '../src/read/pdf/port.js'
import { readPdf } from '../src/read/pdf.js'
import { corpus, noShared } from './helpers.js'

/** The engine's own, taken before any PDF is read in this thread. */
const native = { push: Array.prototype.push, parse: JSON.parse }

class Glyph {
  constructor(readonly unicode: string) {}
}

test('threadPort: a message keeps the arrays it was sent with, shares class instances, arrives in order', async () => {
  const port = threadPort()
  const got: unknown[] = []
  port.addEventListener('message', (event) => got.push(event.data))
  const glyph = new Glyph('가')
  const fnArray = [1, 2, 3]
  const argsArray: unknown[][] = [[glyph], [], [{ x: 1 }]]
  port.postMessage({ action: 'chunk', data: { fnArray, argsArray } })
  port.postMessage({ action: 'end' })
  // What pdf.js does once a chunk is sent.
  fnArray.length = 0
  argsArray.length = 0
  assert.equal(got.length, 0, 'nothing is delivered during the sender\'s task')
  await Promise.resolve()
  await Promise.resolve()
  assert.equal(got.length, 2)
  const first = got[0] as { data: { fnArray: number[]; argsArray: unknown[][] } }
  assert.deepEqual(first.data.fnArray, [1, 2, 3])
  assert.equal(first.data.argsArray.length, 3)
  assert.equal(first.data.argsArray[0]![0], glyph, 'a class instance passes as it is')
  assert.deepEqual(got[1], { action: 'end' })
})

test('threadPort: a listener removed gets nothing more; terminate removes all', async () => {
  const port = threadPort()
  const got: unknown[] = []
  const listener = (event: { data: unknown }) => got.push(event.data)
  port.addEventListener('message', listener)
  port.postMessage(1)
  await Promise.resolve()
  port.removeEventListener('message', listener)
  port.postMessage(2)
  port.addEventListener('message', listener)
  port.terminate()
  port.postMessage(3)
  await Promise.resolve()
  assert.deepEqual(got, [1])
})

test('PDFs read at the same time in one thread (one pdf.js worker half) give what they give one by one', { skip: noShared }, async () => {
  const files = readdirSync(join(corpus, 'docs')).filter((f) => f.endsWith('.pdf')).map((f) => readFileSync(join(corpus, 'docs', f)))
  assert.ok(files.length >= 2)
  const alone: string[] = []
  for (const bytes of files) alone.push((await readPdf(bytes)).text)
  const together = await Promise.all([...files, ...files].map(async (bytes) => (await readPdf(bytes)).text))
  assert.deepEqual(together, [...alone, ...alone])
})

test('reading a PDF leaves the engine its own Array.prototype.push and JSON.parse (pdf.js legacy polyfills put back)', async () => {
  const { makePdf } = await import('./pdf-fixture.js')
  const run = (text: string, y: number) => ({ x: 72, y, size: 12, text })
  await readPdf(makePdf([[run('보도자료', 800), run('폴리필 없이 읽는 보도자료', 760), run('□ 본문 문단입니다', 700)]]))
  assert.equal(Array.prototype.push, native.push)
  assert.equal(JSON.parse, native.parse)
})
