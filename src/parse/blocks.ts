/**
 * Text → blocks: tab-separated runs of lines become tables, other lines become `line`s.
 */
import type { Block, Table, TableCell, TableRow } from './tree.js'
import type { Locator } from './position.js'
import { parseLine } from './line.js'

/**
 * Split the document text into blocks.
 *
 * @param text The normalized document text.
 * @param at Its locator.
 * @returns Lines and tables in document order (blank lines dropped).
 */
export function toBlocks(text: string, at: Locator): Block[] {
  const blocks: Block[] = []
  let offset = 0
  let table: Table | null = null
  for (const raw of text.split('\n')) {
    const start = offset
    offset += raw.length + 1
    if (raw.trim() === '') {
      table = null
      continue
    }
    if (raw.includes('\t')) {
      const row = tableRow(raw, start, at)
      if (table === null) {
        table = { type: 'table', role: null, appendix: false, children: [], position: row.position }
        blocks.push(table)
      }
      table.children.push(row)
      table.position = at.position(table.position.start.offset!, row.position.end.offset!)
      continue
    }
    table = null
    blocks.push(parseLine(raw, start, at))
  }
  return blocks
}

function tableRow(raw: string, start: number, at: Locator): TableRow {
  const children: TableCell[] = []
  let cellStart = start
  for (const cell of raw.split('\t')) {
    const lead = /^\s*/u.exec(cell)![0].length
    const value = cell.trim()
    children.push({
      type: 'tableCell',
      value,
      position: at.position(cellStart + lead, cellStart + lead + value.length)
    })
    cellStart += cell.length + 1
  }
  return { type: 'tableRow', children, position: at.position(start, start + raw.length) }
}
