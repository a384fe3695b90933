/**
 * Plans stated in a sentence (문장 속 목록): a run of marked items written inline
 * (`①A, ②B, ③C`, `▲A ▲B`, `△A △B`) that the sentence names right after as the plan's
 * goals or tasks (`… 등 3대 정책방향`, `…를 3대 목표로`, `…라는 3가지 수출 전략`,
 * `… 등의 정책과제`).
 */
import type { Line } from '../parse/tree.js'
import type { Span } from '../schema/record.js'
import { fold } from '../util/text.js'
import { fullYear } from '../util/dates.js'

/** What an inline list states: goals (목표, 방향) or tasks (전략, 과제). */
type ListKind = 'goals' | 'tasks'

/** One inline list and what the sentence names it. */
export interface InlineList {
  kind: ListKind
  items: Array<{ text: string; span: Span }>
  line: Line
}

/** Inline list markers, by family: circled numbers, triangles (a list of one family may nest the other's in an item). */
const FAMILIES = ['①-⑳', '▲△▴']
/** A count before the name: `3대`, `3가지`, `총 4대`, with a word between (`3가지 수출 전략`). */
const COUNT = String.raw`(?:총\s*)?\d+\s*(?:대|가지)\s*(?:[가-힣]{1,4}\s+)?`
/** What joins a list to its name: a particle (`등`, `라는`, `를`) with or without a count, `의` with one, or a count alone. */
const CONNECTOR = String.raw`(?:(?:등의|등|(?:이)?라는|을|를)\s*(?:${COUNT})?|의\s*${COUNT}|${COUNT})`
/** The names a list is given: goals (목표, 방향) or tasks (전략, 과제); not one of several topics (`… 정책과제 등`). */
const NAME = String.raw`(정책\s*방향|추진\s*방향|방향|목표|전략|(?:추진|정책|핵심|중점)\s*과제|과제)(?=로|으로|를|을|이|가|는|에|와|과|및|하에|[,.]|\s(?!\s*등)|$)`
/**
 * A marked run of one family, its connector or count and the name it is given (a name right
 * after an item's words is part of that item: `기본 방향 제안`).
 */
const NAMED_LISTS = FAMILIES.map((f) => new RegExp(String.raw`((?:[${f}]\s*[^${f}]{2,120}?){2,}?)\s*${CONNECTOR}${NAME}`, 'u'))
const MARKS = FAMILIES.map((f) => new RegExp(`[${f}]`, 'gu'))
/** A label bracketed at an item's head (`(동행) 약자에게 …`): no part of its text. */
const ITEM_LABEL = /^\([^()]{1,10}\)\s*/u
/** The names of goals; any other name (전략, 과제) names tasks. */
const GOAL_NAME = /(?:방향|목표)$/u
/** What an item's text leaves off: separators, a closing `등`, a joining particle. */
const ITEM_TRIM = /(?:\s*[,，·]\s*|\s+등|\s*(?:및|과|와))+$/u
/** An item that is a sentence is no item of a list. */
const SENTENCE = /다[.]/u
/** A line that ends its sentence. */
const SENTENCE_END = /[다요음함임][.。]?\s*$/u

/**
 * The inline lists of a release, in document order: each list's items split on the marker
 * family that opens it (a nested `▲` list inside `①` stays in its item).
 */
export function inlineLists(all: Line[], text: string): InlineList[] {
  const out: InlineList[] = []
  for (const [i, line] of all.entries()) {
    const start = line.position?.start.offset ?? line.valueStart
    const next = all[i + 1]
    // A sentence wrapped onto the next line (a line without marker or label that the line's words run into).
    const wrapped = next && next.kind === 'paragraph' && next.marker === null && next.label === null && !SENTENCE_END.test(line.value)
    const raws = [text.slice(start, line.valueStart + line.value.length)]
    if (wrapped) raws.push(text.slice(start, next.valueStart + next.value.length))
    // The outermost list: of the families' matches, the one that starts first.
    const found = raws
      .map((raw) => NAMED_LISTS.map((re, family) => ({ m: re.exec(raw), family })).filter((x) => x.m !== null).sort((a, b) => a.m!.index - b.m!.index)[0])
      .find(Boolean)
    if (!found) continue
    const m = found.m!
    const run = m[1]!
    const runAt = start + m.index
    const marks = [...run.matchAll(MARKS[found.family]!)].map((x) => x.index!)
    const items: InlineList['items'] = []
    for (const [i, at] of marks.entries()) {
      const piece = run.slice(at + 1, marks[i + 1] ?? run.length)
      const lead = piece.length - piece.trimStart().length
      const label = ITEM_LABEL.exec(piece.trimStart())?.[0].length ?? 0
      const body = piece.trim().slice(label).replace(ITEM_TRIM, '')
      if (!body || SENTENCE.test(body)) continue
      const from = runAt + at + 1 + lead + label
      items.push({ text: fold(body), span: { start: from, end: from + body.length } })
    }
    if (items.length < 2) continue
    out.push({ kind: GOAL_NAME.test(m[2]!.replace(/\s/gu, '')) ? 'goals' : 'tasks', items, line })
  }
  return out
}

/** A goal set with the year it runs to: `’25년까지 A, B하는 것을 목표로`, `2030년까지 “A”를 목표로`. */
const YEAR_GOAL = /(?:((?:19|20)\d{2})년|[’'‘](\d{2})년)\s*까지\s*([^.]{4,160}?)(?:하는\s*것|”|")?\s*(?:을|를)\s*목표로/u
/** A comma outside brackets: where one goal ends and the next begins. */
const GOAL_COMMA = /,\s*(?![^(（]*[)）])/u

/**
 * Goals a sentence sets up to a year (목표 연도): each clause between commas (outside brackets)
 * a goal, the year its target year. Only a plan found by other evidence takes them.
 */
export function yearGoals(all: Line[]): Array<{ text: string; targetYear: number; span: Span }> {
  for (const line of all) {
    const m = YEAR_GOAL.exec(line.value)
    if (!m) continue
    const year = m[1] ? Number(m[1]) : fullYear(Number(m[2]))
    const body = m[3]!.replace(/^[“"‘']/u, '')
    const bodyAt = line.valueStart + m.index + m[0].indexOf(m[3]!) + (m[3]!.length - body.length)
    const out: Array<{ text: string; targetYear: number; span: Span }> = []
    let cursor = 0
    for (const part of body.split(GOAL_COMMA)) {
      const from = body.indexOf(part, cursor)
      cursor = from + part.length
      out.push({ text: fold(part), targetYear: year, span: { start: bodyAt + from, end: bodyAt + cursor } })
    }
    return out.filter((g) => g.text.length > 0)
  }
  return []
}
