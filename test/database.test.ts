/**
 * DuckDB and Parquet output: a table per field group with as many rows as the records have
 * items, typed columns, keys and bilingual comments; runs that append, skip and replace;
 * a failed batch leaves the database as it was; Parquet reads back with the same counts and
 * types.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api'
import { extract, type PressRelease } from '../src/index.js'
import { openDatabase } from '../src/write/duckdb.js'
import { tables } from '../src/write/tables.js'
import { corpus, noShared, root } from './helpers.js'

const cli = join(root, 'src/cli/main.ts')
const bodo = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 })
const HANGUL = /[가-힣]/u
const LATIN_WORD = /[A-Za-z]{2,}/u

/** How many items each table should hold for these records, counted from the records themselves. */
function expectedCounts(records: PressRelease[]): Record<string, number> {
  const sum = (f: (r: PressRelease) => number) => records.reduce((n, r) => n + f(r), 0)
  return {
    releases: records.length,
    subtitles: sum((r) => r.subtitles.length),
    contacts: sum((r) => r.contacts.length),
    events: sum((r) => r.events.length),
    participants: sum((r) => r.events.reduce((n, e) => n + e.participants.length, 0)),
    agenda: sum((r) => r.events.reduce((n, e) => n + e.agenda.length, 0)),
    quotes: sum((r) => r.quotes.length),
    plans: sum((r) => r.plans.length),
    plan_goals: sum((r) => r.plans.reduce((n, p) => n + p.goals.length, 0)),
    plan_tasks: sum((r) => r.plans.reduce((n, p) => n + p.tasks.length, 0)),
    footnotes: sum((r) => r.footnotes.length),
    glossary: sum((r) => r.glossary.length),
    attachments: sum((r) => r.attachments.length),
    references: sum((r) => r.references.length),
    keywords: sum((r) => r.keywords.length),
    entities: sum((r) => r.entities.persons.length + r.entities.organizations.length + r.entities.places.length),
    messages: sum((r) => r.messages.length),
    source_map: sum((r) => r.sourceMap?.length ?? 0)
  }
}

async function connect(path: string): Promise<{ connection: DuckDBConnection; close: () => void }> {
  const instance = await DuckDBInstance.create(path, path === ':memory:' ? {} : { access_mode: 'READ_ONLY' })
  const connection = await instance.connect()
  return {
    connection,
    close: () => {
      connection.closeSync()
      instance.closeSync()
    }
  }
}

async function rows(connection: DuckDBConnection, sql: string): Promise<Array<Record<string, unknown>>> {
  return (await connection.runAndReadAll(sql)).getRowObjectsJS()
}

async function counts(connection: DuckDBConnection, from: (table: string) => string = (t) => `"${t}"`): Promise<Record<string, number>> {
  const result: Record<string, number> = {}
  for (const table of tables()) result[table.name] = Number((await rows(connection, `SELECT count(*) AS n FROM ${from(table.name)}`))[0]!.n)
  return result
}

async function types(connection: DuckDBConnection, from: (table: string) => string): Promise<Record<string, string>> {
  const result: Record<string, string> = {}
  for (const table of tables()) {
    for (const row of await rows(connection, `DESCRIBE SELECT * FROM ${from(table.name)}`)) {
      // The partition column of year folders is not a column of the table.
      if (row.column_name !== 'year') result[`${table.name}.${String(row.column_name)}`] = String(row.column_type)
    }
  }
  return result
}

/** The database holds these counts per table, every release made by this version. */
async function assertHolds(path: string, expected: Record<string, number>, version: string): Promise<void> {
  const { connection, close } = await connect(path)
  try {
    assert.deepEqual(await counts(connection), expected)
    const versions = await rows(connection, `SELECT DISTINCT producer_version FROM releases`)
    assert.deepEqual(versions.map((v) => v.producer_version), [version])
  } finally {
    close()
  }
}

async function sampleRecords(): Promise<PressRelease[]> {
  const dir = join(root, 'samples')
  return Promise.all(readdirSync(dir).sort().map(async (f) => (await extract(readFileSync(join(dir, f)), { fileName: f })).record))
}

const temp = (prefix: string) => mkdtempSync(join(tmpdir(), prefix))

test('the tables are those of the record: one per field group, each keyed by the release and a position', () => {
  assert.deepEqual(tables().map((t) => t.name).sort(), Object.keys(expectedCounts([])).sort())
  for (const table of tables()) {
    assert.equal(table.keys[0], 'release_id')
    const names = table.columns.map((c) => c.name)
    for (const key of table.keys) assert.ok(names.includes(key), `${table.name}.${key}`)
    assert.equal(new Set(names).size, names.length, `${table.name} has no duplicate column`)
  }
})

test('a database from the samples: rows per table as the records have items, real types, keys and Korean/English comments', async () => {
  const records = await sampleRecords()
  const path = join(temp('bodo-db-'), 'r.duckdb')
  const r = bodo(['extract', 'samples', '--format', 'duckdb', '--out', path, '--quiet'])
  assert.equal(r.status, 0, r.stderr)
  const { connection, close } = await connect(path)
  try {
    assert.deepEqual(await counts(connection), expectedCounts(records))
    const t = await types(connection, (name) => `"${name}"`)
    assert.equal(t['releases.release_embargo'], 'DATE')
    assert.equal(t['releases.release_embargo_at'], 'TIMESTAMP WITH TIME ZONE')
    assert.equal(t['releases.source_meta'], 'JSON')
    assert.equal(t['events.start'], 'DATE')
    assert.equal(t['events.attendees_count'], 'INTEGER')
    assert.equal(t['events.attendees_approximate'], 'BOOLEAN')
    assert.equal(t['agenda.start'], 'TIME')
    assert.equal(t['plans.period_start'], 'INTEGER')
    assert.match(t['plan_tasks.items']!, /^STRUCT\(.*\)\[\]$/u)
    assert.equal(t['keywords.weight'], 'DOUBLE')

    // Values as the record has them: the full text, a date-time split into its day and instant.
    const seed = records.find((x) => x.events.some((e) => e.start?.includes('T') === true))!
    const event = seed.events.find((e) => e.start?.includes('T'))!
    const [row] = await rows(
      connection,
      `SELECT r.text, e.start::VARCHAR AS day, epoch(e.start_at) AS instant FROM releases r JOIN events e USING (release_id) WHERE release_id = '${seed.id}' AND e.span_start = ${event.span.start}`
    )
    assert.equal(row!.text, seed.text)
    assert.equal(row!.day, event.start!.slice(0, 10))
    assert.equal(Number(row!.instant), Date.parse(event.start!) / 1000)

    const constraints = await rows(connection, `SELECT table_name, constraint_type FROM duckdb_constraints() WHERE constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY')`)
    for (const table of tables()) {
      assert.ok(constraints.some((c) => c.table_name === table.name && c.constraint_type === 'PRIMARY KEY'), `${table.name} has a primary key`)
      if (table.name !== 'releases') assert.ok(constraints.some((c) => c.table_name === table.name && c.constraint_type === 'FOREIGN KEY'), `${table.name} refers to releases`)
    }
    const comments = await rows(connection, `SELECT table_name, column_name, comment FROM duckdb_columns() WHERE schema_name = 'main' AND table_name IN (SELECT table_name FROM duckdb_tables())`)
    for (const c of comments) {
      assert.ok(HANGUL.test(String(c.comment)) && LATIN_WORD.test(String(c.comment)), `${String(c.table_name)}.${String(c.column_name)}: ${String(c.comment)}`)
    }
    // The README's example queries run as printed.
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    const section = readme.slice(readme.indexOf('## Databases'), readme.indexOf('\n## ', readme.indexOf('## Databases') + 1))
    const queries = [...section.matchAll(/```sql\n([^`]+)```/gu)].map((m) => m[1]!)
    assert.ok(queries.length >= 5, `${queries.length} example queries`)
    for (const sql of queries) assert.ok(Array.isArray(await rows(connection, sql)), sql)
    for (const view of ['events_by_month', 'participants_ranked', 'release_links']) {
      assert.ok((await rows(connection, `SELECT * FROM ${view}`)).length >= (view === 'release_links' ? (expectedCounts(records).references ?? 0) : 1), view)
    }
  } finally {
    close()
  }
})

test('runs append: the same releases again are skipped before converting, another version replaces in place, a failing batch leaves the database as it was', async () => {
  const records = await sampleRecords()
  const path = join(temp('bodo-db-'), 'r.duckdb')
  const expected = expectedCounts(records)

  // An older version of the first release, with one contact fewer.
  const old = structuredClone(records[0]!)
  old.producer = { ...old.producer, version: '0.0.1' }
  old.contacts = old.contacts.slice(1)
  let db = await openDatabase(path)
  assert.equal(await db.add(old), 'converted')
  await db.close()

  const first = bodo(['extract', 'samples', '--format', 'duckdb', '--out', path, '--quiet'])
  assert.equal(first.status, 0, first.stderr)
  assert.match(first.stderr, new RegExp(`${records.length} converted, 0 skipped`, 'u'))
  const again = bodo(['extract', 'samples', '--format', 'duckdb', '--out', path, '--quiet'])
  assert.match(again.stderr, new RegExp(`0 converted, ${records.length} skipped`, 'u'))

  await assertHolds(path, expected, records[0]!.producer.version)

  // A batch whose last release cannot be stored (no id) is rolled back whole, the replacement before it too.
  const changed = structuredClone(records[0]!)
  changed.producer = { ...changed.producer, version: '9.9.9' }
  changed.contacts = []
  const broken = structuredClone(records[1]!)
  broken.id = null as unknown as string
  db = await openDatabase(path)
  await db.add(changed)
  await db.add(broken)
  await assert.rejects(db.close())
  await assertHolds(path, expected, records[0]!.producer.version)

  // Aborted (a run stopped by an error), pending releases are dropped, committed ones stay.
  db = await openDatabase(path)
  await db.add(changed)
  await db.abort()
  await assertHolds(path, expected, records[0]!.producer.version)
})

test('Parquet: one zstd file per table, or Hive-style year folders, read back with the counts and types of the database', async () => {
  const records = await sampleRecords()
  const dir = temp('bodo-pq-')
  const db = join(dir, 'r.duckdb')
  for (const args of [
    ['--format', 'duckdb', '--out', db],
    ['--format', 'parquet', '--out', join(dir, 'flat')],
    ['--format', 'parquet', '--partition', 'year', '--out', join(dir, 'years')]
  ]) {
    const r = bodo(['extract', 'samples', ...args, '--quiet'])
    assert.equal(r.status, 0, r.stderr)
  }
  assert.ok(readdirSync(join(dir, 'years', 'releases')).every((f) => /^year=(\d{4}|__HIVE_DEFAULT_PARTITION__)$/u.test(f)), readdirSync(join(dir, 'years', 'releases')).join(' '))
  const database = await connect(db)
  const memory = await connect(':memory:')
  try {
    const flat = (name: string) => `read_parquet('${join(dir, 'flat', `${name}.parquet`)}')`
    const years = (name: string) => `read_parquet('${join(dir, 'years', name, '*', '*.parquet')}', hive_partitioning = true)`
    assert.deepEqual(await counts(memory.connection, flat), expectedCounts(records))
    assert.deepEqual(await counts(memory.connection, years), expectedCounts(records))
    const want = await types(database.connection, (name) => `"${name}"`)
    const json = (t: Record<string, string>) => Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v === 'JSON' ? 'VARCHAR' : v]))
    assert.deepEqual(json(await types(memory.connection, flat)), json(want))
    assert.deepEqual(json(await types(memory.connection, years)), json(want))
    const [meta] = await rows(memory.connection, `SELECT DISTINCT compression FROM parquet_metadata('${join(dir, 'flat', 'releases.parquet')}') WHERE compression <> 'UNCOMPRESSED'`)
    assert.equal(meta?.compression, 'ZSTD')
  } finally {
    database.close()
    memory.close()
  }
})

test('the corpus: a database with as many rows per table as the JSON records have items; a re-run keeps the counts', { skip: noShared }, async () => {
  const docs = join(corpus, 'docs')
  const dir = temp('bodo-db-corpus-')
  const path = join(dir, 'r.duckdb')
  const r = bodo(['extract', docs, '--format', 'duckdb', '--out', path, '--quiet', '--jobs', '2'])
  assert.equal(r.status, 0, r.stderr)
  const lines = bodo(['extract', docs, '--format', 'jsonl', '--quiet', '--jobs', '2'])
  const records = lines.stdout.trim().split('\n').map((l) => JSON.parse(l) as PressRelease)
  assert.equal(records.length, readdirSync(docs).length)
  const again = bodo(['extract', docs, '--format', 'duckdb', '--out', path, '--quiet'])
  assert.match(again.stderr, new RegExp(`0 converted, ${records.length} skipped`, 'u'))
  const { connection, close } = await connect(path)
  try {
    assert.deepEqual(await counts(connection), expectedCounts(records))
  } finally {
    close()
  }
})

test('an interrupted run keeps the releases it converted, whole; running again adds the rest', { skip: noShared, timeout: 600_000 }, async () => {
  const inputs = mkdtempSync(join(tmpdir(), 'bodo-db-in-'))
  // Enough releases that the interrupt lands while they are converted on a fast machine too.
  const total = 1200
  for (const f of readdirSync(join(corpus, 'bulk')).sort().slice(0, total)) copyFileSync(join(corpus, 'bulk', f), join(inputs, f))
  const dir = temp('bodo-db-int-')
  const path = join(dir, 'r.duckdb')
  const report = join(dir, 'report.json')
  const child = spawn(process.execPath, ['--import', 'tsx', cli, 'extract', inputs, '--format', 'duckdb', '--out', path, '--report', report, '--quiet', '--jobs', '2'], { cwd: root })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  // Once the database is open the run is under way (the interrupt handler is set just after).
  while (!existsSync(path)) await new Promise((r) => setTimeout(r, 100))
  await new Promise((r) => setTimeout(r, 4_000))
  child.kill('SIGINT')
  const code = await exited
  const { converted } = JSON.parse(readFileSync(report, 'utf8')) as { converted: number }
  let check = await connect(path)
  try {
    const [row] = await rows(check.connection, 'SELECT count(*) AS n FROM releases')
    assert.equal(Number(row!.n), converted, `exit ${code}: the ${converted} releases converted before the interrupt are in the database`)
  } finally {
    check.close()
  }
  const again = bodo(['extract', inputs, '--format', 'duckdb', '--out', path, '--quiet', '--jobs', '2'])
  assert.equal(again.status, 0, again.stderr)
  assert.match(again.stderr, new RegExp(`${total - converted} converted, ${converted} skipped`, 'u'))
  check = await connect(path)
  try {
    const [row] = await rows(check.connection, 'SELECT count(*) AS n, count(DISTINCT source_file) AS files FROM releases')
    assert.equal(Number(row!.n), total)
    assert.equal(Number(row!.files), total)
  } finally {
    check.close()
  }
})
