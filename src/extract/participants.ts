/**
 * Participants (참석자) of an event: `(보건복지부) 박민수 제2차관, 보건의료데이터진흥과장 등`
 * → people with name, post and body; bodies named alone; each listed once.
 */
import type { Participant, Span } from '../schema/record.js'
import { isBodyName, isPersonName } from './gazetteer/persons.js'
import { fold } from '../util/text.js'

const GROUP = /^[(（\[]\s*([^()（）[\]]{1,20})\s*[)）\]]\s*/u
const SEPARATOR = /\s*(?:,|，|、|;|\s및\s|\s와\s|\s과\s)\s*/u
const TRAILING = /\s*(?:등|외)\s*(?:\d+\s*(?:여\s*)?명(?:\s*내외)?)?\s*$/u
const HEAD_COUNT = /\d[\d,]*\s*(?:여\s*)?명/u
const POST_END =
  /(?:부총리|총리|장관|차관|실장|청장|처장|원장|위원장|본부장|국장|과장|센터장|단장|회장|부회장|대표|대표이사|총장|이사장|교수|박사|시장|도지사|지사|군수|구청장|교육감|의원|차장|대변인|이사|소장|관장|사장|부장|팀장|비서관|수석|조정관|정책관|기획관|학장|대학원장|연구원|변호사|위원|관계자)$/u
const GENERIC = /(?:관계자|담당자|인사담당자|전문가|학생|교사|학부모|시민|국민|장병|직원|대표단|임직원|구직자|청년|주민|가족|참가자|참석자|수상자|입상자|발표자|패널|등)$/u

/**
 * Parse a participants value into people and bodies.
 *
 * @param value The text after `(참석자)` or `참석 :`.
 * @param start Offset of the value in the document text.
 * @param group The heading it was listed under, if any.
 * @returns Participants, in order.
 */
export function parseParticipants(value: string, start: number, group: string | null): Participant[] {
  let text = value
  let offset = start
  let g = group
  const groupMatch = GROUP.exec(text)
  if (groupMatch) {
    g = groupMatch[1]!.trim()
    offset += groupMatch[0].length
    text = text.slice(groupMatch[0].length)
  }
  const out: Participant[] = []
  let cursor = 0
  for (const part of text.replace(TRAILING, '').split(SEPARATOR)) {
    const at = text.indexOf(part, cursor)
    cursor = at >= 0 ? at + part.length : cursor
    const entry = fold(part.replace(TRAILING, ''))
    if (entry === '' || HEAD_COUNT.test(entry)) continue
    const span: Span = { start: offset + Math.max(at, 0), end: offset + Math.max(at, 0) + part.length }
    const p = parseEntry(entry, g)
    if (p) out.push({ ...p, span })
  }
  return out
}

function parseEntry(entry: string, group: string | null): Omit<Participant, 'span'> | null {
  const words = entry.split(/\s+/u)
  const nameAt = words.findIndex((w) => isPersonName(w))
  const postAt = words.findLastIndex((w) => POST_END.test(w))
  if (nameAt >= 0 && (postAt >= 0 || words.length === 1)) {
    const position = postAt >= 0 && postAt !== nameAt ? words[postAt]! : null
    const org = words.filter((_, i) => i !== nameAt && i !== postAt).join(' ') || (group && isBodyName(group) ? group : null)
    return { name: words[nameAt]!, position, organization: org || null, group }
  }
  if (postAt >= 0) {
    const org = words.slice(0, postAt).join(' ') || (group && isBodyName(group) ? group : null)
    if (GENERIC.test(words[postAt]!) && !org) return null
    return { name: null, position: words[postAt]!, organization: org, group }
  }
  if (GENERIC.test(entry) || entry.length > 40) return null
  return { name: null, position: null, organization: entry, group }
}

/**
 * Keep each participant once (same name, or same post and body).
 */
export function dedupeParticipants(list: Participant[]): Participant[] {
  const seen = new Set<string>()
  return list.filter((p) => {
    const key = p.name ?? `${p.position ?? ''}@${p.organization ?? ''}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
