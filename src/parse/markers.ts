/**
 * The typographic conventions of press releases, as named regular expressions.
 */

/** Bullets: `□ ○ ㅇ ◦ - · ▲ ◈ …` (ㅇ may touch its text: `ㅇ이에 따라`). */
export const BULLET = /^(?:[□■❏❑○●◦∘◎ㅇ·•▪▫▸‣►◈◆◇▲▴△▶➢⦁∙✓❍]|o(?=\s)|-(?=\s|[^\d\s-])|–(?=\s))/u
/** Circled and other numbered markers: `① ➊ 1. 1) 가. (1) [1] Ⅰ. I.`. */
export const NUMBERED =
  /^(?:[①-⑳]|[➊-➓]|[❶-❿]|\d{1,2}\.(?=\s)|\d{1,2}\)(?=\s?\S)|[가-하]\.(?=\s)|[가-하]\)(?=\s)|\(\d{1,2}\)(?=\s)|\[\d{1,2}\](?=\s)|[Ⅰ-Ⅻ]\.?(?=\s)|(?:IX|IV|V?I{1,3}|X|VI{0,3})\.(?=\s))/u
/** Any list marker at the start of a trimmed line. */
export const LIST_MARKER_START = new RegExp(`(?:${BULLET.source})|(?:${NUMBERED.source})`, 'u')
/** Roman-numeral section headings (`I. 추진 배경`, `Ⅱ. …`). */
export const ROMAN_HEADING = /^(?:[Ⅰ-Ⅻ]|(?:IX|IV|V?I{1,3}|X|VI{0,3}))\.?\s/u
/** Footnote markers: `*`, `**`, `*1`, `주1)`, also when written after a dash (`- * …`). */
export const FOOTNOTE = /^(?:-\s*)?(\*\d{1,2}(?=\s)|\*{1,3}|주\s?\d{1,2}\)|\(\s?주\d{1,2}\s?\))\s*/u
/** Notes: `※`. */
export const NOTE = /^(?:-\s*)?※\s*/u
/** A bracketed label at the start of an item: `(일시)`, `[일시 · 장소]`. */
export const BRACKET_LABEL = /^[(（\[]\s*([^()（）[\]]{1,24}?)\s*[)）\]]\s*/u
/** A colon label: `일 시 : …`, `장소: …`, `일시･장소 :` (any of the middle dots `·ㆍ･‧∙` between words). */
export const COLON_LABEL = /^([가-힣][가-힣·ㆍ･‧∙/\s]{0,14}?)\s*[:：]\s*/u
/** Company-type prefixes that look like labels but belong to a name: `(주)뷰노`. */
export const NAME_PREFIX_LABEL = /^(?:주|재|사|유|합|특|학|의)$/u
/** Whole-line box headings: `【 … 】`, `< … >`, `≪ … ≫`. */
export const BOX_HEADING = /^(?:【[^】]+】|<[^<>]+>|≪[^≫]+≫|《[^》]+》|\[[^\]]+\])\s*$/u
/** Document kinds written at the top (`보도자료`, `보도참고자료`, `보도설명자료` …). */
export const DOCUMENT_TYPE = /(보도\s*(?:참고|설명|해명|계획)?\s*자료|설명\s*자료|해명\s*자료|참고\s*자료|정례\s*브리핑)/u
/** Header-box labels: release time (보도시점, 보도일시, 엠바고) and hand-out time (배포). */
export const EMBARGO_LABEL = /(?:보\s*도\s*(?:시\s*점|일\s*시)|엠바고|보도\s*가능\s*시점)/u
export const DISTRIBUTED_LABEL = /(?:배\s*포\s*(?:일\s*시|일)?)(?!\s*즉시)/u
/** Attachment list openers: `<붙임>`, `【붙임】`, `붙임 1.`, `(붙임1)`, `※ 붙임`, `<별첨>`. */
export const ATTACHMENT_OPENER = /^(?:-\s*)?(?:※\s*)?[<【\[(《]?\s*(붙\s*임|별\s*첨|참\s*고)\s*(\d{0,2})\s*[>】\])》]?\s*[.:]?\s*/u
