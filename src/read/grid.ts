/**
 * Table cells placed on their grid → tab-separated rows: a cell spanning columns or rows
 * leaves empty cells, as a viewer's text export does. Shared by the HWPX and HWP readers.
 */

/** A cell at its place in the grid. */
export interface GridCell {
  row: number
  col: number
  rowSpan: number
  colSpan: number
  text: string
}

const MAX_ROWS = 2000
const MAX_COLS = 200

/**
 * Lay cells out and return the non-empty rows, each with its row index.
 *
 * @param cells The cells (row/col addresses, spans, text on one line).
 */
export function gridRows(cells: GridCell[]): Array<{ row: number; text: string }> {
  if (cells.length === 0) return []
  const rows = Math.min(MAX_ROWS, Math.max(...cells.map((x) => x.row + x.rowSpan)))
  const cols = Math.min(MAX_COLS, Math.max(...cells.map((x) => x.col + x.colSpan)))
  const grid: string[][] = Array.from({ length: rows }, () => Array.from({ length: cols }, () => ''))
  for (const x of cells) if (x.row < rows && x.col < cols) grid[x.row]![x.col] = x.text.replace(/\t/gu, ' ')
  return grid.flatMap((row, i) => (row.every((v) => v === '') ? [] : [{ row: i, text: row.join('\t') }]))
}

/**
 * How many columns the cells take.
 */
export function gridColumns(cells: Array<Pick<GridCell, 'col' | 'colSpan'>>): number {
  return cells.length === 0 ? 0 : Math.min(MAX_COLS, Math.max(...cells.map((x) => x.col + x.colSpan)))
}
