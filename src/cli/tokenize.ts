/**
 * `bodo tokenize`: UTF-8 text on stdin → MeCab's default output (`surface\tfeatures` lines,
 * `EOS` after each input line). `--stock` gives stock MeCab's behaviour (no left-space
 * penalty), which Debian's `mecab` reproduces.
 */
import { createInterface } from 'node:readline'
import { createAnalyzer } from '../morph/index.js'

/**
 * Run the tokenizer over stdin.
 *
 * @param stock Stock MeCab behaviour.
 * @returns Exit code.
 */
export async function runTokenize(stock: boolean): Promise<number> {
  const analyzer = createAnalyzer({ stock })
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity })
  let buffered = ''
  for await (const line of lines) {
    buffered += `${analyzer.mecabLines(line).join('\n')}\n`
    if (buffered.length > 1 << 16) {
      if (!process.stdout.write(buffered)) await new Promise((r) => process.stdout.once('drain', r))
      buffered = ''
    }
  }
  process.stdout.write(buffered)
  return 0
}
