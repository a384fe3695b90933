/**
 * Records → JSON text (deterministic: fixed key order, two-space indent, final newline).
 */
import type { PressRelease } from '../schema/record.js'

/**
 * Serialize a record.
 *
 * @param record A validated record.
 * @returns Its JSON text.
 */
export function toJson(record: PressRelease): string {
  return `${JSON.stringify(record, null, 2)}\n`
}
