/**
 * Writes small PDFs for tests: Korean text in a Type0 font with the predefined
 * `UniKS-UCS2-H` CMap (no embedded font), positioned line by line.
 */

/** One text run: page coordinates in points, font size, text. */
export interface Run {
  x: number
  y: number
  size: number
  text: string
  /** Extra room after each glyph but the last, in thousandths of an em (a TJ array: how a justified line is set). */
  gaps?: number[]
}

/**
 * A drawing: a stroked line, or a rectangle stroked, filled (a thin one is how many writers
 * draw a rule), or set as a clip (how Hancom's PDF writer bounds every table cell).
 */
export type Path =
  | { line: [x0: number, y0: number, x1: number, y1: number] }
  | { rect: [x: number, y: number, width: number, height: number]; paint: 'stroke' | 'fill' | 'clip' }

/** A page: its text runs, drawings, and size (A4 portrait unless said). */
export interface PageSpec {
  runs: Run[]
  paths?: Path[]
  width?: number
  height?: number
}

/**
 * A table's text runs and drawings: columns and rows given by their widths and heights
 * from the top-left corner, cells by their first row and column and spans; text set at the
 * cell's left, one run per line, top down.
 *
 * @param at Top-left corner.
 * @param widths Column widths.
 * @param heights Row heights.
 * @param cells Each cell: row, column, spans, lines of text.
 * @param paint `stroke`: every cell's border drawn; `clip`: no border drawn, each cell clipped (Hancom).
 */
export function table(
  at: { x: number; y: number; size?: number },
  widths: number[],
  heights: number[],
  cells: Array<{ row: number; col: number; rowSpan?: number; colSpan?: number; lines: string[] }>,
  paint: 'stroke' | 'clip' = 'stroke'
): { runs: Run[]; paths: Path[] } {
  const size = at.size ?? 10
  const xs = widths.reduce((acc, w) => [...acc, acc.at(-1)! + w], [at.x])
  const ys = heights.reduce((acc, h) => [...acc, acc.at(-1)! - h], [at.y])
  const runs: Run[] = []
  const paths: Path[] = []
  for (const c of cells) {
    const left = xs[c.col]!
    const right = xs[c.col + (c.colSpan ?? 1)]!
    const top = ys[c.row]!
    const bottom = ys[c.row + (c.rowSpan ?? 1)]!
    paths.push({ rect: [left, bottom, right - left, top - bottom], paint })
    c.lines.forEach((text, i) => runs.push({ x: left + 3, y: top - (i + 1) * size * 1.4, size, text }))
  }
  return { runs, paths }
}

/**
 * Build a PDF.
 *
 * @param pages Runs per page, or pages with drawings.
 * @param options `encrypt` adds an /Encrypt dictionary (a password the test does not know).
 */
export function makePdf(pages: Array<Run[] | PageSpec>, options: { encrypt?: boolean } = {}): Uint8Array {
  const objects: string[] = []
  const add = (body: string) => {
    objects.push(body)
    return objects.length
  }
  const font = add('<< /Type /Font /Subtype /Type0 /BaseFont /HYGoThic-Medium /Encoding /UniKS-UCS2-H /DescendantFonts [ 3 0 R ] >>')
  const pagesId = add('PAGES')
  add('<< /Type /Font /Subtype /CIDFontType0 /BaseFont /HYGoThic-Medium /CIDSystemInfo << /Registry (Adobe) /Ordering (Korea1) /Supplement 1 >> /FontDescriptor 4 0 R /DW 1000 >>')
  add('<< /Type /FontDescriptor /FontName /HYGoThic-Medium /Flags 6 /FontBBox [-6 -145 1003 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>')
  const kids: number[] = []
  for (const page of pages) {
    const spec = Array.isArray(page) ? { runs: page } : page
    const drawn = (spec.paths ?? []).map((p) => {
      if ('line' in p) return `0.5 w ${p.line[0]} ${p.line[1]} m ${p.line[2]} ${p.line[3]} l S`
      const rect = `${p.rect.join(' ')} re`
      return p.paint === 'stroke' ? `0.5 w ${rect} S` : p.paint === 'fill' ? `${rect} f` : `q ${rect} W n Q`
    })
    const stream = [
      ...drawn,
      ...spec.runs.map((r) => {
        const hex = [...r.text].map((c) => c.codePointAt(0)!.toString(16).padStart(4, '0'))
        if (r.gaps) return `BT /F1 ${r.size} Tf ${r.x} ${r.y} Td [${hex.map((h, i) => `<${h}>${i < r.gaps!.length ? ` ${-r.gaps![i]!} ` : ''}`).join('')}] TJ ET`
        return `BT /F1 ${r.size} Tf ${r.x} ${r.y} Td <${hex.join('')}> Tj ET`
      })
    ].join('\n')
    const content = add(`<< /Length ${Buffer.byteLength(stream)} >>\nstream\n${stream}\nendstream`)
    kids.push(add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${spec.width ?? 595} ${spec.height ?? 842}] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`))
  }
  objects[pagesId - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`
  const catalog = add(`<< /Type /Catalog /Pages ${pagesId} 0 R >>`)
  const encrypt = options.encrypt
    ? add('<< /Filter /Standard /V 1 /R 2 /O <00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff> /U <ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100> /P -4 >>')
    : null
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out))
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = Buffer.byteLength(out)
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${encrypt ? ` /Encrypt ${encrypt} 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]` : ''} >>\nstartxref\n${xref}\n%%EOF\n`
  return new Uint8Array(Buffer.from(out, 'latin1'))
}
