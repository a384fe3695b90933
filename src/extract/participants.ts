/**
 * Participants (참석자) of an event: `(보건복지부) 박민수 제2차관, 보건의료데이터진흥과장 등`
 * → people with name, post and body; bodies named alone; each listed once.
 */
import type { Participant, Span } from '../schema/record.js'
import { hasBodyEnding, hasNameShape, isBodyName, isForeignName, isGenericBody, isKnownPersonName, isPersonName, isSurnameShaped, isTranscribedName } from './gazetteer/persons.js'
import type { Token } from '../morph/index.js'
import { fold } from '../util/text.js'
import { traceValue } from './context.js'
import { stripParticles, tokenize } from './morphemes.js'
import { isCentralBody, SHORT_FORMS } from './gazetteer/government.js'

/** People in general closing an item after `등` (`기업인 등 위촉위원`, `수요기업 등 산·학·연 관계자`). */
const PEOPLE_TAIL = /\s+등\s+(?:[가-힣·]+\s+){0,3}(?:관계자|관계관|담당자|전문가|위원|위촉위원|임직원)\s*$/u
/** A group opened inside a list: `(산업부) 장관, …, (유관기관) 에기평 원장`; after a space, a one-word group (`중기부 (유관기관) 금감원`). */
const INLINE_GROUP = /(?:^|(?<=[,，;]\s*))[(（\[]\s*([^()（）[\]]{1,20}?)\s*[)）\]]\s*(?=\S)|(?<=\s)[(（\[]([^()（）[\]\s]{1,20})[)）\]]\s+(?=[가-힣A-Za-z(（])/gu
/** Sides of a list: `(산업부) 장관 / (한국브렌슨) 유세근 대표`. */
const SIDE = /\s\/\s/u
/** A company's mark in brackets (`(주)해줌`), not a group. */
const COMPANY_MARK = /^(?:주|사|재|유|합|株)$/u
/** The stock company's mark, which no side's heading shares. */
const STOCK_COMPANY = /^(?:주|株)$/u
/**
 * Bodies in general after a list, or their people (`… 등 관계부처 장차관`, `… 등 7개 부처 관계자`,
 * `… 등 조선업계 임원`); the count of the bodies (`9개`) and the rank they come at (`국장급`) captured.
 */
const GROUP_TAIL = /\s*등\s*(?:(\d+)\s*개\s*)?(?:[가-힣·]+\s+){0,2}[가-힣·]*(?:부처|기관|단체|업체|기업|회사|업계)(?:들)?(?:\s+(?:장차관|장관|차관|관계자|담당자|공무원|직원|임직원|임원|전문가|([가-힣]{1,2}급)))?\s*$/u
/** Parts joined by middle dots: `건설·도로·철도국장`. */
const DOT = /[·ㆍ･‧]/u
const DOT_RUN = /^[가-힣A-Za-z]+(?:[·ㆍ･‧][가-힣A-Za-z]+)+$/u
/** Length of a part that takes the last part's noun (`건설` of `건설·도로·철도국장`). */
const MAX_SHARED_HEAD = 8
/** Where list items split: commas, ` 및 `, ` 와 `, and `와`/`과` written onto a body's name (`질병청과 건보공단`, `연구팀과 …`). */
const LIST_SEPARATOR = /\s*(?:,|，|、|;|\s및\s|\s와\s|\s과\s|\s[–—-]\s|(?<=[가-힣]{2}(?:부|청|처|원|회|단|공단|공사|재단|센터|협회|학회|대학교|대학|은행|기구|도|시|군|팀)|[)）])(?:와|과)\s)\s*/u
/** A heading naming a kind of body: `(유관기관)`, `(관계부처)`, `(참석기관)`. */
const BODY_KIND_GROUP = /(?:기관|부처|단체|기업|업체|협회)$/u
/** A note in brackets closing an entry: `(수석대표)`, `(영상)`, `(위원장)`. */
const NOTE_BRACKET = /\s*[(（][^()（）]+[)）]$/u
/** An entry that is a count (`보험19`, `협회6)`), not a name. */
const COUNTED = /\d+\)?$/u
/** A kind and the names it stands for in brackets: `NCC 업계(LG화학, YNCC, 한화토탈)`. */
const KIND_LIST = /^[^()（）]*[(（]([^()（）]*[,，][^()（）]*)[)）]$/u
/** A body with the one who comes for it in brackets, name then post: `무역협회(한진현 부회장)`. */
const BODY_WITH_HOLDER = /^(\S+)\s*[(（]\s*([가-힣]{2,4})\s+(\S+)\s*[)）]$/u
/** A body with its post in brackets: `스마트제조혁신추진단(단장)`. */
const BODY_WITH_POST = /^(.+?)\s*\(\s*([가-힣]+)\s*\)$/u
const TRAILING = /\s*(?:등|외)\s*(?:\d+\s*(?:여\s*)?명(?:\s*내외)?)?\s*$/u
const HEAD_COUNT = /\d[\d,]*\s*(?:여\s*)?(?:명|인)(?![가-힣])/u
const POST_END =
  /(?:부총리|총리|장관|차관|의장|실장|청장|처장|원장|위원장|본부장|국장|과장|센터장|단장|회장|부회장|대표|대표이사|총장|이사장|교수|박사|시장|도지사|지사|군수|구청장|교육감|의원|차장|대변인|이사|소장|관장|사장|부장|팀장|비서관|수석|조정관|정책관|기획관|지원관|심의관|협력관|담당관|보좌관|감독관|조사관|학장|대학원장|연구원|변호사|위원|대사|관계자|사무관|주무관|서기관|차관보|전무|상무|(?<=[가-힣]{2})대신)$/u
/** `와`/`과` written onto a post, joining two people (`김하늘 의원과 보건복지부 박나래 국장`). */
const POST_JOIN = new RegExp(`(?<=${POST_END.source.replace(/\$$/u, '')})(?:와|과)\\s+`, 'u')
/** Where list items split: as `LIST_SEPARATOR`, and after a post joined to the next person by `와`/`과`. */
const SEPARATOR = new RegExp(`${LIST_SEPARATOR.source}|${POST_JOIN.source}`, 'gu')
/**
 * A post written fused with its body's name, split in two: `국립통일교육원장` → 원장 of
 * 국립통일교육원, `울산시장` → 시장 of 울산시, `산업통상자원부장관` → 장관 of 산업통상자원부;
 * null where the head is no body's name.
 */
function unfusePost(post: string): { organization: string; position: string } | null {
  const fused = COMPOUND_POST.exec(post)
  if (fused && isBodyName(fused[1]!)) return { organization: fused[1]!, position: `${fused[2]}장` }
  const minister = FUSED_MINISTER.exec(post)
  if (minister && isBodyName(minister[1]!)) return { organization: minister[1]!, position: minister[2]! }
  return null
}

/** A post in the presidential office, named by its field: `과학기술수석`, `교육비서관`. */
const STAFF_POST = /(?:수석|비서관|보좌관)$/u
/** A minister's post fused with the ministry's name: `교육부장관`, `법무부차관`. */
const FUSED_MINISTER = /^([가-힣]{2,}부)(장관|차관|차관보)$/u
/** A post fused with its body's name: `국무조정실장`, `유전공학연구소장` (a `…위원장` is no `…위원` + `원장`). */
const COMPOUND_POST = /^([가-힣A-Za-z()·]{2,}(?<!위)(실|소|원|센터|국|과|청|처|단|관|회|위원회|본부|시))장$/u
/** A run of stems sharing one body's ending (`부`, `청`, `처`), a post after it or not: `행안·환경·국토부`, `산업(간사)/기재부 장관`. */
const SHARED_ENDING = /^((?:[가-힣]{1,5}(?:\([가-힣]{1,4}\))?[·ㆍ･‧/])+[가-힣]{1,5}?)(부|청|처)(?:\s+([가-힣]+))?$/u
const SHARED_ENDING_JOIN = /[·ㆍ･‧/]/u
const SHARED_POST = /^([가-힣]+(?:[·ㆍ･‧][가-힣]+)+)\s+([가-힣]+)$/u
const MAX_POST_WORD = 5
/** Length from which a single word with a body's ending and a post's (`산업연구원`) is the body. */
const MIN_BODY_WORD = 4
/** An entry that is a clause, not a name: verb endings, long runs of words. */
const CLAUSE = /(?:[다며고서]|하기|위해|됐으며|했으며|하며|되어|으로|에서)(?:\s|$)/u
/** Heads of bodies in general, no one in particular: `경제단체장`, `공공기관장`, `기업인`, `장차관`. */
const HEADS_IN_GENERAL = /(?:단체장|기관장|기업인|경제인|장차관)$/u
const GENERIC = /(?:관계자|공무원|유공자|교수진|책임자|담당자|인사담당자|전문가|학생|교사|학부모|시민|국민|장병|직원|대표단|임직원|구직자|청년|주민|가족|참가자|참석자|수상자|입상자|발표자|패널|등)$/u

/**
 * Parse a participants value into people and bodies; groups may be written inside it
 * (`(산업부) 장관, 정책관, (유관기관) 에기평 원장`) and sides split by ` / `. A body taken
 * from a group's heading is traced to the heading (`sources.organization`).
 *
 * @param value The text after `(참석자)` or `참석 :`.
 * @param start Offset of the value in the document text.
 * @param group The heading it was listed under, if any.
 * @param groupSpan Where that heading stands, if known.
 * @returns Participants, in order.
 */
export function parseParticipants(value: string, start: number, group: string | null, groupSpan: Span | null = null): Participant[] {
  const out: Participant[] = []
  let sideAt = 0
  for (const side of value.split(SIDE)) {
    sideAt = value.indexOf(side, sideAt)
    let from = 0
    let g = group
    let gSpan = groupSpan
    for (const m of side.matchAll(INLINE_GROUP)) {
      const heading = (m[1] ?? m[2])!.trim()
      // `(유)해줌` is a company's mark; `(유) 독일 연방경제부`, with a space after it, a side's heading (`(주)` always a mark).
      if (COMPANY_MARK.test(heading) && (!/[)）\]]\s/u.test(m[0]) || STOCK_COMPANY.test(heading))) continue
      if (m.index > from) out.push(...traced(parseGroup(side.slice(from, m.index), start + sideAt + from, g), g, gSpan))
      from = m.index + m[0].length
      g = heading
      const headingAt = start + sideAt + m.index + m[0].indexOf(heading)
      gSpan = { start: headingAt, end: headingAt + heading.length }
    }
    out.push(...traced(parseGroup(side.slice(from), start + sideAt + from, g), g, gSpan))
    sideAt += side.length
  }
  return out
}

/** Trace the body participants take from their group's heading (출처 위치) to the heading. */
function traced(list: Participant[], group: string | null, span: Span | null): Participant[] {
  for (const p of list) if (group !== null && p.organization === group) traceValue(p, 'organization', span)
  return list
}

/** One group's list: `장관, 국토도시·주택토지실장, 건설·도로국장`. */
function parseGroup(text: string, offset: number, group: string | null): Participant[] {
  const out: Participant[] = []
  // Bare names waiting for the post a later entry gives the whole run (`A, B, C 위원`).
  let waiting: Participant[] = []
  // The body the last entry's post was held in, for a post written alone after it.
  let carried: string | null = null
  for (const { value: part, at } of separated(text)) {
    const span: Span = { start: offset + at, end: offset + at + part.length }
    const kind = KIND_LIST.exec(part)
    if (kind) {
      // `업계(A, B)`, `8개 은행(A, B)`: the names a kind stands for; `농협경제지주(원예부장, 양곡부장)`: a body's posts.
      const outside = fold(part.slice(0, part.indexOf(kind[1]!) - 1).replace(/\*+/gu, ''))
      const inner = /\d|업계$/u.test(outside) || GENERIC.test(outside) || isGenericBody(outside) || isGenericBody(outside.split(' ').at(-1)!) ? group : outside
      out.push(...waiting, ...parseGroup(kind[1]!, offset + at + part.indexOf(kind[1]!), inner))
      waiting = []
      continue
    }
    // Before a comma an item takes no particle: its final syllable is its own (`노인건강과,`, `코리아크레딧뷰로,`).
    const keepFinal = /^\s*[,，、]/u.test(text.slice(at + part.length))
    const pieces = distribute(fold(part.replace(TRAILING, '').replace(GROUP_TAIL, '').replace(PEOPLE_TAIL, '')))
    for (const piece of pieces) {
      const folded = fold(piece.replace(TRAILING, '').replace(/\*+/gu, ''))
      const entry = keepFinal ? folded : stripParticles(folded)
      if (entry === '' || HEAD_COUNT.test(entry) || CLAUSE.test(entry) || COUNTED.test(entry)) continue
      // Parts of a dotted run of bodies are bodies where they end like one, whatever else they read as.
      // Under a heading that is a kind of body (`(기업) 삼성전자, 이마트`), a bare word is a body: people there come with a post.
      if (listedName(entry) && !BODY_KIND_GROUP.test(group ?? '') && !(pieces.length > 1 && hasBodyEnding(entry))) {
        waiting.push({ name: entry, position: null, organization: group && isBodyName(group) ? group : null, group, span })
        continue
      }
      // A post alone after a body's post holds its post in that body (`금융위원회 사무처장, 디지털금융정책관`),
      // unless it names a body of its own (`법무부장관`, `국무조정실장`).
      const bare: boolean = carried !== null && POST_END.test(entry) && !/\s/u.test(entry) && unfusePost(entry) === null
      const p = parseEntry(entry, bare ? carried : group)
      if (p?.name && p.position) for (const w of waiting) out.push({ ...w, position: p.position, organization: w.organization ?? p.organization })
      else out.push(...waiting)
      waiting = []
      if (p) out.push({ ...p, group, span })
      // Carried on from a body written apart from its post (`AISBL 이사장`), not one read out of a fused post (`국무조정실장`).
      // A body ending like a post (`유통물류과장 KOTRA사장` run together) is a misreading, not carried on.
      carried = p?.position && p.organization && p.organization !== group && (bare || /\s/u.test(entry)) && !POST_END.test(p.organization) ? p.organization : null
    }
  }
  out.push(...waiting)
  return out
}

/**
 * The entries one list item stands for: `교육부·과기정통부·산업부 장관` → each ministry's
 * 장관; `건설·도로·철도국장` → `건설국장`, `도로국장`, `철도국장` (the last part's final
 * noun, which the others lack, is shared); `외교부·고용부·해수부` → each body.
 */
function distribute(item: string): string[] {
  const shared = sharedEnding(item)
  if (shared) return shared
  const m = SHARED_POST.exec(item)
  if (m && POST_END.test(m[2]!)) {
    const bodies = m[1]!.split(DOT)
    // `국무총리·대한상공회의소 회장`: a post before the dot is a post of its own.
    if (bodies.slice(0, -1).some((b) => POST_END.test(b))) return [...bodies.slice(0, -1), `${bodies.at(-1)} ${m[2]}`]
    return bodies.map((body) => `${body} ${m[2]}`)
  }
  if (!DOT_RUN.test(item)) return [item]
  const parts = item.split(DOT)
  // Bodies joined by dots, each named in full.
  if (parts.every((x) => hasBodyEnding(x) && !isGenericBody(x))) return parts
  const last = parts.at(-1)!
  const tail = finalNoun(last)
  // Parts that open with the last part's own head are names in full (`현대중공업·현대미포·현대삼호`).
  const head = tail ? last.slice(0, last.length - tail.length) : ''
  if (head.length >= 2 && parts.slice(0, -1).every((x) => x.startsWith(head))) return parts
  if (tail && tail.length >= 2 && tail.length < last.length && parts.slice(0, -1).every((x) => !x.endsWith(tail) && x.length <= MAX_SHARED_HEAD)) {
    return [...parts.slice(0, -1).map((x) => `${x}${tail}`), last]
  }
  return [item]
}

/**
 * Central bodies written with one ending for all, joined by dots or slashes, a post after
 * them or not: `행안·농식품·환경·국토부` → `행안부`, `농식품부` …; `산업(간사)/기재/과기부 장관`
 * → `산업부 장관` … (a note in brackets dropped). Null unless every body so made is a
 * central body's name or short form.
 */
function sharedEnding(item: string): string[] | null {
  const m = SHARED_ENDING.exec(item)
  if (!m || (m[3] !== undefined && !POST_END.test(m[3]))) return null
  const bodies = m[1]!.split(SHARED_ENDING_JOIN).map((stem) => `${stem.replace(NOTE_BRACKET, '')}${m[2]}`)
  if (!bodies.every(isCentralBody)) return null
  return bodies.map((body) => (m[3] ? `${body} ${m[3]}` : body))
}

/** The last noun the dictionary reads in a word (`항공정책실장` → `실장`), or null. */
function finalNoun(word: string): string | null {
  const last = tokenize(word).at(-1)
  return last && /^NN[GP]$/u.test(last.pos[0]!) ? last.surface : null
}

/**
 * Whether a group's heading names a body its people belong to: a body's name (`국토부`), or a
 * proper name the dictionary reads (`한국브렌슨`), not a role or kind (`주재`, `민간`).
 */
/** A heading naming a side or a kind of those taking part: `(정부)`, `(민간)`, `(업계)`, `(유관기관)`, `(민간전문가)`. */
const SIDE_GROUP = /^(?:정부|민간|공공|업계|산업계|학계|연구계|전문가|민간전문가|지자체|경제단체|[가-힣]*(?:기관|부처|단체|기업|업체|협회|협단체))$/u

/** Length of a body's name heading a group (`관세청`; a two-syllable label with a body's ending is a field: `일시`, `장소`). */
const MIN_HEADING_BODY = 3

/**
 * Whether a line's label is the heading of a group of those taking part (`(정부) …`,
 * `(유관기관) …`, `(관세청) …`), not a field of an overview (`(일시)`, `(주제)`).
 */
export function isGroupHeading(label: string): boolean {
  return SIDE_GROUP.test(label) || (label.length >= MIN_HEADING_BODY && isBodyName(label) && !isGenericBody(label))
}

function namesBody(group: string | null): group is string {
  if (!group || isGenericBody(group) || MEMBERS_HEADING.test(group)) return false
  if (isBodyName(group)) return true
  const tokens = tokenize(group)
  // A proper name, or nouns compounded into one word (`농협경제지주`); not one common noun (`주재`, `민간`).
  return !/\s/u.test(group) && (tokens.some((t) => t.unknown || t.pos[0] === 'SL' || (t.pos[0] === 'NNP' && t.semanticClass !== '인명')) || (tokens.length > 1 && tokens.every((t) => /^NN[GP]$/u.test(t.pos[0]!))))
}

/** A heading naming members, not their body: `민간위원(11명)`, `위원`, `자문위원 12인`. */
const MEMBERS_HEADING = /(?:\d+\s*(?:여\s*)?(?:명|인)\s*[)）]?|위원|위원장|전문가|관계자)$/u

/** A name in Latin script, two to four capitalised words, its Hangul reading in brackets or not, then its post: `Julian Ventura(훌리안 벤투라) 외교부 차관`. */
const LATIN_PERSON = /^((?:[A-Z][A-Za-z'’.-]*\s+){1,3}[A-Z][A-Za-z'’-]+)\s*(?:[(（][가-힣\s·]+[)）])?\s+([가-힣A-Za-z()·\s]+)$/u

/**
 * A foreign person written in Latin script with a post after the name (and the body before
 * the post): name, post and body; null unless the last word is a post.
 */
function latinPerson(written: string, group: string | null): Omit<Participant, 'span'> | null {
  const m = LATIN_PERSON.exec(written)
  if (!m) return null
  const words = m[2]!.trim().split(/\s+/u)
  const position = words.at(-1)!
  if (!POST_END.test(position) || words.length > MAX_BODY_WORDS + 1) return null
  const organization = words.slice(0, -1).join(' ') || (namesBody(group) ? group : null)
  return { name: m[1]!.replace(/\s+/gu, ' '), position, organization, group }
}

/** A kind of body as a word's last noun: `으뜸기업`, `수출기업`, `협단체`, `지원기관`. */
const KIND_NOUN = /(?:기업|기관|업체|단체)$/u

/**
 * Whether a word names a kind of body, not one body: common nouns only, the last a kind of
 * body (`으뜸기업`, `수출기업`, `협단체`); not a proper name so ending (`IBK기업`).
 */
function kindOfBody(word: string): boolean {
  if (!KIND_NOUN.test(word) || /\s/u.test(word)) return false
  return tokenize(word).every((t) => !t.unknown && /^NN[GB]$/u.test(t.pos[0]!))
}

/**
 * Whether a list's entry word is a person's name: it reads as one (`isPersonName`) and is no
 * body the dictionary or the government's names know: a central body's short form (`고용부`,
 * which the dictionary also reads as a name), a proper noun that is no person's (`이마트`), a
 * surname's syllable before a place's name (`한수원` = 한 + 수원), a two-syllable common noun (`양파`).
 */
function listedName(word: string): boolean {
  if (!isPersonName(word) || isCentralBody(word) || SHORT_FORMS[word] !== undefined) return false
  const tokens = tokenize(word)
  const proper = (t: Token) => t.pos[0] === 'NNP' && t.semanticClass !== '인명' && t.surface.length >= 2
  // A two-syllable common noun (`양파`) is a word, not a name.
  if (tokens.length === 1) return !proper(tokens[0]!) && (word.length > 2 || tokens[0]!.unknown || tokens[0]!.pos[0] !== 'NNG')
  return !(tokens.length === 2 && tokens[0]!.surface.length === 1 && proper(tokens[1]!))
}

/**
 * Whether a word standing between a body's name and a post is the holder's name though the
 * dictionary does not know it (`부산기술창업투자원 서종군 원장`, `산업부 이옥헌 수소경제정책관`):
 * three syllables, a surname first, no body's ending (but the syllables names end in too) nor a verb's ending, no proper noun but a person's inside, the words before
 * it a body's name.
 */
/** Body endings that names end in too (`서종군`, `김태구`, `박현도`). */
const NAME_LIKE_ENDING = /[군구도]$/u

function nameBetween(body: string, word: string): boolean {
  return unknownName(word) && (namesBody(body) || namesProseBody(body))
}

function parseEntry(written: string, group: string | null): Omit<Participant, 'span'> | null {
  if (HEADS_IN_GENERAL.test(written) && !/\s/u.test(written)) return null
  const latin = latinPerson(written, group)
  if (latin) return latin
  // A note on a person or a post in brackets (`고현 과장(수석대표)`, `국무총리(위원장)`, `차관보(주재)`) is no body.
  const noted = NOTE_BRACKET.exec(written)
  const outside = noted ? written.slice(0, noted.index) : written
  const inner = noted ? noted[0].trim().slice(1, -1).trim() : ''
  // A note on a person or a post, or a Hangul note on a body (`(영상)`, `(공동주관)`), not a company's mark or an abbreviation (`(EEC)`).
  // `스마트제조혁신추진단(단장)`, `농협경제지주(전무)`: a body, and its post in brackets.
  const bracketed = BODY_WITH_POST.exec(written)
  const bodyPost = bracketed !== null && POST_END.test(bracketed[2]!) && (isBodyName(bracketed[1]!.split(/\s+/u).at(-1)!) || namesBody(bracketed[1]!))
  const aside = noted !== null && outside.trim() !== '' && (outside.split(/\s+/u).some((w, i, ws) => isPersonName(w) || (i === ws.length - 1 && POST_END.test(w))) || (/^[가-힣\s]+$/u.test(inner) && !COMPANY_MARK.test(inner) && !bodyPost))
  const entry = aside ? outside.trim() : written
  // `삼성전자 사장(이인용)`: the holder's name in brackets right after the post.
  const held = noted && !/^\s/u.test(noted[0]) && namedSurely(inner) ? outside.trim().split(/\s+/u) : null
  if (held && POST_END.test(held.at(-1)!) && !held.some(namedSurely)) {
    const body = held.slice(0, -1).join(' ')
    const split = body ? null : unfusePost(held.at(-1)!)
    return { name: inner, ...(split ?? { position: held.at(-1)!, organization: body || (namesBody(group) ? group : null) }), group }
  }
  // `최경진(가천대 법학과 교수)`: a name, its body and post in the brackets.
  const described = noted && entry === outside && isPersonName(outside) ? /^[(（]\s*(.+?)\s+(\S+)\s*[)）]$/u.exec(noted[0].trim()) : null
  // A former post (`前 …연구소장`) has no body written.
  if (described && POST_END.test(described[2]!)) return { name: outside, position: described[2]!, organization: /^(?:前|전|現|현)$/u.test(described[1]!) ? null : described[1]!, group }
  // `권영세(안동시장)`, `이철우(경북도지사)`: a name and its post in the brackets, fused with its body or not.
  if (noted && entry === outside && isPersonName(outside) && POST_END.test(inner) && !/\s/u.test(inner)) {
    return { name: outside, ...(unfusePost(inner) ?? { position: inner, organization: namesBody(group) ? group : null }), group }
  }
  if (noted && entry === outside && isPersonName(outside)) return { name: outside, position: null, organization: namesBody(group) ? group : null, group }
  // `산업부(유명희 통상교섭본부장)`: a body, and the one who comes for it in brackets, name first.
  const holder = noted ? BODY_WITH_HOLDER.exec(written) : null
  if (holder && POST_END.test(holder[3]!) && namedSurely(holder[2]!) && namesBody(holder[1]!)) {
    return { name: holder[2]!, position: holder[3]!, organization: holder[1]!, group }
  }
  if (bodyPost && entry === written) return { name: null, position: bracketed[2]!, organization: bracketed[1]!, group }
  const words = entry.split(/\s+/u)
  const postAt = words.findLastIndex((w) => POST_END.test(w))
  // A name the dictionary does not know is one first, with a post last (`류제은 신한은행 글로벌전략부장`),
  // or between its body and its post (`부산기술창업투자원 서종군 원장`).
  const nameAt = words.findIndex((w, i) => listedName(w) || ((hasNameShape(w) || unknownName(w)) && i === 0 && words.length > 1 && POST_END.test(words.at(-1)!)) || (i > 0 && i === postAt - 1 && nameBetween(words.slice(0, i).join(' '), w)))
  if (nameAt >= 0 && postAt >= 0) {
    // `한경구 前 유네스코한국위원회 사무총장`: a former holding goes with the post, as in prose.
    const prior = nameAt + 1 < postAt && PRIOR_HOLDING.test(words[nameAt + 1]!) ? nameAt + 1 : -1
    const held = postAt >= 0 && postAt !== nameAt ? words[postAt]! : null
    const position = held && prior >= 0 ? `${words[prior]} ${held}` : held
    const written = words.filter((_, i) => i !== nameAt && i !== postAt && i !== prior).join(' ')
    // `송철호 울산시장` with no other body written nor a body over the group: 시장 of 울산시.
    const split = !written && held && !namesBody(group) ? unfusePost(held) : null
    if (split) return { name: words[nameAt]!, organization: split.organization, position: prior >= 0 ? `${words[prior]} ${split.position}` : split.position, group }
    const org = written || (namesBody(group) ? group : null)
    return { name: words[nameAt]!, position, organization: org || null, group }
  }
  // A long single word ending like a post is a body (`한국생산기술연구원`, not a researcher).
  if (words.length === 1 && postAt === 0 && entry.length >= MIN_BODY_WORD && isBodyName(entry) && !/위원$/u.test(entry) && !COMPOUND_POST.test(entry) && !STAFF_POST.test(entry)) {
    return { name: null, position: null, organization: entry, group }
  }
  if (postAt >= 0) {
    let position = words[postAt]!
    let org = words.slice(0, postAt).join(' ') || (namesBody(group) ? group : null)
    const compound = COMPOUND_POST.exec(position)
    const minister = FUSED_MINISTER.exec(position)
    if (!org && minister && isBodyName(minister[1]!)) {
      // `교육부장관` → 장관 of 교육부.
      org = minister[1]!
      position = minister[2]!
    } else if (!org && compound) {
      // `국무조정실장` → 실장 of 국무조정실.
      org = compound[1]!
      position = `${compound[2]}장`
    }
    if ((GENERIC.test(position) && !org) || (org !== null && (isGenericBody(org) || kindOfBody(org)))) return null
    return { name: null, position, organization: org, group }
  }
  if (GENERIC.test(entry) || isGenericBody(entry) || kindOfBody(entry) || entry.length > 25 || CLAUSE.test(entry) || words.length > 4) return null
  // Words that are not one name need a body's ending or a proper name last (`이번 선지급` is neither).
  if (words.length > 1 && !hasBodyEnding(words.at(-1)!) && !namesProseBody(entry)) return null
  // One word the dictionary reads as one common noun names a field, not a body (`바이오`, `자동차` under `(업계)`),
  // unless the heading is a kind of body its short names stand under (`(금융기관) 신한, 농협`).
  if (words.length === 1 && !hasBodyEnding(entry) && isCommonNoun(entry) && !BODY_KIND_GROUP.test(group ?? '')) return null
  return { name: null, position: null, organization: entry, group }
}

/**
 * Keep each participant once (same name, or same post and body). A body named alone and
 * again after other words (`산림청 국립산림과학원`, `한편 환경부`) is one body, kept in its
 * own name as the annotation rules do.
 */
export function dedupeParticipants(list: Participant[]): Participant[] {
  const seen = new Set<string>()
  const bodies = list.flatMap((p) => (!p.name && !p.position && p.organization ? [p.organization] : []))
  return list.filter((p) => {
    const org = !p.name && !p.position ? p.organization : null
    if (org && bodies.some((b) => org.endsWith(` ${b}`))) return false
    const key = p.name ?? `${p.position ?? ''}@${p.organization ?? ''}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** A person the text names with a post: `교육부(장관 최교진)`, `한덕수 국무총리`. */
export interface NamedPerson {
  name: string
  position: string
  organization: string | null
}

const BRACKET_HEAD = /([가-힣A-Za-z]+(?:부|처|청|원|회|단|재단|센터|공단|공사|실|본부|대학교|대학|협회))\s*\(\s*([가-힣]+?)\s+([가-힣]{2,4})\s*[,)]/gu

/**
 * People the text names together with their posts, for filling in a listed post's name.
 *
 * @param text The document text.
 * @param speakers Speakers already resolved elsewhere (name, post, body).
 */
export function namedPeople(text: string, speakers: NamedPerson[]): NamedPerson[] {
  const out: NamedPerson[] = [...speakers]
  for (const m of text.matchAll(BRACKET_HEAD)) {
    if (POST_END.test(m[2]!) && isPersonName(m[3]!)) out.push({ name: m[3]!, position: m[2]!, organization: m[1]! })
  }
  return out
}

/**
 * Give a listed post (`교육부 장관`) the name the text gives it elsewhere.
 *
 * @param list Participants.
 * @param people Named people of the text.
 * @param expand Full body names of short forms (`과기정통부` → `과학기술정보통신부`).
 */
export function nameParticipants(list: Participant[], people: NamedPerson[], expand: (body: string) => string): Participant[] {
  return list.map((p) => {
    if (p.name || !p.position) return p
    const org = p.organization ? expand(p.organization) : null
    const match = people.filter(
      // A body on one side only still matches a post specific enough (`통상교섭본부장`, not `실장`).
      (x) => (x.position.endsWith(p.position!) && (org !== null && x.organization !== null ? expand(x.organization) === org : (org === null && x.organization === null) || p.position!.length > 2)) || fusedPost(x) === p.position
    )
    const names = new Set(match.map((x) => x.name))
    if (names.size !== 1) return p
    const person = match[0]!
    return { ...p, name: person.name, organization: p.organization ?? person.organization }
  })
}

/**
 * The post a person holds written whole with its unit, where the text split it (`본부장` of
 * `통상교섭본부` → `통상교섭본부장`), as a list names it (`(산업부) 통상교섭본부장`); else null.
 */
export function fusedPost(person: NamedPerson): string | null {
  const { position, organization } = person
  if (!organization || position.length < 2 || !organization.endsWith(position.slice(0, -1))) return null
  return `${organization}${position.slice(-1)}`
}

/** How far from a person's first mention, on its line, the body named with them is looked for. */
const FIRST_MENTION_REACH = 24

/**
 * A person listed with a body's short form (`박진규 산업부 1차관`) keeps the body as the
 * text first names it with them, where that is the same body in full (`산업통상자원부 박진규
 * 1차관`, `중소벤처기업부(장관 권칠승, 이하 중기부)`, `이창양 산업통상자원부장관`): the
 * annotation rules take a person's body from where the text introduces them. The value is
 * traced to that place.
 *
 * @param list Participants of an event.
 * @param text The document text.
 */
export function introducedBodies(list: Participant[], text: string): Participant[] {
  return list.map((p) => {
    const full = p.name && p.organization ? SHORT_FORMS[p.organization] : undefined
    if (!full) return p
    const at = text.indexOf(p.name!)
    if (at < 0) return p
    const lineEnd = text.indexOf('\n', at)
    const from = Math.max(text.lastIndexOf('\n', at) + 1, at - FIRST_MENTION_REACH)
    const window = text.slice(from, Math.min(lineEnd < 0 ? text.length : lineEnd, at + p.name!.length + FIRST_MENTION_REACH))
    const found = window.indexOf(full)
    if (found < 0) return p
    return traceValue({ ...p, organization: full }, 'organization', { start: from + found, end: from + found + full.length })
  })
}

/** What no name runs across: list punctuation and marks between its words (`강연, △박나래`). */
const NAME_BREAK = /[,，、·ㆍ;:：▲△▴]/u
/** A company's mark in brackets, read as a word of its own (`(주)`). */
const MARK_WORD = /^[(（][주사재유][)）]$/u

/**
 * The company word `at` names with its mark (`현대자동차㈜`, `㈜한빛`, `온세미컨덕터코리아(주)`,
 * whose mark is read as a word of its own), as written; else null.
 */
function markedCompany(words: Array<{ raw: string; word: string; index: number }>, at: number): string | null {
  const w = words[at]!
  const name = words[at - 1]
  if (MARK_WORD.test(w.raw)) return name && name.index + name.raw.length === w.index && !/[)）]$/u.test(name.raw) ? `${name.raw.replace(/^[▲△▴]+/u, '')}${w.raw}` : null
  // `㈜비츠로밀텍의 변영철 대표이사`: the genitive after the name is no part of it.
  const written = w.raw.replace(/^[▲△▴]+/u, '')
  const marked = (x: string) => /^㈜\S|\S㈜$/u.test(x)
  if (written.endsWith('의') && marked(written.slice(0, -1))) return written.slice(0, -1)
  return marked(written) ? written : null
}
const WORD_EDGE = /^[(（\[「"'“‘▲△▴]+|[)）\]」"'”’,.:;]+$/gu

/**
 * People named with a post in a text (`이지형 교수 (성균관대학교, …)`, `부산대 최재원 총장`).
 *
 * @param text A schedule row's title or remarks.
 * @param start Offset of the text in the document (for spans).
 * @returns Participants, in order.
 */
export function personsIn(text: string, start: number, presenters = false): Participant[] {
  const out: Participant[] = []
  const words = [...text.matchAll(/[(（]?[^\s()（）,，①-⑳]+[)）]?/gu)].map((m) => ({ raw: m[0], word: m[0].replace(WORD_EDGE, ''), index: m.index }))
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    const held = words[i - 1]
    // `삼성전자 사장(이인용)`: a name in brackets glued to a post names its holder, and takes no post after it.
    if (held && holderAt(words, i, text)) {
      const body = words[i - 2]
      const organization = body && !/[)）]$/u.test(body.raw) && (isBodyName(body.word) || LIST_OPENING.test(text.slice(0, body.index).trimEnd())) ? body.word : null
      out.push({ name: w.word, position: postOf(held.word)!, organization, group: null, span: { start: start + (organization ? body!.index : held.index), end: start + w.index + w.raw.length } })
      continue
    }
    // A foreign name written in Hangul, two or three words read as names (`무라타 시게키`).
    const parts = [3, 2].map((n) => words.slice(i, i + n)).find((run) => run.length > 1 && run.slice(0, -1).every((x, k) => !/[)）]$/u.test(x.raw) && !NAME_BREAK.test(text.slice(x.index + x.raw.length, run[k + 1]!.index + 1))) && (isForeignName(run.map((x) => x.word)) || glossedInLatin(run, words[i + run.length], text)))
    const known = isPersonName(w.word) && !parts
    if (!known && !parts && !hasNameShape(w.word) && !namedBeforeBodyPost(words, i) && !(opensItem(text, w.index) && (unknownName(w.word) || shortName(w.word)))) continue
    let nameEnd = parts ? i + parts.length - 1 : i
    const name = parts ? parts.map((x) => x.word).join(' ') : w.word
    // A name that closes a bracket is a body's head (`협의회(회장 김성이)가 주관하여 …`): the words after it are no post of theirs.
    const headed = HEAD_CLOSE.test(words[nameEnd]!.raw)
    // The name as written in its own script, in brackets after it (`(Ali Asghar Mohammadi)`), belongs to it.
    if (/^[(（]/u.test(words[nameEnd + 1]?.raw ?? '') && !/[)）]/u.test(words[nameEnd]!.raw)) {
      const close = words.findIndex((x, k) => k > nameEnd && /[)）]$/u.test(x.raw))
      if (close > 0 && close - nameEnd <= MAX_SCRIPT_WORDS) nameEnd = close
    }
    // A former or numbered holding (`전`, `前`, `제8대`) written before the body goes with the post (`전 경남교육청 미래교육원장`).
    const prior = PRIOR_HOLDING.test(words[nameEnd + 1]?.word ?? '') ? words[nameEnd + 1]!.word : null
    const bodyFrom = prior ? nameEnd + 2 : nameEnd + 1
    // The post follows the name, directly or after the body's name (`변영한 한국핀테크지원센터 이사장`).
    let postAt = -1
    for (let k = bodyFrom; !headed && k <= Math.min(words.length - 1, bodyFrom + MAX_BODY_WORDS); k++) {
      if (postOf(words[k]!.word) && !isPersonName(words[k]!.word)) {
        postAt = k
        break
      }
      if (isPersonName(words[k]!.word)) break
      if (!isBodyName(words[k]!.word) && !/^[A-Za-z가-힣·]+$/u.test(words[k]!.word)) break
    }
    // A name the dictionary does not know is one only next to its post; one it cannot read at all, only with its body and post after it.
    if (postAt < 0 && !known) continue
    const guessed = !known && !parts && !hasNameShape(w.word)
    if (guessed && (postAt === bodyFrom || !words.slice(bodyFrom, postAt).every((x) => namesBody(x.word) || namesProseBody(x.word)))) continue
    // `위쿡 대표(김기웅)`: the post's holder is the name in brackets, the word before is the body.
    if (postAt >= 0 && holderAt(words, postAt + 1, text)) continue
    if (postAt < 0) {
      // In a schedule, a presenter may stand without a post, a body beside them in brackets:
      // `김정인 (춘천교대)`, `(부산대 김민수)`.
      const next = words[i + 1]
      const previous = words[i - 1]
      if (presenters && next && /^[(（]/u.test(next.raw) && /^[가-힣A-Za-z·]{2,15}$/u.test(next.word) && !POST_END.test(next.word)) {
        out.push({ name: w.word, position: null, organization: next.word, group: null, span: { start: start + w.index, end: start + next.index + next.raw.length } })
      } else if (presenters && previous && /^[(（]/u.test(previous.raw) && /[)）]$/u.test(w.raw) && isBodyName(previous.word)) {
        out.push({ name: w.word, position: null, organization: previous.word, group: null, span: { start: start + previous.index, end: start + w.index + w.raw.length } })
      }
      continue
    }
    const between = words.slice(bodyFrom, postAt).map((x) => x.word)
    const before = words[i - 1]
    const after = words[postAt + 1]
    let organization: string | null = between.length > 0 ? between.join(' ') : null
    const joined = before !== undefined && !/[①-⑳,，·]/u.test(text.slice(before.index + before.raw.length, w.index)) && (!postOf(before.word) || longBody(before.word))
    if (!organization && before && joined && isBodyName(before.word) && !/^\d/u.test(before.word) && !/[)）]$/u.test(before.raw)) {
      // `국회 교육위원회 김영호 위원장`: a body within a body, both written before the name.
      const outer = words[i - 2]
      organization = outer && isBodyName(outer.word) && !/^[(（]/u.test(before.raw) && !/[,，)）]$/u.test(outer.raw) && !isPersonName(outer.word) && !postOf(outer.word) ? `${outer.word} ${before.word}` : before.word
      // A kind of body alone (`재단`, `위원회`) is the last word of its name: `△노벨 재단 비다르 헬게센 대표`.
      if (PROSE_BODY_END.exec(organization)?.[0] === organization) organization = namedKind(words, i - 1, text) ?? organization
    }
    // `현대자동차㈜ 이동석 사장`, `온세미컨덕터코리아(주) 조치영 전무이사`: a company with its mark, written before the name.
    else if (!organization && before && joined && markedCompany(words, i - 1)) organization = markedCompany(words, i - 1)
    else if (!organization && after && /^[(（]/u.test(after.raw) && isBodyName(after.word)) organization = after.word
    if (!organization) organization = headedBodyBefore(words, i, text)
    // `부총리 겸 교육부 장관`: two posts held at once, written whole; the body, where none is written before, the one after `겸`.
    const joint = jointPost(words, postAt)
    const lastPost = joint?.last ?? postAt
    const end = words[lastPost]!.index + words[lastPost]!.raw.length
    let post = postOf(words[lastPost]!.word)!
    const spanEnd = start + end - (words[lastPost]!.word.length - post.length)
    if (joint) {
      // The title is written whole from after the name (`대통령 권한대행 부총리 겸 교육부 장관`), the body the one after `겸`.
      const body = joint.body ?? unfusePost(post)?.organization ?? null
      post = text.slice(words[bodyFrom]!.index, spanEnd - start).replace(/\s+/gu, ' ')
      organization = body ?? organization
    }
    // `고영환 국립통일교육원장`: the post fused with its body's name, where no other body is written.
    const split = organization === null ? unfusePost(post) : null
    if (split) ({ organization, position: post } = split)
    // `김승룡 소방청장 직무대행`: one acting for the post holds it so (`청장 직무대행`).
    const postWord = words[lastPost]!
    const acting = postWord.raw === postWord.word && postOf(postWord.word) === postWord.word ? ACTING.exec(words[lastPost + 1]?.raw ?? '') : null
    const last = acting ? lastPost + 1 : lastPost
    const actingEnd = acting ? start + words[last]!.index + acting[1]!.length : spanEnd
    out.push({ name, position: `${prior ? `${prior} ` : ''}${post}${acting ? ` ${acting[1]}` : ''}`, organization, group: null, span: { start: start + w.index, end: actingEnd } })
    i = last
  }
  return out
}

/** A word that closes a bracket it did not open (`김성이)`): the last of a bracket's words. */
const HEAD_CLOSE = /^[^(（].*[)）]$/u

/** Acting for a post's holder, after the post: `직무대행`, `직무대리`, `권한대행` (a particle after it or not). */
const ACTING = /^(직무대행|직무대리|권한대행)(?:을|를|이|가|은|는|과|와|께서|도)?$/u

/** Words a body's name takes before its kind at most (`카롤린스카 대학교 노벨 위원회`). */
const MAX_NAME_WORDS = 3

/**
 * The name a kind of body written alone before a person closes (`노벨 재단`, `카롤린스카 대학교
 * 노벨 위원회`): the nouns joined before it, back to a list's mark or punctuation; null where
 * none stands before it.
 */
function namedKind(words: Array<{ raw: string; word: string; index: number }>, kind: number, text: string): string | null {
  let from = kind
  for (let k = kind - 1; k >= Math.max(0, kind - MAX_NAME_WORDS); k--) {
    const w = words[k]!
    // Nouns only, no post, and no one common noun but a body's (`이날` ends the name, `대학교` does not); a person's name may name a body (`노벨 재단`).
    if (/[)）,，.]$/u.test(w.raw) || NAME_BREAK.test(text.slice(w.index + w.raw.length, words[k + 1]!.index)) || postOf(w.word) || !isNounWord(w.word) || (isCommonNoun(w.word) && !isBodyName(w.word))) break
    from = k
    // A list's mark opens the name: nothing before it belongs.
    if (/^[▲△▴]/u.test(w.raw)) break
  }
  return from < kind ? words.slice(from, kind + 1).map((x) => x.word).join(' ') : null
}

/** The word joining two posts held at once: `부총리 겸 교육부 장관`. */
const JOINT = '겸'

/**
 * The second post of two held at once (`부총리 겸 교육부 장관`, `부총리 겸 재정경제부장관`):
 * where it stands and the body written before it, or null where the post at `postAt` is not
 * followed by `겸` and a post.
 */
function jointPost(words: Array<{ raw: string; word: string; index: number }>, postAt: number): { last: number; body: string | null } | null {
  if (words[postAt]!.raw !== words[postAt]!.word || postOf(words[postAt]!.word) !== words[postAt]!.word || words[postAt + 1]?.word !== JOINT) return null
  for (let k = postAt + 2; k <= Math.min(words.length - 1, postAt + 2 + MAX_BODY_WORDS); k++) {
    const word = words[k]!.word
    if (postOf(word) && !isPersonName(word)) return { last: k, body: words.slice(postAt + 2, k).map((x) => x.word).join(' ') || null }
    if (!isBodyName(word)) return null
  }
  return null
}

/** A holding before a post that says when it was held: `전`/`前` (former), `제8대` (the eighth). */
const PRIOR_HOLDING = /^(?:전|前|제\d+대)$/u

/** A person's name in Latin script in brackets: two to five capitalised words or initials, `(Mikael E. Lindstrom)`. */
const LATIN_GLOSS = /^[(（]((?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)){1,4})[)）]/u

/**
 * Whether a run of Hangul words is a foreign name because its Latin spelling follows it in
 * brackets with as many full words, or one more (`카를로스 빅토르 분구(Carlos Victor Boungou)`,
 * `마리오 레예스 에르난데스(Jos Mario Reyes Hernndez)`): the words read as nouns only, none a
 * post, and directly before the bracket.
 */
function glossedInLatin(run: Array<{ raw: string; word: string; index: number }>, next: { raw: string; index: number } | undefined, text: string): boolean {
  const last = run.at(-1)!
  if (!next || next.index !== last.index + last.raw.length + (text[last.index + last.raw.length] === ' ' ? 1 : 0)) return false
  const gloss = LATIN_GLOSS.exec(text.slice(next.index))
  if (!gloss) return false
  const full = gloss[1]!.split(/\s+/u).filter((w) => !/^\p{Lu}\.$/u.test(w)).length
  return (full === run.length || full === run.length + 1) && isTranscribedName(run.map((x) => x.word))
}

/**
 * Whether word `i` is a person's name by its place: three syllables shaped like a name (a
 * surname first), no body's ending, then a body's name and a post (`전해철 행정안전부 장관`),
 * where the dictionary reads words in the name (`전해철` as one noun, `강도` + `형`).
 */
function namedBeforeBodyPost(words: Array<{ raw: string; word: string; index: number }>, i: number): boolean {
  const [w, body, post] = [words[i]!, words[i + 1], words[i + 2]]
  if (!(w.word.length === 3 && w.raw === w.word && isSurnameShaped(w.word) && !hasBodyEnding(w.word) && body !== undefined && post !== undefined && body.raw === body.word && isBodyName(body.word) && postOf(body.word) === null && !/^[(（]/u.test(post.raw) && postOf(post.word) !== null)) return false
  // Stronger evidence by place than `unknownName` asks of a list's item: a word the dictionary knows whole may be the name here.
  // The dictionary's readings of a name it does not know are arbitrary (`전해철`: one compound, `강도`+`형`, `변영`+`한`); a place or body
  // in it (`한국`+`형`), a particle or a verb's ending closing it (`주제로`, `개최한`), or an adnominal after a place (`사천에 위치한`) says no.
  const tokens = tokenize(w.word)
  const last = tokens.at(-1)!.pos
  const adnominal = last.some((p) => p === 'ETM') && /에$/u.test(words[i - 1]?.word ?? '')
  return tokens.every((t) => !(t.pos[0] === 'NNP' && t.semanticClass !== null && t.semanticClass !== '인명')) && !last.some((p) => /^(?:J|XSV|V)/u.test(p)) && !adnominal
}

/** A word long enough to be a body though it ends like a post (`산업연구원`, `대외경제정책연구원`; not `선임연구위원`, `책임연구원`). */
function longBody(word: string): boolean {
  return word.length >= MIN_BODY_WORD && postOf(word) === word && isBodyName(word) && !/(?:위원|(?:선임|책임|수석|주임|전임)연구원)$/u.test(word)
}

/** Words a body's head note in brackets runs over at most: `(장관 : 이창양)`. */
const MAX_HEAD_NOTE_WORDS = 4

/**
 * The body written just before a person with its head in brackets between (`재외동포청(청장
 * 이상덕) 이기성 정책국장은`): the person's body, whose post stays whole; else null.
 */
function headedBodyBefore(words: Array<{ raw: string; word: string; index: number }>, i: number, text: string): string | null {
  const before = words[i - 1]
  if (!before || !/[)）]$/u.test(before.raw) || !/^\s+$/u.test(text.slice(before.index + before.raw.length, words[i]!.index))) return null
  for (let j = i - 1; j >= Math.max(1, i - MAX_HEAD_NOTE_WORDS); j--) {
    const open = words[j]!
    if (!/^[(（]/u.test(open.raw)) continue
    const body = words[j - 1]!
    const glued = body.index + body.raw.length === open.index
    return glued && postOf(open.word) !== null && isBodyName(body.word) && !/[)）]$/u.test(body.raw) ? body.word : null
  }
  return null
}

/** What may stand before a list's first word: nothing, a list's punctuation, a circled number, a note's marker. */
const ITEM_OPENING = /(?:^|[,，:：▲▴①-⑳*·]|\s-)\s*$/u

/** Whether the word at `index` opens an item of a list (`…, 곽기웅 크로스파이낸스 대표`). */
function opensItem(text: string, index: number): boolean {
  return ITEM_OPENING.test(text.slice(0, index))
}

/**
 * Whether a word may be a name the dictionary does not know at all (`곽기웅` → 곽기 + 웅,
 * `변영한` → 변영 + 한): three syllables, a surname first, no body's ending but those names end
 * in too (`서종군`), read from a noun on, no verb, particle nor clause ending (`이어서`), no
 * proper noun but a person's in it. Evidence enough
 * beside a post where it opens a list's item or follows its body.
 */
function unknownName(word: string): boolean {
  if (word.length !== 3 || !isSurnameShaped(word) || (hasBodyEnding(word) && !NAME_LIKE_ENDING.test(word)) || isCentralBody(word) || SHORT_FORMS[word] !== undefined) return false
  const tokens = tokenize(word)
  // One word the dictionary knows whole (`지자체`) is that word.
  if (tokens.length === 1 && !tokens[0]!.unknown) return false
  return /^NN/u.test(tokens[0]!.pos[0]!) && tokens.every((t) => !t.pos.some((p) => /^(?:V|J|E[CFP])/u.test(p)) && !(t.pos[0] === 'NNP' && t.semanticClass !== '인명'))
}

/**
 * Whether a word may be a two-syllable name (`이혁`, `고현`): a surname and one syllable, no
 * body's name nor ending, no particle, verb or ending, no proper noun but a person's; the
 * dictionary may read it as a common noun. Evidence enough only where it opens a list's item
 * with its body and post after it (`…, 이혁 주일본대사관 대사`).
 */
/** `주` and a country's initial: stationed in it (`주한 외국상의`, `주미 대사`), no name. */
const STATIONED = /^주[한일미중영독불러]$/u

function shortName(word: string): boolean {
  if (word.length !== 2 || !isSurnameShaped(word) || STATIONED.test(word) || hasBodyEnding(word) || isCentralBody(word) || SHORT_FORMS[word] !== undefined) return false
  return tokenize(word).every((t) => /^NN[GP]$/u.test(t.pos[0]!) && !(t.pos[0] === 'NNP' && t.semanticClass !== '인명'))
}

/** Punctuation before a list's item: `, `, `: `, `▲`. */
const LIST_OPENING = /[,，:：▲▴]$/u

/** A person's name the dictionary knows whole, or a surname and syllables it reads as nothing else (`변창환`); not `위쿡`, `노동연`. */
function namedSurely(word: string): boolean {
  return isKnownPersonName(word) || hasNameShape(word)
}

/**
 * Whether word `i` is a person's name in brackets glued to the post before it (`삼성전자
 * 사장(이인용)`), not a note on a person named before the post in the same item
 * (`박명준 박사(노동연)`, `최기영 과기정통부 장관(부의장)`).
 */
function holderAt(words: Array<{ raw: string; word: string; index: number }>, i: number, text: string): boolean {
  const [w, post, body, before] = [words[i], words[i - 1], words[i - 2], words[i - 3]]
  if (!w || !post || !/^[(（].+[)）]$/u.test(w.raw) || post.index + post.raw.length !== w.index || postOf(post.word) === null || !namedSurely(w.word)) return false
  // Words before the post within the same item (no list punctuation between).
  const joined = (x: typeof w | undefined) => x !== undefined && !/[,，:：▲▴]/u.test(text.slice(x.index + x.raw.length, post.index))
  if (joined(body) && namedSurely(body!.word)) return false
  return !(joined(before) && isPersonName(before!.word))
}

/** The items of a participants list between its separators (`,`, ` 및 `, ` 과 ` …), each with its offset. */
function separated(text: string): Array<{ value: string; at: number }> {
  const out: Array<{ value: string; at: number }> = []
  let from = 0
  const push = (to: number) => {
    const raw = text.slice(from, to)
    const value = raw.trim()
    if (value) out.push({ value, at: from + raw.indexOf(value) })
  }
  for (const m of text.matchAll(SEPARATOR)) {
    // A comma inside brackets separates the names a kind stands for, not the list's items.
    const before = text.slice(0, m.index)
    if ((before.match(/[(（]/gu)?.length ?? 0) > (before.match(/[)）]/gu)?.length ?? 0)) continue
    push(m.index)
    from = m.index + m[0].length
  }
  push(text.length)
  return out
}

/** Items of a comma list: `A, B, C`. */
const COMMA_ITEM = /[^,，、]+/gu
/** Items of a list of bodies, joined by middle dots or commas: `교육부‧법무부‧법제처`. */
const BODY_ITEM = /[^‧·ㆍ,，、]+/gu

/** The items of a written list, trimmed, each with its offset in the text; empty ones left out. */
function listItems(text: string, item: RegExp): Array<{ value: string; at: number }> {
  const out: Array<{ value: string; at: number }> = []
  for (const m of text.matchAll(item)) {
    const value = m[0].trim()
    if (value) out.push({ value, at: m.index + m[0].indexOf(value) })
  }
  return out
}

/** A bracketed list in a speaking note: `국내외 핀테크 트렌드(삼정KPMG)` → who presents it. */
const PRESENTER_BRACKET = /[(（]((?:[^()（）]|[(（][^()（）]*[)）]){2,80})[)）]/gu
/** Bracket contents that say how or when, not who. */
const NOT_A_PRESENTER = /(?:온라인|오프라인|비대면|대면|가칭|예정|미정|생중계|사전|녹화|영상|\d)/u
/** Words a presenter's body stays within. */
const MAX_PRESENTER_WORDS = 3

/**
 * Who speaks in a session, from the note on a speaking word (`발표*`, `토론**`): people with
 * a post, and bodies in brackets after a topic (`인사말씀(뮌헨리), 주제(A, B)`).
 *
 * @param text The note's text.
 * @param start Offset of the text in the document.
 * @returns Participants, in order; bodies already named with a person are not repeated.
 */
export function presentersIn(text: string, start: number): Participant[] {
  const people = personsIn(text, start)
  const out: Participant[] = [...people]
  for (const m of text.matchAll(PRESENTER_BRACKET)) {
    const inner = m[1]!
    const innerAt = start + m.index + 1
    if (people.some((p) => p.span.start < innerAt + inner.length && p.span.end > innerAt - 1)) continue
    for (const { value: body, at: bodyAt } of listItems(inner, COMMA_ITEM)) {
      const at = innerAt + bodyAt
      if (body.length < 2 || NOT_A_PRESENTER.test(body) || GENERIC.test(body) || CLAUSE.test(`${body} `)) continue
      const words = body.split(/\s+/u)
      // A word that reads as a name and as a body (`서강대`, `금감원`) is a body in a presenters' bracket.
      if (words.length > MAX_PRESENTER_WORDS || (isPersonName(body) && !hasBodyEnding(body)) || isGenericBody(body)) continue
      // `김병칠 금융감독원 부원장보`: a person whose post the post list does not know.
      if (words.length > 1 && (isPersonName(words[0]!) || heldPost(words))) {
        out.push({ name: words[0]!, position: words.at(-1)!, organization: words.length > 2 ? words.slice(1, -1).join(' ') : null, group: null, span: { start: at, end: at + body.length } })
        continue
      }
      out.push({ name: null, position: null, organization: fold(body), group: null, span: { start: at, end: at + body.length } })
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start)
}

/** A particle written onto a post (`이사장을 비롯해`, `교수와`). */
const POST_PARTICLE = /(?:을|를|이|가|은|는|과|와|께서|도)$/u

/** The post a word names, its particle dropped (`이사장을` → `이사장`), or null. */
function postOf(word: string): string | null {
  if (POST_END.test(word)) return word
  const bare = word.replace(POST_PARTICLE, '')
  return bare !== word && POST_END.test(bare) ? bare : null
}

/**
 * A post named by its body alone (`교육부 장관`, `국회 교육위원회 위원장`), as a schedule's
 * remarks give who speaks; null for anything else.
 *
 * @param text A cell's text.
 * @param start Offset of the text in the document.
 */
export function postHolder(text: string, start: number): Participant | null {
  const words = fold(text).split(' ')
  if (words.length < 2 || words.length > 3) return null
  const post = words.at(-1)!
  const bodies = words.slice(0, -1)
  if (!POST_END.test(post) || GENERIC.test(post) || !bodies.every((b) => isBodyName(b) && !isPersonName(b) && !isGenericBody(b))) return null
  const at = text.indexOf(words[0]!)
  return { name: null, position: post, organization: bodies.join(' '), group: null, span: { start: start + at, end: start + at + fold(text).length } }
}

/** Members a group's note lists at least, to be read as a list (`* A, B, C`). */
const MIN_MEMBERS = 3
/** Words a member's name stays within. */
const MAX_MEMBER_WORDS = 4

/**
 * The bodies a note on a group word lists (`해외기관*` → `* Invest KOREA(KOTRA), 서울투자청,
 * …`): every comma-separated part a short name, none a clause or a count; else none.
 *
 * @param text The note's text.
 * @param start Offset of the text in the document.
 */
export function groupMembers(text: string, start: number): Participant[] {
  const items = listItems(text.replace(TRAILING, ''), COMMA_ITEM)
  if (items.length < MIN_MEMBERS) return []
  const out: Participant[] = []
  for (const { value: name, at } of items) {
    const words = name.split(/\s+/u)
    // A count (`핀테크 기업 49개`), a person with a post, a clause or a label: not a list of names.
    const person = isPersonName(words[0]!) || postOf(words.at(-1)!.replace(/\(.*$/u, '')) !== null
    if (name.length < 2 || words.length > MAX_MEMBER_WORDS || /\d|[:：]/u.test(name) || CLAUSE.test(`${name} `) || person || isGenericBody(name) || GENERIC.test(name)) return []
    // `ICT융합(과기부)`: a field with the body in charge in brackets names that body.
    const field = /^[^()]+\(([^()]+)\)$/u.exec(name)
    const body = field && isBodyName(field[1]!) ? field[1]! : name
    const bodyAt = start + at + name.lastIndexOf(body)
    out.push({ name: null, position: null, organization: body, group: null, span: { start: bodyAt, end: bodyAt + body.length } })
  }
  return out
}

/**
 * Bodies a note lists and nothing else (`* 교육부‧법무부‧법제처‧헌법재판연구원`, the note on
 * `관계기관*` in an event's name); a note saying anything more gives none.
 *
 * @param text The note's text.
 * @param start Offset of the text in the document.
 */
export function bodiesListed(text: string, start: number): Participant[] {
  const items = listItems(text, BODY_ITEM)
  if (items.length < 2 || !items.every(({ value }) => /^\S+$/u.test(value) && isBodyName(value) && !isGenericBody(value))) return []
  return items.map(({ value, at }) => ({ name: null, position: null, organization: value, group: null, span: { start: start + at, end: start + at + value.length } }))
}

/** Words a name written in its own script takes in brackets after the Hangul (`(Carlos Victor Boungou)`). */
const MAX_SCRIPT_WORDS = 4
/** Words a body's name may take between a person's name and post. */
const MAX_BODY_WORDS = 2

/** A bracket left open or closed alone, once the paired ones are taken out. */
const UNBALANCED = /[()]/u

/** `보건복지부(장관 권덕철)과 국가임상시험지원재단(이사장 배병준)은`: the bodies, heads dropped. */
const HOST_PART = /([가-힣A-Za-z()·]{2,30}?)(?:\s*\([^()]*\))?\s*(?:(?:과|와)(?=\s)|및|,|\s)\s*/gu

/**
 * The host bodies the lead sentence's subject names (without the heads in brackets).
 *
 * @param subject The words before `은/는` of the lead sentence.
 * @param start Offset of the subject in the document text.
 */
export function hostBodies(subject: string, start: number): Participant[] {
  const out: Participant[] = []
  const cleaned = `${subject} `
  for (const m of cleaned.matchAll(HOST_PART)) {
    const name = stripParticles(m[1]!.trim())
    // A part running over a head's bracket (`최문순)·경기도`) is no name.
    if (!isBodyName(name) || isPersonName(name) || UNBALANCED.test(name.replace(/\([^()]*\)/gu, ''))) continue
    out.push({ name: null, position: null, organization: name, group: null, span: { start: start + m.index, end: start + m.index + name.length } })
  }
  return out
}

/** A post's ending: `부원장보`, `심의관`, `실장`. */
const POST_LIKE = /(?:장|장보|관|차관보|위원|교수|대표|이사)$/u

/**
 * `김병칠 금융감독원 부원장보`: three words, a name's shape, a body, a post; the name is
 * taken on the shape where the dictionary reads it otherwise (`칠` as a verb).
 */
function heldPost(words: string[]): boolean {
  return words.length === 3 && /^[가-힣]{3}$/u.test(words[0]!) && isBodyName(words[1]!) && POST_LIKE.test(words[2]!)
}

/** Where a prose list splits: commas, ` 및 `, ` 와 `, `…을 비롯해`. */
const PROSE_SEPARATOR = /\s*(?:,|，|、|\s및\s|(?<=[가-힣)]\s*)(?:와|과)\s|(?:을|를)\s*비롯(?:해|하여|한)\s)\s*/gu
/** Brackets after a name that say who heads it or how it is called (`(회장 …, 이하 협회)`), not a company's mark. */
const HEAD_BRACKET = /\s*[(（](?![주사재]\s*[)）])[^()（）]*[)）]/gu
/** People of a body after its name: `한국수산회 관계자`, `… 임직원`. */
const BODY_PEOPLE = /\s+(?:관계자|관계관|임직원|임원|직원|대표단?|측)(?:들)?$/u
/** Words opening a sentence before its subject that name no body: time and linking words (`최근`, `한편`, `이날`). */
export const OPENING_WORD = /^\s*(?:최근|이날|이번|올해|금년|오늘|현재|앞서|이어|이후|또한|특히|아울러|이에|한편|그간|그동안|지난해|작년)(?=[,\s])/u
/** Words that name a gathering, not a body (`박람회`, `설명회`). */
const GATHERING = /(?:박람회|설명회|간담회|토론회|대회|전시회|발표회|공청회|회의|행사|기념식|시상식|협약식|포럼|세미나|축제)$/u
/** A number that counts or dates (`50여 명`, `3개`), not one inside a name (`2050탄소중립녹색성장위원회`). */
const COUNT_WORD = /^\d+$|\d\s*(?:여\s*)?(?:개|명|건|곳|일|월|년)/u
/** A company's mark: `(주)`, `㈜`, `주식회사`. */
const COMPANY_MARKED = /^(?:\([주사재]\)|㈜|주식회사\s)\s?\S|\S\s?(?:\([주사재]\)|㈜|\s주식회사)$/u
/** A name led by Latin capitals: `SK하이닉스`, `LG전자`, `KOTRA`. */
const LATIN_LED = /^[A-Z][A-Za-z0-9&]*[가-힣]*$/u
/** Endings of a body's name in prose, where a word's ending is all there is to go by (`부`, `청`, `협회`, `공사` …; not `실`, `과`, `시`, which end many other words). */
const PROSE_BODY_END = /(?:부|청|처|위원회|재단|공사|공단|협회|협의회|연합회|진흥회|회의소|센터|대학교|대학|병원|연구원|연구소|[가-힣]원|본부|사업단|추진단|[가-힣]{2}단|은행|학회|조합|기구|의회|시청|도청|군청|구청|[가-힣A-Za-z]{2}그룹)$/u
/** Words for members or staff that end like a body (`원`): `민간위원`, `현장 조사원`, `회원`, `국회의원`; and `지원` (support). */
const MEMBERS_WORD = /(?:위원|조사원|회원|의원|직원|요원|교원|지원)$/u
/** Words a body's name in prose stays within. */
const MAX_PROSE_BODY_WORDS = 3

/**
 * Bodies a prose clause lists before a word on taking part (`A, B, C 등이 참석한`): read
 * back from its end, every item a body's name (by its ending, the dictionary's proper noun,
 * a company's mark or Latin capitals); people and groups in general are passed over, and
 * the first item that is neither ends the list (only its last words may still be a body).
 * A count closing the list (`A, B, C 등 3개 기관`) makes its last that many items bodies
 * whatever their ending, and a rank after it (`… 등 9개 부처 국장급`) is each body's post.
 *
 * @param clause The words before the verb.
 * @param start Offset of the clause in the document.
 * @param members Whether the clause lists the members of a kind of body (`3개사(A, B, C)`): every item a body.
 * @returns Bodies, in order.
 */
export function proseBodies(clause: string, start: number, members = false): Participant[] {
  // Heads in brackets are blanked first: their commas do not split the list.
  const unheaded = clause.replace(HEAD_BRACKET, (m) => ' '.repeat(m.length))
  // `A, B, C 등 3개 기관 국장급`: the count says how many items before it are bodies, the rank is the post each comes at.
  const tail = GROUP_TAIL.exec(unheaded)
  const counted = members ? Infinity : tail?.[1] ? Number(tail[1]) : 0
  const rank = tail?.[2] ?? null
  const masked = unheaded.replace(GROUP_TAIL, (m) => ' '.repeat(m.length))
  const items: Array<{ value: string; at: number }> = []
  let from = 0
  for (const m of masked.matchAll(PROSE_SEPARATOR)) {
    items.push({ value: masked.slice(from, m.index), at: from })
    from = m.index + m[0].length
  }
  items.push({ value: masked.slice(from), at: from })
  const read = items.reverse().map(({ value, at }) => {
    const bare = fold(value.replace(TRAILING, '').replace(/\*+/gu, '')).replace(BODY_PEOPLE, '')
    const name = stripParticles(bare.replace(TRAILING, ''))
    const skip = name === '' || /[()（）]/u.test(name.replace(/\([^()]*\)/gu, '')) || personsIn(name, 0).length > 0 || GENERIC.test(name) || isGenericBody(name) || HEAD_COUNT.test(name) || /\d+\s*개/u.test(name) || MEMBERS_WORD.test(name)
    // A word with a particle or an ending inside the item (`소비자단체가 한국…`, `관리기관인 …`) ends a clause, not a name.
    const whole = !skip && name.split(' ').length <= MAX_PROSE_BODY_WORDS && !CLAUSE.test(`${name} `) && name.split(' ').slice(0, -1).every(isNounWord)
    return { value, at, name, skip, whole, strict: whole && namesProseBody(name) }
  })
  // Where the list names two bodies beyond doubt, a body's ending or a proper name is evidence enough for the rest (`한국수산회`, `르노코리아`).
  const sure = read.filter((x) => x.strict).length >= 2
  const out: Participant[] = []
  for (const [k, { value, at, name, skip, whole, strict }] of read.entries()) {
    if (skip) continue
    // A member of a kind in brackets that is one common noun is a short form of the kind's own name (`삼성그룹 3개사(전자, 전기)`), no body's name in full.
    const member = k < counted && !(members && isCommonNoun(name))
    const body = strict || (whole && ((sure && (isBodyName(name.split(' ').at(-1)!) || properWord(name))) || member) && !GATHERING.test(name)) ? name : null
    const last = body ?? name.split(' ').at(-1)!
    // A kind's members are read each on its own: one that is no body ends nothing.
    if (!body && !namesProseBody(last)) {
      if (members) continue
      break
    }
    const offset = start + at + value.indexOf(last.split(' ')[0]!)
    for (const part of distribute(last)) out.push({ name: null, position: rank, organization: part, group: null, span: { start: offset, end: offset + last.length } })
    if (!body && !members) break
  }
  return out.reverse()
}

/**
 * Whether one word is a proper name that may be a company's (`르노코리아`, `카카오뱅크`): nouns
 * only, among them a proper noun that names no person nor place, Latin letters or a word the
 * dictionary does not know; not one common noun (`바이오`).
 */
function properWord(word: string): boolean {
  if (/\s/u.test(word) || isCommonNoun(word)) return false
  const tokens = tokenize(word)
  return tokens.every((t) => /^(?:NN[GP]|SL|SN|XSN|XPN)$/u.test(t.pos[0]!)) && tokens.some((t) => t.unknown || t.pos[0] === 'SL' || (t.pos[0] === 'NNP' && t.semanticClass !== '인명' && t.semanticClass !== '지명'))
}

/** Whether the dictionary reads a word as one common noun (`바이오`, `기계`), not a name it does not know (`코트라`). */
function isCommonNoun(word: string): boolean {
  const tokens = tokenize(word)
  return tokens.length === 1 && tokens[0]!.pos[0] === 'NNG' && !tokens[0]!.unknown
}

/** Whether the dictionary reads a word as nouns only (`국립`, `KOTRA`), no particle or ending, not `산하`. */
function isNounWord(word: string): boolean {
  return word !== '산하' && tokenize(word).every((t) => /^(?:NN[GP]|SL|SN|XSN|XPN)$/u.test(t.pos[0]!))
}

/** Whether a name in prose reads as a body's: its ending, a proper noun, a company's mark or Latin capitals. */
function namesProseBody(name: string): boolean {
  const last = name.split(' ').at(-1)!
  // A kind of body alone (`협의회`, `위원회`) names none in particular.
  if (GATHERING.test(last) || COUNT_WORD.test(name) || isGenericBody(name) || PROSE_BODY_END.exec(name)?.[0] === name) return false
  if (COMPANY_MARKED.test(name) || LATIN_LED.test(last)) return true
  if (PROSE_BODY_END.test(last) && !isPersonName(last) && last.length >= 3) return true
  const tokens = tokenize(last)
  return tokens.length === 1 && tokens[0]!.pos[0] === 'NNP' && tokens[0]!.semanticClass === null
}
