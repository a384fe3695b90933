#!/usr/bin/env node
// The `bodo` command: in a checkout, the TypeScript CLI through tsx (no build step); in the
// installed package, which ships dist/ and no src/, the compiled CLI.
import { existsSync } from 'node:fs'

const source = new URL('../src/cli/main.ts', import.meta.url)
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api')
  register()
  await import(source.href)
} else await import('../dist/cli/main.js')
