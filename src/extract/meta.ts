/**
 * Document kind, title, subtitles and issuing body (문서 종류, 제목, 부제, 부처).
 */
import type { Root } from '../parse/tree.js'
import type { VFile } from 'vfile'
import { draft, joinSpans, lines, valueSpan, warn } from './context.js'
import { CENTRAL_BODIES, CENTRAL_BODY } from './gazetteer/government.js'
import { DOCUMENT_TYPE } from '../parse/markers.js'
import { LEADING_GROUPS, WRAPPER_TAGS } from '../parse/structure.js'
import { HEADER_KIND, KIND, SUB_HEADLINE } from '../parse/headline.js'
import { fold } from '../util/text.js'
import { BodoError } from '../errors.js'

const DASH_EDGES = /^[-–—]\s*|\s*[-–—]$/gu
const LEAD_SUBJECT = /^(?:[^\s(]+\s)?([가-힣]+(?:부|처|청|위원회|실|본부))(?:\s*\([^)]*\))?\s*(?:은|는|이|가|과|와|및)\s/u
/** Any body written with its head in brackets as the lead's subject: `건강보험심사평가원(원장 김승택, …)은`. */
const HEADED_SUBJECT =
  /^(?:[□○ㅇ◦-]\s*)?([가-힣A-Za-z()·]{2,30}?)\s*\((?:[^()]*?\s)?(?:장관|차관|청장|처장|원장|위원장|이사장|사장|총장|회장|본부장|단장|시장|군수|구청장|도지사|지사|교육감|대표)\s+[가-힣]{2,4}[,\s)]/u
/** A local government as the lead's subject: `신안군은`, `서울특별시(시장 …)는`. */
const LOCAL_SUBJECT = /^([가-힣]{1,6}(?:특별자치도|특별자치시|광역시|특별시|도|시|군|구))(?:청)?(?:\s*\([^)]*\))?\s*(?:은|는|이|가)\s/u
const LEAD_PARAGRAPHS = 4
/** A word naming a unit of a body (부서): `대외경제총괄과`, `홍보팀`, `대외경제국`. */
const UNIT_WORD = /[가-힣]{2,}(?:과|팀|국|실|센터|담당관)(?=\s|$)/u
/** How a body's name ends: `…위원회`, `…원`, `…청`, `…본부` (not `…부` alone: `자원부`, `월말부` are fragments). */
const BODY_SUFFIX = /(?:위원회|원|청|처|본부|실|단|센터|공단|공사)$/u
/** A particle a name may take: `…위원회는`, `…원의`. */
const PARTICLE_AFTER = /^[은는이가과와의에을를도]$/u
/** A kind in a listing tag: `[보도자료]`, `(참고자료)`, `(공동보도자료)`, `(4.1. 즉시 보도자료)`. */
const TAG_KIND = new RegExp(`(?:^|[\\s\\[(])(${KIND})(?=[\\s\\])])`, 'u')
/** A kind tagged in an attached file's name: `251230_(보도자료) 제목.hwp`, `[참고자료]제목.pdf`. */
const FILE_KIND = new RegExp(`[\\[(](${KIND})[\\])]`, 'u')
/** A comma a headline stops on (`…전화 외교,` over a line read apart): not part of it (bulk: 2 releases, 2 bodies). */
const OPEN_COMMA = /\s*[,，]$/u
/** A pointer before a subtitle (`-> …`, `☞ …`, `# …`, `？ …` where a bullet glyph was lost): not its text (bulk: 31 subtitles, 7 bodies). */
const SUBTITLE_MARK = /^(?:>|☞|→|⇒|➡|#|？)\s*/u
/** A quotation mark the headline opens and a wrapped line closed elsewhere (`"한반도…실시(4.23.)`). */
const UNPAIRED_QUOTE = /^["“](?=[^"“”]*$)|(?<=^[^"“”]*)["”]$/u

/**
 * unified plugin: fill `documentType`, `title`, `subtitles`, `ministry`.
 */
export function meta() {
  return (tree: Root, file: VFile) => {
    const record = draft(file)
    const all = lines(tree)
    const type = all.find((l) => l.kind === 'documentType')
    const headerTable = tree.children.find((b) => b.type === 'table' && b.role === 'header')
    if (type) record.documentType = type.value.replace(/\s/gu, '').replace(/^[<\[(【]|[>\])】]$/gu, '')
    else if (headerTable && headerTable.type === 'table') {
      for (const row of headerTable.children) for (const cell of row.children) {
        const v = cell.value.replace(/\s*(?:https?:\/\/|www\.)\S+\s*$/u, '').replace(/\s/gu, '')
        if (!record.documentType && HEADER_KIND.test(v)) record.documentType = v
      }
    }

    const frame = file.data.frame ?? { title: [], titleCut: null, subtitles: [], guessed: false }
    if (frame.titleCut) {
      record.title = fold(record.text.slice(frame.titleCut.start, frame.titleCut.end))
      record.titleSpan = frame.titleCut
    } else if (frame.title.length > 0) {
      record.title = fold(frame.title.map((l) => l.value).join(' ')).replace(DASH_EDGES, '').replace(UNPAIRED_QUOTE, '').replace(OPEN_COMMA, '')
      record.titleSpan = joinSpans(frame.title.map(valueSpan))
      if (frame.guessed) warn(file, 'title-guessed', 'no line has a headline\'s shape: the first line that could be one is taken as the title', record.titleSpan)
    } else if (file.data.wrapperTitle) {
      // The body states no headline: the wrapper's (korea.kr) is the title, without the
      // bracketed category or department tags before it (`[보도자료]`, `(연금복지과)`).
      record.title = fold(file.data.wrapperTitle.replace(LEADING_GROUPS, '')) || fold(file.data.wrapperTitle)
      record.titleSource = 'wrapper'
    }
    record.documentType ??= wrapperKind(file)
    if (!record.title) throw new BodoError('no-title')
    for (const sub of frame.subtitles) {
      const spans = sub.map(valueSpan)
      const marked = SUB_HEADLINE.exec(sub[0]!.value)?.[0].length ?? 0
      const lead = marked + (SUBTITLE_MARK.exec(sub[0]!.value.slice(marked))?.[0].length ?? 0)
      spans[0] = { start: spans[0]!.start + lead, end: spans[0]!.end }
      const text = fold(sub.map((l) => l.value).join(' ').slice(lead)).replace(DASH_EDGES, '').replace(SUBTITLE_MARK, '').trim()
      if (text === '' || text === record.title) continue
      record.subtitles.push(text)
      record.subtitleSpans.push(joinSpans(spans))
    }

    record.ministry = issuingBody(tree, file)
  }
}

/**
 * The kind a wrapper states where the header shows none: a page's board label (보도자료
 * board), or a listing tag before the title (`[보도자료]`, `(참고자료)`, `(4.1. 즉시 보도자료)`).
 */
function wrapperKind(file: VFile): string | null {
  const board = file.data.meta?.board
  const kind = typeof board === 'string' ? DOCUMENT_TYPE.exec(board) : null
  if (kind) return kind[1]!.replace(/\s/gu, '')
  const tags = file.data.wrapperTitle ? WRAPPER_TAGS.exec(file.data.wrapperTitle)?.[0] ?? '' : ''
  const tagged = TAG_KIND.exec(tags)
  if (tagged) return tagged[1]!.replace(/\s/gu, '')
  // A crawled record's file names carry the kind as a tag: `251230_(보도자료) 제목.hwp`.
  const files = file.data.meta?.files
  const kinds = new Set((Array.isArray(files) ? files : []).map((name) => FILE_KIND.exec(String(name))?.[1]?.replace(/\s/gu, '')).filter(Boolean))
  return kinds.size === 1 ? [...kinds][0]! : null
}

/** The issuing body: the wrapper's where it names a central body, else the lead's subject, else the contacts table's first, else another body the wrapper names where the text names it as a word, else the first central body named in the body. */
function issuingBody(tree: Root, file: VFile): string | null {
  const wrapper = file.data.meta?.ministry
  // A wrapper's ministry that names a central body is stated (annotation rules); a
  // fragment (`수자원`, `통상교섭본부`) is not, and the document is read instead.
  if (typeof wrapper === 'string' && CENTRAL_BODIES.includes(wrapper.trim())) return wrapper.trim()
  const body = lines(tree).filter((l) => l.kind === 'paragraph' || l.kind === 'item')
  for (const line of body.slice(0, LEAD_PARAGRAPHS)) {
    const m = LEAD_SUBJECT.exec(line.value)
    const name = m ? CENTRAL_BODY.exec(m[1]!)?.[1] : undefined
    if (name && name === m![1]) return name
    const local = LOCAL_SUBJECT.exec(line.value)
    if (local) return local[1]!
    const headed = HEADED_SUBJECT.exec(line.value)
    if (headed && /(?:원|부|청|처|위원회|공단|공사|재단|센터|협회|본부)$/u.test(headed[1]!)) return headed[1]!
  }
  // A page's 공공누리 notice names the body that wrote the work (`교육부(이)가 창작한`).
  const author = file.data.meta?.author
  if (typeof author === 'string') {
    const central = CENTRAL_BODY.exec(author)
    if (central && central[1] === author) return author
    const local = LOCAL_SUBJECT.exec(`${author}은 `)
    if (local) return local[1]!
  }
  // The contacts table lists the issuing (총괄) body first. Where its first unit is written
  // without a body (`대외경제국 대외경제총괄과`), the unit is the issuer's own and the bodies
  // named in later rows are partners of a joint release: the table does not name the issuer.
  const first = firstUnitCell(tree)
  const named = first === null ? null : CENTRAL_BODY.exec(first)
  if (named) return named[1]!
  // Another body the wrapper names, where the document names it as a word of its own
  // (`경제사회발전노사정위원회`), not inside another (`수자원` of 한국수자원공사).
  if (typeof wrapper === 'string' && namedAsWord(wrapper.trim(), String(file.value))) return wrapper.trim()
  for (const line of body) {
    const m = CENTRAL_BODY.exec(line.value)
    if (m) return m[1]!
  }
  return null
}

/** The first contacts-table cell that names a unit (부서: `…과`, `…팀`, `…국`), or one that names a central body. */
function firstUnitCell(tree: Root): string | null {
  for (const table of tree.children) {
    if (table.type !== 'table' || table.role !== 'contacts') continue
    for (const row of table.children) for (const cell of row.children) {
      if (CENTRAL_BODY.test(cell.value) || UNIT_WORD.test(cell.value)) return cell.value
    }
  }
  return null
}

function namedAsWord(name: string, text: string): boolean {
  if (!BODY_SUFFIX.test(name)) return false
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = text[at - 1] ?? ' '
    const after = text[at + name.length] ?? ' '
    if (!/[가-힣]/u.test(before) && (!/[가-힣]/u.test(after) || PARTICLE_AFTER.test(after))) return true
  }
  return false
}
