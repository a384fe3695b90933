/**
 * Attachments (붙임 / 별첨 list): `<붙임> 1. 제목`, `【붙임】 제목`, `(붙임1) 제목`.
 */
import type { Root } from '../parse/tree.js'
import type { VFile } from 'vfile'
import type { Attachment } from '../schema/record.js'
import { draft, lines } from './context.js'
import { ATTACHMENT_OPENER } from '../parse/markers.js'
import { fold } from '../util/text.js'

const NUMBERED = /^(\d{1,2})\s*[.)]\s*/u

/**
 * unified plugin: fill `attachments`.
 */
export function attachments() {
  return (tree: Root, file: VFile) => {
    const record = draft(file)
    const out: Attachment[] = []
    for (const line of lines(tree)) {
      if (line.kind !== 'attachment') continue
      let raw = `${line.marker && !/^[-※]$/u.test(line.marker) ? line.marker : ''}${line.label ? `(${line.label})` : ''}${line.value}`
      let offset = line.valueStart - (raw.length - line.value.length)
      let number: number | null = null
      const opener = ATTACHMENT_OPENER.exec(raw.replace(/^※\s*/u, ''))
      if (opener && (line.kind === 'attachment')) {
        const cut = raw.indexOf(opener[0]) + opener[0].length
        if (raw.replace(/^※\s*/u, '').startsWith(opener[0])) {
          number = opener[2] ? Number(opener[2]) : null
          offset += cut
          raw = raw.slice(cut)
        }
      }
      const n = NUMBERED.exec(raw)
      if (n) {
        number = Number(n[1])
        offset += n[0].length
        raw = raw.slice(n[0].length)
      }
      const title = fold(raw).replace(/^[:：.]\s*/u, '')
      if (title === '') continue
      out.push({ number, title, span: { start: offset, end: offset + raw.trimEnd().length } })
    }
    record.attachments = out.length > 0 ? out : appendixHeadings(tree)
  }
}

/** Numbered appendix heading (`참고1`, `<붙임 2>`) on a line of its own, its title on the next. */
const APPENDIX_NUMBER = /^[<【\[(]?\s*(?:붙\s*임|참\s*고|별\s*첨)\s*(\d{1,2})\s*[>】\])]?$/u

/**
 * Where a release has no 붙임 list, its numbered appendix headings name the attachments.
 */
function appendixHeadings(tree: Root): Attachment[] {
  const out: Attachment[] = []
  const blocks = tree.children
  for (let i = 0; i + 1 < blocks.length; i++) {
    const block = blocks[i]!
    let number: string | undefined
    let title: { value: string; start: number } | null = null
    if (block.type === 'line') {
      number = APPENDIX_NUMBER.exec(`${block.marker ?? ''}${block.value}`.trim())?.[1]
      const next = blocks[i + 1]!
      if (number && next.type === 'line' && next.kind !== 'footnote') title = { value: `${next.label ? `(${next.label}) ` : ''}${next.value}`, start: next.valueStart }
    } else {
      const cells = block.children[0]?.children.filter((c) => c.value !== '') ?? []
      number = cells[0] ? APPENDIX_NUMBER.exec(cells[0].value)?.[1] : undefined
      if (number && cells[1]) title = { value: cells[1].value, start: cells[1].position.start.offset! }
    }
    if (!number || !title) continue
    const value = fold(title.value)
    if (value === '' || value.length > 80) continue
    out.push({ number: Number(number), title: value, span: { start: title.start, end: title.start + title.value.length } })
  }
  return out
}
