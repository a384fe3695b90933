/**
 * Ruling lines of a PDF page, from pdf.js's operator list: stroked lines and rectangle
 * edges, thin filled rectangles (how most word processors draw table borders), the edges of
 * shaded boxes, and the edges of rectangular clips (Hancom's PDF writer clips every table
 * cell, so a table whose borders are not drawn still shows its cells), in page space.
 * Tables and boxes (표, 글상자) are found from them.
 */

/** An axis-aligned rule: horizontal when `y0 === y1`, vertical when `x0 === x1`. */
export interface Rule {
  x0: number
  y0: number
  x1: number
  y1: number
}

/** pdf.js's operator numbers this module reads (`OPS` of pdfjs-dist). */
export interface PathOps {
  save: number
  restore: number
  transform: number
  constructPath: number
  moveTo: number
  lineTo: number
  curveTo: number
  curveTo2: number
  curveTo3: number
  closePath: number
  rectangle: number
  stroke: number
  closeStroke: number
  fill: number
  eoFill: number
  fillStroke: number
  eoFillStroke: number
  closeFillStroke: number
  closeEOFillStroke: number
  endPath: number
  clip: number
  eoClip: number
  setFillRGBColor: number
  setFillGray: number
  paintFormXObjectBegin: number
  paintFormXObjectEnd: number
}

type Matrix = [number, number, number, number, number, number]

/** A filled rectangle thinner than this (points) is a drawn line. */
const THIN = 2.5
/** Skew tolerated for a line to count as horizontal or vertical (points). */
const SKEW = 0.6
/** Shorter rules are ticks, underlines of a glyph, or noise. */
const MIN_LENGTH = 4

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5]
]

/**
 * The rules drawn on a page.
 *
 * @param fnArray The operator list's operators.
 * @param argsArray Their arguments.
 * @param ops pdf.js's operator numbers.
 * @param page The page's width and height: a fill covering most of it is a background, not a box.
 * @returns Horizontal and vertical rules, in page space (y upwards).
 */
export function pageRules(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, ops: PathOps, page: { width: number; height: number }): Rule[] {
  const out: Rule[] = []
  let ctm: Matrix = [1, 0, 0, 1, 0, 0]
  let white = false
  const stack: Array<{ ctm: Matrix; white: boolean }> = []
  let path: Array<Array<[number, number]>> = []
  const at = (x: number, y: number): [number, number] => [ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5]]
  const edge = (p: [number, number], q: [number, number]) => {
    if (Math.abs(p[1] - q[1]) <= SKEW && Math.abs(p[0] - q[0]) >= MIN_LENGTH) {
      const y = (p[1] + q[1]) / 2
      out.push({ x0: Math.min(p[0], q[0]), y0: y, x1: Math.max(p[0], q[0]), y1: y })
    } else if (Math.abs(p[0] - q[0]) <= SKEW && Math.abs(p[1] - q[1]) >= MIN_LENGTH) {
      const x = (p[0] + q[0]) / 2
      out.push({ x0: x, y0: Math.min(p[1], q[1]), x1: x, y1: Math.max(p[1], q[1]) })
    }
  }
  const stroke = (subs = path) => {
    for (const sub of subs) for (let i = 1; i < sub.length; i++) edge(sub[i - 1]!, sub[i]!)
  }
  const fill = () => {
    if (white) return
    for (const sub of path) {
      if (sub.length < 4) continue
      const xs = sub.map((p) => p[0])
      const ys = sub.map((p) => p[1])
      const [left, right, bottom, top] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]
      const w = right - left
      const h = top - bottom
      if (h <= THIN && w >= MIN_LENGTH) out.push({ x0: left, y0: (top + bottom) / 2, x1: right, y1: (top + bottom) / 2 })
      else if (w <= THIN && h >= MIN_LENGTH) out.push({ x0: (left + right) / 2, y0: bottom, x1: (left + right) / 2, y1: top })
      else if (w < 0.9 * page.width || h < 0.9 * page.height) {
        // A shaded box: its edges bound a cell or a box.
        edge([left, bottom], [right, bottom])
        edge([left, top], [right, top])
        edge([left, bottom], [left, top])
        edge([right, bottom], [right, top])
      }
    }
  }
  const clip = () => {
    for (const sub of path) {
      const box = rectangle(sub)
      if (box && (box.right - box.left < 0.9 * page.width || box.top - box.bottom < 0.9 * page.height)) stroke([sub])
    }
  }
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]
    const args = argsArray[i] as unknown[] | null
    if (fn === ops.save) stack.push({ ctm, white })
    else if (fn === ops.restore) ({ ctm, white } = stack.pop() ?? { ctm, white })
    else if (fn === ops.transform) ctm = multiply(args as Matrix, ctm)
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push({ ctm, white })
      const m = args?.[0] as Matrix | null
      if (Array.isArray(m) || ArrayBuffer.isView(m)) ctm = multiply(Array.from(m as ArrayLike<number>) as Matrix, ctm)
    } else if (fn === ops.paintFormXObjectEnd) ({ ctm, white } = stack.pop() ?? { ctm, white })
    else if (fn === ops.setFillRGBColor) white = isWhite(args)
    else if (fn === ops.setFillGray) white = Number(args?.[0]) >= 0.99
    else if (fn === ops.constructPath) path = path.concat(subpaths(args![0] as number[], args![1] as number[], ops, at))
    else if (fn === ops.stroke || fn === ops.closeStroke) {
      stroke()
      path = []
    } else if (fn === ops.fill || fn === ops.eoFill) {
      fill()
      path = []
    } else if (fn === ops.fillStroke || fn === ops.eoFillStroke || fn === ops.closeFillStroke || fn === ops.closeEOFillStroke) {
      stroke()
      path = []
    } else if (fn === ops.clip || fn === ops.eoClip) clip()
    else if (fn === ops.endPath) path = []
  }
  return out
}

/** A subpath's box when it is an axis-aligned rectangle. */
function rectangle(sub: Array<[number, number]>): { left: number; right: number; bottom: number; top: number } | null {
  if (sub.length < 4 || sub.length > 5) return null
  const xs = new Set(sub.map((p) => Math.round(p[0] / SKEW)))
  const ys = new Set(sub.map((p) => Math.round(p[1] / SKEW)))
  if (xs.size > 2 || ys.size > 2) return null
  const left = Math.min(...sub.map((p) => p[0]))
  const right = Math.max(...sub.map((p) => p[0]))
  const bottom = Math.min(...sub.map((p) => p[1]))
  const top = Math.max(...sub.map((p) => p[1]))
  return { left, right, bottom, top }
}

/** A path's subpaths as point lists (curves end a subpath: they draw no rule). */
function subpaths(kinds: number[], coords: number[], ops: PathOps, at: (x: number, y: number) => [number, number]): Array<Array<[number, number]>> {
  const out: Array<Array<[number, number]>> = []
  let current: Array<[number, number]> = []
  let k = 0
  const flush = () => {
    if (current.length > 1) out.push(current)
    current = []
  }
  for (const kind of kinds) {
    if (kind === ops.rectangle) {
      flush()
      const [x, y, w, h] = coords.slice(k, k + 4) as [number, number, number, number]
      k += 4
      out.push([at(x, y), at(x + w, y), at(x + w, y + h), at(x, y + h), at(x, y)])
    } else if (kind === ops.moveTo) {
      flush()
      current.push(at(coords[k]!, coords[k + 1]!))
      k += 2
    } else if (kind === ops.lineTo) {
      current.push(at(coords[k]!, coords[k + 1]!))
      k += 2
    } else if (kind === ops.curveTo) {
      k += 6
      const last = at(coords[k - 2]!, coords[k - 1]!)
      flush()
      current.push(last)
    } else if (kind === ops.curveTo2 || kind === ops.curveTo3) {
      k += 4
      const last = at(coords[k - 2]!, coords[k - 1]!)
      flush()
      current.push(last)
    } else if (kind === ops.closePath) {
      if (current.length > 1) current.push(current[0]!)
      flush()
    }
  }
  flush()
  return out
}

function isWhite(args: unknown): boolean {
  if (typeof args === 'string') return /^#?f{6}$/iu.test(args)
  const v = args as ArrayLike<number> | null
  if (!v || typeof v !== 'object') return false
  const list = Array.isArray(v) && typeof v[0] === 'string' ? (v[0] as unknown as string) : null
  if (list !== null) return /^#?f{6}$/iu.test(list)
  return Number(v[0]) >= 250 && Number(v[1]) >= 250 && Number(v[2]) >= 250
}
