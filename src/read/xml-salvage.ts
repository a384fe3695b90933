/**
 * XML that may be damaged → an xast tree. Well-formed XML is parsed by
 * `xast-util-from-xml`; XML it refuses (a flipped byte in a tag, a cut-off end, stray
 * control characters) is read again by a forgiving tokenizer that resynchronises at the next
 * tag: a tag it cannot read is dropped up to the next `<`, an end tag closes the open element
 * it names (and those opened inside it), one that names nothing open is ignored, and what is
 * open at the end is closed. So the paragraphs (`<hp:p>`) before and after the damage are
 * kept. Documents that declare entities are refused, never expanded, either way.
 */
import { fromXml } from 'xast-util-from-xml'
import type { Element, ElementContent, Root } from 'xast'
import { BodoError, type ReadNote } from '../errors.js'

/** A parsed part and what was mended to read it. */
export interface Salvaged {
  tree: Root
  notes: ReadNote[]
}

const DECLARES = /<!(?:DOCTYPE|ENTITY)/iu
/** Characters XML does not allow (and damage brings in). */
const ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu
const START_TAG = /<([A-Za-z_][\w.:-]*)([^<>]*?)(\/?)>/uy
const END_TAG = /<\/([A-Za-z_][\w.:-]*)\s*>/uy
const ATTRIBUTE = /([^\s=<>/"']+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu
const ENTITY = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|(lt|gt|amp|quot|apos));/giu
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }
/** Deeper elements are attached at this depth (a hostile file nests thousands deep). */
const MAX_DEPTH = 256

/**
 * Parse one XML part of a container, mending damage where it can.
 *
 * @param bytes The part's bytes (UTF-8).
 * @param name The part's name, for messages.
 * @param parents Where elements may stand (by local name), to resynchronise at them after damage.
 * @returns The tree, and a note for each kind of repair with its place.
 * @throws BodoError `damaged` for XML that declares entities.
 */
export function parseXmlSalvaging(bytes: Uint8Array, name: string, parents: Parents = {}): Salvaged {
  const notes: ReadNote[] = []
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    text = new TextDecoder('utf-8', { fatal: false }).decode(bytes)
    const bad = text.match(/\ufffd/gu)?.length ?? 0
    notes.push({ ruleId: 'xml-salvaged', reason: `${name}: ${bad} byte sequence(s) are not UTF-8 and read as U+FFFD (first at character ${text.indexOf('\ufffd')})` })
  }
  try {
    return { tree: fromXml(text), notes }
  } catch (error) {
    if (DECLARES.test(text)) throw new BodoError('damaged', `${name} declares a DTD or entities (never expanded)`)
    const place = (error as { place?: { line?: number; column?: number } }).place
    const cause = ((error as { cause?: Error }).cause?.message ?? '').split('\n')[0]
    const { tree, repairs } = lenientXml(text, parents)
    const at = place?.line ? `line ${place.line}, column ${place.column}` : 'an unknown place'
    notes.push({ ruleId: 'xml-salvaged', reason: `${name} is not well-formed at ${at}${cause ? ` (${cause})` : ''}: read around the damage (${repairs} repair${repairs === 1 ? '' : 's'})` })
    return { tree, notes }
  }
}

/**
 * Element (local name) → the local names of the elements it may stand in. After damage (an
 * end tag lost), an element that appears where it may not stand closes what is open up to
 * its nearest possible parent: `<hp:p>` after a lost `</hp:linesegarray>` starts a paragraph
 * of the section again, not one inside the last paragraph's line layout.
 */
export type Parents = Record<string, readonly string[]>

/**
 * A forgiving XML tokenizer: never throws, never recurses.
 *
 * @param text The XML.
 * @param parents Where elements may stand, to resynchronise at them.
 * @returns The tree and how many repairs it made (dropped tags, closed elements, illegal characters).
 */
export function lenientXml(text: string, parents: Parents = {}): { tree: Root; repairs: number } {
  const root: Root = { type: 'root', children: [] }
  const stack: Array<Root | Element> = [root]
  let repairs = 0
  let o = 0
  const top = () => stack.at(-1)!
  const pushText = (raw: string) => {
    const cleaned = raw.replace(ILLEGAL, '')
    if (cleaned.length !== raw.length) repairs++
    if (cleaned === '') return
    const value = cleaned.replace(ENTITY, entity)
    const last = top().children.at(-1)
    if (last?.type === 'text') last.value += value
    else (top().children as ElementContent[]).push({ type: 'text', value })
  }
  while (o < text.length) {
    const lt = text.indexOf('<', o)
    if (lt < 0) {
      pushText(text.slice(o))
      break
    }
    if (lt > o) pushText(text.slice(o, lt))
    o = lt
    if (text.startsWith('<!--', o)) {
      o = after(text, '-->', o + 4)
      continue
    }
    if (text.startsWith('<![CDATA[', o)) {
      const end = text.indexOf(']]>', o + 9)
      const value = text.slice(o + 9, end < 0 ? text.length : end)
      if (value !== '') (top().children as ElementContent[]).push({ type: 'text', value: value.replace(ILLEGAL, '') })
      o = end < 0 ? text.length : end + 3
      continue
    }
    if (text.startsWith('<?', o) || text.startsWith('<!', o)) {
      o = after(text, '>', o + 2)
      continue
    }
    END_TAG.lastIndex = o
    const end = END_TAG.exec(text)
    if (end) {
      o = END_TAG.lastIndex
      const at = stack.findLastIndex((n) => n.type === 'element' && n.name === end[1])
      if (at > 0) {
        repairs += stack.length - 1 - at
        stack.length = at
      } else repairs++
      continue
    }
    START_TAG.lastIndex = o
    const start = START_TAG.exec(text)
    if (start) {
      o = START_TAG.lastIndex
      const attributes: Record<string, string> = {}
      for (const m of start[2]!.matchAll(ATTRIBUTE)) attributes[m[1]!] = (m[2] ?? m[3] ?? '').replace(ENTITY, entity)
      const element: Element = { type: 'element', name: start[1]!, attributes, children: [] }
      const allowed = parents[local(element.name)]
      const parent = top()
      if (allowed && parent.type === 'element' && !allowed.includes(local(parent.name))) {
        const at = stack.findLastIndex((n) => n.type === 'element' && allowed.includes(local(n.name)))
        if (at > 0) {
          repairs += stack.length - 1 - at
          stack.length = at + 1
        }
      }
      ;(top().children as ElementContent[]).push(element)
      if (start[3] !== '/' && stack.length <= MAX_DEPTH) stack.push(element)
      continue
    }
    // A tag that cannot be read: dropped up to the next tag.
    repairs++
    const next = text.indexOf('<', o + 1)
    o = next < 0 ? text.length : next
  }
  repairs += stack.length - 1
  // Damage to the root's start tag leaves its children at the top: they are gathered again.
  const elements = root.children.filter((c) => c.type === 'element')
  if (elements.length > 1) root.children = [{ type: 'element', name: 'root', attributes: {}, children: root.children as ElementContent[] }]
  return { tree: root, repairs }
}

function local(name: string): string {
  return name.slice(name.indexOf(':') + 1)
}

function after(text: string, close: string, from: number): number {
  const i = text.indexOf(close, from)
  return i < 0 ? text.length : i + close.length
}

function entity(all: string, dec?: string, hex?: string, named?: string): string {
  if (named) return NAMED[named.toLowerCase()] ?? all
  const code = dec ? Number(dec) : Number.parseInt(hex!, 16)
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : ''
}
