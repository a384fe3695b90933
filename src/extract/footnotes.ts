/**
 * Footnotes (각주: `*`, `**`, `주1)`) in document order, each with the word its marker
 * follows in the text (`anchor`).
 */
import type { Root, Line } from '../parse/tree.js'
import type { VFile } from 'vfile'
import type { Footnote } from '../schema/record.js'
import { draft, lines, joinSpans, valueSpan } from './context.js'
import { fold } from '../util/text.js'
import { OPEN_ENDING } from '../repair/broken-lines.js'

/** A continuation of a footnote: deeper-indented unmarked text, or a line opening with `:` / `→`. */
const CONTINUATION = /^[:：→⇒]/u
/** A footnote part that ends its sentence. */
const ENDED = /(?:[.。]|다|음|함|됨|임)$/u
/** A list bullet a note's text may open with. */
const BULLET_START = /^(?:[▴▪▸‣•◦]|[·-](?=\s|\())/u
/** An overview's label (일시, 장소, 참석 …). */
const LABEL = '(?:일\\s*시|장\\s*소|시\\s*간|일\\s*정|주\\s*최|주\\s*관|참\\s*석\\s*자?)'
/** An overview's label line under a `*` (`* (장소) …`, `* (일시/장소) …`, `* (참석) …`), not a note on a marked word. */
const OVERVIEW_LABEL = new RegExp(`^[(（]\\s*${LABEL}(?:\\s*[/·,]\\s*${LABEL})*\\s*[)）]`, 'u')
/** A closing notice under a `*`: `* 자세한 내용은 첨부파일을 참고하시기 바랍니다`. */
const CLOSING_NOTICE = /^(?:자세한|세부|기타|보다)[^.]*(?:첨부|붙임|문의|참고|참조|확인)[^.]*(?:바랍니다|바람)\.?$/u
/** A contacts line a note never runs into, and that is no note itself (`* 담당자 : 과 이름(044-…)`). */
const CONTACT_START = /^(?:담당\s*부서|담당자|책임자|문의)/u
const CONTACT_LINE = /^(?:담당자?|문의처?|연락처)\s*[:：]/u
/** Another `term (English) : definition` in the same note. */
const DEFINITION_START = /^[A-Za-z가-힣][^:：]{0,30}(?:\([^()]*\))?\s*[:：]\s/u
/** A body sentence: long and closed with `다.`. */
const BODY_SENTENCE = /^.{40,}다\.?$/u
/** The phrase a marker follows: a bracketed or quoted phrase, or a word. */
const ANCHOR_BEFORE = /(?:([「｢『《<‘“'"][^「｢『《<‘“'"」｣』》>’”'"]{1,60}[」｣』》>’”'"])|([^\s*※,.;:(){}\[\]「」｢｣‘’“”]+(?:\([^()\s]{1,20}\))?))$/u

/**
 * unified plugin: fill `footnotes`.
 */
export function footnotes() {
  return (tree: Root, file: VFile) => {
    const record = draft(file)
    const text = record.text
    const all = lines(tree)
    const out: Footnote[] = []
    // Footnotes in one run share the body text before the run (`NGS* … CDSS**` ⏎ `* …` ⏎ `** …`).
    let searchFrom = 0
    let runEnd = 0
    let previousWasFootnote = false
    for (let i = 0; i < all.length; i++) {
      const line = all[i]!
      if (line.kind !== 'footnote' || !line.marker) {
        if (previousWasFootnote) searchFrom = runEnd
        previousWasFootnote = false
        continue
      }
      previousWasFootnote = true
      const parts: Line[] = [line]
      const bullet = BULLET_START.exec(line.value)?.[0] ?? null
      while (i + 1 < all.length) {
        const next = all[i + 1]!
        const last = parts.at(-1)!.value
        // A list inside the note, in the bullet the note itself opens with (`▴(법무부) … ▴(…) …`).
        if (bullet && next.kind === 'item' && next.marker === bullet && next.indent >= line.indent - 1) {
          parts.push({ ...next, value: `${bullet}${next.label ? `(${next.label})` : ''}${next.value}`, valueStart: next.position.start.offset! + next.indent })
          i++
          continue
        }
        // A numbered list inside the note goes on in its sequence (`① …, ②` ⏎ `③ …`).
        if (next.kind === 'item' && /^[①-⑲]$/u.test(next.marker ?? '') && parts.some((p) => p.value.includes(String.fromCharCode(next.marker!.charCodeAt(0) - 1)))) {
          parts.push({ ...next, value: `${next.marker}${next.value}`, valueStart: next.valueStart - next.marker!.length })
          i++
          continue
        }
        if (next.kind !== 'paragraph' || next.label !== null || CONTACT_START.test(next.value)) break
        if (BODY_SENTENCE.test(next.value)) break
        const deeper = next.indent >= line.indent + 2 || CONTINUATION.test(next.value)
        const open = next.indent >= line.indent && !ENDED.test(last) && (OPEN_ENDING.test(last) || unbalanced(last))
        // An indented note goes on at its own indent; a bracket or another definition continues it.
        const aside = next.indent >= line.indent && (/^[(（]/u.test(next.value) || DEFINITION_START.test(next.value))
        // Not a line that a new run of notes (`*` again after `**`) annotates: that is the body's next item.
        const annotated = all[i + 2]?.kind === 'footnote' && (all[i + 2]!.marker ?? '').length <= (line.marker ?? '').length && (all[i + 2]!.marker ?? '').startsWith('*')
        const indented = line.indent > 0 && next.indent === line.indent && !ENDED.test(last) && !annotated
        if (!deeper && !open && !aside && !indented) break
        parts.push(next)
        i++
      }
      const value = fold(parts.map((p) => p.value).join(' '))
      if (value === '') continue
      const anchor = findAnchor(text, line.marker, searchFrom, line.position.start.offset!)
      if (CLOSING_NOTICE.test(value) || CONTACT_LINE.test(value) || (anchor === null && OVERVIEW_LABEL.test(value))) continue
      out.push({
        marker: line.marker,
        anchor,
        text: value,
        span: joinSpans(parts.map(valueSpan))
      })
      runEnd = parts.at(-1)!.position.end.offset!
    }
    record.footnotes = out
  }
}

/** The phrase that the marker follows, in the text between the previous footnote and this one. */
function findAnchor(text: string, marker: string, from: number, to: number): string | null {
  const region = text.slice(from, to)
  const re = markedIn(marker)
  if (re === null) return null
  let last: number | null = null
  for (const m of region.matchAll(re)) {
    const lineStart = region.lastIndexOf('\n', m.index) + 1
    if (region.slice(lineStart, m.index).trim() === '' || /^\s*-\s*$/u.test(region.slice(lineStart, m.index))) continue
    last = m.index
  }
  if (last === null) return null
  const before = region.slice(Math.max(0, last - 80), last)
  const m = ANCHOR_BEFORE.exec(before)
  return m ? (m[1] ?? m[2] ?? null) : null
}

/** Where a marker stands in the text it annotates: `*` runs exactly (`**` is not `*`), numbered markers not followed by another digit (`*1` is not `*12`), `주1)` also written `주 1)` or `(주1)`. */
function markedIn(marker: string): RegExp | null {
  const numbered = NUMBERED_NOTE.exec(marker)
  if (numbered) return new RegExp(`(?:[(（]\\s?)?주\\s?${numbered[1]}\\s?[)）]`, 'gu')
  if (!marker.startsWith('*')) return null
  return new RegExp(`(?<!\\*)${marker.replace(/\*/gu, '\\*')}(?![*\\d])`, 'gu')
}

/** A numbered note's marker: `주1)`, `주 2)`, `(주3)`. */
const NUMBERED_NOTE = /^[(（]?\s?주\s?(\d{1,2})\s?[)）]$/u

/** A year written short after an apostrophe (`‘23.1월`, `’26~`): no quotation opened. */
const SHORT_YEAR = /[‘’'](?=\d{2}(?:[.~∼,)\s년]|$))/gu

/** Whether a text leaves a bracket or quotation open (`(RF;`, `‘20세`), not counting short years (`‘23.1월 시행`). */
function unbalanced(text: string): boolean {
  const count = (re: RegExp) => text.replace(SHORT_YEAR, '').match(re)?.length ?? 0
  return count(/[(（]/gu) > count(/[)）]/gu) || count(/[‘“「｢『]/gu) > count(/[’”」｣』]/gu)
}
