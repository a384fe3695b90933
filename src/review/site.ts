/**
 * The review site: an index of the releases (title, issuer, date, counts per field group,
 * warnings, a filter box) and one page per release, with one stylesheet and one small
 * script beside them. Works from disk (`file://`); loads nothing from the network.
 */
import { copyFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { h } from 'hastscript'
import { toHtml } from 'hast-util-to-html'
import type { Element } from 'hast'
import type { PressRelease } from '../schema/record.js'
import { writeAtomic } from '../write/atomic.js'
import { head, releasePage } from './page.js'

const ASSETS = new URL('./assets/', import.meta.url)

/** One release of the site: its record and the page name to write it under. */
export interface SiteEntry {
  record: PressRelease
  page: string
}

/**
 * Write the site.
 *
 * @param entries Releases, in the order of the index.
 * @param out The site folder.
 */
export async function writeSite(entries: SiteEntry[], out: string): Promise<void> {
  await writeAssets(out, ['review.css', 'review.js'])
  for (const e of entries) await writeReleasePage(e, out)
  await writeAtomic(join(out, 'index.html'), serialize(indexPage(entries)))
}

/**
 * Copy assets (stylesheet, scripts) into the site folder.
 */
export async function writeAssets(out: string, names: string[]): Promise<void> {
  await mkdir(out, { recursive: true })
  for (const name of names) await copyFile(new URL(name, ASSETS), join(out, name))
}

/**
 * Write one release's review page.
 */
export async function writeReleasePage(e: SiteEntry, out: string): Promise<void> {
  await writeAtomic(join(out, e.page), serialize(releasePage(e.record)))
}

/** A page tree as an HTML document. */
export function serialize(tree: Element): string {
  return `<!doctype html>\n${toHtml(tree)}\n`
}

/**
 * The index of the site.
 */
export function indexPage(entries: SiteEntry[]): Element {
  const columns = ['제목', '부처', '날짜', '담당자', '행사', '인용', '계획', '각주', '붙임', '경고']
  return h('html', { lang: 'ko' }, [
    head('bodo 검토 — 보도자료 목록'),
    h('body', [
      h('header', { className: 'top' }, [
        h('h1', `보도자료 ${entries.length}건`),
        h('label', { className: 'filter' }, ['거르기 ', h('input', { type: 'search', id: 'filter', placeholder: '제목·부처·파일 이름', autocomplete: 'off' })])
      ]),
      h('main', [
        h('table', { className: 'index' }, [
          h('thead', h('tr', columns.map((c) => h('th', { scope: 'col' }, c)))),
          h(
            'tbody',
            entries.map(({ record: r, page }) =>
              h('tr', { dataSearch: `${r.title} ${r.ministry ?? ''} ${r.source.file}` }, [
                h('td', [h('a', { href: page }, r.title), h('div', { className: 'file' }, r.source.file)]),
                h('td', r.ministry ?? '—'),
                h('td', (r.release.distributed ?? r.release.embargo ?? r.events[0]?.start ?? '—').slice(0, 10)),
                h('td', String(r.contacts.length)),
                h('td', String(r.events.length)),
                h('td', String(r.quotes.length)),
                h('td', String(r.plans.reduce((s, p) => s + p.tasks.length + p.goals.length, 0))),
                h('td', String(r.footnotes.length)),
                h('td', String(r.attachments.length)),
                h('td', { className: r.messages.length ? 'warn' : undefined }, String(r.messages.length))
              ])
            )
          )
        ])
      ])
    ])
  ])
}
