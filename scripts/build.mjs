#!/usr/bin/env node
// Build the package: TypeScript → dist/ (JavaScript and declarations), and the files that
// are not TypeScript beside them (the review site's assets, the worker threads' entry).
// `npm run build` fails on a type error; `prepare` (run by `npm ci`, `npm install` and
// `npm pack`) passes `--lenient`, which keeps what tsc emitted and only reports type errors,
// so that installing a checkout never fails on one.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { STAMP, sourceHash } from './source-hash.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const lenient = process.argv.includes('--lenient')
const started = Date.now()
rmSync(join(root, 'dist'), { recursive: true, force: true })
// The sources as they are when the build starts: an edit made while tsc runs leaves dist/ stale.
const hash = sourceHash(join(root, 'src'))
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { cwd: root, stdio: 'inherit' })
if (result.status !== 0 && !(lenient && existsSync(join(root, 'dist', 'index.js')))) process.exit(result.status ?? 1)
cpSync(join(root, 'src/review/assets'), join(root, 'dist/review/assets'), { recursive: true })
cpSync(join(root, 'src/batch/worker-entry.mjs'), join(root, 'dist/batch/worker-entry.mjs'))
// What `bin/bodo.js` checks before it runs dist/ in a checkout.
writeFileSync(join(root, 'dist', STAMP), `${hash}\n`)
process.stderr.write(`bodo: built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s${result.status !== 0 ? ' (with type errors, see above)' : ''}\n`)
