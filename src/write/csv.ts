/**
 * Records → CSV tables, one per field group, joined by the release id (`csv-stringify`:
 * RFC 4180 quoting, a header row, UTF-8 with BOM so that spreadsheet programs read Korean).
 */
import { stringify } from 'csv-stringify/sync'
import type { PressRelease } from '../schema/record.js'

type Row = Record<string, string | number | boolean | null>

/** The tables and their columns. */
export const CSV_TABLES = {
  releases: ['release_id', 'file', 'format', 'sha256', 'document_type', 'title', 'subtitles', 'ministry', 'embargo', 'distributed', 'contacts', 'events', 'quotes', 'footnotes', 'attachments'],
  contacts: ['release_id', 'contact_index', 'department', 'role', 'position', 'name', 'phone', 'email'],
  events: ['release_id', 'event_index', 'kind', 'title', 'start', 'end', 'venue_name', 'venue_address', 'summary', 'attendees_count', 'attendees_approximate', 'attendees_text'],
  participants: ['release_id', 'event_index', 'participant_index', 'name', 'position', 'organization', 'group'],
  agenda: ['release_id', 'event_index', 'row_index', 'start', 'end', 'duration_minutes', 'title', 'note'],
  quotes: ['release_id', 'quote_index', 'speaker_name', 'speaker_position', 'speaker_organization', 'text'],
  plan_goals: ['release_id', 'plan_index', 'goal_index', 'text', 'target_year'],
  plan_tasks: ['release_id', 'plan_index', 'task_index', 'title', 'items'],
  footnotes: ['release_id', 'footnote_index', 'marker', 'anchor', 'text'],
  glossary: ['release_id', 'entry_index', 'term', 'english', 'abbreviation', 'definition'],
  attachments: ['release_id', 'attachment_index', 'number', 'title']
} as const

export type CsvTable = keyof typeof CSV_TABLES

/**
 * The rows one record adds to each table.
 */
export function csvRows(r: PressRelease): Record<CsvTable, Row[]> {
  const id = r.id
  return {
    releases: [
      {
        release_id: id,
        file: r.source.file,
        format: r.source.format,
        sha256: r.source.sha256,
        document_type: r.documentType,
        title: r.title,
        subtitles: r.subtitles.join(' | '),
        ministry: r.ministry,
        embargo: r.release.embargo,
        distributed: r.release.distributed,
        contacts: r.contacts.length,
        events: r.events.length,
        quotes: r.quotes.length,
        footnotes: r.footnotes.length,
        attachments: r.attachments.length
      }
    ],
    contacts: r.contacts.map((c, i) => ({ release_id: id, contact_index: i, department: c.department, role: c.role, position: c.position, name: c.name, phone: c.phone, email: c.email })),
    events: r.events.map((e, i) => ({
      release_id: id,
      event_index: i,
      kind: e.kind,
      title: e.title,
      start: e.start,
      end: e.end,
      venue_name: e.venue?.name ?? null,
      venue_address: e.venue?.address ?? null,
      summary: e.summary,
      attendees_count: e.attendees?.count ?? null,
      attendees_approximate: e.attendees?.approximate ?? null,
      attendees_text: e.attendees?.text ?? null
    })),
    participants: r.events.flatMap((e, i) =>
      e.participants.map((p, j) => ({ release_id: id, event_index: i, participant_index: j, name: p.name, position: p.position, organization: p.organization, group: p.group }))
    ),
    agenda: r.events.flatMap((e, i) =>
      e.agenda.map((a, j) => ({ release_id: id, event_index: i, row_index: j, start: a.start, end: a.end, duration_minutes: a.durationMinutes, title: a.title, note: a.note }))
    ),
    quotes: r.quotes.map((q, i) => ({ release_id: id, quote_index: i, speaker_name: q.speaker.name, speaker_position: q.speaker.position, speaker_organization: q.speaker.organization, text: q.text })),
    plan_goals: r.plans.flatMap((p, i) => p.goals.map((g, j) => ({ release_id: id, plan_index: i, goal_index: j, text: g.text, target_year: g.targetYear }))),
    plan_tasks: r.plans.flatMap((p, i) =>
      p.tasks.map((t, j) => ({ release_id: id, plan_index: i, task_index: j, title: t.title, items: t.items.map((x) => (x.label ? `(${x.label}) ${x.text}` : x.text)).join(' | ') }))
    ),
    footnotes: r.footnotes.map((f, i) => ({ release_id: id, footnote_index: i, marker: f.marker, anchor: f.anchor, text: f.text })),
    glossary: r.glossary.map((g, i) => ({ release_id: id, entry_index: i, term: g.term, english: g.english, abbreviation: g.abbreviation, definition: g.definition })),
    attachments: r.attachments.map((a, i) => ({ release_id: id, attachment_index: i, number: a.number, title: a.title }))
  }
}

/**
 * One table's CSV text: BOM, header row, RFC 4180 quoting, CRLF line ends.
 */
export function csvText(table: CsvTable, rows: Row[]): string {
  return stringify(rows, { header: true, bom: true, columns: [...CSV_TABLES[table]], record_delimiter: 'windows', cast: { boolean: (v) => (v ? 'true' : 'false') } })
}
