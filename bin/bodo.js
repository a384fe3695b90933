#!/usr/bin/env node
// The `bodo` command. In the installed package, which ships dist/ and no src/, the compiled
// CLI. In a checkout, the compiled CLI too where dist/ was built from the sources as they
// are now (`npm install` builds it; the fingerprint in dist/.source-hash says from what),
// else the TypeScript sources through tsx: an edit runs at once, without a build.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
if (!existsSync(new URL('../src/', import.meta.url)) || (await import('../scripts/source-hash.mjs')).builtFromSources(root)) {
  await import('../dist/cli/main.js')
} else {
  const { register } = await import('tsx/esm/api')
  register()
  await import('../src/cli/main.ts')
}
