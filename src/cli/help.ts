/**
 * Help texts (도움말) of the command line: `bodo <command> --help` prints its command's text,
 * `bodo --help` the overview that `main.ts` keeps, `bodo --version` the version.
 */
import { PRODUCER } from '../version.js'

/** The version line of `bodo --version`. */
export const VERSION_TEXT = `${PRODUCER.name} ${PRODUCER.version}`

/** The help of each command, by name. */
export const COMMAND_HELP: Readonly<Record<string, string>> = {
  extract: `usage: bodo extract [<files, folders, globs or -> …] [options]

Convert press releases (HWPX, HWP, PDF, HTML, korea.kr Markdown, JSON, text) into records.
No inputs: samples/ → output/. Folders are read recursively; - reads stdin.

options:
  -o, --out <path>       json, csv: output folder (default output/); jsonl: a file, or - / none
                         for stdout; duckdb: the database file (default output/releases.duckdb);
                         parquet: the output folder
  -f, --format <format>  json     one <name>.json per release (default)
                         jsonl    one record per line
                         csv      one CSV table per field group
                         duckdb   one DuckDB database, a table per field group, appended to:
                                  a release already there from the same bodo version is skipped
                         parquet  one Parquet file (zstd) per table, same columns as duckdb
      --partition year   parquet: Hive-style year=YYYY folders per table
  -j, --jobs <n>         worker threads (default: the number of cores)
      --force            json, duckdb: convert again what is already up to date
      --report <file>    write a JSON run report
      --progress         draw the progress bar even when stderr is not a terminal
  -q, --quiet            no progress bar, no warnings
  -h, --help             this help

exit codes: 0 all converted or skipped, 1 some input failed, 2 usage error, 130 interrupted`,
  stream: `usage: bodo stream [--jobs <n>]

Read JSON Lines on stdin, {"path": …} or {"name": …, "text": …}, and write one JSON record per
line to stdout, in input order; a line that fails gives {"input": …, "error": {"code", "reason"}}.

options:
  -j, --jobs <n>   worker threads (default: the number of cores)`,
  review: `usage: bodo review [<inputs> …] --out <dir>

Write a static review site: the text of each release with every extracted value highlighted,
beside its record. Inputs are releases in any format, or bodo's JSON records.

options:
  -o, --out <dir>  the site's folder (default review/)
  -j, --jobs <n>   worker threads`,
  tokenize: `usage: bodo tokenize [--stock]

Print MeCab-format morphemes (surface<TAB>features, EOS after each line) of each UTF-8 line on stdin.

options:
  --stock   stock MeCab's behaviour (no left-space penalty)`,
  schemas: `usage: bodo schemas [--out <dir>]

Write press-release.schema.json, the JSON Schema generated from the record's zod schema.

options:
  -o, --out <dir>  folder (default schemas/)`,
  catalogue: `usage: bodo catalogue [<inputs> …] --out <dir>

Write the review pages of the releases and a search catalogue over them (index.html and a
chunked index in catalogue/). Run again with more inputs: only releases not yet in it are
converted and indexed. The search page needs HTTP: see bodo serve.

options:
  -o, --out <dir>  the site's folder (default catalogue/)
  -j, --jobs <n>   worker threads`,
  serve: `usage: bodo serve <dir> [--port <n>]

Serve a site folder (bodo catalogue or bodo review output) on 127.0.0.1.

options:
  --port <n>   the port (default 8080)`
}
