/**
 * Damaged and hostile inputs, made from real releases with a fixed seed: the same seed gives
 * the same bytes. Damage: truncation, flipped bytes, inserted junk, deleted, zeroed or
 * repeated blocks, an HWPX section damaged inside an intact zip. Hostile: zip bombs (by
 * ratio, by size, by entry count), XML entity expansion, nesting thousands deep, a million
 * tiny lines, a single huge line, random bytes behind each format's signature, names with
 * `..`.
 */
import { unzipSync, zipSync, strToU8 } from 'fflate'
import { concat } from '../src/read/zip.js'

/** One generated input. */
export interface FuzzInput {
  /** File name (unique within a run). */
  name: string
  /** What was done to it (`flip`, `hwpx-section-junk`, `zip-bomb-ratio`, …). */
  kind: string
  group: 'intact' | 'damaged' | 'hostile'
  /** The source release's file name, for damaged and intact inputs. */
  source?: string
  bytes: Uint8Array
  /** Where the damage is in the source's bytes (`[start, end)` ranges) and what share of them it touched. */
  damage?: { ranges: Array<[number, number]>; share: number }
}

/** A source release. */
export interface FuzzSource {
  name: string
  bytes: Uint8Array
}

/** A seeded pseudo-random generator (mulberry32): numbers in [0, 1). */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Rand = () => number
const int = (rand: Rand, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1))
const TEXT = /\.(txt|md|markdown|html?|json)$/iu
const SECTION0 = 'Contents/section0.xml'

/** Damage operations on bytes; each says where it struck. */
export const damage = {
  flip(bytes: Uint8Array, rand: Rand, count: number) {
    const out = bytes.slice()
    const sites = new Set<number>()
    while (sites.size < Math.min(count, bytes.length)) sites.add(int(rand, 0, bytes.length - 1))
    for (const i of sites) out[i]! ^= int(rand, 1, 255)
    return { bytes: out, ranges: [...sites].sort((a, b) => a - b).map((i): [number, number] => [i, i + 1]) }
  },
  zero(bytes: Uint8Array, rand: Rand, length: number) {
    const out = bytes.slice()
    const at = int(rand, 0, Math.max(0, bytes.length - length))
    out.fill(0, at, at + length)
    return { bytes: out, ranges: [[at, Math.min(bytes.length, at + length)]] as Array<[number, number]> }
  },
  junk(bytes: Uint8Array, rand: Rand, length: number) {
    const at = int(rand, 0, bytes.length)
    const junk = Uint8Array.from({ length }, () => int(rand, 0, 255))
    return { bytes: joined(bytes.subarray(0, at), junk, bytes.subarray(at)), ranges: [[at, at + length]] as Array<[number, number]> }
  },
  truncate(bytes: Uint8Array, rand: Rand) {
    const at = Math.floor(bytes.length * (0.3 + 0.6 * rand()))
    return { bytes: bytes.slice(0, at), ranges: [[at, bytes.length]] as Array<[number, number]> }
  },
  delete(bytes: Uint8Array, rand: Rand, length: number) {
    const at = int(rand, 0, Math.max(0, bytes.length - length))
    return { bytes: joined(bytes.subarray(0, at), bytes.subarray(at + length)), ranges: [[at, Math.min(bytes.length, at + length)]] as Array<[number, number]> }
  },
  repeat(bytes: Uint8Array, rand: Rand, length: number) {
    const at = int(rand, 0, Math.max(0, bytes.length - length))
    const block = bytes.subarray(at, at + length)
    return { bytes: joined(bytes.subarray(0, at + length), block, block, bytes.subarray(at + length)), ranges: [[at, at + length]] as Array<[number, number]> }
  }
} as const

/**
 * Damaged versions of each source (and the source itself, intact, to compare with).
 *
 * @param sources The releases.
 * @param seed The seed.
 */
export function damagedInputs(sources: FuzzSource[], seed: number): FuzzInput[] {
  const rand = random(seed)
  const out: FuzzInput[] = []
  for (const source of sources) {
    const base = source.name.replace(/\.[^.]+$/u, '')
    const ext = source.name.slice(base.length)
    const add = (kind: string, made: Made) => out.push({ name: `${base}.${kind}-${out.length}${ext}`, kind, group: 'damaged', source: source.name, bytes: made.bytes, damage: { ranges: made.ranges, share: share(made, source.bytes) } })
    out.push({ name: source.name, kind: 'intact', group: 'intact', source: source.name, bytes: source.bytes })
    const b = source.bytes
    if (TEXT.test(source.name)) {
      for (const count of [1, 3, 8, int(rand, 1, 50), int(rand, 1, 50)]) add('flip', damage.flip(b, rand, count))
      add('zero', damage.zero(b, rand, int(rand, 16, 512)))
      add('junk', damage.junk(b, rand, 4096))
      add('junk-small', damage.junk(b, rand, int(rand, 64, 512)))
      add('truncate', damage.truncate(b, rand))
      add('delete', damage.delete(b, rand, int(rand, 64, 1024)))
      add('repeat', damage.repeat(b, rand, int(rand, 64, 1024)))
    } else if (/\.hwpx$/iu.test(source.name)) {
      const files = unzipSync(b)
      const section = files[SECTION0]
      if (section) {
        const ops: Array<[string, (s: Uint8Array) => Made]> = [
          ['flip', (s) => damage.flip(s, rand, int(rand, 1, 20))],
          ['flip', (s) => damage.flip(s, rand, int(rand, 20, 200))],
          ['zero', (s) => damage.zero(s, rand, int(rand, 16, 512))],
          ['junk', (s) => damage.junk(s, rand, 4096)],
          ['truncate', (s) => damage.truncate(s, rand)],
          ['delete', (s) => damage.delete(s, rand, int(rand, 64, 4096))],
          ['repeat', (s) => damage.repeat(s, rand, int(rand, 64, 4096))],
          ['tags', (s) => breakTags(s, rand, int(rand, 1, 10))]
        ]
        for (const [kind, op] of ops) {
          for (let k = 0; k < (kind === 'flip' ? 1 : kind === 'tags' ? 2 : 1); k++) {
            const made = op(section)
            out.push({
              name: `${base}.hwpx-section-${kind}-${out.length}${ext}`,
              kind: `hwpx-section-${kind}`,
              group: 'damaged',
              source: source.name,
              bytes: zipSync({ ...files, [SECTION0]: made.bytes }, { level: 6 }),
              damage: { ranges: made.ranges, share: share(made, section) }
            })
          }
        }
      }
      for (let k = 0; k < 4; k++) add('truncate', damage.truncate(b, rand))
      add('flip', damage.flip(b, rand, int(rand, 1, 20)))
      add('zero', damage.zero(b, rand, int(rand, 16, 512)))
    } else {
      for (let k = 0; k < 3; k++) add('truncate', damage.truncate(b, rand))
      for (const count of [1, int(rand, 2, 50), int(rand, 50, 500)]) add('flip', damage.flip(b, rand, count))
      add('zero', damage.zero(b, rand, int(rand, 512, 8192)))
      add('delete', damage.delete(b, rand, int(rand, 512, 8192)))
      add('junk', damage.junk(b, rand, 4096))
    }
  }
  return out
}

/** Break tags of an XML part: a `<` or `>` or a name character replaced. */
function breakTags(xml: Uint8Array, rand: Rand, count: number): Made {
  const out = xml.slice()
  const ranges: Array<[number, number]> = []
  for (let k = 0; k < count; k++) {
    const at = xml.indexOf(0x3c, int(rand, 0, xml.length - 1))
    if (at < 0) continue
    const site = at + int(rand, 0, 3)
    out[site] = [0x20, 0x3e, 0x3c, 0x22, 0x26][int(rand, 0, 4)]!
    ranges.push([site, site + 1])
  }
  return { bytes: out, ranges }
}

/**
 * Hostile inputs: built to exhaust memory or time, or to escape the output folder.
 *
 * @param seed The seed.
 * @param sample A release to hide a bomb beside (its HWPX entries).
 * @param scale 1, or less for quicker inputs of the same kinds (each still past its cap).
 */
export function hostileInputs(seed: number, sample?: Uint8Array, scale = 1): FuzzInput[] {
  const rand = random(seed)
  const n = (count: number, floor: number) => Math.max(floor, Math.round(count * scale))
  const out: FuzzInput[] = []
  const add = (name: string, kind: string, bytes: Uint8Array) => out.push({ name, kind, group: 'hostile', bytes })
  const mimetype = strToU8('application/hwp+zip')
  const base = sample ? unzipSync(sample) : { mimetype }
  add('bomb-ratio.hwpx', 'zip-bomb-ratio', zipSync({ ...base, [SECTION0]: new Uint8Array(n(96, 4) * 1024 * 1024) }, { level: 9 }))
  add('bomb-size.hwpx', 'zip-bomb-size', storedZip({ mimetype, [SECTION0]: { deflated: fixedHuffmanBomb(n(2048, 24) * 1024 * 1024) } }))
  const many: Record<string, Uint8Array> = { mimetype }
  const zeros = new Uint8Array(1024 * 1024)
  for (let i = 0; i < n(200, 60); i++) many[`Contents/section${i}.xml`] = zeros
  add('bomb-entries.hwpx', 'zip-bomb-entries', zipSync(many, { level: 9 }))
  const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]><hs:sec xmlns:hs="x" xmlns:hp="y"><hp:p><hp:run><hp:t>&lol9;</hp:t></hp:run></hp:p></hs:sec>`
  add('entities.hwpx', 'xml-entities', zipSync({ mimetype, [SECTION0]: strToU8(laughs) }))
  const deep = 8_000
  const nested = `<hs:sec xmlns:hs="x" xmlns:hp="y"><hp:p><hp:run><hp:t>보도자료 제목입니다</hp:t></hp:run></hp:p>${'<hp:p><hp:run><hp:tbl><hp:tr><hp:tc><hp:subList>'.repeat(deep)}${'</hp:subList></hp:tc></hp:tr></hp:tbl></hp:run></hp:p>'.repeat(deep)}</hs:sec>`
  add('nested-xml.hwpx', 'nesting-xml', zipSync({ mimetype, [SECTION0]: strToU8(nested) }))
  add('unclosed.hwpx', 'nesting-unclosed-xml', zipSync({ mimetype, [SECTION0]: strToU8(`<hs:sec>${'<hp:p><hp:run><hp:t>가'.repeat(40_000)}`) }))
  add('nested-html.html', 'nesting-html', strToU8(`<!doctype html><html><body><h1>보도자료 제목</h1>${'<div>'.repeat(50_000)}본문${'</div>'.repeat(50_000)}</body></html>`))
  add('nested-md.md', 'nesting-markdown', strToU8(`# 보도자료 제목\n\n${'>'.repeat(50_000)} 인용\n${Array.from({ length: 5000 }, (_, i) => `${'  '.repeat(i)}- 목록`).join('\n')}\n`))
  add('nested-json.json', 'nesting-json', strToU8(`{"title":"보도자료 제목","body":${'['.repeat(100_000)}${']'.repeat(100_000)}}`))
  add('million-lines.txt', 'million-lines', strToU8('보도자료 제목입니다\n' + 'ㄱ\n'.repeat(n(1_000_000, 60_000))))
  add('million-short-lines.md', 'million-lines', strToU8('# 제목\n' + '- 가\n'.repeat(n(1_000_000, 60_000))))
  add('huge-line.txt', 'huge-line', strToU8('보도자료 '.repeat(Math.round((n(50, 9) * 1024 * 1024) / 13))))
  add('long-line.txt', 'long-line', strToU8(`보도자료 제목입니다\n${'가나다라마바사 아자차카 타파하. '.repeat(n(80_000, 2_000))}\n`))
  const noise = (n: number) => Uint8Array.from({ length: n }, () => int(rand, 0, 255))
  const signatures: Array<[string, number[] | string]> = [
    ['hwpx', [0x50, 0x4b, 0x03, 0x04]],
    ['hwp', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
    ['pdf', '%PDF-1.7\n'],
    ['html', '<!doctype html><html>'],
    ['md', '---\ntitle: 제목\n---\n'],
    ['json', '{"title": "'],
    ['txt', '보도자료\n']
  ]
  for (const [ext, sig] of signatures) {
    for (let k = 0; k < 3; k++) add(`random-${ext}-${k}.${ext}`, 'random-signature', joined(typeof sig === 'string' ? strToU8(sig) : Uint8Array.from(sig), noise(int(rand, 100, n(200_000, 2_000)))))
  }
  add('..hidden.md', 'name-dots', strToU8('# 보도자료 제목입니다\n\n본문입니다.\n'))
  add('....txt', 'name-dots', strToU8('보도자료 제목입니다\n\n본문입니다.\n'))
  add('..md', 'name-dots', strToU8('보도자료 제목입니다\n'))
  return out
}

/** A deflate stream (one fixed-Huffman block) that inflates to `size` zero bytes, at ~159:1. */
export function fixedHuffmanBomb(size: number): Uint8Array {
  const repeats = Math.floor((size - 1) / 258)
  const bits = 3 + 8 + repeats * 13 + 7
  const out = new Uint8Array(Math.ceil(bits / 8) + 1)
  let at = 0
  const put = (code: number, length: number) => {
    // Huffman codes go most significant bit first.
    for (let i = length - 1; i >= 0; i--) {
      if ((code >>> i) & 1) out[at >>> 3]! |= 1 << (at & 7)
      at++
    }
  }
  put(1, 1) // BFINAL
  put(0b10, 2) // BTYPE 01 (fixed), written low bit first
  put(0b00110000, 8) // literal 0
  for (let i = 0; i < repeats; i++) {
    put(0b11000101, 8) // length 258 (code 285)
    put(0, 5) // distance 1
  }
  put(0, 7) // end of block
  return out
}

/** A zip whose entries are stored or given already deflated (for crafted streams). */
function storedZip(entries: Record<string, Uint8Array | { deflated: Uint8Array }>): Uint8Array {
  const parts: Uint8Array[] = []
  const central: Uint8Array[] = []
  let offset = 0
  for (const [name, value] of Object.entries(entries)) {
    const data = value instanceof Uint8Array ? value : value.deflated
    const method = value instanceof Uint8Array ? 0 : 8
    const nameBytes = strToU8(name)
    const local = new Uint8Array(30 + nameBytes.length)
    const v = new DataView(local.buffer)
    v.setUint32(0, 0x04034b50, true)
    v.setUint16(4, 20, true)
    v.setUint16(8, method, true)
    v.setUint32(18, data.length, true)
    v.setUint32(22, value instanceof Uint8Array ? data.length : 0xffffffff, true)
    v.setUint16(26, nameBytes.length, true)
    local.set(nameBytes, 30)
    const c = new Uint8Array(46 + nameBytes.length)
    const cv = new DataView(c.buffer)
    cv.setUint32(0, 0x02014b50, true)
    cv.setUint16(10, method, true)
    cv.setUint32(20, data.length, true)
    cv.setUint32(24, value instanceof Uint8Array ? data.length : 0xffffffff, true)
    cv.setUint16(28, nameBytes.length, true)
    cv.setUint32(42, offset, true)
    c.set(nameBytes, 46)
    parts.push(local, data)
    central.push(c)
    offset += local.length + data.length
  }
  const size = central.reduce((s, c) => s + c.length, 0)
  const end = new Uint8Array(22)
  const ev = new DataView(end.buffer)
  ev.setUint32(0, 0x06054b50, true)
  ev.setUint16(8, central.length, true)
  ev.setUint16(10, central.length, true)
  ev.setUint32(12, size, true)
  ev.setUint32(16, offset, true)
  return joined(...parts, ...central, end)
}

/** Parts joined. */
const joined = (...parts: Uint8Array[]) => concat(parts)

/** Damaged bytes: the bytes, and where the damage struck in the original. */
interface Made {
  bytes: Uint8Array
  ranges: Array<[number, number]>
}

/** The share of the original's bytes the damage touched (inserted junk counts its own length). */
function share(made: Made, original: Uint8Array): number {
  return made.ranges.reduce((s, [a, b]) => s + (b - a), 0) / Math.max(1, original.length)
}
