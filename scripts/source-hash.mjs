// The fingerprint of a checkout's sources: SHA-1 over every file under src/ (its path and
// bytes, in sorted order). The build writes it beside the compiled code (dist/.source-hash);
// the `bodo` command runs the compiled code only where the two agree, so that an edit to
// src/ is never hidden behind an older build.
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'

/** Where the build leaves the fingerprint of the sources it compiled. */
export const STAMP = '.source-hash'

/**
 * The fingerprint of the files under a folder.
 *
 * @param {string} folder The sources (src/ of a checkout).
 * @returns {string} Hex SHA-1 of their relative paths and contents.
 */
export function sourceHash(folder) {
  const hash = createHash('sha1')
  const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort()
  for (const file of files) {
    hash.update(`${relative(folder, file)}\0`)
    hash.update(readFileSync(file))
  }
  return hash.digest('hex')
}

/**
 * Whether a checkout's dist/ was built from its sources as they are now.
 *
 * @param {string} root The checkout (holding src/ and dist/).
 * @returns {boolean} False where dist/ or its fingerprint is missing, or the sources changed.
 */
export function builtFromSources(root) {
  try {
    return readFileSync(join(root, 'dist', STAMP), 'utf8').trim() === sourceHash(join(root, 'src'))
  } catch {
    return false
  }
}
