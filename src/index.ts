/**
 * bodo: Korean government press releases (보도자료) → typed, validated, source-grounded JSON.
 */
export { extract, extractSync, processor } from './pipeline.js'
export type { ExtractOptions, ExtractResult, ExtractMessage } from './pipeline.js'
export * from './schema/index.js'
export { errors, BodoError } from './errors.js'
export type { ErrorCode } from './errors.js'
export { read, readAsync, detectFormat, decode } from './read/index.js'
export { repair } from './repair/index.js'
export { bodoParse, parseRelease } from './parse/index.js'
