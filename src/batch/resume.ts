/**
 * Resuming a run: an input whose output exists and was made from the same bytes by the same
 * bodo version is skipped. Only the head of the output is read (the record puts `producer`
 * and `source.sha256` first).
 */
import { createHash } from 'node:crypto'
import { open, readFile } from 'node:fs/promises'

const HEAD_BYTES = 4096
const SHA = /"sha256":\s*"([0-9a-f]{64})"/u
const VERSION = /"producer":\s*\{\s*"name":\s*"bodo",\s*"version":\s*"([^"]+)"/u

/**
 * Whether an output is up to date for an input.
 *
 * @param inputPath The input file.
 * @param outputPath Its JSON output.
 * @param version This bodo's version.
 */
export async function upToDate(inputPath: string, outputPath: string, version: string): Promise<boolean> {
  let head: string
  try {
    const handle = await open(outputPath, 'r')
    try {
      const buffer = Buffer.alloc(HEAD_BYTES)
      const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0)
      head = buffer.subarray(0, bytesRead).toString('utf8')
    } finally {
      await handle.close()
    }
  } catch {
    return false
  }
  const sha = SHA.exec(head)?.[1]
  if (!sha || VERSION.exec(head)?.[1] !== version) return false
  return createHash('sha256').update(await readFile(inputPath)).digest('hex') === sha
}
