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
  const add = (number: string, value: string, start: number) => {
    const title = fold(value)
    if (title === '' || title.length > 80) return
    out.push({ number: Number(number), title, span: { start, end: start + value.length } })
  }
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!
    if (block.type === 'line') {
      const raw = `${block.marker ?? ''}${block.label ? `(${block.label})` : ''}${block.value}`.trim()
      const alone = APPENDIX_NUMBER.exec(raw)?.[1]
      const next = blocks[i + 1]
      if (alone && next?.type === 'line' && next.kind !== 'footnote') add(alone, `${next.label ? `(${next.label}) ` : ''}${next.value}`, next.valueStart)
      const inline = APPENDIX_INLINE.exec(raw)
      if (!alone && inline) add(inline[1]!, inline[2]!, block.position.end.offset! - inline[2]!.length)
      continue
    }
    // A heading row (`참고 1 | | 제목`) may stand in any row of a table.
    for (const row of block.children) {
      const cells = row.children.filter((c) => c.value !== '')
      const number = cells[0] ? APPENDIX_NUMBER.exec(cells[0].value)?.[1] : undefined
      if (number && cells[1] && cells.length === 2) add(number, cells[1].value, cells[1].position.start.offset!)
    }
  }
  return out
}

/** A numbered appendix heading with its title on the same line: `참고 1 ’24.3분기 …`. */
const APPENDIX_INLINE = /^[<【\[(]?\s*(?:붙\s*임|참\s*고|별\s*첨)\s*(\d{1,2})\s*[>】\])]?\s+([^\s□○].{3,79})$/u
