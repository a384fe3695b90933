/**
 * Named entities (개체): persons (NNP 인명 that read as a name, written as a word of its own),
 * places (NNP 지명), and
 * organizations: the central government bodies, companies written `(주)…`, and runs of
 * adjacent nouns that end with an organization word (`서울아산병원`, `한국보건산업진흥원`).
 */
import type { Root } from '../parse/tree.js'
import type { VFile } from 'vfile'
import type { Token } from '../morph/index.js'
import { draft } from './context.js'
import { nouns } from './morphemes.js'
import { CENTRAL_BODY_GLOBAL } from './gazetteer/government.js'
import { isPersonName } from './gazetteer/persons.js'

type Mention = { text: string; span: { start: number; end: number } }

const ORGANIZATION_END =
  /(?:부|청|처|위원회|재단|공사|공단|협회|협의회|센터|대학교|대학|병원|연구원|연구소|진흥원|정보원|평가원|교육원|개발원|본부|사업단|추진단|은행|학회|조합|연합회|공사|기구|원)$/u
const COMPANY = /\((?:주|재|사)\)\s?[가-힣A-Za-z0-9]+|[가-힣A-Za-z0-9]+\(주\)/gu
/** What may follow a name in its word: nothing, a particle, `씨`/`님`. */
const NAME_WORD_REST = /^(?:은|는|이|가|을|를|의|과|와|도|에게|께서|씨|님)?(?![가-힣A-Za-z0-9])/u
/** A letter of a word (a name read inside a longer word, `해양수산부`'s `양수산`, is no name). */
const LETTER = /[가-힣A-Za-z0-9]/u

/**
 * unified plugin: fill `entities`.
 */
export function entities() {
  return (_tree: Root, file: VFile) => {
    const record = draft(file)
    const tokens = nouns(file)
    const persons: Mention[] = []
    const places: Mention[] = []
    const organizations: Mention[] = []
    const add = (list: Mention[], text: string, start: number) => {
      if (!list.some((m) => m.span.start < start + text.length && m.span.end > start)) list.push({ text, span: { start, end: start + text.length } })
    }
    for (const m of record.text.matchAll(CENTRAL_BODY_GLOBAL)) add(organizations, m[0], m.index)
    for (const m of record.text.matchAll(COMPANY)) add(organizations, m[0], m.index)
    for (const run of nounRuns(tokens)) {
      const text = record.text.slice(run[0]!.start, run.at(-1)!.end)
      if (run.length > 1 && ORGANIZATION_END.test(text) && run.some((t) => t.pos[0] === 'NNP')) add(organizations, text, run[0]!.start)
    }
    for (const t of tokens) {
      if (t.pos.length !== 1 || t.pos[0] !== 'NNP') continue
      if (t.semanticClass === '인명' && isPersonName(t.surface) && ownWord(record.text, t)) add(persons, t.surface, t.start)
      else if (t.semanticClass === '지명') add(places, t.surface, t.start)
    }
    const byStart = (a: Mention, b: Mention) => a.span.start - b.span.start
    record.entities = { persons: persons.sort(byStart), organizations: organizations.sort(byStart), places: places.sort(byStart) }
  }
}

/** Whether a token is a word of its own: no letter before it, at most a particle or `씨`/`님` after it. */
function ownWord(text: string, t: Token): boolean {
  return !LETTER.test(text[t.start - 1] ?? ' ') && NAME_WORD_REST.test(text.slice(t.end, t.end + 3))
}

/** Runs of nouns written together (no space or other morpheme between them), from `nouns(file)`. */
function nounRuns(tokens: Token[]): Token[][] {
  const runs: Token[][] = []
  let run: Token[] = []
  for (const t of tokens) {
    if (run.length > 0 && run.at(-1)!.end === t.start) run.push(t)
    else {
      if (run.length > 0) runs.push(run)
      run = [t]
    }
  }
  if (run.length > 0) runs.push(run)
  return runs
}
