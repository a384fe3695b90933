/**
 * Every error bodo reports for an input, in one table (code → reason). A `BodoError` carries
 * its code, which the CLI prints as the rule id: `file:1:1: error: reason [code]`.
 */
export const errors = {
  empty: 'the file is empty',
  binary: 'the file holds binary data, not text (a NUL byte or control characters)',
  encoding: 'the text does not decode as UTF-8, UTF-16 or CP949/EUC-KR',
  'no-title': 'no title was found: this does not look like a press release',
  'no-body': 'the page holds no article body (only site menus and links)',
  'too-large': 'the file is larger than the size budget',
  damaged: 'the file is damaged or cannot be read',
  encrypted: 'the file is encrypted or password-protected',
  'no-text': 'the file has no text to read',
  'zip-bomb': 'the archive unpacks to far more than it holds (a zip bomb); refused',
  'unsupported-format': 'this format is not read yet',
  timeout: 'reading the file took longer than the time budget; refused',
  'out-of-memory': 'reading the file needed more memory than one conversion may use; refused',
  'invalid-record': 'the record does not validate against the schema (a bug in bodo)',
  internal: 'bodo failed on this file (a bug in bodo; please report it with the file)'
} as const

export type ErrorCode = keyof typeof errors

/** An input that cannot be converted: carries the code and, where known, a place. */
export class BodoError extends Error {
  readonly code: ErrorCode
  readonly detail: string | undefined
  constructor(code: ErrorCode, detail?: string) {
    super(detail ? `${errors[code]}: ${detail}` : errors[code])
    this.code = code
    this.detail = detail
  }
}

/** What a reader had to mend to read a damaged input (reported as a warning), its place in the reason. */
export interface ReadNote {
  ruleId: string
  reason: string
}

/**
 * Any error a reader throws, as a `BodoError` with a reason a user understands: a `BodoError`
 * stays as it is; the engine's own limits (call stack, string or buffer length) mean the input
 * is too large or nested too deep for its budget; anything else means the reader could not
 * make sense of the bytes. The message's first line only: a stack trace is never the reason.
 *
 * @param error What was thrown.
 * @param what The input's kind, for the reason (`the HWPX file`).
 */
export function asBodoError(error: unknown, what: string): BodoError {
  if (error instanceof BodoError) return error
  const message = firstLine(error)
  if (error instanceof RangeError) return new BodoError('too-large', `${what} is too large or nested too deep to read (${message})`)
  return new BodoError('damaged', `${what} could not be read (${message})`)
}

/** The first line of an error's message, never its stack. */
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.split('\n')[0]!.slice(0, 200)
}
