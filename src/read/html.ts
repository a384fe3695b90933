/**
 * HTML pages (ministry and local-government boards, korea.kr) → release text, through
 * `hast-util-from-html`. Only the article is kept: a board's 제목/내용 view, or else the
 * element holding the most non-link text outside the site chrome (menus, headers, footers,
 * share buttons). Tables become tab-separated rows (spanned cells leave empty cells), as
 * the text reader expects; what the page states about the release (board, registration
 * date, attached files, the licence's author) goes to `source.meta`.
 */
import { fromHtml } from 'hast-util-from-html'
import { toText } from 'hast-util-to-text'
import type { Element, ElementContent, Root, RootContent } from 'hast'
import { BodoError } from '../errors.js'

/** What the HTML reader hands on. */
export interface HtmlRead {
  text: string
  meta: Record<string, unknown>
  title: string | null
}

const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'canvas', 'button', 'select', 'option', 'input', 'textarea', 'form', 'nav', 'header', 'footer', 'aside', 'head'])
const CHROME = /(?:^|[\s_-])(?:nav|gnb|lnb|snb|menu|header|footer|foot|sitemap|quick|search|banner|popup|util|skip|share|sns|breadcrumb|location|login|copyright|side|aside|tab|paging|pagination|btn|hidden|blind|sr-only|kogl|opentype|satisfaction|survey)(?:$|[\s_-])/iu
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'tbody', 'thead', 'blockquote', 'pre', 'br', 'hr', 'caption', 'figure', 'figcaption'])
const TITLE_LABEL = /^(?:제\s*목|글\s*제목)$/u
const BODY_LABEL = /^(?:내\s*용|본\s*문|글\s*내용)$/u
const DATE_LABEL = /^(?:등록일|작성일|게시일|배포일|등록일시)$/u
const DEPARTMENT_LABEL = /^(?:등록부서|담당부서|작성부서|부서|작성자)$/u
const FILE_LABEL = /^(?:파일\s*\d*|첨부\s*파일|첨부)$/u
const FILE_NAME = /[^\s\\/]+?\.(?:hwpx?|pdf|docx?|xlsx?|pptx?|zip|jpe?g|png|gif)\b/giu
const OWNER = /([가-힣A-Za-z0-9()]+?)\s*(?:\(이\)가|이|가)\s*창작한\s*(?:[「『"“]\s*(.+?)\s*[」』"”]\s*)?(?:저작물|$)/u
const BOARD_LABEL = /(보도\s*(?:참고|설명|해명)?\s*자료(?:\s*\/\s*해명)?|설명\s*자료)/u
const MAX_DEPTH = 200
const MIN_ARTICLE_TEXT = 20

/**
 * Read an HTML page.
 *
 * @param html The decoded page.
 * @returns The article as text lines, the page's metadata and its title.
 * @throws BodoError `no-body` where the page holds no article.
 */
export function readHtml(html: string): HtmlRead {
  const tree = fromHtml(html)
  const meta: Record<string, unknown> = {}
  const pageTitle = firstText(tree, 'title')
  if (pageTitle) meta.pageTitle = pageTitle
  const owner = OWNER.exec(toText(tree).replace(/\s+/gu, ' '))
  if (owner) meta.author = owner[1]
  // The 공공누리 notice names the work: the article is where that title stands as a heading.
  if (owner?.[2]) meta.workTitle = owner[2]
  const board = pageTitle ? BOARD_LABEL.exec(pageTitle) : null
  if (board) meta.board = board[1]!.replace(/\s/gu, '')

  const form = boardView(tree, meta)
  let title: string | null = null
  let body: Element | null = null
  if (form) {
    title = form.title
    body = form.body
  } else {
    const headed = typeof meta.workTitle === 'string' ? headedBy(tree, meta.workTitle) : null
    prune(tree, 0)
    if (headed) prune(headed, 0)
    body = headed ?? densest(tree)
    if (body) {
      title = headed && typeof meta.workTitle === 'string' ? meta.workTitle : firstHeading(body)
      const date = findByClass(body, /reg-?date|date/iu)
      if (date) meta.registered = date
      const files = toText(body).match(FILE_NAME)
      if (files) meta.files = [...new Set(files)]
      if (!meta.board) {
        const label = BOARD_LABEL.exec(toText(body))
        if (label) meta.board = label[1]!.replace(/\s/gu, '')
      }
    }
  }
  if (!body && !title) throw new BodoError('no-body')
  const lines: string[] = []
  if (title) lines.push(title)
  if (body) {
    if (!form) dropHeading(body, title)
    lines.push(...blockText(body))
  }
  return { text: lines.join('\n').replace(/\n{3,}/gu, '\n\n'), meta, title }
}

/** A board's view table: `th` 제목 / 내용 / 등록일 / 파일 rows. */
function boardView(tree: Root, meta: Record<string, unknown>): { title: string; body: Element } | null {
  let title: string | null = null
  let body: Element | null = null
  walk(tree, (el) => {
    if (el.tagName !== 'tr') return
    const cells = el.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'th' || c.tagName === 'td'))
    for (let i = 0; i + 1 < cells.length; i++) {
      if (cells[i]!.tagName !== 'th') continue
      const label = toText(cells[i]!).replace(/\s+/gu, ' ').trim()
      const value = cells[i + 1]!
      const text = toText(value).replace(/\s+/gu, ' ').trim()
      if (TITLE_LABEL.test(label) && !title) title = text
      else if (BODY_LABEL.test(label) && !body) body = value
      else if (DATE_LABEL.test(label)) meta.registered = text
      else if (DEPARTMENT_LABEL.test(label)) meta.department = text
      else if (FILE_LABEL.test(label)) {
        const files = text.match(FILE_NAME)
        if (files) meta.files = [...new Set([...((meta.files as string[]) ?? []), ...files])]
      }
    }
  })
  return title && body ? { title, body } : null
}

/** Remove the site chrome and what is never content. */
function prune(node: Root | Element, depth: number): void {
  if (depth > MAX_DEPTH) {
    node.children = []
    return
  }
  node.children = node.children.filter((child) => {
    if (child.type === 'comment') return false
    if (child.type !== 'element') return true
    if (DROPPED.has(child.tagName)) return false
    const names = `${String(child.properties?.id ?? '')} ${[child.properties?.className ?? []].flat().join(' ')}`
    if (CHROME.test(names)) return false
    if (child.properties?.ariaHidden === 'true' || /display:\s*none/iu.test(String(child.properties?.style ?? ''))) return false
    return true
  }) as typeof node.children
  for (const child of node.children) if (child.type === 'element') prune(child, depth + 1)
}

/** The element whose own text (not in links) is the largest share of the page: the article. */
function densest(tree: Root): Element | null {
  let best: Element | null = null
  let bestScore = 0
  walk(tree, (el, depth) => {
    if (!['div', 'article', 'section', 'td', 'main', 'dd'].includes(el.tagName)) return
    const text = toText(el).replace(/\s+/gu, '').length
    const links = linkText(el)
    const score = (text - links * 2) * (1 + Math.min(depth, 30) / 100)
    if (score > bestScore) {
      bestScore = score
      best = el
    }
  })
  if (!best) return null
  // Prefer the smallest element that still holds most of that text.
  const total = toText(best).replace(/\s+/gu, '').length
  let narrowed: Element = best
  for (;;) {
    const inner = (narrowed.children.filter((c) => c.type === 'element') as Element[]).find((c) => toText(c).replace(/\s+/gu, '').length >= total * 0.85)
    if (!inner || inner.tagName === 'table' || inner.tagName === 'tbody') break
    narrowed = inner
  }
  return total >= MIN_ARTICLE_TEXT ? narrowed : best
}

/** The container of the heading that reads `title`: its nearest block ancestor holding more than the heading. */
function headedBy(tree: Root, title: string): Element | null {
  const want = title.replace(/\s+/gu, '')
  const path: Element[] = []
  let found: Element[] | null = null
  const visit = (node: Root | Element, depth: number) => {
    if (found || depth > MAX_DEPTH) return
    for (const child of node.children) {
      if (child.type !== 'element') continue
      path.push(child)
      if (/^h[1-6]$/u.test(child.tagName) && toText(child).replace(/\s+/gu, '') === want) found = [...path]
      else visit(child, depth + 1)
      path.pop()
      if (found) return
    }
  }
  visit(tree, 0)
  if (!found) return null
  const chain = found as Element[]
  const heading = chain.at(-1)!
  const headingLength = toText(heading).replace(/\s+/gu, '').length
  for (let i = chain.length - 2; i >= 0; i--) {
    const el = chain[i]!
    if (['div', 'article', 'section', 'main', 'td'].includes(el.tagName) && toText(el).replace(/\s+/gu, '').length > headingLength * 1.5) return el
  }
  return null
}

function linkText(el: Element): number {
  let n = 0
  walk(el, (e) => {
    if (e.tagName === 'a') n += toText(e).replace(/\s+/gu, '').length
  })
  return n
}

function firstHeading(el: Element): string | null {
  let found: string | null = null
  walk(el, (e) => {
    if (found === null && /^h[1-4]$/u.test(e.tagName)) {
      const t = toText(e).replace(/\s+/gu, ' ').trim()
      if (t.length >= 4) found = t
    }
  })
  return found
}

/** Remove the heading that the title line already gives (the first heading, or the one reading `title`). */
function dropHeading(el: Element, title: string | null): void {
  const want = title?.replace(/\s+/gu, '') ?? null
  let done = false
  const visit = (node: Element) => {
    node.children = node.children.filter((c) => {
      if (done || c.type !== 'element') return true
      const text = toText(c).replace(/\s+/gu, '')
      if (/^h[1-6]$/u.test(c.tagName) && text.length >= 4 && (want === null || text === want)) {
        done = true
        return false
      }
      visit(c)
      return true
    })
  }
  visit(el)
}

function findByClass(el: Element, re: RegExp): string | null {
  let found: string | null = null
  walk(el, (e) => {
    if (found === null && re.test([e.properties?.className ?? []].flat().join(' '))) found = toText(e).trim() || null
  })
  return found
}

function firstText(tree: Root, tag: string): string | null {
  let found: string | null = null
  walk(tree, (e) => {
    if (found === null && e.tagName === tag) found = toText(e).replace(/\s+/gu, ' ').trim() || null
  })
  return found
}

/** Depth-first over elements, iteratively (deeply nested pages cannot overflow the stack). */
function walk(root: Root | Element, visit: (el: Element, depth: number) => void): void {
  const stack: Array<[Root | Element | ElementContent, number]> = [[root, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (node.type === 'element') visit(node, depth)
    if ((node.type === 'element' || node.type === 'root') && depth < MAX_DEPTH) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i] as ElementContent, depth + 1])
    }
  }
}

/**
 * An element's text as lines: blocks and `<br>` break lines, tables become tab rows.
 *
 * @param el The article.
 * @returns Text lines.
 */
export function blockText(el: Element): string[] {
  const lines: string[] = []
  let current = ''
  const flush = () => {
    const t = current.replace(/[ \t\u00a0]+/gu, ' ').trim()
    if (t !== '') lines.push(t)
    current = ''
  }
  const visit = (node: RootContent | ElementContent, depth: number) => {
    if (depth > MAX_DEPTH) return
    if (node.type === 'text') {
      current += node.value.replace(/\s+/gu, ' ')
      return
    }
    if (node.type !== 'element') return
    if (DROPPED.has(node.tagName)) return
    if (node.tagName === 'br') {
      flush()
      return
    }
    if (node.tagName === 'table') {
      flush()
      lines.push(...tableRows(node))
      return
    }
    const block = BLOCK.has(node.tagName)
    if (block) flush()
    if (node.tagName === 'li' && !/^\s*[-·•□○◦ㅇ※*①-⑳\d]/u.test(toText(node))) current += '- '
    for (const child of node.children) visit(child, depth + 1)
    if (block) flush()
  }
  for (const child of el.children) visit(child, 1)
  flush()
  return lines
}

/**
 * A `<table>` → tab-separated rows; a cell spanning columns is followed by empty cells, one
 * spanning rows leaves empty cells below it. A nested table's text stays in its cell.
 */
export function tableRows(table: Element): string[] {
  const rows: string[][] = []
  const pending = new Set<string>()
  const rowsOf = (el: Element): Element[] =>
    el.children.flatMap((c) => (c.type !== 'element' ? [] : c.tagName === 'tr' ? [c] : ['thead', 'tbody', 'tfoot'].includes(c.tagName) ? rowsOf(c) : []))
  for (const tr of rowsOf(table)) {
    const r = rows.length
    const row: string[] = []
    let c = 0
    for (const cell of tr.children) {
      if (cell.type !== 'element' || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue
      while (pending.has(`${r},${c}`)) row[c++] = ''
      const colSpan = Math.min(50, Math.max(1, Number(cell.properties?.colSpan ?? 1) || 1))
      const rowSpan = Math.min(200, Math.max(1, Number(cell.properties?.rowSpan ?? 1) || 1))
      row[c] = toText(cell).replace(/\s+/gu, ' ').trim()
      for (let k = 1; k < colSpan; k++) row[c + k] = ''
      for (let dr = 1; dr < rowSpan; dr++) for (let k = 0; k < colSpan; k++) pending.add(`${r + dr},${c + k}`)
      c += colSpan
    }
    while (pending.has(`${r},${c}`)) row[c++] = ''
    rows.push(row)
  }
  return rows.map((r) => Array.from(r, (x) => x ?? '').join('\t')).filter((r) => r.replace(/\t/gu, '').trim() !== '')
}
