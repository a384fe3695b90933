/**
 * The catalogue's search page (보도자료 검색): a search box, facets (issuer, year, month, kind,
 * has an event / agenda / plan), a sort order, and the results as a list of links to the release
 * pages. Its script loads the catalogue's chunks from the page's own folder as a query needs them.
 */
import { h } from 'hastscript'
import type { Element } from 'hast'
import { head } from './page.js'

/** Facet selects: name and Korean label. */
const SELECTS: Array<[string, string]> = [
  ['issuer', '부처'],
  ['year', '연도'],
  ['month', '월'],
  ['kind', '문서 종류']
]
/** "Has" facets: value and Korean label. */
const HAS: Array<[string, string]> = [
  ['event', '행사 있음'],
  ['agenda', '세부 일정 있음'],
  ['plan', '계획 있음']
]

/**
 * The search page.
 *
 * @param count Releases in the catalogue.
 */
export function searchPage(count: number): Element {
  return h('html', { lang: 'ko' }, [
    head('bodo — 보도자료 검색', 'catalogue.js', true),
    h('body', { className: 'catalogue' }, [
      h('header', { className: 'top' }, [
        h('h1', `보도자료 ${count.toLocaleString('ko-KR')}건 검색`),
        h('form', { className: 'search', role: 'search', id: 'search' }, [
          h('label', { htmlFor: 'q' }, '검색어'),
          h('input', { type: 'search', id: 'q', name: 'q', placeholder: '예: 장관 개최 간담회', autocomplete: 'off', autofocus: true }),
          h('label', { htmlFor: 'sort' }, '정렬'),
          h('select', { id: 'sort', name: 'sort' }, [h('option', { value: 'score' }, '관련도순'), h('option', { value: 'new' }, '최신순'), h('option', { value: 'old' }, '오래된순')])
        ])
      ]),
      h('main', { className: 'catalogue-main' }, [
        h('aside', { className: 'facets', ariaLabel: '좁히기' }, [
          h('h2', '좁히기'),
          ...SELECTS.map(([name, label]) =>
            h('p', [h('label', { htmlFor: `f-${name}` }, label), h('select', { id: `f-${name}`, dataFacet: name }, [h('option', { value: '' }, '전체')])])
          ),
          h('fieldset', [h('legend', '포함'), ...HAS.map(([value, label]) => h('label', { className: 'check' }, [h('input', { type: 'checkbox', dataHas: value }), ` ${label}`]))])
        ]),
        h('section', { className: 'results-pane', ariaLabel: '검색 결과' }, [
          h('p', { id: 'status', role: 'status', ariaLive: 'polite' }, '검색 색인을 여는 중… (파일로 열었다면 bodo serve <폴더>로, 또는 아무 정적 웹 서버로 여세요)'),
          h('ol', { id: 'results', className: 'results' }),
          h('button', { type: 'button', id: 'more', hidden: true }, '더 보기')
        ])
      ])
    ])
  ])
}
