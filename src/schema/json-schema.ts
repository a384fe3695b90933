/**
 * JSON Schema of the record, generated from the zod schemas (never hand-written).
 */
import { z } from 'zod'
import { pressRelease } from './record.js'

/**
 * Build the JSON Schema (draft 2020-12) of a press-release record.
 *
 * @returns The schema object, with the Korean titles and descriptions of the fields.
 */
export function jsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(pressRelease, { target: 'draft-2020-12' }) as Record<string, unknown>
  return { $id: 'https://bodo.invalid/schemas/press-release.schema.json', ...schema }
}
