/**
 * Plans (계획: 로드맵, 전략, 추진계획): vision (비전), goals (목표, with their target year), and
 * numbered tasks (`①`, `1.`, `가.`) with their labelled items (`(필수의료) …`).
 */
import type { Root, Line } from '../parse/tree.js'
import type { VFile } from 'vfile'
import type { Plan, PlanTask } from '../schema/record.js'
import { draft, joinSpans, lines, valueSpan } from './context.js'
import { findDates, findYear, findYearRange } from '../util/dates.js'
import { fold } from '../util/text.js'
import { inlineLists, yearGoals, type InlineList } from './plan-lists.js'
import { aimVision, countedTasks, EVENT_LABEL, namedVision, statedTasks } from './plan-layout.js'

const VISION = /^(?:비전|목적|지향점)$/u
const GOAL = /^(?:목표|추진목표|정책목표)$/u
const TASK_MARKER = /^(?:[①-⑳]|[➊-➓]|[❶-❿]|\d{1,2}\.|[가-하]\.)$/u
const CIRCLED_SPLIT = /\s*(?:[①-⑳]|[➊-➓]|[❶-❿])\s*/u
const UNTIL_YEAR = /((?:19|20)\d{2})년?\s*까지/u
const MAX_TASK_TITLE = 50
const SENTENCE_END = /다\.?$/u
const PERIOD_LOOKBACK = 12
/** A release whose subject is a plan: 방안, 계획, 전략, 대책, 로드맵 (not a body named after one: 대책본부, 대책위원회). */
const PLAN_TITLE = /(?:방안|계획|전략|대책(?!\s*(?:본부|위원회))|로드맵|종합대책|추진과제)/u
/** A heading that opens a plan's tasks. */
const PLAN_HEADING = /(?:과제|전략|추진\s*방향|추진\s*계획|주요\s*내용|로드맵)/u
/**
 * Sections of a plan release that are not tasks: its frame (배경, 경과 …), the plan's contents
 * as a whole (주요 내용), remarks at its meeting (모두말씀, 발언), or a plan of its own (… 대책).
 */
const NOT_A_TASK = /(?:배경|경과|개요|현황|향후|기대\s*효과|추진\s*체계|참고|주요\s*내용|말씀|발언|(?:대책|방안|계획)$)/u
const HEADING_LOOKBACK = 6
/** A paragraph long enough to be a task's explanation. */
const MIN_PROSE_ITEM = 20
/** A footnote mark written after a word (`2차*`). */
const FOOTNOTE_MARK = /\*+(?=\s|[을를이가은는의에과와로,.)]|$)/gu

/**
 * unified plugin: fill `plans`.
 */
export function plans() {
  return (tree: Root, file: VFile) => {
    const record = draft(file)
    const all = restoreNumbers(lines(tree).filter((l) => l.kind !== 'footnote' && l.kind !== 'note'))
    const visionAt = all.findIndex((l) => VISION.test(l.label?.replace(/\s/gu, '') ?? '') && l.label?.replace(/\s/gu, '') === '비전')
    const goalAt = all.findIndex((l) => GOAL.test(l.label?.replace(/\s/gu, '') ?? ''))
    const planRelease = PLAN_TITLE.test(record.title)
    const lists = inlineLists(all, record.text)
    const proseGoals = goalAt < 0 ? listGoals(lists) : null
    const proseVision = visionAt < 0 ? visionSentence(all) : null
    // A vision that frames what follows (`‘…’이라는 비전 아래`): the release lays a plan out after it.
    const framed = visionAt < 0 && !proseVision ? framedVision(all) : null

    let tasks = findTasks(all, planRelease || framed !== null).filter(
      (t) => visionAt >= 0 || goalAt >= 0 || planRelease || framed !== null || underPlanHeading(all, t.line) || restored.size >= 2
    )
    if (tasks.length < 2 && planRelease) tasks = romanSections(all)
    // Labelled headings that open paragraphs (`(성장) 나의 가치를 …`), where a vision or goals frame them.
    if (tasks.length < 2 && (visionAt >= 0 || proseVision || goalAt >= 0)) tasks = labelledHeadings(all)
    // Tasks stated as numbered sentences, each over its labelled items (`① …를 강화한다.` / `ㅇ (금융) …`).
    if (tasks.length < 2) tasks = statedTasks(all)
    // Tasks a line counts and the items under it match (`4대 전략 …` over four `ㅇ` lines), and
    // tasks a sentence lists and names (`①A, ②B 등의 정책과제`, `△A △B라는 3가지 전략`).
    // A count line that lists its tasks itself (`①A, ②B 등 2대 과제`) has the run under it explain them.
    const listed = new Set(lists.filter((l) => l.kind === 'tasks').map((l) => l.line))
    if (tasks.length < 2) tasks = byPosition([...countedTasks(all, listed), ...listTasks(lists)])
    if (visionAt < 0 && goalAt < 0 && !proseGoals && !proseVision && tasks.length < 2) return
    const plan: Plan = { title: null, period: null, vision: null, goals: [], tasks: tasks.map((t) => t.task), span: { start: 0, end: 0 } }
    const spans = tasks.map((t) => t.task.span)
    if (visionAt >= 0) {
      plan.vision = fold(all[visionAt]!.value).replace(/^['‘’"“”]|['‘’"“”]$/gu, '')
      spans.push(valueSpan(all[visionAt]!))
    }
    if (goalAt >= 0) {
      const line = all[goalAt]!
      const year = UNTIL_YEAR.exec(line.value)
      const body = year ? line.value.slice(year.index + year[0].length) : line.value
      const parts = body.split(CIRCLED_SPLIT).map((p) => fold(p).replace(/[,，]$/u, '')).filter(Boolean)
      let cursor = 0
      for (const part of parts) {
        const at = line.value.indexOf(part, cursor)
        cursor = at + part.length
        plan.goals.push({ text: part, targetYear: year ? Number(year[1]) : findYear(part), span: { start: line.valueStart + at, end: line.valueStart + at + part.length } })
      }
      spans.push(valueSpan(line))
    }
    for (const sentence of [proseVision, framed]) {
      if (!sentence) continue
      plan.vision = sentence.text
      spans.push(sentence.span)
    }
    if (proseGoals) {
      plan.goals.push(...proseGoals.goals)
      spans.push(...proseGoals.goals.map((g) => g.span))
    }
    // Goals set up to a year (`’25년까지 A, B를 목표로`) where nothing else states the plan's goals.
    if (plan.goals.length === 0) {
      plan.goals = yearGoals(all)
      spans.push(...plan.goals.map((g) => g.span))
    }
    // The aim the goals serve (`… 도약하기 위해 ’25년까지 …를 목표로`), where no vision is stated.
    const goalLine = plan.goals.length > 0 ? all.find((l) => l.valueStart <= plan.goals[0]!.span.start && plan.goals[0]!.span.start <= l.valueStart + l.value.length) : undefined
    // Else a quoted phrase the release names its vision (`비전 “…” 아래`, `‘…’ 비전과`).
    const aim = plan.vision !== null ? null : (goalLine ? aimVision(goalLine, plan.goals[0]!.span.start) : null) ?? namedVision(all)
    if (aim) {
      plan.vision = aim.text
      spans.push(aim.span)
    }
    const anchor =
      visionAt >= 0 ? visionAt : goalAt >= 0 ? goalAt : proseVision ? all.indexOf(proseVision.line) : proseGoals ? all.indexOf(proseGoals.line) : all.indexOf(tasks[0]!.line)
    for (const line of all.slice(Math.max(0, anchor - PERIOD_LOOKBACK), anchor + 1)) {
      const range = findYearRange(line.value)
      if (range) {
        plan.period = range
        break
      }
    }
    // A single goal with no vision or tasks (`(목표) …` in a programme's overview) lays out no plan.
    if (plan.vision === null && plan.tasks.length < 2 && plan.goals.length < 2) return
    plan.span = joinSpans(spans)
    record.plans = [plan]
  }
}

/** A number alone on its line: a heading's marker that korea.kr's Markdown split from its title. */
const BARE_NUMBER = /^\d{1,2}$/u
/** The paragraph under a restored heading explains it: a sentence, or a long line. */
const MIN_EXPLANATION = 60
/** The headings whose markers were restored (their paragraphs explain them: a plan laid out as such). */
const restored = new Set<Line>()

/**
 * Lines with their lost markers restored: a number alone on its line (`1`) above a short title
 * (`질 높은 간호인력 양성`) is that title's marker (`1.`), where the numbers run from 1 and
 * the title is no section of the release's frame (배경, 개요, 향후 계획 …) and a sentence
 * explains it, in a release whose numbers run once.
 */
function restoreNumbers(all: Line[]): Line[] {
  const out: Line[] = []
  restored.clear()
  // Numbers that start again (`1 … 2 … 1 …`) number the parts of sections, not a plan's tasks.
  if (all.filter((l) => l.kind === 'paragraph' && l.value === '1').length > 1) return all
  let expected = 1
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!
    const title = all[i + 1]
    const bare = line.kind === 'paragraph' && line.label === null && BARE_NUMBER.test(line.value)
    const explained = all[i + 2] !== undefined && (SENTENCE_END.test(all[i + 2]!.value) || all[i + 2]!.value.length >= MIN_EXPLANATION)
    if (bare && explained && Number(line.value) === expected && title?.kind === 'paragraph' && /[가-힣]/u.test(title.value) && title.value.length <= MAX_TASK_TITLE && !SENTENCE_END.test(title.value) && !NOT_A_TASK.test(title.value)) {
      const heading: Line = { ...title, kind: 'item', marker: `${line.value}.`, label: null }
      restored.add(heading)
      out.push(heading)
      expected++
      i++
      continue
    }
    out.push(line)
  }
  return out
}

/**
 * Numbered task headings, each followed by labelled items; in a plan release, also by the
 * paragraphs that explain them (items without a label).
 */
function findTasks(all: Line[], prose: boolean): Array<{ task: PlanTask; line: Line }> {
  const out: Array<{ task: PlanTask; line: Line }> = []
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!
    if (line.kind !== 'item' || !TASK_MARKER.test(line.marker ?? '') || line.label !== null) continue
    if (line.value.length > MAX_TASK_TITLE || SENTENCE_END.test(line.value)) continue
    // A section of the release (현황, 경과, 향후 계획 …) reports, it sets no task.
    if (NOT_A_TASK.test(line.value)) continue
    // A task is a phrase (`현장 대응 강화`); a one-word heading names a body or a topic (`1. 경찰청`).
    if (!/\s/u.test(line.value.trim())) continue
    // A dated line is a schedule item, not a task (`개막식(12.16(목))`).
    if (findDates(line.value).length > 0) continue
    const items: PlanTask['items'] = []
    let j = i + 1
    for (; j < all.length; j++) {
      const next = all[j]!
      if (next.kind === 'item' && TASK_MARKER.test(next.marker ?? '') && next.label === null) break
      if (next.kind === 'heading' || next.kind === 'appendixHeading') break
      if (next.label !== null && next.kind === 'item') items.push({ label: next.label, text: fold(next.value), span: valueSpan(next) })
      else if ((prose || restored.has(line)) && (next.kind === 'paragraph' || BULLET.test(next.marker ?? '')) && next.label === null && next.value.length >= MIN_PROSE_ITEM) {
        items.push({ label: null, text: fold(next.value.replace(FOOTNOTE_MARK, '')), span: valueSpan(next) })
      }
    }
    if (items.length === 0) continue
    out.push({ task: { title: fold(line.value), items, span: joinSpans([valueSpan(line), ...items.map((x) => x.span)]) }, line })
    i = j - 1
  }
  return out
}

/** Tasks in document order, each title once. */
function byPosition(tasks: Array<{ task: PlanTask; line: Line }>): Array<{ task: PlanTask; line: Line }> {
  const seen = new Set<string>()
  return [...tasks].sort((a, b) => a.task.span.start - b.task.span.start).filter((t) => !seen.has(t.task.title) && seen.add(t.task.title))
}

/** Whether a task heading stands under a heading that opens a plan (`III. 주요 과제`). */
function underPlanHeading(all: Line[], task: Line): boolean {
  const at = all.indexOf(task)
  for (const line of all.slice(Math.max(0, at - HEADING_LOOKBACK), at).reverse()) {
    if (line.kind === 'heading' || (line.kind === 'item' && /^[□■]$/u.test(line.marker ?? ''))) return PLAN_HEADING.test(line.value)
  }
  return false
}

/** A plan release laid out in Roman-numeral sections: each section a task, its paragraphs the items. */
function romanSections(all: Line[]): Array<{ task: PlanTask; line: Line }> {
  const out: Array<{ task: PlanTask; line: Line }> = []
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!
    if (line.kind !== 'heading' || !/^(?:[Ⅰ-Ⅻ]|[IVX]+)\.?$/u.test(line.marker ?? '') || line.appendix || NOT_A_TASK.test(line.value)) continue
    const items: PlanTask['items'] = []
    let j = i + 1
    for (; j < all.length && all[j]!.kind !== 'heading' && all[j]!.kind !== 'appendixHeading' && all[j]!.kind !== 'attachment'; j++) {
      const next = all[j]!
      if (next.kind !== 'paragraph' && next.kind !== 'item') continue
      items.push({ label: next.label, text: fold(next.value.replace(FOOTNOTE_MARK, '')), span: valueSpan(next) })
    }
    out.push({ task: { title: fold(line.value), items, span: joinSpans([valueSpan(line), ...items.map((x) => x.span)]) }, line })
    i = j - 1
  }
  return out
}

/** The goals that inline lists name (`▲A, ▲B를 목표로`, `①A, ②B 등 3대 정책방향`), with the year they run to. */
function listGoals(lists: InlineList[]): { goals: Plan['goals']; line: Line } | null {
  const named = lists.filter((l) => l.kind === 'goals')
  if (named.length === 0) return null
  const goals = named.flatMap((l) => {
    const year = UNTIL_YEAR.exec(l.line.value)
    return l.items.map((item) => ({ text: item.text, targetYear: year ? Number(year[1]) : null, span: item.span }))
  })
  return { goals, line: named[0]!.line }
}

/** The tasks that inline lists name (`①A, ②B 등의 정책과제`): a title each, no items written. */
function listTasks(lists: InlineList[]): Array<{ task: PlanTask; line: Line }> {
  return lists.filter((l) => l.kind === 'tasks').flatMap((l) => l.items.map((item) => ({ task: { title: item.text, items: [], span: item.span }, line: l.line })))
}

/** A vision that frames a plan: `‘…’이라는 비전 아래`, `‘…’라는 정책 비전 하에`, `‘…’라는 비전을 토대로`. */
const FRAMING_VISION = /[‘'"“「｢]([^’'"”」｣]{4,80})[’'"”」｣]\s*(?:이)?라는\s*(?:[가-힣]{1,4}\s*)?비전\s*(?:아래|하에|을\s*토대로)/u

/** A framing vision (비전 아래): only where the release lays out tasks or goals after it. */
function framedVision(all: Line[]): { text: string; span: Plan['span']; line: Line } | null {
  return sentenceVision(all, FRAMING_VISION)
}

/** A first-level bullet (`ㅇ`, `○`): in a plan, a task's explanation. */
const BULLET = /^[ㅇ○◦o]$/u

/** A vision stated in a sentence: `‘…’를 비전으로`. */
const VISION_SENTENCE = /[‘'"“「｢]([^’'"”」｣]{4,80})[’'"”」｣]\s*(?:을|를)\s*(?:비전|목표\s*비전)으로/u

function visionSentence(all: Line[]): { text: string; span: Plan['span']; line: Line } | null {
  return sentenceVision(all, VISION_SENTENCE)
}

/** The first vision a sentence states in the given form (its first group the vision). */
function sentenceVision(all: Line[], form: RegExp): { text: string; span: Plan['span']; line: Line } | null {
  for (const line of all) {
    const m = form.exec(line.value)
    if (!m) continue
    const start = line.valueStart + m.index + m[0].indexOf(m[1]!)
    return { text: fold(m[1]!), span: { start, end: start + m[1]!.length }, line }
  }
  return null
}

/** A list, not a heading: commas, or an `… 등` ending. */
const LIST_VALUE = /[,，]|등$|등\s/u

/** A labelled heading of a plan: short, not a sentence, its paragraphs after it. */
function labelledHeadings(all: Line[]): Array<{ task: PlanTask; line: Line }> {
  const isHeading = (l: Line) =>
    l.label !== null &&
    !EVENT_LABEL.test(l.label.replace(/\s/gu, '')) &&
    (l.kind === 'paragraph' || l.kind === 'item') &&
    l.value.length <= MAX_TASK_TITLE &&
    !SENTENCE_END.test(l.value) &&
    !LIST_VALUE.test(l.value) &&
    findDates(l.value).length === 0
  const out: Array<{ task: PlanTask; line: Line }> = []
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!
    if (!isHeading(line)) continue
    const items: PlanTask['items'] = []
    let j = i + 1
    for (; j < all.length && !isHeading(all[j]!) && all[j]!.kind !== 'heading' && all[j]!.kind !== 'appendixHeading'; j++) {
      const next = all[j]!
      if (next.kind === 'paragraph' && next.label === null && next.value.length >= MIN_PROSE_ITEM) items.push({ label: null, text: fold(next.value.replace(FOOTNOTE_MARK, '')), span: valueSpan(next) })
    }
    if (items.length === 0) continue
    out.push({ task: { title: fold(line.value), items, span: joinSpans([valueSpan(line), ...items.map((x) => x.span)]) }, line })
    i = j - 1
  }
  return out.length >= 2 ? out : []
}
