/**
 * Keywords (핵심어): the release's nouns weighted by how often they occur, headline nouns
 * counting more; compounds kept whole as the dictionary writes them.
 */
import type { Root } from '../parse/tree.js'
import type { VFile } from 'vfile'
import { draft } from './context.js'
import { nouns } from './morphemes.js'

const NOUN = /^(?:NNG|NNP)$/u
const MIN_LENGTH = 2
const MAX_KEYWORDS = 15
const HEADLINE_WEIGHT = 3
/** Nouns too general to say what a release is about. */
const GENERAL = new Set(['이번', '관련', '경우', '이상', '이하', '기준', '대상', '통해', '위해', '등', '및', '또한', '올해', '내년', '작년', '현재', '최근', '계획', '예정', '추진', '지원', '내용', '사항', '자료', '보도', '보도자료', '부분', '정도', '가지'])

/**
 * korea.kr's pointers to the attachment, which say nothing of the release (86 of the 2,000
 * bulk bodies carry the last one): `… 관련 보도자료 내용입니다.`, `자세한 내용은 첨부파일을
 * 참고하시기 바랍니다.`, `※ 대용량 첨부파일은 바로보기가 지원되지 않으니, 첨부파일명을 클릭하여
 * 확인하시기 바랍니다.`
 */
const ATTACHMENT_NOTICE = /(?:관련|에\s*관한)\s*보도\s*자료(?:\s*내용)?\s*입니다\.?|(?:자세한|세부|상세한?)\s*(?:내용|사항)[^.\n]{0,40}?(?:첨부|붙임)[^.\n]{0,40}?바랍니다\.?|※\s*대용량\s*첨부\s*파일[^\n]{0,80}?바랍니다\.?/gu

/**
 * unified plugin: fill `keywords`.
 */
export function keywords() {
  return (_tree: Root, file: VFile) => {
    const record = draft(file)
    const headline = new Set<string>()
    const spans = [record.titleSpan, ...record.subtitleSpans].filter((s): s is NonNullable<typeof s> => s !== null)
    const counts = new Map<string, number>()
    const notices = [...record.text.matchAll(ATTACHMENT_NOTICE)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
    for (const t of nouns(file)) {
      if (notices.some((n) => t.start >= n.start && t.end <= n.end)) continue
      if (!NOUN.test(t.pos[0]!) || t.surface.length < MIN_LENGTH || GENERAL.has(t.surface) || !/[가-힣A-Za-z]/u.test(t.surface)) continue
      const inHeadline = spans.some((s) => t.start >= s.start && t.end <= s.end)
      if (inHeadline) headline.add(t.surface)
      counts.set(t.surface, (counts.get(t.surface) ?? 0) + (inHeadline ? HEADLINE_WEIGHT : 1))
    }
    const max = Math.max(1, ...counts.values())
    record.keywords = [...counts]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, MAX_KEYWORDS)
      .map(([term, n]) => ({ term, weight: Math.round((n / max) * 1000) / 1000 }))
  }
}
