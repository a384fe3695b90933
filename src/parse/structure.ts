/**
 * The document's frame: header box, title, subtitles, the 붙임 list and the appendices
 * after it, and the contacts table. Marks the blocks found by `toBlocks` with their roles.
 */
import type { Block, Line, Table } from './tree.js'
import {
  ATTACHMENT_OPENER,
  DISTRIBUTED_LABEL,
  EMBARGO_LABEL,
  LIST_MARKER_START
} from './markers.js'
import {
  categoryTagged,
  editionTail,
  foldHeadline,
  FULL_STOP,
  HEADER_KIND,
  MAX_STOPPED_TAIL,
  headerCell,
  isLead,
  isStoppedHeadline,
  isUnitCell,
  OPEN_HEADLINE_ENDING,
  opensQuote,
  runsOn,
  SENTENCE_END,
  PLACEHOLDER,
  SUB_HEADLINE,
  topLine,
  type HeaderCell
} from './headline.js'

const LEAD_MIN_LENGTH = 40
const MIN_BODY_HEADLINE = 12
/** Tags a listing puts before a headline: `[보도자료]`, `(공동 보도)`, `[설명]`. */
export const WRAPPER_TAGS = /^(?:\s*(?:\[[^\]]{1,20}\]|\([^)]{0,30}(?:보도|자료|참고|설명|해명|공동|동정)[^)]{0,30}\)|\([^)]*엠바고[^)]*\)))+\s*/u
/** Bracketed groups before a listing's title, whatever they say: `(산업디지털전환)`, `[보도자료](공동)`. */
export const LEADING_GROUPS = /^(?:\s*[[(【<［〔][^\])】>］〕]{0,25}[\])】>］〕])+\s*/u
/** A speech's salutation or greeting line: `존경하는 국민 여러분,`, `안녕하십니까`. */
/**
 * The briefer's line under a part's heading in a briefing's transcript (`- 브리퍼 : 해양수산부
 * 차관 -`; bulk: 14 daily-briefing bodies of 3 bodies, each part headed so).
 */
const BRIEFER_LINE = /^(?:-\s*)?브리퍼\s*(?:[:：]|$)/u
const SALUTATION = /^(?:[^.!?。]{0,30}여러분\s*[,!]?|안녕하(?:십니까|세요)[.!?]?)$/u
/** A subtitle's closing dash: `… 논의-`, `… 논의 -`. */
const CLOSING_DASH = /[-–]$/u
/** Lines the title box is looked for in. */
const MAX_TITLE_BOX = 12
/** A headline wraps over at most this many lines. */
const MAX_HEADLINE_LINES = 4
/** Kicker lines (`산업분야 탄소중립 확산 시리즈-19`) a headline may stand under. */
const MAX_KICKER_LINES = 2
const MIN_PLACEHOLDER_HEADLINE = 4
/** Joined headline lines shorter than this are not weighed as a lead again (`… 시간` / `단축을 위해 최선을 다하고 있습니다.`). */
const MIN_JOINED_LEAD = 55
const MAX_GUESSED_TITLE = 160
const MIN_GUESSED_HANGUL = 2
const HANGUL = /[가-힣]/gu
/** Blocks a header box flattened one cell per line may take. */
const MAX_FLAT_HEADER = 24
const MAX_CELL_VALUE = 40
const MAX_HEADER_BLOCKS = 6
const LETTERHEAD_BLOCKS = 3
const LATE_HEADER_BLOCKS = 3
/** The first cell of a contacts row: 담당과장, 담당자, 자료문의, 담당 부서 … */
const CONTACT_ROW_LABEL = /^(?:담당\s*부\s*서|담당부서|담당\s*과\s*장|담당자|자료\s*문의|문의처?|배포\s*부서|책임자)$/u
const MAX_LETTERHEAD = 30
const DATE_OR_IMMEDIATE = /\d{1,4}\s*[.년]|즉시|조간|석간|\d{1,2}\s*:\s*\d{2}/u
const CONTACT_LABEL = /담당\s*부\s*서|담당부서|책\s*임\s*자|담\s*당\s*자|문\s*의\s*처|자료\s*문의/u
const PHONE = /\d{2,4}[-)\s.]\s?\d{3,4}[-.\s]\d{4}/u
const APPENDIX_HEADING = /^[<【\[(]?\s*(?:붙\s*임|참\s*고|별\s*첨)\s*\d{0,2}\s*[>】\])]?\s*$/u
const APPENDIX_LINE = /^[<【\[(]\s*(?:붙\s*임|참\s*고|별\s*첨)\s*\d{1,2}\s*[>】\])]\s*\S/u

/** Where the frame was found. */
export interface Frame {
  /** Title lines (one or several, to be joined) or empty when the body states none. */
  title: Line[]
  /** The headline's part of its line where the line says more (`<headline> 관련 보도자료 내용입니다`), else null. */
  titleCut: { start: number; end: number } | null
  /** Subtitles, each one or several lines. */
  subtitles: Line[][]
  /** Whether no line has the headline's shape and the title is the first line that could be one. */
  guessed: boolean
}

/**
 * Find the header, title and subtitles; mark attachment lines, appendix blocks and the
 * contacts table.
 *
 * @param blocks Blocks in document order (changed in place).
 * @param wrapperTitle The title a wrapper states (korea.kr heading), or null.
 * @param leadSubtitles How many lines at the start are subtitles the wrapper stated.
 * @param headless Whether the wrapper's publisher leaves the headline out of its bodies
 *   (`headlessFeed`): the lines at the top are then sub-headlines, and the title is the wrapper's.
 * @returns The title and subtitle lines.
 */
export function markFrame(blocks: Block[], wrapperTitle: string | null, leadSubtitles = 0, headless = false): Frame {
  let i = 0
  // Subtitles a wrapper stated above the body (korea.kr `>` lines).
  const quoted: Line[][] = []
  for (; quoted.length < leadSubtitles && i < blocks.length; i++) {
    const block = blocks[i]!
    if (block.type !== 'line') break
    block.kind = 'subtitle'
    quoted.push([block])
  }
  const top = i
  // Letterhead lines (a running header, a logo's text) before the document kind, written as
  // a line or as a row of the header box (`\t\t보도자료`): the box is found wherever it stands in the first lines.
  const kindOffset = blocks
    .slice(top, top + LETTERHEAD_BLOCKS + 1)
    .findIndex((b) => (b.type === 'line' && b.marker === null && isDocumentType(b.value)) || (b.type === 'table' && b.children.some((r) => r.children.some((c) => isDocumentType(c.value)))))
  const kindAt = kindOffset < 0 ? -1 : top + kindOffset
  for (; i < kindAt; i++) {
    const block = blocks[i]!
    if (block.type === 'line' && block.value.length <= MAX_LETTERHEAD) block.kind = 'header'
    else break
  }
  // Header box: a table, labelled lines, or its cells flattened one per line.
  let inBox = kindAt >= 0
  let last: HeaderCell = null
  const limit = Math.min(blocks.length, MAX_HEADER_BLOCKS + Math.max(kindAt, top) + 1)
  for (; i < blocks.length && (i < limit || (inBox && i < top + MAX_FLAT_HEADER)); i++) {
    const block = blocks[i]!
    if (block.type === 'table') {
      const cells = block.children.flatMap((r) => r.children.map((c) => c.value))
      if (cells.some((c) => isDocumentType(c) || isHeaderField(c))) {
        block.role = 'header'
        inBox = true
        continue
      }
      break
    }
    const cell = headerCell(block, inBox)
    if ((isDocumentType(block.value) && block.marker === null) || cell === 'kind') block.kind = 'documentType'
    else if (isHeaderField(`${block.label ?? ''} ${block.value}`) || cell !== null) block.kind = 'header'
    else if (inBox && (last === 'label' || last === 'contactLabel') && block.value.length <= MAX_CELL_VALUE && !isLead(block.value)) block.kind = 'header'
    else if (inBox && isUnitCell(block, nextLine(blocks, i))) block.kind = 'header'
    else if (block.value.length <= MAX_LETTERHEAD && !/\s/u.test(block.value) && isHeaderBlock(blocks[i + 1])) block.kind = 'header'
    else break
    last = cell
    inBox = true
  }
  const frame = markTitle(blocks, i, wrapperTitle, headless && wrapperTitle !== null)
  const edition = blocks[i - 1]
  const merged = edition?.type === 'line' && edition.kind === 'header' ? editionTail(edition) : null
  if (frame.title.length === 0 && frame.titleCut === null && merged && edition?.type === 'line') {
    // A reader ran the headline into the edition line above it.
    frame.title = [edition]
    frame.titleCut = merged
  }
  if (frame.title.length === 0 && wrapperTitle === null) guessTitle(blocks, i, frame)
  // A header box the layout anchored after the title box (HWP reading order).
  const afterTitle = frame.title.length > 0 ? blocks.indexOf(frame.title.at(-1)!) + 1 : i
  for (let k = afterTitle; k < Math.min(blocks.length, afterTitle + LATE_HEADER_BLOCKS); k++) {
    const block = blocks[k]!
    if (block.type === 'table' && block.children.some((r) => r.children.some((c) => isHeaderField(c.value)))) block.role = 'header'
    else if (block.type === 'line' && block.kind === 'paragraph' && isHeaderField(`${block.label ?? ''} ${block.value}`)) block.kind = 'header'
  }
  splitHeaderContacts(blocks)
  if (quoted.length > 0) {
    const seen = new Set(quoted.map((q) => q[0]!.value))
    frame.subtitles = [...quoted, ...frame.subtitles.filter((s) => !seen.has(s.map((l) => l.value).join(' ')))]
  }
  markAttachments(blocks)
  for (const block of blocks) if (block.type === 'table' && block.role === null && isContactsTable(block)) block.role = 'contacts'
  return frame
}

function nextLine(blocks: Block[], i: number): Line | undefined {
  const next = blocks[i + 1]
  return next?.type === 'line' ? next : undefined
}

/** Whether a block is a header-box table or line: a logo's text (`개인정보보호위원회`) standing over it is letterhead. */
function isHeaderBlock(block: Block | undefined): boolean {
  if (block === undefined) return false
  if (block.type === 'table') return block.children.some((r) => r.children.some((c) => isDocumentType(c.value) || isHeaderField(c.value)))
  return isDocumentType(block.value) || isHeaderField(`${block.label ?? ''} ${block.value}`)
}

function isDocumentType(value: string): boolean {
  // A letterhead may follow the kind with the body's site (`보 도 자 료 http://…`).
  const v = value.replace(/\s*(?:https?:\/\/|www\.)\S+\s*$/u, '').replace(/\s/gu, '')
  return v.length <= 12 && HEADER_KIND.test(v.replace(/^[<\[(【]|[>\])】]$/gu, ''))
}

function isHeaderField(value: string): boolean {
  return (EMBARGO_LABEL.test(value) || DISTRIBUTED_LABEL.test(value)) && (DATE_OR_IMMEDIATE.test(value) || value.length < 12)
}

function markTitle(blocks: Block[], from: number, wrapperTitle: string | null, feedHeadless: boolean): Frame {
  const box: Line[] = []
  for (let i = from; i < blocks.length && box.length < MAX_TITLE_BOX; i++) {
    const block = blocks[i]!
    if (block.type !== 'line' || (block.kind !== 'paragraph' && block.kind !== 'item')) break
    box.push(block)
  }
  // A briefing's transcript opens with its first part's heading over the briefer's line: the
  // body states no headline of its own, and the wrapper's titles the release.
  const partHeaded = wrapperTitle !== null && box.length > 1 && BRIEFER_LINE.test(box[1]!.label ?? box[1]!.value)
  // A body of a headless feed that does state the wrapper's headline reads it as its own.
  const wanted = wrapperTitle === null ? null : foldHeadline(wrapperTitle.replace(WRAPPER_TAGS, ''))
  const headless = (feedHeadless || partHeaded) && !box.some((l) => foldHeadline(l.value.replace(WRAPPER_TAGS, '')) === wanted)
  const roles = box.map(topLine)
  if (roles[0] === 'lead' && isStoppedHeadline(box[0]!, box[1])) roles[0] = 'headline'
  // A category tag the body repeats before its headline (`[보도참고] …`): the value is read.
  if (roles[0] === 'other' && categoryTagged(box[0]!)) roles[0] = topLine({ ...box[0]!, label: null })
  const frame: Frame = { title: [], titleCut: null, subtitles: [], guessed: false }
  let at = 0
  // `<headline> 관련 보도자료 내용입니다.`, also with the formula wrapped onto the next line.
  const formula = roles[0] === 'placeholder' ? box[0]!.value : roles[1] === 'attachmentOnly' && box[0]!.marker === null ? `${box[0]!.value} ${box[1]!.value}` : null
  const placeholder = formula === null ? null : PLACEHOLDER.exec(formula)
  if (placeholder) {
    // The headline is the part before the formula.
    const line = box[0]!
    const head = placeholder[1]!.replace(/^[<\s]+|[>\s]+$/gu, '')
    const at = line.value.indexOf(head)
    if (head.length >= MIN_PLACEHOLDER_HEADLINE && at >= 0) {
      line.kind = 'title'
      frame.title = [line]
      frame.titleCut = { start: line.valueStart + at, end: line.valueStart + at + head.length }
    }
    return frame
  }
  if (roles[1] === 'attachmentOnly' && box[0]!.value.length < MAX_STOPPED_TAIL) return frame
  if (roles[0] === 'headline' && !headless) {
    let end = 1
    while (end < box.length && end < MAX_HEADLINE_LINES && !SALUTATION.test(box[end]!.value) && (roles[end] === 'headline' || isStoppedTail(box[end]!, box[end - 1]!))) end++
    const run = box.slice(0, end)
    const pick = pickHeadline(run, wrapperTitle, roles[end] === 'sub')
    if (pick === null) return frame
    // Lines that join into a lead sentence are the lead wrapped, not a headline.
    const joined = run.slice(pick[0], pick[1]).map((l) => l.value).join(' ')
    if (pick[1] - pick[0] > 1 && joined.length > MIN_JOINED_LEAD && isLead(joined)) return frame
    frame.title = run.slice(pick[0], pick[1])
    for (const l of frame.title) l.kind = 'title'
    // A kicker over the headline (`민관합동 제18차 산업안보 TF 개최`) is a subtitle.
    for (const l of run.slice(0, pick[0])) {
      l.kind = 'subtitle'
      frame.subtitles.push([l])
    }
    at = pick[1]
  }
  // Subtitles: marked lines under the headline (`- … -`, `▷ …`) and short unmarked ones.
  for (; at < box.length; at++) {
    const line = box[at]!
    const role = roles[at]
    if (role !== 'sub' && role !== 'headline') break
    if (line.marker === null && role === 'headline' && line.value.length >= LEAD_MIN_LENGTH && SENTENCE_END.test(line.value)) break
    // A salutation (`존경하는 국민 여러분,`) opens a speech: what follows is its text, not subtitles.
    if (SALUTATION.test(line.value)) break
    // The briefer's line under a briefing part's heading names a speaker, not a subtitle.
    if (partHeaded && BRIEFER_LINE.test(line.label ?? line.value)) break
    const previous = frame.subtitles.at(-1)
    const last = previous?.at(-1)
    if (previous && last && line.marker === null && !SUB_HEADLINE.test(line.value) && (OPEN_HEADLINE_ENDING.test(last.value) || (last.marker !== null && line.value.length < 15) || closesDash(previous, line))) {
      previous.push(line)
    } else frame.subtitles.push([line])
    line.kind = 'subtitle'
  }
  return frame
}

/**
 * Whether a line closes a dash-enclosed subtitle wrapped over lines (`-RCEP … 기반` /
 * `역내 교역 … 방안 논의-`).
 */
function closesDash(subtitle: Line[], line: Line): boolean {
  const first = subtitle[0]!
  return /^[-–]$/u.test(first.marker ?? '') && !CLOSING_DASH.test(subtitle.at(-1)!.value) && CLOSING_DASH.test(line.value)
}

/**
 * A short sentence with its full stop under a headline line that has no sentence ending
 * ends the headline (`부산항 … 출입국 시간` / `단축을 위해 최선을 다하고 있습니다.`).
 */
function isStoppedTail(line: Line, previous: Line): boolean {
  return line.marker === null && line.label === null && line.value.length < MAX_STOPPED_TAIL && FULL_STOP.test(line.value) && !SENTENCE_END.test(previous.value)
}

/**
 * No line has a headline's shape and no wrapper states one: the first line that could be
 * a headline (Hangul words, not over a headline's length) is taken, so that a release with
 * an unusual top is still read; a text without one is no release.
 */
function guessTitle(blocks: Block[], from: number, frame: Frame): void {
  for (const block of blocks.slice(from, from + MAX_TITLE_BOX)) {
    if (block.type !== 'line' || block.kind === 'subtitle' || block.kind === 'footnote' || block.kind === 'note') continue
    if (block.value.length > MAX_GUESSED_TITLE || (block.value.match(HANGUL) ?? []).length < MIN_GUESSED_HANGUL) continue
    block.kind = 'title'
    frame.title = [block]
    frame.guessed = true
    return
  }
}

/**
 * Which lines of a run of headline-shaped lines are the headline: where the wrapper's
 * title is these lines joined, those (a kicker above is then a subtitle); otherwise two
 * lines standing over marked subtitles, or the first line and the lines it runs on into
 * (an open ending, an open quotation).
 *
 * @returns Start and end (exclusive) in the run, or null when the run opens with a box
 *   label (`주요 내용`) rather than a headline.
 */
function pickHeadline(run: Line[], wrapperTitle: string | null, subtitled: boolean): [number, number] | null {
  if (wrapperTitle !== null) {
    // The wrapper's title without its category tag, or without any bracketed group before it (`(산업디지털전환)`).
    const wants = [wrapperTitle.replace(WRAPPER_TAGS, ''), wrapperTitle.replace(LEADING_GROUPS, '')].map(foldHeadline)
    for (let s = 0; s < Math.min(run.length, MAX_KICKER_LINES + 1); s++) {
      let joined = ''
      for (let e = s; e < run.length; e++) {
        joined += foldHeadline(run[e]!.value)
        // A quoted slogan over the headline belongs to it (`"잊지 않고, 기억하겠습니다"` / `… 추모식 가져`).
        if (wants.includes(joined)) return [s === 1 && opensQuote(run[0]!.value) ? 0 : s, e + 1]
        if (!wants.some((w) => w.startsWith(joined))) break
      }
    }
    if (!sameHeadline(run[0]!.value, wrapperTitle) && run[0]!.value.length < MIN_BODY_HEADLINE) return null
  }
  // Two lines over marked subtitles are one headline broken in two (bulk: 42 of 44 such
  // korea.kr bodies publish both lines as the headline).
  if (run.length === 2 && subtitled) return [0, 2]
  let n = 1
  while (n < run.length && runsOn(run[n - 1]!.value, run[n]!.value, n === 1)) n++
  return [0, n]
}

function sameHeadline(a: string, b: string): boolean {
  const x = foldHeadline(a.replace(WRAPPER_TAGS, ''))
  const y = foldHeadline(b.replace(WRAPPER_TAGS, ''))
  return x === y || (x.length > 8 && (y.startsWith(x) || x.startsWith(y)))
}

function markAttachments(blocks: Block[]): void {
  let inList = false
  let seenList = false
  let appendix = false
  for (const block of blocks) {
    if (block.type === 'table') {
      const firstCell = block.children[0]?.children.find((c) => c.value !== '')?.value ?? ''
      if (seenList && APPENDIX_HEADING.test(firstCell)) appendix = true
      block.appendix = appendix
      if (inList) inList = false
      continue
    }
    const line = block
    const whole = `${line.marker ?? ''}${line.label ? `(${line.label})` : ''}${line.value}`.trim()
    const raw = whole
    if (seenList && (APPENDIX_HEADING.test(raw) || APPENDIX_LINE.test(raw)) && !inList) {
      appendix = true
      line.kind = 'appendixHeading'
      line.appendix = true
      continue
    }
    const opener = ATTACHMENT_OPENER.exec(raw)
    if (opener && opener[1]!.replace(/\s/gu, '') !== '참고' && (line.kind !== 'item' || /^[-<【\[(]/u.test(raw))) {
      inList = true
      seenList = true
      line.kind = 'attachment'
      line.appendix = appendix
      continue
    }
    if (inList && isAttachmentContinuation(line)) {
      line.kind = 'attachment'
      line.appendix = appendix
      continue
    }
    inList = false
    line.appendix = appendix
  }
}

function isAttachmentContinuation(line: Line): boolean {
  if (CONTACT_LABEL.test(line.value) && line.value.length < 12) return false
  if (line.kind === 'item' && /^\d{1,2}[.)]$/u.test(line.marker ?? '')) return true
  if (line.kind === 'paragraph' && line.value.length <= 80 && !SENTENCE_END.test(line.value) && !LIST_MARKER_START.test(line.value)) return true
  return false
}

function isContactsTable(table: Table): boolean {
  const text = table.children.map((r) => r.children.map((c) => c.value).join(' ')).join(' ')
  return CONTACT_LABEL.test(text) && PHONE.test(text)
}

/**
 * A header box that also holds the contacts (older layouts: 담당과장 / 담당자 rows under
 * 보도일시 / 배포일시): its contact rows become a contacts table of their own.
 */
function splitHeaderContacts(blocks: Block[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!
    if (block.type !== 'table' || block.role !== 'header') continue
    const at = block.children.findIndex((row) => {
      const first = row.children.find((c) => c.value !== '')
      return first !== undefined && CONTACT_ROW_LABEL.test(first.value.trim())
    })
    if (at <= 0) continue
    const rows = block.children.splice(at)
    const contacts: Table = {
      type: 'table',
      role: 'contacts',
      appendix: false,
      children: rows,
      position: { start: rows[0]!.position.start, end: rows.at(-1)!.position.end }
    }
    block.position = { start: block.children[0]!.position.start, end: block.children.at(-1)!.position.end }
    blocks.splice(i + 1, 0, contacts)
  }
}
