/** Types of query.js (shared by the indexer and the search page). */
export declare const WORD: RegExp
export declare const HANGUL: RegExp
export declare const CANDIDATES: number
export declare const FIXED: string
export declare function normalize(text: string): string
export declare function hash(term: string): number
export interface Reading {
  term: string
  keep: string
  n: number
}
export declare function readings(w: string, rules: Array<[string, string, number]>): Reading[]
