/**
 * A release's review page, built as a hast tree (so every piece of document text is escaped
 * when serialized): the text with every value's span highlighted, and the record in
 * Korean-labelled sections whose values select their span when clicked.
 */
import { h } from 'hastscript'
import type { Element, ElementContent } from 'hast'
import type { PressRelease, Span } from '../schema/record.js'
import { GROUPS, reviewItems, segments, type Group } from './items.js'

const CSP = "default-src 'none'; style-src 'self' file:; script-src 'self' file:; img-src data:; base-uri 'none'; form-action 'none'"

/**
 * The head every page shares.
 *
 * @param title Page title.
 * @param script The page's script (beside it).
 * @param connect Whether the script may fetch from the page's own origin (the catalogue's chunks);
 *   such a script is an ES module.
 */
export function head(title: string, script = 'review.js', connect = false): Element {
  return h('head', [
    h('meta', { charSet: 'utf-8' }),
    h('meta', { httpEquiv: 'Content-Security-Policy', content: connect ? `${CSP}; connect-src 'self'` : CSP }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('title', title),
    h('link', { rel: 'stylesheet', href: 'review.css' }),
    h('script', connect ? { src: script, type: 'module' } : { src: script, defer: true })
  ])
}

/** A clickable value: a button that selects its span in the text. */
function value(text: string | number | null | undefined, span: Span | null | undefined, group: Group): ElementContent {
  const shown = text === null || text === undefined || text === '' ? '—' : String(text)
  if (!span || span.end <= span.start) return h('span', { className: ['value', 'plain'] }, shown)
  return h('button', { type: 'button', className: ['value', `g-${group}`], dataStart: span.start, dataEnd: span.end }, shown)
}

function section(title: string, group: Group, children: ElementContent[]): Element {
  return h('section', { className: ['card', `card-${group}`], ariaLabel: title }, [h('h2', [h('span', { className: ['swatch', `g-${group}`], ariaHidden: 'true' }), title]), ...children])
}

function row(label: string, content: ElementContent | ElementContent[]): Element {
  return h('div', { className: 'row' }, [h('dt', label), h('dd', Array.isArray(content) ? content : [content])])
}

/**
 * The review page of one release.
 *
 * @param r The record.
 * @param back Link to the index.
 */
export function releasePage(r: PressRelease, back = 'index.html'): Element {
  const items = reviewItems(r)
  const text = h(
    'pre',
    { className: 'doc-text', tabIndex: 0, ariaLabel: '보도자료 본문' },
    segments(r.text, items).map((s) => {
      const top = s.items[0]
      return h(
        'span',
        {
          dataStart: s.start,
          className: top ? ['hl', `g-${top.group}`] : undefined,
          title: s.items.length > 0 ? s.items.map((i) => i.label).join(' · ') : undefined
        },
        r.text.slice(s.start, s.end)
      )
    })
  )

  const overview = section('개요', 'meta', [
    h('dl', [
      row('문서 종류', value(r.documentType, null, 'meta')),
      row('제목', value(r.title, r.titleSpan, 'meta')),
      row('부제', r.subtitles.length ? h('ul', r.subtitles.map((s, i) => h('li', [value(s, r.subtitleSpans[i], 'meta')]))) : value(null, null, 'meta')),
      row('부처', value(r.ministry, null, 'meta')),
      row('보도시점', value(r.release.embargo, r.release.embargoSpan, 'release')),
      row('배포', value(r.release.distributed, r.release.distributedSpan, 'release')),
      row('원본', value(`${r.source.file} (${r.source.format}, ${r.source.encoding})`, null, 'meta'))
    ])
  ])

  const contacts = section('담당자', 'contacts', [
    r.contacts.length === 0
      ? h('p', { className: 'empty' }, '없음')
      : h('table', [
          h('thead', h('tr', ['담당 부서', '구분', '직위', '성명', '전화', '전자우편'].map((t) => h('th', { scope: 'col' }, t)))),
          h(
            'tbody',
            r.contacts.map((c) =>
              h('tr', [c.department, c.role, c.position, c.name, c.phone, c.email].map((v, k) => h('td', [k === 3 ? value(v, c.span, 'contacts') : v ?? '—'])))
            )
          )
        ])
  ])

  const events = section(
    '행사',
    'events',
    r.events.length === 0
      ? [h('p', { className: 'empty' }, '없음')]
      : r.events.map((e, i) =>
          h('article', { className: 'event' }, [
            h('h3', [value(e.kind ?? e.title ?? `행사 ${i + 1}`, e.span, 'events')]),
            h('dl', [
              row('일시', value(`${e.start ?? '—'}${e.end ? ` ~ ${e.end}` : ''}`, null, 'events')),
              row('장소', value(e.venue ? `${e.venue.name ?? ''}${e.venue.address ? ` (${e.venue.address})` : ''}` : null, null, 'events')),
              row('참석 규모', value(e.attendees?.text, null, 'events')),
              row('주요 내용', value(e.summary, null, 'events')),
              row(
                '참석자',
                e.participants.length
                  ? h('ul', e.participants.map((p) => h('li', [value([p.name, p.position, p.organization].filter(Boolean).join(' · ') || '—', p.span, 'events'), p.group ? ` [${p.group}]` : ''])))
                  : value(null, null, 'events')
              )
            ]),
            e.agenda.length
              ? h('table', { className: 'timetable' }, [
                  h('caption', '세부 일정'),
                  h('thead', h('tr', ['시간', '분', '내용', '비고'].map((t) => h('th', { scope: 'col' }, t)))),
                  h(
                    'tbody',
                    e.agenda.map((a) =>
                      h('tr', [
                        h('td', `${a.start ?? ''}~${a.end ?? ''}`),
                        h('td', a.durationMinutes === null ? '—' : String(a.durationMinutes)),
                        h('td', [value(a.title, a.span, 'events')]),
                        h('td', a.note ?? '—')
                      ])
                    )
                  )
                ])
              : h('p', { className: 'empty' }, '세부 일정 없음')
          ])
        )
  )

  const quotes = section(
    '인용',
    'quotes',
    r.quotes.length === 0
      ? [h('p', { className: 'empty' }, '없음')]
      : [h('ul', r.quotes.map((q) => h('li', [h('blockquote', [value(q.text, q.span, 'quotes')]), h('p', { className: 'speaker' }, `— ${[q.speaker.name, q.speaker.organization, q.speaker.position].filter(Boolean).join(' ') || '화자 미상'}`)])))]
  )

  const plans = section(
    '계획',
    'plans',
    r.plans.length === 0
      ? [h('p', { className: 'empty' }, '없음')]
      : r.plans.map((p) =>
          h('div', { className: 'plan' }, [
            h('dl', [
              row('기간', value(p.period ? `${p.period.start ?? ''}~${p.period.end ?? ''}` : null, null, 'plans')),
              row('비전', value(p.vision, null, 'plans')),
              row('목표', p.goals.length ? h('ul', p.goals.map((g) => h('li', [value(g.text, g.span, 'plans'), g.targetYear ? ` (${g.targetYear}년)` : '']))) : value(null, null, 'plans'))
            ]),
            h('ol', p.tasks.map((t) => h('li', [value(t.title, t.span, 'plans'), h('ul', t.items.map((x) => h('li', [x.label ? h('strong', `(${x.label}) `) : '', value(x.text, x.span, 'plans')])))])))
          ])
        )
  )

  const notes = section('각주·용어', 'notes', [
    r.footnotes.length ? h('ol', { className: 'notes' }, r.footnotes.map((f) => h('li', [h('span', { className: 'marker' }, f.marker), ' ', value(f.text, f.span, 'notes')]))) : h('p', { className: 'empty' }, '각주 없음'),
    r.glossary.length
      ? h('dl', r.glossary.map((g) => row(`${g.term ?? ''}${g.english || g.abbreviation ? ` (${[g.english, g.abbreviation].filter(Boolean).join(', ')})` : ''}`, value(g.definition, g.span, 'notes'))))
      : h('p', { className: 'empty' }, '용어 없음')
  ])

  const attachments = section('붙임·관련 자료', 'attachments', [
    r.attachments.length ? h('ol', r.attachments.map((a) => h('li', [a.number !== null ? `${a.number}. ` : '', value(a.title, a.span, 'attachments')]))) : h('p', { className: 'empty' }, '붙임 없음'),
    ...(r.references.length ? [h('ul', r.references.map((x) => h('li', [value(`${x.date ?? ''} ${x.kind ?? ''} ${x.title ?? ''}`.trim(), x.span, 'attachments')])))] : [])
  ])

  const warnings = section('경고', 'messages', [
    r.messages.length ? h('ul', r.messages.map((m) => h('li', [value(m.reason, m.span, 'messages'), ` [${m.ruleId}]`]))) : h('p', { className: 'empty' }, '경고 없음')
  ])

  const legend = h('ul', { className: 'legend', ariaLabel: '색상 범례' }, Object.entries(GROUPS).map(([g, name]) => h('li', [h('span', { className: ['swatch', `g-${g}`], ariaHidden: 'true' }), name])))

  return h('html', { lang: 'ko' }, [
    head(`${r.title} — bodo 검토`),
    h('body', [
      h('a', { className: 'skip', href: '#record' }, '레코드로 건너뛰기'),
      h('header', { className: 'top' }, [h('a', { href: back }, '← 목록'), h('h1', r.title), legend]),
      h('main', { className: 'review' }, [
        h('section', { className: 'pane text-pane', ariaLabel: '본문' }, [h('h2', '본문'), text]),
        h('section', { className: 'pane record-pane', id: 'record', ariaLabel: '추출 결과' }, [overview, contacts, events, quotes, plans, notes, attachments, warnings])
      ])
    ])
  ])
}
