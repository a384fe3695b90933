/**
 * Records → relational tables (표), one per field group, for DuckDB and Parquet. The tables,
 * their columns, SQL types and comments are generated from the record's JSON Schema, itself
 * generated from the zod schema (`src/schema/record.ts`), so that a field added to the record
 * becomes a column without touching this file:
 *
 * - an object is flattened into `parent_child` columns (`venue.name` → `venue_name`, a span
 *   → `span_start`, `span_end`);
 * - a date-or-date-time string becomes a `DATE` column and a `…_at` `TIMESTAMPTZ` column
 *   (null where only the day is stated), an `HH:MM` string a `TIME`, integers `INTEGER`,
 *   booleans `BOOLEAN`;
 * - an array named in {@link TABLE_SPECS} is a table of its own, keyed by the release id and
 *   the item's position (and its parent's); any other array is a list column (a `STRUCT`
 *   list for objects), except on `releases`, where it is `JSON`, so that a release row can
 *   be replaced in place (DuckDB cannot delete a row that foreign keys point at, and updates
 *   list columns by deleting);
 * - free-form objects (`source.meta`) are `JSON`.
 *
 * Comments join the Korean titles of the path with the English description.
 */
import { jsonSchema } from '../schema/json-schema.js'
import type { PressRelease } from '../schema/record.js'

/** A JSON Schema node, as `z.toJSONSchema` writes them. */
interface Node {
  type?: string | string[]
  anyOf?: Node[]
  properties?: Record<string, Node>
  items?: Node
  pattern?: string
  enum?: unknown[]
  const?: unknown
  title?: string
  description?: string
}

/** How a column's value is made from the item's value at its path. */
type Convert = 'value' | 'date' | 'datetime' | ((value: unknown) => unknown)

/** A column (열): name, SQL type, comment, and where its value is in an item. */
export interface Column {
  name: string
  type: string
  comment: string
  path: string[]
  convert: Convert
}

/** A table (표): its name, comment, key columns and value columns. */
export interface Table {
  name: string
  comment: string
  /** `release_id` and the position columns, the primary key. */
  keys: string[]
  columns: Column[]
  /** Where its items are in a record: property names, `*` for every property of an object. */
  path: string[]
  /** A parallel array of spans on the parent (`subtitles` ↔ `subtitleSpans`). */
  spans?: string
}

/** A row: column name → JSON value, ready for DuckDB's `from_json`. */
export type Row = Record<string, unknown>

interface TableSpec {
  name: string
  path: string[]
  /** Position columns, one per array on the path (`*` levels give a `kind` column). */
  index: string[]
  spans?: string
}

/** The tables: every array of the record that is a field group of its own. */
const TABLE_SPECS: readonly TableSpec[] = [
  { name: 'releases', path: [], index: [] },
  { name: 'subtitles', path: ['subtitles'], index: ['subtitle_index'], spans: 'subtitleSpans' },
  { name: 'contacts', path: ['contacts'], index: ['contact_index'] },
  { name: 'events', path: ['events'], index: ['event_index'] },
  { name: 'participants', path: ['events', 'participants'], index: ['event_index', 'participant_index'] },
  { name: 'agenda', path: ['events', 'agenda'], index: ['event_index', 'row_index'] },
  { name: 'quotes', path: ['quotes'], index: ['quote_index'] },
  { name: 'plans', path: ['plans'], index: ['plan_index'] },
  { name: 'plan_goals', path: ['plans', 'goals'], index: ['plan_index', 'goal_index'] },
  { name: 'plan_tasks', path: ['plans', 'tasks'], index: ['plan_index', 'task_index'] },
  { name: 'footnotes', path: ['footnotes'], index: ['footnote_index'] },
  { name: 'glossary', path: ['glossary'], index: ['entry_index'] },
  { name: 'attachments', path: ['attachments'], index: ['attachment_index'] },
  { name: 'references', path: ['references'], index: ['reference_index'] },
  { name: 'keywords', path: ['keywords'], index: ['keyword_index'] },
  { name: 'entities', path: ['entities', '*'], index: ['kind', 'entity_index'] },
  { name: 'messages', path: ['messages'], index: ['message_index'] },
  { name: 'source_map', path: ['sourceMap'], index: ['range_index'] }
]

const SAMPLE_DATE = '2024-01-02'
const SAMPLE_DATE_TIME = '2024-01-02T09:30:00+09:00'
const SAMPLE_TIME = '09:30'
const CAMEL_HUMP = /(?<=[a-z0-9])([A-Z])/gu
const VALUE = 'value'
const INDEX_SUFFIX = /_index$/u
const HANGUL = /[가-힣]/u
const LATIN_WORD = /[A-Za-z]{2,}/u
const REAL_DATE = /^(\d{4})-(\d{2})-(\d{2})/u

/** `durationMinutes` → `duration_minutes`. */
function snake(name: string): string {
  return name.replace(CAMEL_HUMP, '_$1').toLowerCase()
}

/** A quoted SQL identifier (`end`, `references` and `group` are keywords). */
export function quoteName(name: string): string {
  return `"${name.replaceAll('"', '""')}"`
}

/** The node without its `null` alternative, and whether it had one. */
function unwrap(node: Node): { node: Node; nullable: boolean } {
  if (node.anyOf) {
    const rest = node.anyOf.filter((n) => n.type !== 'null')
    if (rest.length === 1) {
      const inner = unwrap(rest[0]!)
      return { node: { ...inner.node, title: node.title ?? inner.node.title, description: node.description ?? inner.node.description }, nullable: true }
    }
    return { node, nullable: rest.length < node.anyOf.length }
  }
  if (Array.isArray(node.type)) {
    const rest = node.type.filter((t) => t !== 'null')
    return { node: { ...node, type: rest.length === 1 ? rest[0] : rest }, nullable: rest.length < node.type.length }
  }
  return { node, nullable: false }
}

/** What kind of string a pattern admits: a date that may carry a time, a time of day, or text. */
function stringKind(node: Node): 'datetime' | 'date' | 'time' | 'text' {
  if (!node.pattern) return 'text'
  const pattern = new RegExp(node.pattern, 'u')
  if (pattern.test(SAMPLE_DATE)) return pattern.test(SAMPLE_DATE_TIME) ? 'datetime' : 'date'
  return pattern.test(SAMPLE_TIME) ? 'time' : 'text'
}

/** The SQL type of a value nested in a list, and the converter of its JSON value. */
function nestedType(raw: Node): { type: string; convert: (value: unknown) => unknown } {
  const { node } = unwrap(raw)
  const same = (value: unknown) => value
  if (node.anyOf) return { type: 'JSON', convert: same }
  switch (node.type) {
    case 'object': {
      const entries = Object.entries(node.properties ?? {})
      if (entries.length === 0) return { type: 'JSON', convert: same }
      const fields = entries.map(([key, child]) => ({ key, name: snake(key), ...nestedType(child) }))
      return {
        type: `STRUCT(${fields.map((f) => `${quoteName(f.name)} ${f.type}`).join(', ')})`,
        convert: (value) =>
          value === null || value === undefined ? null : Object.fromEntries(fields.map((f) => [f.name, f.convert((value as Record<string, unknown>)[f.key] ?? null)]))
      }
    }
    case 'array': {
      const item = nestedType(node.items ?? {})
      return { type: `${item.type}[]`, convert: (value) => (Array.isArray(value) ? value.map(item.convert) : null) }
    }
    case 'integer':
      return { type: 'INTEGER', convert: same }
    case 'number':
      return { type: 'DOUBLE', convert: same }
    case 'boolean':
      return { type: 'BOOLEAN', convert: same }
    case 'string':
      return { type: stringKind(node) === 'time' ? 'TIME' : 'VARCHAR', convert: same }
    default:
      return { type: node.const !== undefined || node.enum ? 'VARCHAR' : 'JSON', convert: same }
  }
}

interface Walk {
  /** Column name prefix (`venue_`). */
  prefix: string
  /** Property path from the item. */
  path: string[]
  /** Korean titles of the enclosing objects. */
  titles: string[]
  /** English words of the enclosing properties. */
  words: string[]
  /** Whether list values become JSON (the `releases` row). */
  jsonLists: boolean
  /** Property names left out at this level (arrays that are tables of their own). */
  skip: Set<string>
}

function comment(titles: string[], words: string[], description: string | undefined, note = ''): string {
  const korean = titles.filter(Boolean).join(' · ')
  const english = `${description && LATIN_WORD.test(description) ? description : [...words, description].filter(Boolean).join(': ')}${note}`
  return korean ? `${korean} | ${english}` : english
}

/** The columns of an object node, flattened. */
function objectColumns(node: Node, walk: Walk): Column[] {
  const columns: Column[] = []
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    if (walk.path.length === 0 && walk.skip.has(key)) continue
    columns.push(...valueColumns(child, { ...walk, prefix: `${walk.prefix}${snake(key)}`, path: [...walk.path, key], words: [...walk.words, ...snake(key).split('_')] }))
  }
  return columns
}

/** The columns one property gives (`walk.prefix` is its full column name). */
function valueColumns(raw: Node, walk: Walk): Column[] {
  const { node } = unwrap(raw)
  const titles = [...walk.titles, node.title ?? '']
  const base = { name: walk.prefix, path: walk.path }
  if (node.type === 'object' && Object.keys(node.properties ?? {}).length > 0) {
    return objectColumns(node, { ...walk, prefix: `${walk.prefix}_`, titles })
  }
  if (node.type === 'string' && !node.enum) {
    const kind = stringKind(node)
    if (kind === 'datetime')
      return [
        { ...base, type: 'DATE', comment: comment(titles, walk.words, node.description, ' (the day)'), convert: 'date' },
        { ...base, name: `${walk.prefix}_at`, type: 'TIMESTAMPTZ', comment: comment(titles, walk.words, node.description, ' (day and time; null when only the day is stated)'), convert: 'datetime' }
      ]
    if (kind === 'date') return [{ ...base, type: 'DATE', comment: comment(titles, walk.words, node.description), convert: 'date' }]
  }
  if (node.type === 'array' && walk.jsonLists) return [{ ...base, type: 'JSON', comment: comment(titles, walk.words, node.description, ' (JSON array)'), convert: 'value' }]
  const nested = nestedType(node)
  return [{ ...base, type: nested.type, comment: comment(titles, walk.words, node.description), convert: nested.type === 'JSON' ? 'value' : nested.convert }]
}

/** The schema node of a table's items, and the titles on the way to it. */
function itemNode(root: Node, path: string[]): { node: Node; titles: string[]; description: string | undefined } {
  let node = root
  const titles: string[] = []
  let description = root.description
  for (const key of path) {
    if (key === '*') {
      const first = Object.values(node.properties ?? {})[0] ?? {}
      node = unwrap(first).node
    } else {
      node = unwrap(node.properties?.[key] ?? {}).node
      titles.push(node.title ?? '')
      description = node.description
    }
    if (node.type === 'array') {
      node = unwrap(node.items ?? {}).node
      description = node.description ?? description
    }
  }
  return { node, titles, description }
}

let cached: Table[] | null = null

/**
 * The tables of the record's schema, in creation order (`releases` first).
 *
 * @returns Every table with its keys, typed columns and comments.
 */
export function tables(): Table[] {
  if (cached) return cached
  const root = jsonSchema() as Node
  const topLevel = new Set(TABLE_SPECS.flatMap((s) => [s.path[0], s.spans]).filter((k): k is string => k !== undefined))
  cached = TABLE_SPECS.map((spec) => {
    const { node, titles, description } = itemNode(root, spec.path)
    const nested = new Set(TABLE_SPECS.filter((s) => s.path.length > spec.path.length && s.path.slice(0, spec.path.length).join('/') === spec.path.join('/')).map((s) => s.path[spec.path.length]!))
    const skip = spec.path.length === 0 ? topLevel : nested
    const walk: Walk = { prefix: '', path: [], titles: [], words: [], jsonLists: spec.path.length === 0, skip }
    const own = node.type === 'object' ? objectColumns(node, walk) : valueColumns(node, { ...walk, prefix: VALUE, path: [VALUE], titles, words: [VALUE] })
    // A parallel list of spans gives the span columns of a list of strings.
    const spanColumns = spec.spans ? valueColumns(itemNode(root, [spec.spans]).node, { ...walk, prefix: 'span', path: ['span'], words: ['span'] }) : []
    const keyColumns: Column[] = [
      { name: 'release_id', type: 'VARCHAR', comment: comment(['보도자료 식별자'], [], spec.path.length === 0 ? 'Stable release id derived from the content hash' : 'The release (releases.release_id)'), path: ['id'], convert: 'value' },
      ...spec.index.map((name) =>
        name === 'kind'
          ? { name, type: 'VARCHAR', comment: comment(['종류'], [], 'Which list of the group the item is in'), path: [], convert: 'value' as const }
          : { name, type: 'INTEGER', comment: comment(['순번'], [], `Position in its list, from 0 (${name.replace(INDEX_SUFFIX, '')})`), path: [], convert: 'value' as const }
      )
    ]
    // A column whose schema has no Korean title is named by its table's.
    const tableTitle = titles.filter(Boolean).join(' · ')
    const columns = [...keyColumns, ...own.filter((c) => !(spec.path.length === 0 && c.name === 'id')), ...spanColumns].map((c) =>
      HANGUL.test(c.comment) || !tableTitle ? c : { ...c, comment: `${tableTitle} | ${c.comment}` }
    )
    const englishName = spec.name.replaceAll('_', ' ')
    return {
      name: spec.name,
      comment: comment(spec.path.length === 0 ? [root.title ?? ''] : titles, [englishName], spec.path.length === 0 ? 'One row per release: its metadata and full text' : description ?? englishName),
      keys: ['release_id', ...spec.index],
      columns,
      path: spec.path,
      ...(spec.spans ? { spans: spec.spans } : {})
    }
  })
  return cached
}

/** The value at a path of an object (undefined where a step is missing). */
function at(value: unknown, path: string[]): unknown {
  let current = value
  for (const key of path) {
    if (current === null || current === undefined) return null
    current = (current as Record<string, unknown>)[key]
  }
  return current
}

/** The day of a date or date-time, null when it is not a calendar day. */
function day(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const m = REAL_DATE.exec(value)
  if (!m) return null
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return date.getUTCDate() === Number(m[3]) && date.getUTCMonth() === Number(m[2]) - 1 ? m[0] : null
}

function cell(column: Column, item: unknown): unknown {
  const value = at(item, column.path) ?? null
  switch (column.convert) {
    case 'value':
      return value
    case 'date':
      return day(value)
    case 'datetime':
      return typeof value === 'string' && value.includes('T') && day(value) ? value : null
    default:
      return column.convert(value)
  }
}

interface Item {
  item: unknown
  positions: unknown[]
  /** The object holding the item's list, and its position there (for parallel span lists). */
  parent: unknown
  index: number
}

/** The items under a table's path with their position values. */
function items(record: PressRelease, path: string[]): Item[] {
  let level: Item[] = [{ item: record, positions: [], parent: null, index: 0 }]
  path.forEach((key, k) => {
    if (key === '*') return
    const eachProperty = path[k + 1] === '*'
    level = level.flatMap(({ item, positions }) => {
      const value = at(item, [key])
      if (!eachProperty) return Array.isArray(value) ? value.map((v, i) => ({ item: v, positions: [...positions, i], parent: item, index: i })) : []
      return Object.entries((value ?? {}) as Record<string, unknown>).flatMap(([name, list]) =>
        Array.isArray(list) ? list.map((v, i) => ({ item: v, positions: [...positions, name, i], parent: value, index: i })) : []
      )
    })
  })
  return level
}

/**
 * The rows one record adds to a table.
 *
 * @param record A validated record.
 * @param table One of {@link tables}.
 * @returns Rows keyed by column name, values as JSON (dates as `YYYY-MM-DD`, lists as arrays).
 */
export function tableRows(record: PressRelease, table: Table): Row[] {
  const positionNames = table.keys.slice(1)
  const scalar = table.columns.some((c) => c.path[0] === VALUE)
  return items(record, table.path).map(({ item, positions, parent, index }) => {
    const row: Row = { release_id: record.id }
    positionNames.forEach((name, i) => {
      row[name] = positions[i]
    })
    const source = scalar ? { [VALUE]: item, span: table.spans ? ((at(parent, [table.spans]) as unknown[] | null)?.[index] ?? null) : null } : item
    for (const column of table.columns) if (!(column.name in row)) row[column.name] = cell(column, source)
    return row
  })
}
