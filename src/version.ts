/**
 * bodo's name and version (from package.json), written into every record as `producer`.
 */
import { createRequire } from 'node:module'

const pkg = createRequire(import.meta.url)('../package.json') as { name: string; version: string }

export const PRODUCER = { name: 'bodo', version: pkg.version } as const
