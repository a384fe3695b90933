/**
 * Atomic file writes: a temporary file in the same folder, then a rename, so that an
 * interrupted run never leaves a partial output file.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, basename } from 'node:path'
import { randomBytes } from 'node:crypto'

/** Folders made (or found) for earlier writes: a batch writing thousands of files asks once per folder. */
const madeFolders = new Set<string>()

/**
 * Write a file atomically. The calls are synchronous (an output is small, and a batch writes
 * thousands: each asynchronous call would be a round trip through libuv's thread pool).
 *
 * @param path Destination.
 * @param data Content.
 */
export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const folder = dirname(path)
  if (!madeFolders.has(folder)) {
    mkdirSync(folder, { recursive: true })
    madeFolders.add(folder)
  }
  const temp = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    writeFileSync(temp, data)
    renameSync(temp, path)
  } catch (error) {
    rmSync(temp, { force: true })
    // The folder was removed since it was made: make it again, once.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && madeFolders.delete(folder)) return writeAtomic(path, data)
    throw error
  }
}
