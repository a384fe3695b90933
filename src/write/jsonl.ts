/**
 * Records → JSON Lines (one compact record per line).
 */
import type { PressRelease } from '../schema/record.js'

/**
 * One JSONL line of a record.
 */
export function toJsonLine(record: PressRelease): string {
  return `${JSON.stringify(record)}\n`
}
