/**
 * The contacts table (담당 부서 / 책임자 / 담당자 with phones), one contact per person row;
 * also the flattened form (one cell per line, as korea.kr bodies keep it) and body inquiry
 * lines (`* 담당자 : 과 이름(044-…)`, `※ 문의처 : 기관 (☎ 02-…)`).
 */
import type { Root, Line } from '../parse/tree.js'
import type { VFile } from 'vfile'
import type { Contact, Span } from '../schema/record.js'
import { draft, traceValue, lines, joinSpans, valueSpan } from './context.js'
import { squeeze } from '../util/text.js'
import { hasBodyEnding, isPersonName, isSurnameShaped } from './gazetteer/persons.js'
import { ATTACHMENT_OPENER } from '../parse/markers.js'

/** A phone number: `044-202-2940`, `(02-901-7150)`, `☎ 043-7113-8113`. */
export const PHONE = /(?<!\d)(0\d{1,2})\s*[-)．.]\s*(\d{3,4})\s*[-．.]\s*(\d{4})(?!\d)/u
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u
/** Row labels of the table (the contract's `role`). */
const ROLE = /^(?:책임자|담당자|담당과장|담당관|실무자|실무담당자|총괄|총괄책임자|문의처|대표문의처|자료문의|배포부서|홍보담당)$/u
const DEPARTMENT_LABEL = /^(?:담당\s*부서|담당부서|부서|소관\s*부서)(?:\s*<[^>]*>?)?$/u
const GROUP_LABEL = /^[<(][^<>()]{1,20}[>)]?$|^[^<>]{1,12}>$/u
const HEAD_ROLE = /^책임자$|^담당과장$|^총괄|^자료문의$|^배포부서$/u
/** A person's name: two to four syllables (a masked `백OO` too). */
const PERSON_NAME = /^[가-힣]{2,4}$|^[가-힣][O○◯*]{1,2}$/u
/** Posts that stand in the position column (spaces already removed). */
const POSITION =
  /(?:과장|국장|실장|관장|팀장|센터장|단장|부장|차장|원장|소장|본부장|서기관|사무관|주무관|연구관|연구사|교육연구관|교육연구사|장학관|장학사|행정관|전문관|전문위원|연구원|책임|선임|주임|대리|사원|경정|경감|경위|총경|경사|위원|대변인|부대변인|담당관|담당자|담당|계장|반장|지도관|지도사|공보관)$/u
/** A phone with masked digits (`010-5***-6076`): a phone withheld, not a name. */
const MASKED_PHONE = /\(?\s*0\d{1,2}-[\d*]{3,4}-[\d*]{4}\s*\)?/gu
/** A cell that heads another table (`참고`, `붙임 2`, `<별첨>`) standing first in a row: the contacts table has ended. */
const OTHER_TABLE_HEADING = new RegExp(`${ATTACHMENT_OPENER.source}$`, 'u')
/** An enumerated item cell (`➊ 무역법 …`, `① …`, `1. …`): what a row is about, not a department. */
const ITEM_CELL = /^(?:[➊-➓❶-❿①-⑳]|\d{1,2}[.)]\s)/u
const BODY_CONTACT = /(?:담당자?|문의처?|대표문의처)\s*[:：]\s*(.+)$/u
/** `자료제공: 노인건강과 노인복지팀 (240-8940)`: a unit and a local number. */
const SUPPLIED_BY = /(?:자료\s*제공|자료\s*문의|문의)\s*[:：]\s*([가-힣A-Za-z0-9·\s]+?)\s*\(\s*(?:☎|☏|tel\.?)?\s*((?:0\d{1,2}[-)\s.])?\d{3,4}[-.\s]\d{4})\s*\)/u

interface Cell {
  value: string
  span: Span
}

/**
 * unified plugin: fill `contacts`.
 */
export function contacts() {
  return (tree: Root, file: VFile) => {
    const record = draft(file)
    const found: Contact[] = []
    for (const rows of contactRows(tree)) {
      // Whole people in single cells (a name and a phone in one cell): the older layout.
      const inline = rows.some((row) => row.some((c) => {
        if (!PHONE.test(c.value)) return false
        const words = c.value.replace(new RegExp(PHONE.source, 'gu'), ' ').replace(/[()]/gu, ' ').trim().split(/\s+/u)
        const phones = c.value.match(new RegExp(PHONE.source, 'gu'))?.length ?? 0
        return words.some((w) => PERSON_NAME.test(w)) && (phones > 1 || words.some((w) => POSITION.test(w) && !PERSON_NAME.test(w)) || words.some((w) => FUSED_POST.test(w)))
      }))
      found.push(...(inline ? inlineRows(rows) : fromRows(rows)))
    }
    found.push(...fromBodyLines(lines(tree), found))
    record.contacts = found
  }
}

/** Rows of every contacts table, and of flattened ones (cells one per line). */
function contactRows(tree: Root): Cell[][][] {
  const groups: Cell[][][] = []
  const blocks = tree.children
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!
    if (block.type === 'table' && block.role === 'contacts') {
      const rows = block.children.map((r) =>
        r.children.map((c) => ({ value: c.value, span: { start: c.position.start.offset!, end: c.position.end.offset! } }))
      )
      // A table that names no role and no department column (a programme list with phones) is not the contacts table.
      if (!rows.some((row) => row.some((c) => ROLE.test(squeeze(c.value)) || DEPARTMENT_LABEL.test(c.value.trim()) || /^담당\s*부서/u.test(c.value.trim())))) continue
      // Two tables that touch are read as one: the next one starts at its heading row (`참고 | … 개요`).
      const end = rows.findIndex((row, at) => at > 0 && OTHER_TABLE_HEADING.test(row.find((c) => c.value.trim() !== '')?.value.trim() ?? ''))
      groups.push(end > 0 ? rows.slice(0, end) : rows)
      continue
    }
    if (block.type === 'line' && DEPARTMENT_LABEL.test(block.value.trim()) && block.marker === null) {
      const cells: Cell[] = []
      let j = i + 1
      for (; j < blocks.length; j++) {
        const next = blocks[j]!
        if (next.type !== 'line' || next.kind === 'footnote' || next.kind === 'note') break
        const raw = `${next.marker ?? ''}${next.label ? `(${next.label})` : ''}${next.value}`.trim()
        if (raw.length > 40) break
        cells.push({ value: raw, span: { start: next.position.start.offset!, end: next.position.end.offset! } })
      }
      if (cells.some((c) => PHONE.test(c.value))) {
        groups.push(splitAtPhones(cells))
        i = j - 1
      }
    }
  }
  return groups
}

/** A flat run of cells → rows, each ending with its phone (or e-mail) cell. */
function splitAtPhones(cells: Cell[]): Cell[][] {
  const rows: Cell[][] = []
  let row: Cell[] = []
  for (const cell of cells) {
    if (ROLE.test(squeeze(cell.value)) && row.some((c) => ROLE.test(squeeze(c.value)))) {
      rows.push(row)
      row = []
    }
    row.push(cell)
    if (PHONE.test(cell.value) || EMAIL.test(cell.value)) {
      rows.push(row)
      row = []
    }
  }
  if (row.length > 0) rows.push(row)
  return rows
}

/** Table rows → contacts: units of stacked department cells, roles carried down (each traced to its cell). */
function fromRows(rows: Cell[][]): Contact[] {
  interface Person {
    dept: Cell[]
    role: Cell | null
    rest: Cell[]
    span: Span
  }
  const isDepartment = (c: Cell) => !DEPARTMENT_LABEL.test(c.value) && !GROUP_LABEL.test(c.value)
  const units: Person[][] = []
  let unit: Person[] = []
  let unitDept: Cell[] = []
  let role: Cell | null = null
  for (const row of rows) {
    const cells = row.filter((c) => c.value !== '')
    const roleAt = cells.findIndex((c) => ROLE.test(squeeze(c.value)))
    const before = roleAt >= 0 ? cells.slice(0, roleAt) : []
    const after = roleAt >= 0 ? cells.slice(roleAt + 1) : cells
    const dept = before.filter((c) => isDepartment(c) && !/^담당\s*부서/u.test(c.value))
    let rest = after
    if (roleAt < 0) {
      // No role cell: leading cells without a phone or person are department lines.
      const personAt = rest.findIndex((c) => POSITION.test(squeeze(c.value)) || PERSON_NAME.test(c.value) || PHONE.test(c.value))
      const lead = personAt >= 0 ? rest.slice(0, personAt) : []
      dept.push(...lead.filter(isDepartment))
      rest = personAt >= 0 ? rest.slice(personAt) : []
    }
    const rowRole = roleAt >= 0 ? cells[roleAt]! : null
    const pairs = rest.length > 0 ? splitPeople(rest) : null
    if (pairs) {
      // A row naming a whole unit (`구진경 과장 김태우 서기관 | 044-… 044-…`): a unit of its own, with the row's own department.
      if (unit.length > 0) units.push(unit)
      const own = dept.filter((c) => !ITEM_CELL.test(c.value))
      const r = rowRole ?? role
      units.push(pairs.map((people) => ({ dept: own, role: r, rest: people, span: joinSpans(people.map((c) => c.span)) })))
      unit = []
      unitDept = []
      continue
    }
    const roleName = rowRole ? squeeze(rowRole.value) : null
    if (roleName && (HEAD_ROLE.test(roleName) || (role !== null && roleName !== squeeze(role.value) && !/담당자/u.test(roleName))) && unit.length > 0) {
      units.push(unit)
      unit = []
      unitDept = []
    }
    if (rowRole) role = rowRole
    unitDept.push(...dept)
    if (rest.length === 0) continue
    const person: Person = { dept: unitDept, role, rest, span: joinSpans(row.map((c) => c.span)) }
    unit.push(person)
  }
  if (unit.length > 0) units.push(unit)
  const out: Contact[] = []
  for (const u of units) {
    for (const p of u) {
      const c = personCells(p.rest)
      if (!c.name && !c.phone && !c.email) continue
      // A row whose 'name' is no person's name and that gives no phone (a heading, `개요`, `연락처`) is no contact.
      if (!c.phone && !c.email && c.name && !isPersonName(c.name)) continue
      // Department words in a person's own cells serve the unit's later rows too (the list is the unit's).
      if (c.department && p.dept.length === 0) p.dept.push({ value: c.department, span: p.span })
      const department = p.dept.length > 0 ? p.dept.map((d) => d.value).join(' ').replace(/\s+/gu, ' ').trim() : null
      const contact: Contact = { department, role: p.role ? squeeze(p.role.value) : null, position: c.position, name: c.name, phone: c.phone, email: c.email, span: p.span }
      // A department cell spanning rows, a role written once for the rows below: traced to their cells.
      const outside = p.dept.filter((d) => d.span.start < p.span.start || d.span.end > p.span.end)
      if (outside.length > 0) traceValue(contact, 'department', joinSpans(outside.map((d) => d.span)))
      if (p.role) traceValue(contact, 'role', p.role.span)
      out.push(contact)
    }
  }
  return out
}

/** A name and its post, twice or more in one cell: `구진경 과장 김태우 서기관`. */
function peopleIn(value: string): { name: string; post: string; index: number }[] | null {
  const words = [...value.matchAll(/\S+/gu)]
  if (words.length < 4 || words.length % 2 !== 0) return null
  const out: { name: string; post: string; index: number }[] = []
  for (let i = 0; i < words.length; i += 2) {
    const [name, post] = [words[i]![0], words[i + 1]![0]]
    if (!isPersonName(name) || !POSITION.test(post) || isPersonName(post)) return null
    out.push({ name, post, index: words[i]!.index })
  }
  return out
}

/**
 * Cells holding two or more people in one cell, their phones (or e-mails) in order in the
 * cells after it: one list of cells (post, name, phone) per person; null for a one-person row.
 */
function splitPeople(cells: Cell[]): Cell[][] | null {
  const at = cells.findIndex((c) => peopleIn(c.value.trim()) !== null)
  if (at < 0) return null
  const cell = cells[at]!
  const lead = cell.value.length - cell.value.trimStart().length
  const people = peopleIn(cell.value.trim())!
  const reach = new RegExp(`${PHONE.source}|${EMAIL.source}`, 'gu')
  const contacts = cells.slice(at + 1).flatMap((c) => [...c.value.matchAll(reach)].map((m) => ({ value: m[0], span: { start: c.span.start + m.index, end: c.span.start + m.index + m[0].length } })))
  return people.map((p, i) => {
    const start = cell.span.start + lead + p.index
    const postAt = start + p.name.length + cell.value.trim().slice(p.index + p.name.length).indexOf(p.post)
    const own: Cell[] = [{ value: p.post, span: { start: postAt, end: postAt + p.post.length } }, { value: p.name, span: { start, end: start + p.name.length } }]
    const reachOf = contacts[i]
    return reachOf ? [...own, reachOf] : own
  })
}

/** Position, name, phone, e-mail (and department words, where the row puts them after its role) out of a person's cells. */
function personCells(cells: Cell[]): Pick<Contact, 'position' | 'name' | 'phone' | 'email' | 'department'> {
  let phone: string | null = null
  let email: string | null = null
  const words: string[] = []
  for (const cell of cells) {
    const p = PHONE.exec(cell.value)
    const e = EMAIL.exec(cell.value)
    if (p && !phone) phone = `${p[1]}-${p[2]}-${p[3]}`
    if (e && !email) email = e[0]
    const rest = cell.value.replace(PHONE, '').replace(EMAIL, '').replace(MASKED_PHONE, ' ').replace(/[()☎☏]|tel\.?/giu, ' ').trim()
    if (rest !== '') words.push(...rest.split(/\s+/u))
  }
  const joined = words.map((w) => w.trim()).filter(Boolean)
  if (joined.length === 0) return { position: null, name: null, phone, email, department: null }
  if (joined.length === 1) {
    const w = squeeze(joined[0]!)
    if (POSITION.test(w) && !PERSON_NAME.test(w)) return { position: w, name: null, phone, email, department: null }
    return PERSON_NAME.test(w) ? { position: null, name: w, phone, email, department: null } : { position: w, name: null, phone, email, department: null }
  }
  // The name is the last word (or the first, before its post); the post is the word before it.
  let nameAt = joined.length - 1
  if (!PERSON_NAME.test(joined[nameAt]!) && PERSON_NAME.test(joined[0]!) && POSITION.test(joined[nameAt]!)) nameAt = 0
  const name = joined[nameAt]!
  const others = joined.filter((_, i) => i !== nameAt)
  const postAt = others.findLastIndex((w) => POSITION.test(squeeze(w)))
  if (postAt < 0) return { position: squeeze(others.join(' ')) || null, name, phone, email, department: null }
  const before = others.slice(0, postAt)
  // A post written spaced out (`과  장`) is one word already; department words stand before it.
  return { position: squeeze(others.slice(postAt).join('')), name, phone, email, department: before.length > 0 ? before.join(' ') : null }
}

/** A person written whole in one cell: `예산실 예산총괄과장 박준호 (044-215-7110)`, `김영임 서기관(044-…)`. */
const INLINE_ENTRY = /([^()]*?)\s*\(?\s*(0\d{1,2}\s*[-)．.]\s*\d{3,4}\s*[-．.]\s*\d{4})\s*\)?/gu
/** A post fused with its unit: `예산총괄과장` → unit `예산총괄과`, post `과장`. */
const FUSED_POST = /^([가-힣]+(?:과|국|실|관|팀|단|부|센터))(장)$/u

/**
 * Rows whose cells each hold whole people (older header boxes): one contact per person; a
 * 담당자 takes the unit of the 과장 on the same row.
 */
function inlineRows(rows: Cell[][]): Contact[] {
  const out: Contact[] = []
  const columnRole = new Map<number, Cell>()
  for (const row of rows) {
    let role: Cell | null = null
    let rowUnit: { value: string; span: Span } | null = null
    row.forEach((cell, col) => {
      const value = cell.value.trim()
      if (value === '') return
      if (ROLE.test(squeeze(value))) {
        role = cell
        for (let c = col + 1; c < row.length + 4; c++) columnRole.set(c, cell)
        return
      }
      const cellRole: Cell | null = role ?? columnRole.get(col) ?? null
      for (const m of value.matchAll(INLINE_ENTRY)) {
        const words = m[1]!.trim().split(/\s+/u).filter(Boolean)
        if (words.length === 0) continue
        const p = PHONE.exec(m[2]!)!
        const nameAt = words.findIndex((w) => isPersonName(w) && !POSITION.test(w))
        if (nameAt < 0) continue
        let position = words.slice(nameAt + 1).join('') || null
        let department = words.slice(0, nameAt).join(' ') || null
        if (!position && department) {
          const last = department.split(' ').at(-1)!
          const fused = FUSED_POST.exec(last)
          if (fused) {
            department = [...department.split(' ').slice(0, -1), fused[1]].join(' ')
            position = `${fused[1]!.slice(-1)}${fused[2]}`
          } else if (POSITION.test(last)) {
            position = last
            department = department.split(' ').slice(0, -1).join(' ') || null
          }
        }
        const start = cell.span.start + (m.index ?? 0)
        const span = { start, end: start + m[0].length }
        if (department) rowUnit = { value: department, span }
        const contact: Contact = { department: department ?? rowUnit?.value ?? null, role: cellRole ? squeeze(cellRole.value) : null, position, name: words[nameAt]!, phone: `${p[1]}-${p[2]}-${p[3]}`, email: null, span }
        // The unit of the 과장 on the same row, the role heading its column: traced to where they stand.
        if (!department && rowUnit) traceValue(contact, 'department', rowUnit.span)
        if (cellRole) traceValue(contact, 'role', cellRole.span)
        out.push(contact)
      }
    })
  }
  return out
}

/** A token of an inquiry line: a bracketed phone or extension (`(☎ 044-204-7254)`, `(7443)`), a separator, or a word. */
const INQUIRY_TOKEN = /[(（]\s*(?:[☎☏]|tel\.?|전화)?\s*[:：.]?\s*(0\d{1,2}\s*[-)．.]\s*\d{3,4}\s*[-．.]\s*\d{4}|\d{3,4})\s*[)）]|[☎☏]\s*(0\d{1,2}\s*[-)．.]\s*\d{3,4}\s*[-．.]\s*\d{4})|([,/，])|([^\s,/，()（）☎☏]+)/gu
/** A word that may name a unit: no clause ending or particle (`원하시면`, `내용은`), label (`문의:`, `[문의]`) or bracket. */
const UNIT_WORD = /^[가-힣A-Za-z0-9·ㆍ&]{2,}$/u
const NOT_UNIT = /(?:면|고|며|서|다|요|은|는|을|를|에게|께|으로|로)$|^(?:문의처?|담당자?|연락처|자료문의|내용문의|및|또는)$/u
/** Syllables of a post written before a name, at most (`과장`, `사무관`, `센터장`). */
const SHORT_POST = 3
/** Unit words written before a person, at most (`기획재정부 대외경제국 공급망 TF 실무단`). */
const UNIT_REACH = 5

/** A person an inquiry line names, with the words of their unit (null where none stand before them). */
interface ProsePerson {
  unit: string | null
  position: string | null
  name: string
  phone: string | null
  span: Span
}

/**
 * The people an inquiry line names (`중소벤처기업부 제조혁신정책과 이홍열 사무관(☎ 044-204-7254)`,
 * `… 과장(044-…) / 명지혜 사무관(5225)`, `국제통상부 김태환(02-…), 과장 서대원(3162)`): per person
 * the unit words before them (else the previous person's unit), the post written beside the
 * name, and the phone or extension bracketed after them. People before a shared phone
 * (`이우문 과장, 정효봉 연구사 (063-…)`) give it to the last.
 *
 * @param text The line's text.
 * @param offset The text's offset in the document.
 */
export function proseContacts(text: string, offset: number): ProsePerson[] {
  const out: ProsePerson[] = []
  let words: { value: string; index: number }[] = []
  const settle = (phone: string | null, end: number): void => {
    // A name the dictionary does not know stands beside its post (`설명수 사무관`, `과장 강경택`) or right before the phone.
    const beside = (k: number) => [words[k - 1], words[k + 1]].some((w) => w !== undefined && POSITION.test(squeeze(w.value)))
    const shaped = (k: number) => isSurnameShaped(words[k]!.value) && (beside(k) || (k === words.length - 1 && !hasBodyEnding(words[k]!.value)))
    const nameAt = words.findLastIndex((w, k) => !POSITION.test(w.value) && (isPersonName(w.value) || shaped(k)))
    if (nameAt < 0) {
      words = []
      return
    }
    const after = words[nameAt + 1]
    const before = words[nameAt - 1]
    // Nothing but the post may follow the name before its phone.
    if (words.length > nameAt + (after ? 2 : 1) || (after && !POSITION.test(squeeze(after.value)))) {
      words = []
      return
    }
    // A post before the name is a short one (`과장 서대원`); a unit named for its head (`…담당관 박헌`) is the unit.
    const postBefore = !after && before && POSITION.test(squeeze(before.value)) && squeeze(before.value).length <= SHORT_POST && !isPersonName(before.value)
    const position = after ? squeeze(after.value) : postBefore ? squeeze(before.value) : null
    const first = postBefore ? nameAt - 1 : nameAt
    const unit = unitWords(words.slice(0, first).map((w) => w.value))
    const start = words[first - unit.length]!.index
    out.push({ unit: unit.length > 0 ? unit.join(' ') : (out.at(-1)?.unit ?? null), position, name: words[nameAt]!.value, phone, span: { start: offset + start, end: offset + end } })
    words = []
  }
  for (const m of text.matchAll(INQUIRY_TOKEN)) {
    const phone = m[1] ?? m[2]
    if (phone) {
      const p = PHONE.exec(phone)
      settle(p ? `${p[1]}-${p[2]}-${p[3]}` : phone, m.index + m[0].length)
    } else if (m[3]) settle(null, m.index)
    else words.push({ value: m[4]!, index: m.index })
  }
  // A trailing person with no phone after them (`… 연락 바랍니다`) is no inquiry entry.
  return out.some((p) => p.phone && PHONE.test(p.phone)) ? out : []
}

/** Inquiry lines in the body: `* 담당자 : 과 이름(044-…)`, `기관 : … ☎ 042-…`. */
function fromBodyLines(all: Line[], known: Contact[]): Contact[] {
  const out: Contact[] = []
  const knownPhones = new Set(known.map((c) => c.phone))
  /** The line the last people were read from. */
  let lastLine = -1
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!
    const text = line.value
    const supplied = SUPPLIED_BY.exec(`${line.label ? `${line.label}: ` : ''}${text}`)
    if (supplied && !PHONE.test(text)) {
      const phone = supplied[2]!.replace(/[\s.]/gu, '-')
      if (!knownPhones.has(phone)) {
        knownPhones.add(phone)
        out.push({ department: supplied[1]!.trim(), role: null, position: null, name: null, phone, email: null, span: valueSpan(line) })
      }
      continue
    }
    if (!PHONE.test(text) || line.kind === 'title' || line.kind === 'subtitle') continue
    const labelled = BODY_CONTACT.exec(`${line.label ? `${line.label}: ` : ''}${text}`)
    const role = line.label && /담당|문의/u.test(line.label) ? line.label : labelled ? /담당/u.test(labelled[0]) ? '담당자' : null : null
    const people = proseContacts(text, line.valueStart)
    // An inquiry line (labelled, ☎, 문의, 연락), or a line of nothing but people with their phones.
    const inquiry = labelled !== null || /[☎☏]|문의|연락/u.test(text)
    if (people.length > 0 && (inquiry || wholeLine(text, people, line.valueStart))) {
      // Unit words the line opens with may go on from the line before (`… 원하시면 중소벤처기업부` / `상생협력정책과 …`).
      // A line of people without units goes on the unit of the line before's (`… 과장(044-…),` / `한주현 사무관(044-…)`).
      const opens = people[0]!.span.start === line.valueStart + text.search(/\S/u)
      const carried = opens ? unitTail(all[i - 1]) ?? (people[0]!.unit === null && lastLine === i - 1 ? (out.at(-1)?.department ?? null) : null) : null
      lastLine = i
      for (const person of people) {
        if (person.phone && knownPhones.has(person.phone)) continue
        if (person.phone) knownPhones.add(person.phone)
        const department = [carried, person.unit].filter(Boolean).join(' ') || null
        out.push({ department, role, position: person.position, name: person.name, phone: person.phone, email: null, span: person.span })
      }
      continue
    }
    if (!inquiry) continue
    const p = PHONE.exec(text)!
    const phone = `${p[1]}-${p[2]}-${p[3]}`
    if (knownPhones.has(phone)) continue
    knownPhones.add(phone)
    // The unit: the words before the phone's bracket (`… 자세한 사항은 영암국유림관리소 임업경영체 사무실(☎061-…)`).
    const beforePhone = text.slice(0, p.index).replace(/^.*?(?:문의처?|문의)\s*[:：]\s*/u, '').replace(/[\s(（☎☏:：/]+$/u, '')
    const unit = unitWords(beforePhone.split(/[\s(（]+/u))
    const email = EMAIL.exec(text)?.[0] ?? null
    out.push({
      department: unit.length > 0 ? unit.join(' ') : null,
      role: labelled && /대표문의처/u.test(labelled[0]) ? '대표문의처' : role,
      position: null,
      name: null,
      phone,
      email,
      span: { start: line.valueStart, end: line.valueStart + line.value.length }
    })
  }
  return out
}

/**
 * The unit words that a run of words ends with (`… 원하시면 중소벤처기업부 제조혁신정책과` →
 * `중소벤처기업부 제조혁신정책과`): no clause ending, particle, label or post alone (`과장`), but a
 * unit named for its head (`혁신행정담당관`).
 */
function unitWords(words: string[]): string[] {
  const unit: string[] = []
  for (let k = words.length - 1; k >= 0 && unit.length < UNIT_REACH; k--) {
    const w = words[k]!
    if (!UNIT_WORD.test(w) || NOT_UNIT.test(w) || (POSITION.test(w) && w.length <= SHORT_POST)) break
    unit.unshift(w)
  }
  return unit
}

/** Whether the people read from a line are all it says (`국제통상부 김태환(02-…), 과장 서대원(3162)`). */
function wholeLine(text: string, people: ProsePerson[], offset: number): boolean {
  let rest = text
  for (const p of [...people].reverse()) rest = rest.slice(0, p.span.start - offset) + rest.slice(p.span.end - offset)
  return people.every((p) => p.phone) && rest.replace(/[\s,/，]/gu, '') === ''
}

/** The unit words a line without a phone ends with (`… 원하시면 중소벤처기업부`, a body's name alone), or null. */
function unitTail(line: Line | undefined): string | null {
  if (!line || PHONE.test(line.value) || /[.다]\s*$/u.test(line.value)) return null
  const words = line.value.trim().split(/\s+/u)
  const tail = unitWords(words)
  // A body's name alone on its line, or the end of a sentence running on (words before the tail).
  return tail.length > 0 && (tail.length < words.length || words.length === 1) ? tail.join(' ') : null
}
