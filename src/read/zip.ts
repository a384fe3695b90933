/**
 * Reading a zip container safely (fflate): only the wanted entries, each inflated as a
 * stream with its bytes counted, so that a zip bomb is stopped at the size and ratio caps
 * whatever the archive claims.
 */
import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate'
import { BodoError } from '../errors.js'

/** Caps on what an archive may unpack to. */
export interface ZipLimits {
  /** Bytes one entry may unpack to. */
  entryBytes: number
  /** Bytes all wanted entries may unpack to. */
  totalBytes: number
  /** Largest unpacked/packed ratio of an entry (beyond it: a zip bomb). */
  ratio: number
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { entryBytes: 64 * 1024 * 1024, totalBytes: 256 * 1024 * 1024, ratio: 200 }

/**
 * Unpack the entries whose names `want` accepts.
 *
 * @param bytes The archive.
 * @param want Which entries to unpack.
 * @param limits Size caps.
 * @returns Entry name → bytes.
 * @throws BodoError `damaged` (truncated, encrypted, not a zip) or `zip-bomb`.
 */
export function unzipEntries(bytes: Uint8Array, want: (name: string) => boolean, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>()
  let total = 0
  let failure: BodoError | null = null
  const unzip = new Unzip((entry) => {
    if (!want(entry.name) || failure) return
    if (entry.compression !== 0 && entry.compression !== 8) {
      failure = new BodoError('damaged', `zip entry ${entry.name} uses compression ${entry.compression} (encrypted?)`)
      return
    }
    const chunks: Uint8Array[] = []
    let size = 0
    entry.ondata = (error, chunk, final) => {
      if (failure) return
      if (error) {
        failure = new BodoError('damaged', `zip entry ${entry.name}: ${error.message}`)
        return
      }
      size += chunk.length
      total += chunk.length
      const packed = Math.max(entry.size ?? 0, 1)
      if (size > limits.entryBytes || total > limits.totalBytes || (size > 1024 * 1024 && size / packed > limits.ratio)) {
        failure = new BodoError('zip-bomb', `${entry.name} unpacks past ${Math.round(limits.entryBytes / 1048576)} MiB or ${limits.ratio}× its packed size`)
        entry.terminate()
        return
      }
      chunks.push(chunk)
      if (final) {
        const joined = new Uint8Array(size)
        let at = 0
        for (const c of chunks) {
          joined.set(c, at)
          at += c.length
        }
        out.set(entry.name, joined)
      }
    }
    entry.start()
  })
  unzip.register(UnzipInflate)
  unzip.register(UnzipPassThrough)
  try {
    unzip.push(bytes, true)
  } catch (error) {
    throw failure ?? new BodoError('damaged', `not a readable zip archive (${(error as Error).message})`)
  }
  if (failure) throw failure
  return out
}
