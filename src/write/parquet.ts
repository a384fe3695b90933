/**
 * Records → Parquet (zstd): one file per table of `tables.ts`, with the same columns and
 * types as the DuckDB database, written by DuckDB's `COPY … TO … (FORMAT parquet)` from an
 * in-memory database; or, with `partition: 'year'`, one Hive-style folder per table
 * (`events/year=2024/data_0.parquet`). Everything is written to a temporary folder beside the
 * output and moved into place when complete, so an interrupted run leaves the old files.
 */
import { mkdir, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { openDatabase, literal, type TableSink } from './duckdb.js'
import { tables, quoteName } from './tables.js'

/** How the files are split. */
export type Partition = 'year' | null

/**
 * The year a release's rows are filed under: of its embargo, else its distribution, else
 * the date the wrapper states (korea.kr's `approve_date`, `MM/DD/YYYY hh:mm:ss`); null
 * (a `year=__HIVE_DEFAULT_PARTITION__` folder) when none is known.
 */
const YEAR = `year(coalesce(release_embargo, release_distributed,
  try_strptime(source_meta->>'approve_date', '%m/%d/%Y %H:%M:%S')::DATE))`

const FORMAT = 'FORMAT parquet, COMPRESSION zstd'
/** The folder name Hive (and DuckDB) give a null partition value. */
const HIVE_NULL = '__HIVE_DEFAULT_PARTITION__'

/**
 * Open a Parquet output folder.
 *
 * @param dir The folder; each table's file (or folder) in it is replaced when the run completes.
 * @param partition `year` for Hive-style year folders.
 */
export async function openParquet(dir: string, partition: Partition): Promise<TableSink> {
  const database = await openDatabase(':memory:', { batch: 1000 })
  const { connection } = database
  const isEmpty = async (table: string) => (await connection.runAndReadAll(`SELECT 1 FROM ${quoteName(table)} LIMIT 1`)).currentRowCount === 0
  return {
    add: (record) => database.add(record),
    abort: () => database.abort(),
    async close() {
      try {
        await database.flush()
        await mkdir(dir, { recursive: true })
        const temp = join(dir, `.parquet.${randomBytes(6).toString('hex')}.tmp`)
        await mkdir(temp)
        try {
          const names: string[] = []
          for (const table of tables()) {
            const name = partition ? table.name : `${table.name}.parquet`
            const order = table.keys.map(quoteName).join(', ')
            const rows = `SELECT * FROM ${quoteName(table.name)}`
            if (!partition) {
              await connection.run(`COPY (${rows} ORDER BY ${order}) TO ${literal(join(temp, name))} (${FORMAT})`)
            } else if (await isEmpty(table.name)) {
              // No rows, no partitions: one empty file keeps the table's columns readable.
              const folder = join(temp, name, `year=${HIVE_NULL}`)
              await mkdir(folder, { recursive: true })
              await connection.run(`COPY (${rows}) TO ${literal(join(folder, 'data_0.parquet'))} (${FORMAT})`)
            } else {
              const query = `SELECT t.*, y.year FROM ${quoteName(table.name)} t JOIN (SELECT release_id, ${YEAR} AS year FROM releases) y USING (release_id)`
              await connection.run(`COPY (${query} ORDER BY ${order}) TO ${literal(join(temp, name))} (${FORMAT}, PARTITION_BY (year))`)
            }
            names.push(name)
          }
          for (const name of names) {
            await rm(join(dir, name), { recursive: true, force: true })
            await rename(join(temp, name), join(dir, name))
          }
        } finally {
          await rm(temp, { recursive: true, force: true })
        }
      } finally {
        await database.abort()
      }
    }
  }
}
