/**
 * Records → a DuckDB database (데이터베이스): a table per field group (see `tables.ts`) with
 * primary keys (the release id and the item's position), foreign keys to `releases`, Korean
 * and English comments on every table and column, and views over them. Runs append: a
 * release already there with the same bodo version is skipped, one made by another version
 * is replaced. Releases are committed in batches, each batch in one transaction, so that an
 * interrupted run leaves the database as it was before the batch that did not finish (a
 * Ctrl-C commits the releases already converted). Loaded only for `--format duckdb|parquet`.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api'
import type { PressRelease } from '../schema/record.js'
import { tables, tableRows, quoteName, type Row, type Table } from './tables.js'

/** Where converted records go, one at a time; `close` makes them permanent. */
export interface TableSink {
  /** Add a record; `skipped` when the same release made by the same version is already there. */
  add(record: PressRelease): Promise<'converted' | 'skipped'>
  /** Write what is pending and close. */
  close(): Promise<void>
  /** Drop what is pending (what earlier batches committed stays) and close. */
  abort(): Promise<void>
  /** Whether the release read from these bytes (their SHA-256) by this version is already there. */
  holds?(sha256: string, version: string): boolean
}

/** An open database: a sink, and its connection for queries. */
export interface Database extends TableSink {
  connection: DuckDBConnection
  /** Commit the pending releases now. */
  flush(): Promise<void>
}

/** Releases per transaction. */
const BATCH = 250

/** The views: SQL that reads the tables, with a comment each. */
const VIEWS: ReadonlyArray<{ name: string; comment: string; sql: string }> = [
  {
    name: 'events_by_month',
    comment: '월별 행사 | Events per month of their start: how many events, in how many releases, by how many issuers',
    sql: `SELECT date_trunc('month', e.start)::DATE AS month, count(*) AS events, count(DISTINCT e.release_id) AS releases,
      count(DISTINCT r.ministry) AS ministries
    FROM events e JOIN releases r USING (release_id)
    WHERE e.start IS NOT NULL GROUP BY ALL ORDER BY month`
  },
  {
    name: 'participants_ranked',
    comment: '참석자 순위 | People and bodies taking part in events, ranked by the number of releases naming them',
    sql: `SELECT rank() OVER (ORDER BY count(DISTINCT release_id) DESC) AS rank, name, organization,
      list(DISTINCT position ORDER BY position) FILTER (WHERE position IS NOT NULL) AS positions,
      count(DISTINCT release_id) AS releases, count(DISTINCT (release_id, event_index)) AS events
    FROM participants
    GROUP BY name, organization ORDER BY rank, organization, name`
  },
  {
    name: 'release_links',
    comment: '관련 자료 연결 | Each cited release (references) with the release in the database it names, matched on the title (spaces ignored) and, where both are known, the day',
    sql: `SELECT f.release_id, f.reference_index, f.date, f.kind, f.title, t.release_id AS target_release_id
    FROM "references" f LEFT JOIN releases t
      ON t.release_id <> f.release_id
      AND regexp_replace(t.title, '\\s+', '', 'g') = regexp_replace(f.title, '\\s+', '', 'g')
      AND (try_cast(f.date AS DATE) IS NULL OR coalesce(t.release_embargo, t.release_distributed) IS NULL
        OR try_cast(f.date AS DATE) IN (t.release_embargo, t.release_distributed))`
  }
]

/** A SQL string literal. */
export function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`
}

/** `from_json` structure of a table: column → type. */
function structure(table: Table): string {
  return JSON.stringify([Object.fromEntries(table.columns.map((c) => [c.name, c.type]))])
}

/** The rows of a JSON text parameter, typed, as a subquery whose one column `u` is a row struct. */
function rowsOf(table: Table): string {
  return `(SELECT unnest(from_json($1::JSON, ${literal(structure(table))})) AS u)`
}

function createTable(table: Table, releases: Table): string {
  const columns = table.columns.map((c) => `${quoteName(c.name)} ${c.type}${table.keys.includes(c.name) ? ' NOT NULL' : ''}`)
  const keys = `PRIMARY KEY (${table.keys.map(quoteName).join(', ')})`
  const foreign = table === releases ? [] : [`FOREIGN KEY (release_id) REFERENCES ${quoteName(releases.name)} (release_id)`]
  return `CREATE TABLE IF NOT EXISTS ${quoteName(table.name)} (${[...columns, keys, ...foreign].join(', ')})`
}

/**
 * Bring a database's tables, comments and views to the current schema: create what is
 * missing, add columns the record gained, set comments that changed.
 */
async function prepare(connection: DuckDBConnection, all: Table[]): Promise<void> {
  const releases = all[0]!
  const present = await connection.runAndReadAll(`SELECT table_name, column_name, comment FROM duckdb_columns() WHERE schema_name = 'main'`)
  const columns = new Map(present.getRowObjectsJS().map((r) => [`${String(r.table_name)}.${String(r.column_name)}`, r.comment as string | null]))
  const tableComments = new Map(
    (await connection.runAndReadAll(`SELECT table_name, comment FROM duckdb_tables() WHERE schema_name = 'main'`)).getRowObjectsJS().map((r) => [String(r.table_name), r.comment as string | null])
  )
  const statements: string[] = []
  for (const table of all) {
    if (!tableComments.has(table.name)) statements.push(createTable(table, releases))
    if (tableComments.get(table.name) !== table.comment) statements.push(`COMMENT ON TABLE ${quoteName(table.name)} IS ${literal(table.comment)}`)
    for (const column of table.columns) {
      const key = `${table.name}.${column.name}`
      if (tableComments.has(table.name) && !columns.has(key)) statements.push(`ALTER TABLE ${quoteName(table.name)} ADD COLUMN IF NOT EXISTS ${quoteName(column.name)} ${column.type}`)
      if (columns.get(key) !== column.comment) statements.push(`COMMENT ON COLUMN ${quoteName(table.name)}.${quoteName(column.name)} IS ${literal(column.comment)}`)
    }
  }
  for (const view of VIEWS) {
    statements.push(`CREATE OR REPLACE VIEW ${quoteName(view.name)} AS ${view.sql}`, `COMMENT ON VIEW ${quoteName(view.name)} IS ${literal(view.comment)}`)
  }
  await connection.run('BEGIN TRANSACTION')
  try {
    for (const sql of statements) await connection.run(sql)
    await connection.run('COMMIT')
  } catch (error) {
    await connection.run('ROLLBACK')
    throw error
  }
}

/**
 * Open (or create) a DuckDB database for records.
 *
 * @param path The database file, or `:memory:`.
 * @param options `batch`: releases per transaction; `force`: replace releases made by this version too.
 * @returns The database, ready to take records.
 */
export async function openDatabase(path: string, options: { batch?: number; force?: boolean } = {}): Promise<Database> {
  const instance = await DuckDBInstance.create(path)
  const connection = await instance.connect()
  const all = tables()
  const releases = all[0]!
  const children = all.slice(1)
  await connection.run("SET checkpoint_threshold = '4GB'")
  await prepare(connection, all)
  const held = (await connection.runAndReadAll('SELECT release_id, source_sha256, producer_version FROM releases')).getRowObjectsJS()
  const versions = new Map(held.map((r) => [String(r.release_id), String(r.producer_version)]))
  const hashes = new Map(held.map((r) => [String(r.source_sha256), String(r.producer_version)]))
  const batch = options.batch ?? BATCH
  let pending: Array<{ record: PressRelease; replace: boolean; previous: string | undefined }> = []
  let closed = false

  async function insert(table: Table, rows: Row[]): Promise<void> {
    if (rows.length > 0) await connection.run(`INSERT INTO ${quoteName(table.name)} BY NAME SELECT u.* FROM ${rowsOf(table)}`, [JSON.stringify(rows)])
  }

  async function flush(): Promise<void> {
    if (pending.length === 0) return
    const done = pending
    pending = []
    const replaced = done.filter((p) => p.replace).map((p) => p.record)
    await connection.run('BEGIN TRANSACTION')
    try {
      if (replaced.length > 0) {
        const ids = replaced.map((r) => literal(r.id)).join(', ')
        for (const table of children) await connection.run(`DELETE FROM ${quoteName(table.name)} WHERE release_id IN (${ids})`)
        // Updated in place: DuckDB cannot delete a row foreign keys point at in this transaction.
        const set = releases.columns.filter((c) => c.name !== 'release_id').map((c) => `${quoteName(c.name)} = src.u.${quoteName(c.name)}`)
        await connection.run(`UPDATE releases SET ${set.join(', ')} FROM ${rowsOf(releases)} AS src WHERE releases.release_id = src.u.release_id`, [
          JSON.stringify(replaced.flatMap((r) => tableRows(r, releases)))
        ])
      }
      await insert(releases, done.filter((p) => !p.replace).flatMap((p) => tableRows(p.record, releases)))
      for (const table of children) await insert(table, done.flatMap((p) => tableRows(p.record, table)))
      await connection.run('COMMIT')
    } catch (error) {
      await connection.run('ROLLBACK').catch(() => undefined)
      for (const { record, previous } of done) {
        if (previous === undefined) versions.delete(record.id)
        else versions.set(record.id, previous)
      }
      throw error
    }
  }

  function close(): void {
    if (closed) return
    closed = true
    connection.closeSync()
    instance.closeSync()
  }

  return {
    connection,
    flush,
    async add(record) {
      const version = versions.get(record.id)
      const queued = pending.some((p) => p.record.id === record.id)
      if (version === record.producer.version && (!options.force || queued)) return 'skipped'
      const replace = version !== undefined && !queued
      versions.set(record.id, record.producer.version)
      pending.push({ record, replace, previous: version })
      if (pending.length >= batch) await flush()
      return 'converted'
    },
    holds: (sha256, version) => hashes.get(sha256) === version,
    async close() {
      try {
        await flush()
      } finally {
        close()
      }
    },
    async abort() {
      pending = []
      close()
    }
  }
}
