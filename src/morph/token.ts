/**
 * A morpheme (형태소) as bodo hands it on: surface, offsets into the input, and the eight
 * feature columns of mecab-ko-dic.
 */

/** One morpheme. */
export interface Token {
  surface: string
  /** Offsets (UTF-16) of the surface in the analysed text. */
  start: number
  end: number
  /** Part-of-speech tags, split on `+` (`VV+EC` → [VV, EC]). */
  pos: string[]
  /** Semantic class: 인명, 지명, … or null. */
  semanticClass: string | null
  /** Final consonant (종성): true (T), false (F) or null. */
  jongseong: boolean | null
  reading: string | null
  /** Inflect, Compound, Preanalysis or null. */
  type: string | null
  firstPos: string | null
  lastPos: string | null
  /** Expression parts (`하/XSV/*+았/EP/*`). */
  expression: Array<{ surface: string; pos: string }>
  /** The feature string as the dictionary writes it. */
  feature: string
  unknown: boolean
}

/** The fields of a token that come from its dictionary entry. */
export type TokenFeatures = Omit<Token, 'surface' | 'start' | 'end' | 'unknown'>

const NONE = '*'

/**
 * Read a feature string into the token's fields.
 *
 * @param feature `NNP,지명,T,서울,*,*,*,*`.
 */
export function readFeature(feature: string): Pick<Token, 'pos' | 'semanticClass' | 'jongseong' | 'reading' | 'type' | 'firstPos' | 'lastPos' | 'expression'> {
  // The surface `,` has features too; columns never contain commas otherwise.
  const c = feature.split(',')
  const value = (i: number) => (c[i] === undefined || c[i] === NONE ? null : c[i]!)
  const expression = value(7)
    ? value(7)!
        .split('+')
        .map((part) => {
          const [surface, pos] = part.split('/')
          return { surface: surface ?? '', pos: pos ?? '' }
        })
    : []
  return {
    pos: (c[0] ?? '').split('+'),
    semanticClass: value(1),
    jongseong: c[2] === 'T' ? true : c[2] === 'F' ? false : null,
    reading: value(3),
    type: value(4),
    firstPos: value(5),
    lastPos: value(6),
    expression
  }
}
