import type { Token, TokenFeatures } from '../../morph/index.js'
import { readableAs, tokenize } from '../morphemes.js'

/**
 * Korean person names: common surnames (성씨), and word endings that mark a body rather
 * than a person. Domain knowledge, not taken from any sample.
 */
const SURNAMES =
  '김이박최정강조윤장임한오서신권황안송류유홍전고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부'
const TWO_SYLLABLE_SURNAMES = ['황보', '남궁', '제갈', '선우', '독고', '사공', '서문']

/** Common words that begin with a surname syllable and are not names. */
const NOT_NAMES = new Set(
  ('정부 전국 주요 우리 지역 공공 성과 이번 이날 지난 올해 사업 부처 국민 기업 시장 장관 관계 한국 현장 기관 조사 최근 최초 ' +
    '강화 조성 안전 진행 신규 방문 고용 문화 양성 유관 유치 노동 전문 전체 전년 차관 민간 지원 오늘 정책 경제 이후 이전 ' +
    '이상 이하 이어 이와 이를 이에 이는 김치 박람회 공유 공개 공동 공모 전문 전환 정보 정상 조정 지정 지원 성장 성공  한편 특히 또한 아울러 각각 모두 모든 주관 주최 공동 함께 하반기 상반기 ' +
    '국장 과장 원장 위원 대표 총장 회장 소장 단장 실장 청장 처장 교수 박사 선생 학생 교사 여러 금년 내년 작년 전년도 ' +
    '유엔 유럽 중국 미국 일본 독일 영국 서울 부산 인천 대구 광주 대전 울산 세종 경기 강원 충북 충남 전북 전남 경북 경남 제주').split(' ')
)

/** Words that end like a body's name but name none in particular. */
const GENERIC_BODIES = new Set(['정부', '민간', '관계부처', '관계기관', '중앙부처', '유관기관', '지자체', '기관', '학교', '대학', '기업', '업계', '학계', '각 부처', '전국', '국제기구', '협동조합', '군부대', '학원'])
/** Kinds of body a determiner makes general (`관련 협회`, `각 단체`), which alone may end a name (`유럽 가이아엑스 협회`). */
const KIND_WORDS = new Set(['협회', '단체', '업체', '업체들', '분야', '협단체'])
/** A determiner before a kind of body: `우리 정부`, `각 지자체`, `해당 기관`, `관련 협회`, `업종별 단체`. */
const DETERMINER = /^(?:우리|각|해당|관계|전국|관련|유관|업종별|주요)\s+/u

/**
 * Whether a name stands for bodies in general (`관계부처`, `지자체`), not one body.
 */
export function isGenericBody(name: string): boolean {
  if (GENERIC_BODIES.has(name.replace(/\s+/gu, '')) || COUNTED_BODIES.test(name) || KIND_WORD_LAST.test(name)) return true
  if (DETERMINER.test(name) && (GENERIC_BODIES.has(name.replace(DETERMINER, '')) || KIND_WORDS.has(name.replace(DETERMINER, '')))) return true
  // `핀테크 기업·금융회사·금융유관기관`: every part ends in a kind of body, none is named.
  return name.split(/[·ㆍ]/u).every((part) => GENERIC_HEAD.test(part.trim()))
}

/** A kind of body written as its own last word: `관내 돌봄·의료 기관`, `지역 업체`. */
const KIND_WORD_LAST = /\s(?:기관|기업|단체|업체|기관들|기업들)$/u
/** A group counted, not named: `핀테크 기업(65개사)`, `18개 기관`. */
const COUNTED_BODIES = /\d+\s*개\s*(?:사|기관|기업|팀|교|대학)/u
/** Heads of a group's name that are a kind of body: `해외기관`, `국내 투자자`, `중소기업`. */
const GENERIC_HEAD = /(?:^|\s|해외|국내|유관|관계|관련|금융|전문|투자|중소|벤처|창업|연구|공공|민간|공급|수요)(?:기업|기관|투자자|투자기관|금융회사|회사|청소년|현직자)$/u

/** A body's name ending: 부, 청, 처, 위원회, 재단, 대학교 … */
const BODY_ENDING = /(?:부|청|처|위원회|재단|대학교|대학|[가-힣]{2}대|협회|공사|공단|센터|연구원|진흥원|교육원|본부|사업단|추진단|병원|학교|회|원|단|소|실|국|과|팀|시|도|군|구)$/u

/**
 * Whether a word reads as a person's name (surname + given name, 2 to 4 syllables; a
 * masked `홍OO` too).
 *
 * @param word One word.
 */
export function isPersonName(word: string): boolean {
  if (/^[가-힣][O○◯*]{1,2}$/u.test(word)) return true
  if (!/^[가-힣]{2,4}$/u.test(word) || NOT_NAMES.has(word) || POST_WORD.test(word)) return false
  if (word.length >= 3 && PARTICLE_END.test(word)) return false
  const twoSyllableSurname = TWO_SYLLABLE_SURNAMES.some((s) => word.startsWith(s))
  if (!twoSyllableSurname && !SURNAMES.includes(word[0]!)) return false
  if (word.length === 4 && !twoSyllableSurname) return false
  if (word.length >= 3 && BODY_ENDING.test(word) && (!/^[가-힣]{3}$/u.test(word) || PLACE_ENDING.test(word))) return dictionarySaysPerson(word)
  return dictionaryAllowsName(word)
}

const PLACE_ENDING = /(?:군|구|시|청|처)$/u
/** Post words (직위) that end a person's title, as a regular expression's alternation (`부총리|총리|장관|…`). */
export const POSTS = '부총리|총리|장관|차관보|차관|실장|청장|처장|원장|위원장|본부장|국장|과장|센터장|단장|회장|부회장|대표|대표이사|총장|이사장|교수|박사|시장|도지사|지사|군수|구청장|교육감|의원|차장|대변인|이사|소장|관장|사장|부장|팀장|대통령|비서관|수석|조정관|정책관|기획관|협력관|담당관|심의관|보좌관|직무대행|권한대행|학장|씨|어린이|학생'
/** Posts and titles, and their deputies (`부사장`, `부교수`), which are never names. */
const POST_WORD = /^(?:부?(?:총리|장관|차관|실장|청장|처장|원장|위원장|본부장|국장|과장|센터장|단장|회장|대표|총장|이사장|교수|박사|시장|도지사|지사|군수|구청장|교육감|의원|차장|대변인|이사|소장|관장|사장|부장|팀장|주무관|사무관|서기관|연구관|연구사|장학관|장학사|수석|비서관|위원|학장|교사|기자)|전무|상무)$/u
/** A particle written onto a word (`전국의`, `정부를`). */
const PARTICLE_END = /(?:의|을|를|에|께|과|와)$/u

/**
 * A verdict of the dictionary on a word, worked out once per word (the same names recur
 * across a batch). Where every morpheme must be of one kind (`each`), a word the dictionary
 * cannot read wholly as that kind is judged without analysing it.
 */
function remembered(cache: Map<string, boolean>, word: string, judge: (tokens: Token[]) => boolean, each?: (features: TokenFeatures) => boolean): boolean {
  const known = cache.get(word)
  if (known !== undefined) return known
  const verdict = (each === undefined || readableAs(word, each)) && judge(tokenize(word))
  cache.set(word, verdict)
  return verdict
}

const personVerdicts = new Map<string, boolean>()

/** Whether the dictionary reads the whole word as a person's name (NNP 인명): `남상구`, not `신안군`. */
function dictionarySaysPerson(word: string): boolean {
  return remembered(personVerdicts, word, (tokens) => tokens.length === 1 && isPersonReading(tokens[0]!), isPersonReading)
}

/** A person's name by the dictionary's reading (NNP 인명). */
function isPersonReading(t: TokenFeatures): boolean {
  return t.pos[0] === 'NNP' && t.semanticClass === '인명'
}

/**
 * Whether a word is a person's name the dictionary knows as one (NNP 인명 for the whole word):
 * `김기웅`, not `위쿡` (위 + 쿡) nor `노동연`. Stricter than `isPersonName`.
 */
export function isKnownPersonName(word: string): boolean {
  return isPersonName(word) && dictionarySaysPerson(word)
}

const nameVerdicts = new Map<string, boolean>()

/**
 * Ask the dictionary: a word it reads as one common noun, verb or other non-name is not a
 * name; a proper noun (인명 or unknown to it) may be.
 */
function dictionaryAllowsName(word: string): boolean {
  return remembered(nameVerdicts, word, (tokens) => {
    const single = tokens.length === 1 ? tokens[0]! : null
    const inflected = tokens.some((t) => t.pos.some((p) => /^(?:V|E|J|XS)/u.test(p)))
    // Common nouns only, and not a one-syllable surname first (`예산`+`실`, unlike `박`+`희정`).
    const commonOnly = tokens.length > 1 && tokens[0]!.surface.length >= 2 && tokens.every((t) => !t.unknown && /^(?:NNG|NNB)$/u.test(t.pos[0]!))
    // A compound the dictionary builds from common nouns, the first of two syllables or more, is a word (`유공`+`자`).
    const commonCompound = single?.type === 'Compound' && single.expression.length > 1 && single.expression.every((e) => /^NN[GB]$/u.test(e.pos)) && (single.expression[0]?.surface.length ?? 0) >= 2
    const properNotPerson = single?.pos[0] === 'NNP' && single.semanticClass !== null && single.semanticClass !== '인명'
    return !inflected && !commonOnly && !commonCompound && !properNotPerson && (!single || single.unknown || single.pos[0] === 'NNP' || single.type === 'Compound')
  })
}

const shapeVerdicts = new Map<string, boolean>()

/**
 * Whether a word has a Korean name's shape where the dictionary knows no word in it: a
 * surname and two syllables it reads only as single syllables (`윤한홍` → 윤/한/홍), or as
 * a name. Evidence enough next to a post (`윤한홍 국회 정무위원회 위원장`), not alone.
 */
export function hasNameShape(word: string): boolean {
  if (!/^[가-힣]{3}$/u.test(word) || !SURNAMES.includes(word[0]!) || NOT_NAMES.has(word) || POST_WORD.test(word)) return false
  // No sentence ending in it (`하였다` → 하/였/다 is a verb).
  return remembered(shapeVerdicts, word, (tokens) => tokens.every((t) => (t.surface.length === 1 && !t.pos.some((p) => /^E[PF]$/u.test(p))) || t.semanticClass === '인명'))
}

const foreignVerdicts = new Map<string, boolean>()

/**
 * Whether words are a foreign name written in Hangul (`마츠우라 코이치로`, `카를로스 빅토르
 * 분구`): the dictionary reads them together wholly as person names (NNP 인명), none a post,
 * not Korean names in a row.
 */
export function isForeignName(words: string[]): boolean {
  if (!words.every((w) => /^[가-힣]{2,6}$/u.test(w) && !POST_WORD.test(w) && !NOT_NAMES.has(w)) || words.every((w) => isPersonName(w))) return false
  return remembered(foreignVerdicts, words.join(' '), (tokens) => tokens.every(isPersonReading), isPersonReading)
}

/**
 * Whether Hangul words may transcribe a foreign name spelled out beside them (`비다르 헬게센`):
 * each two to six syllables, none a post or a common word of the list, and the first not
 * ending, as the morphology reads it, in a particle or an ending (not `측에서는`, `장관은`);
 * the morphology's readings inside a transcription (`고르`+`니`) are no evidence.
 */
export function isTranscribedName(words: string[]): boolean {
  if (!words.every((w) => /^[가-힣]{1,6}$/u.test(w) && !POST_WORD.test(w) && !NOT_NAMES.has(w))) return false
  const last = tokenize(words[0]!).at(-1)
  return last !== undefined && !last.pos.some((p) => /^(?:J|E)/u.test(p))
}

/**
 * Whether a word ends like a body's name (`서강대`, `금감원`), whether or not it also reads
 * as a person's name.
 */
export function hasBodyEnding(word: string): boolean {
  return word.length >= 2 && BODY_ENDING.test(word.replace(/[()（）]/gu, ''))
}

/**
 * Whether a word reads as a body's name: a body's ending (`부`, `원`, `대학교` …), not a
 * person's name, not a body in general.
 */
export function isBodyName(word: string): boolean {
  if (GENERIC_BODIES.has(word)) return false
  return hasBodyEnding(word) && !isPersonName(word)
}

/**
 * Whether a word is shaped like a person's name by its letters alone (a common surname
 * first, two to four syllables, not a common word or a post), whatever the dictionary reads
 * in it: `장갑열` (장갑 + 열) where a post follows it. Looser than `hasNameShape`, which also
 * asks the dictionary to know no word in it; callers add their own dictionary check.
 */
export function isSurnameShaped(word: string): boolean {
  if (!/^[가-힣]{2,4}$/u.test(word) || NOT_NAMES.has(word) || POST_WORD.test(word)) return false
  const twoSyllableSurname = TWO_SYLLABLE_SURNAMES.some((s) => word.startsWith(s))
  return (twoSyllableSurname || (SURNAMES.includes(word[0]!) && word.length <= 3)) && !PARTICLE_END.test(word)
}
