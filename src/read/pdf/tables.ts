/**
 * Tables and boxes (표, 글상자) of a PDF page from its rules: rules that touch form one
 * frame; the frame's distinct rule positions give a grid, and grid units not separated by a
 * rule merge into one cell (a spanned cell), so a table gets the row and column addresses
 * the HWPX reader reads from `cellAddr` and `cellSpan`.
 */
import type { Rule } from './rules.js'

/** A cell on its grid, with its box in page space. */
export interface FrameCell {
  row: number
  col: number
  rowSpan: number
  colSpan: number
  left: number
  right: number
  bottom: number
  top: number
}

/** A ruled table or box. */
export interface Frame {
  left: number
  right: number
  bottom: number
  top: number
  rows: number
  cols: number
  cells: FrameCell[]
}

/** Positions closer than this (points) are one. */
const TOUCH = 2.5
/** Rules closer than twice this (points) touch: two tables set one under the other stay apart. */
const REACH = 1
/** Part of a grid unit's side a rule must cover to separate it from its neighbour. */
const COVER = 0.6
/** Rules on one page, and in one frame, beyond which the drawing is no table. */
const MAX_RULES = 20_000
const MAX_FRAME_RULES = 3_000
/** A frame smaller than this (points) each way is a glyph's ornament, not a box. */
const MIN_SIDE = 8

/**
 * The frames drawn by a page's rules, outermost first; a frame inside another one's box is
 * kept (a table inside a box), the caller decides what it holds.
 *
 * @param rules The page's rules.
 * @returns Frames with their cells.
 */
export function findFrames(rules: Rule[]): Frame[] {
  // A page drawn with more rules than any table has (a vector chart, a map) gives no frames.
  if (rules.length > MAX_RULES) return []
  const parent = rules.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)))
  const join = (i: number, j: number) => {
    parent[find(i)] = find(j)
  }
  const horizontal = rules.map((_, i) => i).filter((i) => rules[i]!.y0 === rules[i]!.y1).sort((a, b) => rules[a]!.y0 - rules[b]!.y0 || rules[a]!.x0 - rules[b]!.x0)
  const vertical = rules.map((_, i) => i).filter((i) => rules[i]!.y0 !== rules[i]!.y1).sort((a, b) => rules[a]!.x0 - rules[b]!.x0 || rules[a]!.y0 - rules[b]!.y0)
  // Rules on one line (within reach of one another across it) that meet or overlap, swept
  // along the line in order.
  const along = (list: number[], at: (r: Rule) => number, from: (r: Rule) => number, to: (r: Rule) => number) => {
    let start = 0
    while (start < list.length) {
      let end = start + 1
      while (end < list.length && at(rules[list[end]!]!) - at(rules[list[end - 1]!]!) <= 2 * REACH) end++
      const line = list.slice(start, end).sort((p, q) => from(rules[p]!) - from(rules[q]!))
      let reach = -Infinity
      line.forEach((i, k) => {
        if (k > 0 && from(rules[i]!) <= reach + 2 * REACH) join(i, line[k - 1]!)
        reach = Math.max(reach, to(rules[i]!))
      })
      start = end
    }
  }
  along(horizontal, (r) => r.y0, (r) => r.x0, (r) => r.x1)
  along(vertical, (r) => r.x0, (r) => r.y0, (r) => r.y1)
  // Vertical rules meeting horizontal ones: those in the vertical's reach, found by their height.
  const heights = horizontal.map((i) => rules[i]!.y0)
  for (const v of vertical) {
    const r = rules[v]!
    for (let k = lowerBound(heights, r.y0 - 2 * REACH); k < horizontal.length && heights[k]! <= r.y1 + 2 * REACH; k++) {
      const h = rules[horizontal[k]!]!
      if (h.x0 - 2 * REACH <= r.x0 && r.x0 <= h.x1 + 2 * REACH) join(v, horizontal[k]!)
    }
  }
  const groups = new Map<number, Rule[]>()
  rules.forEach((r, i) => {
    const k = find(i)
    const group = groups.get(k)
    if (group) group.push(r)
    else groups.set(k, [r])
  })
  const frames: Frame[] = []
  for (const group of groups.values()) {
    const frame = group.length > MAX_FRAME_RULES ? null : grid(group)
    if (frame) frames.push(frame)
  }
  return frames.sort((p, q) => (q.right - q.left) * (q.top - q.bottom) - (p.right - p.left) * (p.top - p.bottom))
}

/** The first index whose value is at least `value`, in ascending values. */
function lowerBound(values: number[], value: number): number {
  let low = 0
  let high = values.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (values[mid]! < value) low = mid + 1
    else high = mid
  }
  return low
}

/** One group of touching rules → its grid and cells, or null when it bounds nothing. */
function grid(rules: Rule[]): Frame | null {
  const horizontal = rules.filter((r) => r.y0 === r.y1)
  const vertical = rules.filter((r) => r.x0 === r.x1)
  if (horizontal.length < 2) return null
  const left = Math.min(...rules.map((r) => r.x0))
  const right = Math.max(...rules.map((r) => r.x1))
  const bottom = Math.min(...rules.map((r) => r.y0))
  const top = Math.max(...rules.map((r) => r.y1))
  if (right - left < MIN_SIDE || top - bottom < MIN_SIDE) return null
  // Outer sides left open (tables ruled only across) are sides all the same.
  const xs = positions([left, right, ...vertical.map((r) => r.x0)])
  const ys = positions([bottom, top, ...horizontal.map((r) => r.y0)]).reverse()
  const rows = ys.length - 1
  const cols = xs.length - 1
  if (rows < 1 || cols < 1 || rows * cols > 20_000) return null
  // Rules by the grid position they stand at.
  const byPosition = (lines: Rule[], at: number[], pos: (r: Rule) => number) => {
    const out = new Map<number, Rule[]>()
    for (const r of lines) {
      const k = at.findIndex((p) => Math.abs(p - pos(r)) <= TOUCH)
      if (k < 0) continue
      const list = out.get(at[k]!)
      if (list) list.push(r)
      else out.set(at[k]!, [r])
    }
    return out
  }
  const verticalAt = byPosition(vertical, xs, (r) => r.x0)
  const horizontalAt = byPosition(horizontal, ys, (r) => r.y0)
  const covered = (lines: Map<number, Rule[]>, at: number, from: number, to: number, axis: 'x' | 'y') => {
    let length = 0
    for (const r of lines.get(at) ?? []) {
      const [a, b] = axis === 'x' ? [r.y0, r.y1] : [r.x0, r.x1]
      length += Math.max(0, Math.min(b, to) - Math.max(a, from))
    }
    return length >= COVER * (to - from)
  }
  // Union-find over grid units: no rule between two neighbours makes them one cell.
  const unit = (i: number, j: number) => i * cols + j
  const parent = Array.from({ length: rows * cols }, (_, k) => k)
  const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k]!)))
  const openSides = vertical.length === 0
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const low = Math.min(ys[i]!, ys[i + 1]!)
      const high = Math.max(ys[i]!, ys[i + 1]!)
      if (j + 1 < cols && !covered(verticalAt, xs[j + 1]!, low, high, 'x')) parent[find(unit(i, j + 1))] = find(unit(i, j))
      if (i + 1 < rows && !covered(horizontalAt, ys[i + 1]!, xs[j]!, xs[j + 1]!, 'y') && !openSides) parent[find(unit(i + 1, j))] = find(unit(i, j))
    }
  }
  const cells = new Map<number, FrameCell>()
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const k = find(unit(i, j))
      const c = cells.get(k)
      if (!c) cells.set(k, { row: i, col: j, rowSpan: 1, colSpan: 1, left: xs[j]!, right: xs[j + 1]!, top: ys[i]!, bottom: ys[i + 1]! })
      else {
        c.rowSpan = Math.max(c.rowSpan, i - c.row + 1)
        c.colSpan = Math.max(c.colSpan, j - c.col + 1)
        c.right = Math.max(c.right, xs[j + 1]!)
        c.bottom = Math.min(c.bottom, ys[i + 1]!)
      }
    }
  }
  return { left, right, bottom, top, rows, cols, cells: [...cells.values()] }
}

/** Distinct positions, ascending, those closer than the touch distance taken as one. */
function positions(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b)
  const out: number[] = []
  for (const v of sorted) if (out.length === 0 || v - out.at(-1)! > TOUCH) out.push(v)
  return out
}
