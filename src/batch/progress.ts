/**
 * A progress bar on stderr (cli-progress): count, rate, ETA and the current file.
 */
import cliProgress from 'cli-progress'

/** A progress display, or a silent stand-in. */
export interface Progress {
  start(total: number): void
  tick(file: string): void
  stop(): void
}

/**
 * Make a progress display.
 *
 * @param enabled Whether to draw it.
 */
export function progress(enabled: boolean): Progress {
  if (!enabled) return { start() {}, tick() {}, stop() {} }
  const bar = new cliProgress.SingleBar(
    {
      format: '{bar} {value}/{total} | {rate}/s | ETA {eta_formatted} | {file}',
      stream: process.stderr,
      hideCursor: true,
      etaBuffer: 50,
      fps: 10,
      noTTYOutput: !process.stderr.isTTY,
      notTTYSchedule: 2000
    },
    cliProgress.Presets.shades_classic
  )
  let started = 0
  let done = 0
  return {
    start(total) {
      started = Date.now()
      bar.start(total, 0, { rate: '0', file: '' })
    },
    tick(file) {
      done++
      const seconds = Math.max(0.001, (Date.now() - started) / 1000)
      bar.update(done, { rate: (done / seconds).toFixed(0), file: file.length > 40 ? `…${file.slice(-39)}` : file })
    },
    stop() {
      bar.stop()
    }
  }
}
