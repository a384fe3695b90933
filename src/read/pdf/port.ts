/**
 * The two halves of pdf.js (its API and its worker, which parses the file) joined in one
 * thread. bodo reads a PDF inside a worker thread of its own, so pdf.js's worker half runs
 * beside its API; pdf.js's own in-thread channel (its "fake worker") copies every message
 * with `structuredClone`, as if across threads, and its operator lists carry every glyph
 * object drawn: on the originals, a tenth of the reading time went to those copies.
 *
 * Here messages pass by reference. What pdf.js reuses after sending is copied: the sending
 * half empties an operator list's arrays once flushed, so arrays and plain objects are
 * copied (their members too); class instances (glyphs, fonts) and typed arrays, which the
 * sender leaves alone or hands over, pass as they are.
 */

type Listener = (event: { data: unknown }) => void

/**
 * A copy of a message as the receiving half may keep it: arrays and plain objects copied,
 * to any depth; anything else shared.
 *
 * @param value A message, or part of one.
 * @returns The copy.
 */
function detached(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length)
    for (let i = 0; i < value.length; i++) out[i] = detached(value[i])
    return out
  }
  const prototype = Object.getPrototypeOf(value)
  if (prototype !== Object.prototype && prototype !== null) return value
  const out: Record<string, unknown> = {}
  for (const key in value) out[key] = detached((value as Record<string, unknown>)[key])
  return out
}

/**
 * A message port both halves of pdf.js listen on (each takes the messages addressed to
 * it), delivering after the sender's current task, in order, like pdf.js's own.
 *
 * @returns The port: `postMessage`, `addEventListener`, `removeEventListener`, `terminate`.
 */
export function threadPort() {
  const listeners = new Set<Listener>()
  const settled = Promise.resolve()
  return {
    postMessage(message: unknown) {
      const event = { data: detached(message) }
      void settled.then(() => {
        for (const listener of listeners) listener(event)
      })
    },
    addEventListener(_type: string, listener: Listener) {
      listeners.add(listener)
    },
    removeEventListener(_type: string, listener: Listener) {
      listeners.delete(listener)
    },
    terminate() {
      listeners.clear()
    }
  }
}
