/**
 * The unified parser of bodo: normalized release text → press-release syntax tree.
 */
import type { Processor } from 'unified'
import type { VFile } from 'vfile'
import type { Root } from './tree.js'
import { locator } from './position.js'
import { toBlocks } from './blocks.js'
import { markFrame, type Frame } from './structure.js'
import { headlessFeed } from './headline.js'

export type * from './tree.js'
export { locator } from './position.js'
export type { Frame } from './structure.js'

declare module 'vfile' {
  interface DataMap {
    /** Title and subtitle lines found by the parser. */
    frame: Frame
    /** How many lines at the start are subtitles a wrapper stated. */
    leadSubtitles: number
  }
}

/**
 * Parse a normalized release text into a tree.
 *
 * @param text The normalized document text (the record's `text`).
 * @param file The file (reads `data.wrapperTitle` and `data.meta`, writes `data.frame`).
 * @returns The root.
 */
export function parseRelease(text: string, file: VFile): Root {
  const at = locator(text)
  const children = toBlocks(text, at)
  file.data.frame = markFrame(children, file.data.wrapperTitle ?? null, file.data.leadSubtitles ?? 0, headlessFeed(file.data.meta))
  return { type: 'root', children, position: at.position(0, text.length) }
}

/**
 * unified plugin: set the parser.
 */
export function bodoParse(this: Processor): void {
  this.parser = (document: string, file: VFile) => parseRelease(document, file) as never
}
