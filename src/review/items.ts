/**
 * Every value of a record that has a span, as a review item: its field group (one colour
 * each), its Korean label, and where it stands in the text.
 */
import type { PressRelease, Span } from '../schema/record.js'

/** Field groups, each with its colour class and Korean name. */
export const GROUPS = {
  meta: '제목·부제',
  release: '보도·배포',
  contacts: '담당자',
  events: '행사',
  quotes: '인용',
  plans: '계획',
  notes: '각주·용어',
  attachments: '붙임·관련 자료',
  messages: '경고'
} as const

export type Group = keyof typeof GROUPS

/** One highlighted value. */
export interface Item {
  id: string
  group: Group
  label: string
  start: number
  end: number
}

/**
 * The items of a record, in a stable order.
 */
export function reviewItems(r: PressRelease): Item[] {
  const items: Item[] = []
  const add = (group: Group, label: string, span: Span | null | undefined) => {
    if (!span || span.end <= span.start || span.end > r.text.length) return
    items.push({ id: `i${items.length}`, group, label, start: span.start, end: span.end })
  }
  add('meta', '제목', r.titleSpan)
  r.subtitleSpans.forEach((s) => add('meta', '부제', s))
  add('release', '보도시점', r.release.embargoSpan)
  add('release', '배포', r.release.distributedSpan)
  r.contacts.forEach((c) => add('contacts', `담당자 ${c.name ?? c.department ?? ''}`.trim(), c.span))
  r.events.forEach((e, i) => {
    add('events', `행사 ${i + 1}`, e.span)
    e.participants.forEach((p) => add('events', `참석자 ${p.name ?? p.organization ?? p.position ?? ''}`.trim(), p.span))
    e.agenda.forEach((a) => add('events', `세부 일정 ${a.start ?? ''}`.trim(), a.span))
  })
  r.quotes.forEach((q) => add('quotes', `인용 ${q.speaker.name ?? ''}`.trim(), q.span))
  r.plans.forEach((p) => {
    p.goals.forEach((g) => add('plans', '목표', g.span))
    p.tasks.forEach((t) => {
      add('plans', `과제 ${t.title}`, t.span)
      t.items.forEach((x) => add('plans', `세부 내용${x.label ? ` (${x.label})` : ''}`, x.span))
    })
  })
  r.footnotes.forEach((f) => add('notes', `각주 ${f.marker}`, f.span))
  r.glossary.forEach((g) => add('notes', `용어 ${g.term ?? ''}`.trim(), g.span))
  r.attachments.forEach((a) => add('attachments', `붙임${a.number !== null ? ` ${a.number}` : ''}`, a.span))
  r.references.forEach((x) => add('attachments', '관련 자료', x.span))
  r.messages.forEach((m) => add('messages', `경고 ${m.ruleId}`, m.span))
  return items
}

/** A stretch of text and the items covering it. */
export interface Segment {
  start: number
  end: number
  items: Item[]
}

/**
 * Cut the text at every item boundary.
 */
export function segments(text: string, items: Item[]): Segment[] {
  const cuts = new Set<number>([0, text.length])
  for (const i of items) {
    cuts.add(i.start)
    cuts.add(i.end)
  }
  const points = [...cuts].sort((a, b) => a - b)
  const out: Segment[] = []
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k]!
    const end = points[k + 1]!
    if (end <= start) continue
    const covering = items.filter((i) => i.start <= start && i.end >= end).sort((a, b) => a.end - a.start - (b.end - b.start))
    out.push({ start, end, items: covering })
  }
  return out
}
