/**
 * A thread's CPU time, read from `/proc` (Linux): what the pool budgets each input by. Kept
 * apart from the conversion so that the pool's thread can read it without loading the
 * pipeline.
 */
import { readFileSync, readlinkSync } from 'node:fs'

/** Clock ticks per second of `/proc/…/stat` times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100
/** utime and stime: fields 14 and 15 of a `stat` line, counted after the `(comm)` field. */
const STAT_UTIME = 11
const STAT_STIME = 12

/**
 * The `/proc` file that holds this thread's CPU times (Linux), or null elsewhere. A pool
 * budgets a worker's CPU time, not its wall time, so that a loaded machine does not fail
 * inputs that are merely waiting for a core.
 */
export function threadStatPath(): string | null {
  try {
    return `/proc/${readlinkSync('/proc/thread-self')}/stat`
  } catch {
    return null
  }
}

/**
 * CPU time (user + system) a thread has used, in ms, from its `/proc` stat file.
 *
 * @param path The file `threadStatPath` gave (in that thread).
 * @returns Milliseconds, or null where it cannot be read (no such system, the thread ended).
 */
export function threadCpuMs(path: string | null): number | null {
  if (path === null) return null
  try {
    const line = readFileSync(path, 'utf8')
    const fields = line.slice(line.lastIndexOf(')') + 2).split(' ')
    return ((Number(fields[STAT_UTIME]) + Number(fields[STAT_STIME])) * 1000) / TICKS_PER_SECOND
  } catch {
    return null
  }
}
