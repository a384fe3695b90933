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
}

/**
 * Build a PDF.
 *
 * @param pages Runs per page.
 * @param options `encrypt` adds an /Encrypt dictionary (a password the test does not know).
 */
export function makePdf(pages: Run[][], options: { encrypt?: boolean } = {}): Uint8Array {
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
  for (const runs of pages) {
    const stream = runs
      .map((r) => {
        const hex = [...r.text].map((c) => c.codePointAt(0)!.toString(16).padStart(4, '0')).join('')
        return `BT /F1 ${r.size} Tf ${r.x} ${r.y} Td <${hex}> Tj ET`
      })
      .join('\n')
    const content = add(`<< /Length ${Buffer.byteLength(stream)} >>\nstream\n${stream}\nendstream`)
    kids.push(add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`))
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
