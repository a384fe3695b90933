/**
 * The press-release record (보도자료 레코드): the zod schemas are the source of truth;
 * `schemas/press-release.schema.json` is generated from them (`npm run schemas`).
 * Field names and meanings follow `../shared/spec/output-contract.md` (version 1).
 */
import { z } from 'zod'

/** Contract version the record follows. */
export const SCHEMA_VERSION = '1.0'

const DATE_OR_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}\+09:00)?$/
const TIME_OF_DAY = /^\d{2}:\d{2}$/

export const span = z
  .object({
    start: z.number().int().nonnegative().meta({ title: '시작', description: 'Offset of the first character in `text`' }),
    end: z.number().int().nonnegative().meta({ title: '끝', description: 'Offset after the last character in `text`' })
  })
  .meta({ title: '위치', description: 'Character span into the record `text` the value came from' })

/**
 * Provenance of values taken from outside their object's own `span` (출처 위치): the field
 * (dotted for a nested one: `speaker.name`, `venue.name`) → the span of `text` it was taken
 * from. A department cell that spans several rows of the contacts table, an organization
 * taken from a group heading, a year taken from the release date: each is traced here, so
 * that every value in a record can be found in `text`. Left out where every value stands
 * inside the object's span.
 */
export const sources = z
  .record(z.string(), span)
  .optional()
  .meta({ title: '값의 출처 위치', description: 'Field (dotted path) → span of `text` a value was taken from, where that lies outside the object\'s own span' })

const nullableString = (title: string, description: string) =>
  z.string().nullable().meta({ title, description })

export const dateOrDateTime = z
  .string()
  .regex(DATE_OR_DATE_TIME, 'a YYYY-MM-DD date or a +09:00 date-time')
  .meta({ title: '일시', description: 'YYYY-MM-DD, or ISO 8601 date-time with the Korean offset' })

export const timeOfDay = z.string().regex(TIME_OF_DAY).meta({ title: '시각', description: 'HH:MM, 24-hour' })

export const source = z
  .object({
    file: z.string().meta({ title: '파일', description: 'Input file name' }),
    format: z.enum(['text', 'markdown', 'html', 'json', 'hwpx', 'hwp', 'pdf']).meta({ title: '형식', description: 'The contract\'s formats, and json for a crawled record' }),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).meta({ title: 'SHA-256', description: 'Hash of the input bytes' }),
    encoding: z.string().meta({ title: '문자 인코딩', description: 'Encoding the text was decoded from' }),
    meta: z
      .record(z.string(), z.unknown())
      .meta({ title: '외부 메타데이터', description: 'What a wrapper (e.g. korea.kr front matter) states, kept apart from the release' }),
    damaged: z
      .literal(true)
      .optional()
      .meta({ title: '손상', description: 'Present (true) when the input was damaged and read around the damage; the record\'s messages say what was mended and where' })
  })
  .meta({ title: '원본' })

export const release = z
  .object({
    embargo: dateOrDateTime.nullable().meta({ title: '보도시점', description: 'When it may be reported (보도시점/보도일시)' }),
    distributed: dateOrDateTime.nullable().meta({ title: '배포', description: 'When it was handed out (배포)' }),
    embargoSpan: span.nullable().optional(),
    distributedSpan: span.nullable().optional()
  })
  .meta({ title: '보도·배포 시점' })

export const contact = z
  .object({
    department: nullableString('담당 부서', 'The unit as written in the contacts table'),
    role: nullableString('구분', 'The row label: 책임자, 담당자 …'),
    position: nullableString('직위', 'Rank or post: 과장, 사무관 …'),
    name: nullableString('성명', 'Person name'),
    phone: nullableString('전화', 'Digits with hyphens'),
    email: nullableString('전자우편', 'E-mail address'),
    span,
    sources
  })
  .meta({ title: '담당자', description: 'One person row of the contacts table (담당 부서 / 책임자 / 담당자)' })

export const participant = z
  .object({
    name: nullableString('성명', 'Person name, or null for a body named alone'),
    position: nullableString('직위', 'Post'),
    organization: nullableString('소속', 'Body'),
    group: nullableString('구분', 'Heading it was listed under'),
    span,
    sources
  })
  .meta({ title: '참석자' })

export const agendaRow = z
  .object({
    start: timeOfDay.nullable(),
    end: timeOfDay.nullable(),
    durationMinutes: z.number().int().nonnegative().nullable().meta({ title: '소요 시간(분)' }),
    title: nullableString('내용', 'The programme item'),
    note: nullableString('비고', 'Remarks column: presenter, place …'),
    span,
    sources
  })
  .meta({ title: '세부 일정', description: 'One schedule row' })

export const event = z
  .object({
    kind: nullableString('행사 종류', 'What it is, as the document names it'),
    title: nullableString('행사명', 'Name of the event'),
    start: dateOrDateTime.nullable().meta({ title: '시작' }),
    end: dateOrDateTime.nullable().meta({ title: '종료' }),
    venue: z
      .object({ name: z.string().nullable().meta({ title: '장소명' }), address: z.string().nullable().meta({ title: '주소' }) })
      .nullable()
      .meta({ title: '장소' }),
    summary: nullableString('주요 내용', 'Purpose or main content'),
    attendees: z
      .object({
        count: z.number().int().nonnegative().nullable(),
        approximate: z.boolean(),
        text: z.string()
      })
      .nullable()
      .meta({ title: '참석 규모' }),
    participants: z.array(participant).meta({ title: '참석자' }),
    agenda: z.array(agendaRow).meta({ title: '세부 일정' }),
    span,
    sources
  })
  .meta({ title: '행사' })

export const quote = z
  .object({
    speaker: z
      .object({
        name: z.string().nullable().meta({ title: '성명' }),
        position: z.string().nullable().meta({ title: '직위' }),
        organization: z.string().nullable().meta({ title: '소속' })
      })
      .meta({ title: '화자' }),
    text: z.string().meta({ title: '인용문', description: 'Inside the quotation marks' }),
    span,
    sources
  })
  .meta({ title: '인용' })

export const planTask = z
  .object({
    title: z.string().meta({ title: '과제명' }),
    items: z
      .array(z.object({ label: z.string().nullable().meta({ title: '분야' }), text: z.string(), span }))
      .meta({ title: '세부 내용' }),
    span
  })
  .meta({ title: '추진 과제' })

export const plan = z
  .object({
    title: z.string().nullable().meta({ title: '계획명' }),
    period: z
      .object({ start: z.number().int().nullable(), end: z.number().int().nullable() })
      .nullable()
      .meta({ title: '기간', description: 'Years' }),
    vision: z.string().nullable().meta({ title: '비전' }),
    goals: z
      .array(z.object({ text: z.string(), targetYear: z.number().int().nullable(), span }))
      .meta({ title: '목표' }),
    tasks: z.array(planTask).meta({ title: '추진 과제' }),
    span
  })
  .meta({ title: '계획', description: 'Roadmap, strategy or plan' })

export const footnote = z
  .object({
    marker: z.string().meta({ title: '표지', description: '*, **, 주1) … as written' }),
    anchor: z.string().nullable().meta({ title: '대상어', description: 'The word the marker follows in the text' }),
    text: z.string().meta({ title: '각주 내용' }),
    span
  })
  .meta({ title: '각주' })

export const glossaryEntry = z
  .object({
    term: z.string().nullable().meta({ title: '용어' }),
    english: z.string().nullable().meta({ title: '영문' }),
    abbreviation: z.string().nullable().meta({ title: '약어' }),
    definition: z.string().meta({ title: '정의' }),
    span
  })
  .meta({ title: '용어 설명' })

export const attachment = z
  .object({
    number: z.number().int().nullable().meta({ title: '번호' }),
    title: z.string().meta({ title: '제목' }),
    span
  })
  .meta({ title: '붙임' })

export const reference = z
  .object({
    date: z.string().nullable().meta({ title: '날짜' }),
    kind: z.string().nullable().meta({ title: '종류', description: '보도자료, 보도참고자료 …' }),
    title: z.string().nullable().meta({ title: '제목' }),
    span
  })
  .meta({ title: '관련 자료', description: 'Another release this one cites' })

export const keyword = z
  .object({ term: z.string(), weight: z.number() })
  .meta({ title: '핵심어' })

export const entityMention = z.object({ text: z.string(), span }).meta({ title: '개체' })

export const message = z
  .object({
    ruleId: z.string(),
    reason: z.string(),
    span: span.nullable()
  })
  .meta({ title: '경고' })

export const pressRelease = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION).meta({ title: '스키마 버전' }),
    id: z.string().meta({ title: '식별자', description: 'Stable release id derived from the content hash' }),
    producer: z
      .object({ name: z.literal('bodo'), version: z.string() })
      .meta({ title: '생성기', description: 'The tool and version that made the record (a re-run skips up-to-date outputs)' }),
    source,
    text: z.string().meta({ title: '본문', description: 'Normalized document text every span points into' }),
    documentType: z.string().nullable().meta({ title: '문서 종류', description: '보도자료, 보도참고자료, 보도설명자료 …' }),
    title: z.string().meta({ title: '제목' }),
    titleSpan: span.nullable(),
    titleSource: z
      .enum(['body', 'wrapper'])
      .default('body')
      .meta({
        title: '제목 출처',
        description: "Where the title was read: `body`, a headline line of the release (titleSpan points at it); `wrapper`, the body states no headline and the title is the one its wrapper (korea.kr listing) published, without its category tag (titleSpan null)"
      }),
    subtitles: z.array(z.string()).meta({ title: '부제' }),
    subtitleSpans: z.array(span),
    ministry: z.string().nullable().meta({ title: '부처', description: 'Issuing body' }),
    release,
    contacts: z.array(contact).meta({ title: '담당자' }),
    events: z.array(event).meta({ title: '행사' }),
    quotes: z.array(quote).meta({ title: '인용' }),
    plans: z.array(plan).meta({ title: '계획' }),
    footnotes: z.array(footnote).meta({ title: '각주' }),
    glossary: z.array(glossaryEntry).meta({ title: '용어 설명' }),
    attachments: z.array(attachment).meta({ title: '붙임' }),
    references: z.array(reference).meta({ title: '관련 자료' }),
    keywords: z.array(keyword).meta({ title: '핵심어' }),
    entities: z
      .object({ persons: z.array(entityMention), organizations: z.array(entityMention), places: z.array(entityMention) })
      .meta({ title: '개체' }),
    messages: z.array(message).meta({ title: '경고' }),
    sourceMap: z
      .array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), place: z.string() }))
      .optional()
      .meta({
        title: '원본 위치',
        description: 'For binary formats: where each range of `text` stands in the source (section/paragraph/table cell, or page)'
      })
  })
  .meta({
    title: '보도자료',
    description: 'One Korean government press release as typed, source-grounded data (bodo output contract 1.0)'
  })

export type Span = z.infer<typeof span>
export type PressRelease = z.infer<typeof pressRelease>
export type Contact = z.infer<typeof contact>
export type Event = z.infer<typeof event>
export type Participant = z.infer<typeof participant>
export type AgendaRow = z.infer<typeof agendaRow>
export type Quote = z.infer<typeof quote>
export type Plan = z.infer<typeof plan>
export type PlanTask = z.infer<typeof planTask>
export type Footnote = z.infer<typeof footnote>
export type GlossaryEntry = z.infer<typeof glossaryEntry>
export type Attachment = z.infer<typeof attachment>
export type Reference = z.infer<typeof reference>
export type Message = z.infer<typeof message>
export type Source = z.infer<typeof source>
