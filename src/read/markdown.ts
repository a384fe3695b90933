/**
 * korea.kr Markdown → release text and wrapper metadata.
 *
 * Archived policy-briefing bodies are Markdown with YAML front matter (title, ministry,
 * approve_date, news_item_id, original_url), a `# title`, a bullet list the archiver
 * rendered from the front matter, `## 본문` (the release body) and `## 출처`. The front
 * matter and the archiver's bullets go to `source.meta`; the body becomes plain text lines
 * (Markdown `|` tables and `<table>` blocks become tab-separated rows, as the text reader
 * expects), so that every later stage sees one convention.
 */
import { parse as parseYaml } from 'yaml'
import { fromHtml } from 'hast-util-from-html'
import type { Element } from 'hast'
import { tableRows } from './html.js'

/** What the Markdown reader hands on. */
export interface MarkdownRead {
  text: string
  meta: Record<string, unknown>
  /** The `# heading`, which korea.kr renders from the release title. */
  heading: string | null
  /** Subtitles korea.kr shows as `>` quotes above the body; they open the text. */
  subtitles: number
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/u
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/u
const BODY_HEADING = /^##\s+본문\s*$/u
const ARCHIVE_SECTION = /^##\s+(출처|첨부파일|첨부\/링크|첨부|원문|관련 ?자료)\s*$/u
const ARCHIVER_BULLET = /^-\s+(부처|배포일|NewsItemId|원문|등록일|담당부서)\s*:\s*(.*)$/u
const PIPE_ROW = /^\s*\|(.*)\|\s*$/u
const PIPE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/u
const TABLE_OPEN = /<table[\s>]/iu
const TABLE_CLOSE = /<\/table>/iu
const QUOTE_LINE = /^>\s?(.*)$/u
/** A front-matter line of the common shape, `key: "text"` or `key: 12`, whose value YAML reads as written. */
const SIMPLE_ENTRY = /^([a-z][a-z0-9_]*):[ ]+(?:"([^"\\\p{Cc}\uFEFF\u2028\u2029]*)"|(0|[1-9]\d{0,14}))$/u
/** Keys YAML reads as something else than their letters. */
const YAML_WORDS = new Set(['null', 'true', 'false'])
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|~<>])/gu

/**
 * Front matter whose every line is a simple entry (korea.kr's are), read without the YAML
 * parser: the values YAML gives. Null where any line is of another shape (or a key repeats),
 * for YAML to read.
 *
 * @param source The front matter between its `---` lines.
 */
function simpleFrontMatter(source: string): Record<string, string | number> | null {
  const out: Record<string, string | number> = {}
  for (const line of source.split('\n')) {
    const entry = SIMPLE_ENTRY.exec(line)
    if (!entry || YAML_WORDS.has(entry[1]!) || Object.hasOwn(out, entry[1]!)) return null
    out[entry[1]!] = entry[2] ?? Number(entry[3])
  }
  return out
}

/**
 * Read a korea.kr-style Markdown document.
 *
 * @param source The decoded Markdown.
 * @returns The body as text lines, the wrapper metadata and the `#` heading.
 */
export function readMarkdown(source: string): MarkdownRead {
  const meta: Record<string, unknown> = {}
  let rest = source
  const fm = FRONT_MATTER.exec(source)
  if (fm) {
    try {
      const data = simpleFrontMatter(fm[1]!) ?? (parseYaml(fm[1]!) as unknown)
      if (data && typeof data === 'object') Object.assign(meta, data)
    } catch {
      meta.frontMatterError = 'front matter is not valid YAML'
    }
    rest = source.slice(fm[0].length)
  }
  const lines = rest.split(/\r?\n/u)
  let heading: string | null = null
  const bodyStart = lines.findIndex((l) => BODY_HEADING.test(l))
  let body: string[]
  const quoted: string[] = []
  if (bodyStart >= 0) {
    for (const line of lines.slice(0, bodyStart)) {
      const h = HEADING.exec(line)
      if (h && h[1] === '#' && heading === null) heading = h[2]!
      const b = ARCHIVER_BULLET.exec(line)
      if (b) meta[`archive:${b[1]}`] = b[2]
      const q = QUOTE_LINE.exec(line)
      if (q && q[1]!.trim() !== '') quoted.push(q[1]!.trim())
    }
    const after = lines.slice(bodyStart + 1)
    const end = after.findIndex((l) => ARCHIVE_SECTION.test(l))
    body = [...quoted, '', ...(end >= 0 ? after.slice(0, end) : after)]
  } else {
    body = []
    for (const line of lines) {
      const h = HEADING.exec(line)
      if (h && h[1] === '#' && heading === null) {
        heading = h[2]!
        body.push(h[2]!)
        continue
      }
      body.push(h ? h[2]! : line)
    }
  }
  return { text: convertBody(body).join('\n'), meta, heading, subtitles: quoted.length }
}

/** Markdown body lines → plain text lines (tables as tab rows, escapes undone). */
function convertBody(lines: string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (TABLE_OPEN.test(line)) {
      let j = i
      const block: string[] = []
      while (j < lines.length) {
        block.push(lines[j]!)
        if (TABLE_CLOSE.test(lines[j]!)) break
        j++
      }
      out.push(...htmlTableRows(block.join('\n')))
      i = j
      continue
    }
    if (PIPE_RULE.test(line) && line.includes('-')) continue
    const pipe = PIPE_ROW.exec(line)
    if (pipe) {
      out.push(
        pipe[1]!
          .split(/(?<!\\)\|/u)
          .map((c) => c.trim().replace(ESCAPE, '$1'))
          .join('\t')
      )
      continue
    }
    out.push(line.replace(ESCAPE, '$1').replace(/<br\s*\/?>/giu, ' '))
  }
  return out
}

/**
 * An HTML `<table>` block → tab-separated rows (the HTML reader's table layout).
 */
export function htmlTableRows(html: string): string[] {
  const tree = fromHtml(html, { fragment: true })
  const tables = tree.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'table')
  return tables.flatMap((t) => tableRows(t))
}
