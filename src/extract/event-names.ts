/**
 * An event's title (행사명) and kind (행사 종류): from a `행사명` label, the heading over its
 * overview (`< 제3차 인재양성전략회의 개요 >`, `[1] 개막식`), or the name a sentence quotes
 * (`「2022 임상시험의 날 기념행사」를 개최`); the kind is the event word the title ends in.
 */
import type { Line } from '../parse/tree.js'
import { fold } from '../util/text.js'

/** Labels that give an event's name. */
export const NAME_LABEL = /^(?:행사명|행사명칭|명칭|회의명|대회명|사업명)$/u
/** Words that end an event's name and say what kind it is. */
const EVENT_WORD =
  /(?:박람회|전시회|엑스포|페어|위크|설명회|상담회|간담회|토론회|공청회|발표회|보고회|착수보고회|시상식|협약식|기념식|개막식|폐막식|출범식|발대식|수여식|학위수여식|기념행사|행사|회의|협의회|위원회|포럼|세미나|심포지엄|컨퍼런스|콘퍼런스|워크숍|연수|캠프|축제|대회|경진대회|공모전|특강|강연|강연회|업무협약|협약|방문|현장 방문|현장방문|점검|교육|체험|시연)$/u
/** The end of a heading that is not part of the name: `개요`, `주요 내용`, `(12.16(목))`. */
const HEADING_TAIL = /\s*(?:개요|주요\s*내용|주요\s*일정|계획|추진\s*계획|일정)\s*$/u
const DATE_TAIL = /\s*[(（][^()（）]*\d[^()（）]*(?:\([^()]*\)[^()（）]*)?[)）]\s*$/u
/** Markers of a heading line: `[1]`, `①`, `□`, `1.`, `가.`. */
const HEADING_MARKER = /^(?:\[\d+\]|[①-⑳]|□|■|◼|\d+[.)]|[가-하][.)])$/u
/** A name a sentence quotes before a holding verb: `「…」를 개최`, `‘…’가 열린다`. */
const QUOTED_NAME = /[「『｢‘'"“]([^」』｣’'"”]{2,80})[」』｣’'"”]\s*(?:을|를|이|가|은|는|도)?\s*(?:\S+\s+){0,12}?\S*(?:개최|열|진행|개막|출범)/u
/** Headings that only say what kind of thing follows: `행사 개요`, `방문 개요`. */
const GENERIC_HEADING = /^(?:행사|방문|회의|교육|점검|체험|현장\s*방문)$/u
/** A footnote's marker on a word of a name: `관계기관*`. */
const NOTE_MARK = /(?<=\S)\*+/gu
/** An event word right after a quoted name: `’ 시상식을`. */
const EVENT_AFTER_QUOTE = /^\s*((?:시상식|개막식|폐막식|기념식|설명회|발표회|보고회|간담회|협약식|출범식|발대식|수여식|토론회|행사)(?:\s*및\s*[가-힣]+)?)(?:을|를|이|가|은|는|도)?(?:\s|$)/u

/**
 * The title and kind of an event from its overview: a `행사명` line in or just above the
 * group, else the heading right above it.
 *
 * @param before The few lines above the overview's first line, nearest last.
 * @param group The overview's lines.
 */
export function overviewName(before: Line[], group: Line[]): { title: string | null; kind: string | null } {
  const labelled = [...before, ...group].find((l) => NAME_LABEL.test(l.label?.replace(/\s/gu, '') ?? ''))
  if (labelled) return named(labelled.value)
  for (const line of [...before].reverse()) {
    if (line.kind === 'footnote' || line.kind === 'note') continue
    const heading = line.kind === 'heading' || line.kind === 'subtitle' || HEADING_MARKER.test(line.marker ?? '') || /^<.*>$/u.test(line.value.trim())
    if (!heading) return { title: null, kind: null }
    const text = fold(line.value.replace(/^<\s*|\s*>$/gu, '').replace(DATE_TAIL, '').replace(HEADING_TAIL, '').replace(DATE_TAIL, ''))
    // A heading that only says what kind of thing follows (`행사 개요`, `방문 개요`) names a kind, not the event.
    if (!text || text.length > 60) return { title: null, kind: null }
    const result = named(text)
    return GENERIC_HEADING.test(text) ? { title: null, kind: text === '행사' ? null : result.kind } : result
  }
  return { title: null, kind: null }
}

/**
 * The name a sentence quotes for the event it announces, with its kind.
 *
 * @param sentence The event's sentence.
 */
export function quotedName(sentence: string): { title: string | null; kind: string | null } {
  const m = QUOTED_NAME.exec(sentence)
  if (!m) return { title: null, kind: null }
  // `‘…공모전’ 시상식을 개최`: the event is the word after the quoted name.
  const after = EVENT_AFTER_QUOTE.exec(sentence.slice(m.index + m[1]!.length + 2))
  return eventName(after ? `${m[1]!} ${after[1]!}` : m[1]!)
}

/**
 * A name ending in an event word (`개막식`, `제3차 인재양성전략회의`), as title and kind; a
 * quoted theme or slogan, which ends in none, gives nulls.
 *
 * @param value A quoted name or a sentence's subject.
 */
export function eventName(value: string): { title: string | null; kind: string | null } {
  const result = named(value)
  return result.kind ? result : { title: null, kind: null }
}

/** A title and the event word it ends in (`2021 제2회 대한민국 드론박람회` → `박람회`). */
function named(value: string): { title: string | null; kind: string | null } {
  const title = fold(value.replace(/^[「『｢‘'"“]|[」』｣’'"”]$/gu, '').replace(NOTE_MARK, ''))
  if (!title) return { title: null, kind: null }
  const bare = title.replace(/\s*[(（][^()（）]*[)）]$/u, '')
  const word = EVENT_WORD.exec(bare)
  return { title, kind: word ? word[0] : null }
}
