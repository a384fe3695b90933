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
  'invalid-record': 'the record does not validate against the schema (a bug in bodo)'
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
