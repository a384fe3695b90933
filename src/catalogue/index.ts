/**
 * The catalogue (보도자료 목록 검색 색인): an inverted index of every release, split into
 * chunks the search page loads as a query needs them.
 *
 * Layout of `<site>/catalogue/`:
 * - `meta.json`: counts, the number of term shards, the facets' values, the suffix rules;
 * - `t/<shard>.json`: `{ term: [n, id deltas…, weights…] }` for the terms hashing to the shard,
 *   and `{ "=word": stem }` for the words hashing there whose reading the rules would get wrong;
 * - `d/<block>.json`: `[page, title, issuer, date, kind, text]` of 2 releases each (the first
 *   8,000 characters of the text, for the snippet);
 * - `dates/<block>.json`: each release's date as `yyyymmdd` (0 unknown), 4,096 a block;
 * - `sources.json`, `rules.json`: what an incremental run needs (never read by the page).
 */
import { mkdir, readFile, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { PressRelease } from '../schema/record.js'
import { writeAtomic } from '../write/atomic.js'
import { FIXED, hash, normalize, readings } from '../review/assets/query.js'
import { shippedRules, type Cutter } from './terms.js'

/** Releases per text block (a page of results loads one block per result) and per date block. */
const DOC_BLOCK = 2
const DATE_BLOCK = 4096
/** Text kept for snippets, in characters. */
const TEXT_KEPT = 8_000
/** Postings a term shard holds on average (≈ 20 kB of JSON). */
const SHARD_POSTINGS = 3_000
/** Field weights: a term in the title counts six times a term in the body. */
const WEIGHT = { title: 6, subtitle: 3, people: 4, issuer: 2, event: 2, body: 1 } as const
const MAX_WEIGHT = 255
/** Files written at once. */
const WRITES_AT_ONCE = 32
/** Facet terms start with `@`, which no query word can. */
const FACET = '@'
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/u
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/u
const DATE_KEY = /date|일$/iu
const NOT_WORD = /[^\p{L}\p{N}]+/gu

/** What the catalogue keeps of one release. */
export interface CatalogueDoc {
  page: string
  sha: string
  title: string
  issuer: string | null
  /** Release date, `YYYY-MM-DD`, or null. */
  date: string | null
  kind: string | null
  subtitles: string[]
  /** People and bodies: participants, quote speakers, contacts. */
  people: string[]
  eventKinds: string[]
  eventDates: string[]
  has: Array<'event' | 'agenda' | 'plan'>
  text: string
}

/** Facet values and their counts. */
export type Facets = Record<'issuer' | 'year' | 'month' | 'kind' | 'has', Record<string, number>>

/** The index in memory. */
export interface Catalogue {
  docs: Array<[page: string, title: string, issuer: string, date: string, kind: string, text: string]>
  dates: number[]
  /** term → [doc ids ascending, weights]. */
  postings: Map<string, [number[], number[]]>
  sources: Map<string, string>
  rules: Map<string, number>
  /** Words whose stem the page's rules would not find: word → stem (the dictionary's reading). */
  fixed: Map<string, string>
  facets: Facets
}

/** An empty catalogue. */
export function emptyCatalogue(): Catalogue {
  return { docs: [], dates: [], postings: new Map(), sources: new Map(), rules: new Map(), fixed: new Map(), facets: { issuer: {}, year: {}, month: {}, kind: {}, has: {} } }
}

/**
 * The release date: distributed, embargo, a date in the source's metadata (배포일), or the
 * first event's date; `YYYY-MM-DD` or null.
 */
export function releaseDate(r: PressRelease): string | null {
  for (const v of [r.release.distributed, r.release.embargo]) {
    const m = v ? ISO_DATE.exec(v) : null
    if (m) return `${m[1]}-${m[2]}-${m[3]}`
  }
  for (const [key, value] of Object.entries(r.source.meta ?? {})) {
    if (!DATE_KEY.test(key) || typeof value !== 'string') continue
    const iso = ISO_DATE.exec(value)
    if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`
    const us = SLASH_DATE.exec(value)
    if (us) return `${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}`
  }
  const event = r.events.find((e) => e.start && ISO_DATE.test(e.start))
  return event ? event.start!.slice(0, 10) : null
}

/**
 * What the catalogue keeps of a record.
 */
export function catalogueDoc(r: PressRelease, page: string): CatalogueDoc {
  const people = new Set<string>()
  const add = (v: string | null | undefined) => {
    if (v && v.trim()) people.add(v.trim())
  }
  for (const e of r.events) for (const p of e.participants) (add(p.name), add(p.organization))
  for (const q of r.quotes) (add(q.speaker.name), add(q.speaker.organization))
  for (const c of r.contacts) (add(c.name), add(c.department))
  const has: CatalogueDoc['has'] = []
  if (r.events.length) has.push('event')
  if (r.events.some((e) => e.agenda.length)) has.push('agenda')
  if (r.plans.length) has.push('plan')
  return {
    page,
    sha: r.source.sha256,
    title: r.title,
    issuer: r.ministry,
    date: releaseDate(r),
    kind: r.documentType,
    subtitles: r.subtitles,
    people: [...people],
    eventKinds: r.events.map((e) => e.kind ?? e.title).filter((k): k is string => !!k),
    eventDates: r.events.map((e) => e.start?.slice(0, 10)).filter((d): d is string => !!d),
    has,
    text: r.text
  }
}

/**
 * Add releases to a catalogue: only these are cut into terms (with a cutter that counts its
 * suffix rules into the catalogue's, `createCutter(analyzer, cat.rules)`).
 *
 * @returns How many were added (a release already in the catalogue is skipped).
 */
export function addDocs(cat: Catalogue, docs: Iterable<CatalogueDoc>, cutter: Cutter): number {
  let added = 0
  for (const d of docs) {
    if (cat.sources.has(d.sha)) continue
    const id = cat.docs.length
    const weights = new Map<string, number>()
    const put = (term: string, w: number) => weights.set(term, Math.min(MAX_WEIGHT, (weights.get(term) ?? 0) + w))
    const field = (text: string | null, w: number) => {
      if (text) for (const t of cutter.terms(text)) put(t, w)
    }
    field(d.title, WEIGHT.title)
    d.subtitles.forEach((s) => field(s, WEIGHT.subtitle))
    d.people.forEach((p) => {
      field(p, WEIGHT.people)
      // The name as one term too: `홍 길 동`, `주한 외교사절*` → `홍길동`, `주한외교사절`.
      const joined = normalize(p.replace(NOT_WORD, ''))
      if (joined) put(joined, WEIGHT.people)
    })
    field(d.issuer, WEIGHT.issuer)
    d.eventKinds.forEach((k) => field(k, WEIGHT.event))
    d.eventDates.forEach((k) => put(k, WEIGHT.event))
    field(d.text, WEIGHT.body)
    const year = d.date?.slice(0, 4) ?? null
    const month = d.date?.slice(0, 7) ?? null
    const facets: Array<[keyof Facets, string | null]> = [
      ['issuer', d.issuer],
      ['year', year],
      ['month', month],
      ['kind', d.kind],
      ...d.has.map((h) => ['has', h] as [keyof Facets, string])
    ]
    for (const [name, value] of facets) {
      if (!value) continue
      cat.facets[name][value] = (cat.facets[name][value] ?? 0) + 1
      put(`${FACET}${name}=${value}`, 1)
    }
    for (const [term, w] of weights) {
      let p = cat.postings.get(term)
      if (!p) cat.postings.set(term, (p = [[], []]))
      p[0].push(id)
      p[1].push(w)
    }
    cat.docs.push([d.page, d.title, d.issuer ?? '', d.date ?? '', d.kind ?? '', d.text.slice(0, TEXT_KEPT)])
    cat.dates.push(d.date ? Number(d.date.replaceAll('-', '')) : 0)
    cat.sources.set(d.sha, d.page)
    added++
  }
  return added
}

/** A term's hash (the page's `hash`). */
export const termHash = hash

/**
 * Check the page's reading of every word this run met against the dictionary's: where the
 * learned rules would pick another stem the catalogue holds (위한 → 위 rather than 위하), the
 * word's stem is written down for the page.
 */
export function fixReadings(cat: Catalogue, heads: Map<string, string>): number {
  const rules = shippedRules(cat.rules)
  let n = 0
  for (const [word, head] of heads) {
    const chosen = readings(word, rules).find((r) => cat.postings.has(r.term))
    if (chosen?.term === head || !cat.postings.has(head)) cat.fixed.delete(word)
    else (cat.fixed.set(word, head), n++)
  }
  return n
}

/** Shards for a number of postings: a power of two. */
function shardCount(postings: number): number {
  let s = 1
  while (s * SHARD_POSTINGS < postings) s *= 2
  return s
}

/**
 * Write the catalogue under `<site>/catalogue/`; text blocks from `fromDoc` on (the ones before
 * are already on disk).
 */
export async function writeCatalogue(cat: Catalogue, site: string, fromDoc = 0): Promise<{ bytes: number; shards: number }> {
  const dir = join(site, 'catalogue')
  let total = 0
  for (const [, [ids]] of cat.postings) total += ids.length
  const shards = shardCount(total)
  const buckets: Array<Record<string, number[]>> = Array.from({ length: shards }, () => ({}))
  for (const [term, [ids, ws]] of cat.postings) {
    const enc = [ids.length]
    let prev = 0
    for (const id of ids) (enc.push(id - prev), (prev = id))
    for (const w of ws) enc.push(w)
    buckets[termHash(term) & (shards - 1)]![term] = enc
  }
  for (const [word, head] of cat.fixed) (buckets[termHash(word) & (shards - 1)]! as Record<string, unknown>)[`${FIXED}${word}`] = head
  await rm(join(dir, 't'), { recursive: true, force: true })
  await mkdir(join(dir, 't'), { recursive: true })
  let bytes = 0
  const write = async (path: string, value: unknown) => {
    const text = JSON.stringify(value)
    bytes += Buffer.byteLength(text)
    await writeAtomic(join(dir, path), text)
  }
  // The chunks, WRITES_AT_ONCE files at a time (each written atomically).
  const chunks: Array<() => [string, unknown]> = []
  for (let s = 0; s < shards; s++) chunks.push(() => [`t/${s}.json`, buckets[s]])
  for (let b = Math.floor(fromDoc / DOC_BLOCK); b * DOC_BLOCK < cat.docs.length; b++) chunks.push(() => [`d/${b}.json`, cat.docs.slice(b * DOC_BLOCK, (b + 1) * DOC_BLOCK)])
  for (let b = Math.floor(fromDoc / DATE_BLOCK); b * DATE_BLOCK < cat.dates.length; b++) chunks.push(() => [`dates/${b}.json`, cat.dates.slice(b * DATE_BLOCK, (b + 1) * DATE_BLOCK)])
  for (let i = 0; i < chunks.length; i += WRITES_AT_ONCE) await Promise.all(chunks.slice(i, i + WRITES_AT_ONCE).map((chunk) => write(...chunk())))
  await write('meta.json', { version: 1, docs: cat.docs.length, shards, docBlock: DOC_BLOCK, dateBlock: DATE_BLOCK, facets: cat.facets, rules: shippedRules(cat.rules) })
  await write('sources.json', [...cat.sources])
  await write('rules.json', [...cat.rules])
  return { bytes, shards }
}

/**
 * Read a catalogue written before (or an empty one where there is none).
 */
export async function readCatalogue(site: string): Promise<Catalogue> {
  const dir = join(site, 'catalogue')
  const cat = emptyCatalogue()
  let meta: { docs: number; shards: number; facets: Facets }
  try {
    meta = JSON.parse(await readFile(join(dir, 'meta.json'), 'utf8'))
  } catch {
    return cat
  }
  const json = async (path: string) => JSON.parse(await readFile(join(dir, path), 'utf8'))
  cat.facets = meta.facets
  cat.sources = new Map(await json('sources.json'))
  cat.rules = new Map(await json('rules.json'))
  for (let b = 0; b * DOC_BLOCK < meta.docs; b++) cat.docs.push(...(await json(`d/${b}.json`)))
  for (let b = 0; b * DATE_BLOCK < meta.docs; b++) cat.dates.push(...(await json(`dates/${b}.json`)))
  for (const file of await readdir(join(dir, 't'))) {
    const bucket = (await json(`t/${file}`)) as Record<string, number[] | string>
    for (const [term, enc] of Object.entries(bucket)) {
      if (typeof enc === 'string') {
        cat.fixed.set(term.slice(FIXED.length), enc)
        continue
      }
      const n = enc[0]!
      const ids: number[] = []
      let prev = 0
      for (let i = 1; i <= n; i++) ids.push((prev += enc[i]!))
      cat.postings.set(term, [ids, enc.slice(n + 1)])
    }
  }
  return cat
}
