/**
 * Plans laid out by what a line announces (계획의 틀): a count of tasks (`4대 전략 및 12대
 * 과제 마련`, `3대 추진전략으로 구성된다`) that the run of items right under it matches, and
 * the aim (목적) that the sentence setting the goals serves (`‘…’을 위해`, `… 도약하기 위해`),
 * a plan's vision where none is labelled.
 */
import type { Line } from '../parse/tree.js'
import type { PlanTask, Span } from '../schema/record.js'
import { joinSpans, valueSpan } from './context.js'
import { fold } from '../util/text.js'

/** A count of tasks a line announces: `4대 전략`, `12대 과제`, `3대 추진전략`, `5가지 핵심과제`. */
const TASK_COUNT = /(\d{1,2})\s*(?:대|가지)\s*(?:추진|핵심|중점|정책|세부)?\s*(?:전략|과제)/gu
/** Top-level markers (`□`, `■`): a run of tasks under a count never takes one in. */
const TOP_MARKER = /^[□■◆◇]$/u
/** The family a task's marker belongs to: circled numbers, numbers, letters, or the marker itself. */
const FAMILIES: Array<[RegExp, string]> = [
  [/^(?:[①-⑳]|[➊-➓]|[❶-❿])$/u, '①'],
  [/^\d{1,2}[.)]$/u, '1.'],
  [/^[가-하][.)]$/u, '가.']
]
/** A title in quotation marks, the rest of a wrapped sentence after it (`‘…’의 세 축을 중심으로 추진된다.`). */
const QUOTED_TITLE = /^[‘'"“「｢]([^’'"”」｣]{2,})[’'"”」｣]/u
/** A task title is one phrase or one sentence. */
const MAX_COUNTED_TITLE = 150
/** The first sentence of a paragraph that goes on after it (`…구축한다. 이를 위해 …`). */
const FIRST_SENTENCE = /^.*?다\.(?=\s+\S)/u

/** The family of a marker (see FAMILIES), or null where the line has none. */
function family(marker: string | null): string | null {
  if (marker === null) return null
  return FAMILIES.find(([re]) => re.test(marker))?.[1] ?? marker
}

/**
 * Tasks a line counts (`4대 전략 및 12대 과제 마련`) where the items right under it, of one
 * marker family, are exactly that many: each item a task (a paragraph item titled by its first
 * sentence, the rest its first item), the lines under it of other markers its items (with their
 * labels). Nothing where no count matches its run; a line in `listed` names its tasks itself,
 * and the run under it explains them.
 */
export function countedTasks(all: Line[], listed: ReadonlySet<Line> = new Set()): Array<{ task: PlanTask; line: Line }> {
  for (const [i, line] of all.entries()) {
    if (listed.has(line)) continue
    for (const m of line.value.matchAll(TASK_COUNT)) {
      const count = Number(m[1])
      const first = all[i + 1]
      if (count < 2 || !first || first.kind !== 'item' || TOP_MARKER.test(first.marker ?? '')) continue
      const kin = family(first.marker)
      const run: Array<{ head: Line; under: Line[] }> = []
      for (const next of all.slice(i + 1)) {
        // A line marked as the counting line (or above it) is its sibling: the run has ended.
        if (next.kind !== 'item' || TOP_MARKER.test(next.marker ?? '') || (line.kind === 'item' && family(next.marker) === family(line.marker))) break
        if (family(next.marker) === kin && next.indent === first.indent) run.push({ head: next, under: [] })
        else run.at(-1)!.under.push(next)
      }
      if (run.length !== count) continue
      // A paragraph item is titled by its first sentence; the sentences after it explain the task.
      const titles = run.map(({ head }) => FIRST_SENTENCE.exec(head.value)?.[0] ?? head.value)
      if (titles.some((t) => t.length > MAX_COUNTED_TITLE)) continue
      return run.map(({ head, under }, k) => {
        const said = titles[k]!
        const rest = head.value.slice(said.length)
        const explained = rest.trim() ? [{ label: null, text: fold(rest), span: { start: head.valueStart + said.length + (rest.length - rest.trimStart().length), end: head.valueStart + head.value.length } }] : []
        const items = [...explained, ...under.map((l) => ({ label: l.label, text: fold(l.value), span: valueSpan(l) }))]
        const title = fold(QUOTED_TITLE.exec(said)?.[1] ?? said)
        return { task: { title, items, span: joinSpans([valueSpan(head), ...items.map((x) => x.span)]) }, line: head }
      })
    }
  }
  return []
}

/**
 * A quoted phrase the release names its vision: `비전 “…” 아래`, `‘…’ 비전과`, `“…”를
 * 기본가치(비전)로`, `‘…’라는 새로운 비전`. Only a plan found by other evidence takes it.
 */
const NAMED_VISION = [
  /비전\s*[‘'"“「｢]([^’'"”」｣]{4,80})[’'"”」｣]\s*(?:아래|하에|을|를|으로|로)/u,
  /[‘'"“「｢]([^’'"”」｣]{4,80})[’'"”」｣]\s*(?:(?:이)?라는\s*(?:[가-힣]{1,4}\s*)?|을\s*[가-힣]{0,6}\(?|를\s*[가-힣]{0,6}\(?)?비전(?=$|[\s,.)과와을를으이가은는에의하])/u
]

/** The first vision the release names in quotation marks (see NAMED_VISION). */
export function namedVision(all: Line[]): { text: string; span: Span } | null {
  for (const line of all) {
    for (const form of NAMED_VISION) {
      const m = form.exec(line.value)
      if (m) return aim(line, m.index + m[0].indexOf(m[1]!), m[1]!)
    }
  }
  return null
}

/** Labels of an event overview, not of a plan's headings or items. */
export const EVENT_LABEL = /^(?:일시|일자|일정|장소|참석|참석자|주요참석자|참석대상|참가자|주최|주관|대상|기간|목적|내용|주요내용)/u
/** A task stated as a numbered sentence: `① …를 강화한다.`, `[1] 첫째, …한다.`, `1. …하겠습니다.` */
const STATED_MARKER = /^(?:[①-⑳]|[➊-➓]|[❶-❿]|\d{1,2}\.|\[\d{1,2}\])$/u
/** The sentence a plan states its task in: `…한다.`, `…하겠습니다.` */
const STATED_END = /(?:다|니다)\.$/u
/** An ordinal word that opens a stated task (`첫째, `): no part of its title. */
const ORDINAL = /^(?:첫|둘|셋|넷|다섯|여섯|일곱|여덟|아홉|열)째\s*,\s*/u
/** A stated task is one sentence. */
const MAX_STATED_TITLE = 120
/** Labelled items a stated task needs: its layout as a plan's task, not a numbered remark. */
const MIN_STATED_ITEMS = 2

/**
 * Tasks stated as numbered sentences (`① 사업화금융을 확대한다.`, `[1] 첫째, … 강화한다.`),
 * each followed by at least two labelled items (`ㅇ (사업화금융) …`, `(표준시방서 고도화) …`)
 * before the next: a plan's tasks laid out as such. Nothing where fewer than two qualify.
 */
export function statedTasks(all: Line[]): Array<{ task: PlanTask; line: Line }> {
  const heads = all.flatMap((line, i) =>
    line.kind === 'item' && STATED_MARKER.test(line.marker ?? '') && line.label === null && STATED_END.test(line.value) && line.value.length <= MAX_STATED_TITLE ? [i] : []
  )
  const out: Array<{ task: PlanTask; line: Line }> = []
  for (const [k, i] of heads.entries()) {
    const head = all[i]!
    const items: PlanTask['items'] = []
    for (const next of all.slice(i + 1, heads[k + 1] ?? all.length)) {
      if (next.kind === 'heading' || next.kind === 'appendixHeading' || next.kind === 'attachment' || TOP_MARKER.test(next.marker ?? '')) break
      if (next.label !== null && !EVENT_LABEL.test(next.label.replace(/\s/gu, ''))) items.push({ label: next.label, text: fold(next.value), span: valueSpan(next) })
    }
    if (items.length < MIN_STATED_ITEMS) continue
    const title = fold(head.value.replace(ORDINAL, ''))
    out.push({ task: { title, items, span: joinSpans([valueSpan(head), ...items.map((x) => x.span)]) }, line: head })
  }
  return out.length >= 2 ? out : []
}

/** An aim in quotation marks that a sentence serves: `‘2050 탄소중립 실현’을 위해`. */
const QUOTED_AIM = /[‘'"“「｢]([^’'"”」｣]{4,80})[’'"”」｣]\s*(?:을|를)\s*위해/u
/** An aim written as a verb: `… 강국으로 도약하기 위해`; what stands before it up to the subject or a comma. */
const VERB_AIM = /하기\s*위해/u
/** Where an unquoted aim starts: after the subject among the sentence's first words (`이에 정부는 `), else after a comma. */
const AIM_SUBJECT = /^(?:\S+\s+){0,2}?\S+[은는]\s+/u
const AIM_COMMA = /^.*[,，]\s*/u
/** The sentences of a line before the one that states the aim. */
const SENTENCE_BEFORE = /^.*다\.\s+/u
/** An aim is a phrase of several words, not a pointer back (`이를 위해`, `목표 달성을 위해`). */
const MIN_AIM_WORDS = 3

/**
 * The aim that the sentence stating a plan's goals serves, written before them (`‘…’을 위해
 * ① …, ② … 등 3대 방향`, `… 도약하기 위해 ’25년까지 … 목표로`): the plan's vision where the
 * release labels none. Null where the line states no aim of several words before `before`.
 */
export function aimVision(line: Line, before: number): { text: string; span: Span } | null {
  const head = line.value.slice(0, before - line.valueStart)
  const quoted = QUOTED_AIM.exec(head)
  if (quoted) return aim(line, quoted.index + quoted[0].indexOf(quoted[1]!), quoted[1]!)
  const verb = VERB_AIM.exec(head)
  if (!verb) return null
  const opens = SENTENCE_BEFORE.exec(head.slice(0, verb.index))?.[0].length ?? 0
  const clause = head.slice(opens, verb.index)
  const from = opens + ((AIM_SUBJECT.exec(clause) ?? AIM_COMMA.exec(clause))?.[0].length ?? 0)
  return aim(line, from, head.slice(from, verb.index))
}

/** An aim at `at` in the line's value, where it is a phrase of several words. */
function aim(line: Line, at: number, text: string): { text: string; span: Span } | null {
  const value = fold(text)
  if (value.split(/\s+/u).length < MIN_AIM_WORDS) return null
  return { text: value, span: { start: line.valueStart + at, end: line.valueStart + at + text.length } }
}
