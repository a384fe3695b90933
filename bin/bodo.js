#!/usr/bin/env node
// The `bodo` command. In the installed package, which ships dist/ and no src/, the compiled
// CLI. In a checkout, the compiled CLI too where dist/ was built from the sources as they
// are now (`npm install` builds it; the fingerprint in dist/.source-hash says from what),
// else the TypeScript sources through tsx: an edit runs at once, without a build.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const source = new URL('../src/', import.meta.url)
const compiled = new URL('../dist/cli/main.js', import.meta.url)
if (!existsSync(source) || (existsSync(compiled) && (await builtFromSources()))) await import(compiled.href)
else {
  const { register } = await import('tsx/esm/api')
  register()
  await import(new URL('cli/main.ts', source).href)
}

/** Whether dist/ holds the sources as they are now (its fingerprint matches theirs). */
async function builtFromSources() {
  const { STAMP, sourceHash } = await import('../scripts/source-hash.mjs')
  try {
    return readFileSync(new URL(`../dist/${STAMP}`, import.meta.url), 'utf8').trim() === sourceHash(fileURLToPath(source))
  } catch {
    return false
  }
}
