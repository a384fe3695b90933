/**
 * Offsets ↔ unist points (1-based line and column) in one text.
 */
import type { Point, Position } from 'unist'

/** Converts offsets of one text to points. */
export interface Locator {
  point(offset: number): Point
  position(start: number, end: number): Position
}

/**
 * Build a locator for a text.
 *
 * @param text The document text.
 * @returns Functions from offsets to points and positions.
 */
export function locator(text: string): Locator {
  const lineStarts = [0]
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1)
  const point = (offset: number): Point => {
    let lo = 0
    let hi = lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (lineStarts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1, offset }
  }
  return { point, position: (start, end) => ({ start: point(start), end: point(end) }) }
}
