// Worker thread entry: the compiled worker beside this file where the package is built
// (dist/), else the TypeScript source through tsx, registered in this thread.
import { existsSync } from 'node:fs'

const compiled = new URL('./worker.js', import.meta.url)
if (existsSync(compiled)) await import(compiled.href)
else {
  const { register } = await import('tsx/esm/api')
  register()
  await import('./worker.ts')
}
