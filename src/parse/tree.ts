/**
 * The press-release syntax tree (a unist tree). Every node has a `position` into the
 * normalized document text.
 */
import type { Node, Parent, Position } from 'unist'

/** What a line is in the release's typography. */
export type LineKind =
  | 'documentType' // 보도자료 …
  | 'header' // 보도시점 / 배포 lines
  | 'title'
  | 'subtitle'
  | 'heading' // I. …, 【…】, < … >
  | 'item' // a list item with a marker
  | 'paragraph'
  | 'footnote' // * …, ** …, 주1) …
  | 'note' // ※ …
  | 'attachment' // an entry of the 붙임 list
  | 'appendixHeading' // 붙임1 …: start of an appendix

/** One line of the release. */
export interface Line extends Node {
  type: 'line'
  kind: LineKind
  /** The marker as written (`□`, `①`, `*`, `1.`), or null. */
  marker: string | null
  /** Indentation in characters (tabs count 4), the list depth's evidence. */
  indent: number
  /** Bracketed or colon label (`(일시)` → `일시`), or null. */
  label: string | null
  /** Text after marker and label. */
  value: string
  /** Offset of `value` in the document text. */
  valueStart: number
  /** Whether the line stands in an appendix (after a 붙임 heading). */
  appendix: boolean
  position: Position
}

/** One cell of a table row. */
export interface TableCell extends Node {
  type: 'tableCell'
  value: string
  position: Position
}

/** One row of a table. */
export interface TableRow extends Parent {
  type: 'tableRow'
  children: TableCell[]
  position: Position
}

/** A table: consecutive tab-separated rows. */
export interface Table extends Parent {
  type: 'table'
  /** `contacts` for the 담당 부서 / 책임자 / 담당자 table, `header` for the header box. */
  role: 'contacts' | 'header' | null
  appendix: boolean
  children: TableRow[]
  position: Position
}

export type Block = Line | Table

/** The root of a release. */
export interface Root extends Parent {
  type: 'root'
  children: Block[]
  position: Position
}

declare module 'vfile' {
  interface DataMap {
    /** Wrapper metadata (korea.kr front matter) of the input. */
    meta: Record<string, unknown>
    /** Title the wrapper states (korea.kr `#` heading). */
    wrapperTitle: string | null
  }
}
