/**
 * Throughput work on the morphology (issue 9): the shortcuts keep the analyses as they were.
 * - the lattice's end lists in MeCab's order (later start first, then creation order);
 * - lattice nodes reused from line to line leave nothing behind;
 * - the trie probe that tests for a key's end only at character starts finds what a test at
 *   every byte finds;
 * - the left-space penalty read by posid is the dicrc's;
 * - a dictionary entry's fields, one shape for every entry.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createAnalyzer, loadDictionary } from '../src/morph/index.js'
import { commonPrefixSearch, PREFIX_MATCHES, type CompiledDictionary } from '../src/morph/dictionary.js'
import { buildLattice } from '../src/morph/lattice.js'

const dic = loadDictionary()
const encoder = new TextEncoder()

/** Composed lines: particles after spaces, compounds, Latin, digits, brackets, a four-byte character. */
const LINES = [
  '보건복지부는 오늘 서울 송파구에서 회의를 열었다.',
  '장관 은 AI·CDSS 2024년 사업을 (주)한빛에 맡겼다',
  '국립중앙의료원 원장과 함께 현장을 점검했다 😀 확인',
  '  앞뒤에 공백이 있는 줄  '
]

test('lattice: every end list has later starts first, one start’s nodes in the order they were made (dictionary entries by index, then unknown words)', () => {
  let runs = 0
  for (const line of LINES) {
    const lattice = buildLattice(dic, encoder.encode(line))
    for (const list of lattice.nodes_end_at) {
      if (!list) continue
      for (let i = 1; i < list.length; i++) {
        const [a, b] = [list[i - 1]!, list[i]!]
        assert.ok(a.start_pos >= b.start_pos, `${line}: starts out of order`)
        if (a.start_pos !== b.start_pos) continue
        runs++
        assert.ok(a.type === b.type ? a.name < b.name : a.type === 'KNOWN', `${line}: one start's nodes out of order`)
      }
      if (new Set(list.map((n) => n.start_pos)).size > 1) runs++
    }
  }
  assert.ok(runs > 100)
})

test('lattice: nodes reused from line to line give each line the analysis it has alone', () => {
  const alone = LINES.map((line) => createAnalyzer({ stock: true }).mecabLines(line))
  const shared = createAnalyzer({ stock: true })
  // A long line first (more nodes than the pool keeps: the rest made afresh), then short ones, then again.
  const long = LINES.join(' ').repeat(100)
  const longAlone = createAnalyzer({ stock: true }).mecabLines(long)
  for (let round = 0; round < 2; round++) {
    assert.deepEqual(shared.mecabLines(long), longAlone)
    LINES.forEach((line, i) => assert.deepEqual(shared.mecabLines(line), alone[i]))
  }
})

/** The probe as it was: a key's end tested at every byte. */
function probeEveryByte(d: CompiledDictionary, bytes: Uint8Array, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = []
  let b = d.base[0]!
  for (let i = start; i < end; i++) {
    const n = d.base[b * 2]!
    if (d.check[b * 2 + 1] === b && n < 0) out.push([i - start, -n - 1])
    const p = b + bytes[i]! + 1
    if (p >= d.units || d.check[p * 2 + 1] !== b) return out
    b = d.base[p * 2]!
  }
  const n = d.base[b * 2]!
  if (d.check[b * 2 + 1] === b && n < 0) out.push([end - start, -n - 1])
  return out
}

test('trie probe: testing for a key only where a character starts finds every key a test at each byte finds', () => {
  const lengths = new Int32Array(PREFIX_MATCHES)
  const values = new Int32Array(PREFIX_MATCHES)
  let keys = 0
  for (const line of LINES) {
    const bytes = encoder.encode(line)
    for (let start = 0; start < bytes.length; start++) {
      if ((bytes[start]! & 0xc0) === 0x80) continue
      const end = Math.min(bytes.length, start + 68)
      const found = commonPrefixSearch(dic.system, bytes, start, end, lengths, values)
      const ours = Array.from({ length: found }, (_, m): [number, number] => [lengths[m]!, values[m]!])
      assert.deepEqual(ours, probeEveryByte(dic.system, bytes, start, end))
      keys += found
    }
  }
  assert.ok(keys > 50, `only ${keys} keys: the lines should hit the dictionary`)
})

test('left-space penalty: read by posid, the dicrc’s values, none elsewhere', () => {
  assert.ok(dic.leftSpacePenalty.size > 0)
  for (const [posid, penalty] of dic.leftSpacePenalty) assert.equal(dic.leftSpacePenaltyByPos[posid], penalty)
  for (let posid = 0; posid < dic.leftSpacePenaltyByPos.length; posid++) {
    if (!dic.leftSpacePenalty.has(posid)) assert.equal(dic.leftSpacePenaltyByPos[posid], 0)
  }
  // Each node a space stands before costs its posid's penalty more than in stock MeCab, the others the same.
  const bytes = encoder.encode('회의 를 열었고 정부 는 서울 에서 발표 했다')
  // Read at once: a lattice's nodes are reused by the next one.
  const nodes = (stock: boolean) =>
    buildLattice(dic, bytes, { stock })
      .nodes_end_at.flatMap((list) => list ?? [])
      .filter((n) => n.type === 'KNOWN')
      .map((n) => ({ name: n.name, start_pos: n.start_pos, cost: n.cost }))
  const penalised = nodes(false)
  const plain = nodes(true)
  assert.equal(penalised.length, plain.length)
  let raised = 0
  penalised.forEach((n, i) => {
    const posid = dic.system.tokens[n.name * 8 + 2]!
    const afterSpace = bytes[n.start_pos - 1] === 0x20
    const extra = afterSpace ? (dic.leftSpacePenalty.get(posid) ?? 0) : 0
    assert.equal(n.cost, plain[i]!.cost + extra)
    if (extra > 0) raised++
  })
  assert.ok(raised > 0, 'no particle after a space was penalised')
})

test('tokens: every entry’s fields in one order, known and unknown words alike', () => {
  const tokens = createAnalyzer().tokenize(LINES.join('\n'))
  assert.ok(tokens.some((t) => t.unknown) && tokens.some((t) => !t.unknown))
  const keys = Object.keys(tokens[0]!).join()
  for (const t of tokens) assert.equal(Object.keys(t).join(), keys)
  assert.equal(keys, 'surface,start,end,pos,semanticClass,jongseong,reading,type,firstPos,lastPos,expression,feature,unknown')
})
