/**
 * `bodo serve`: the site folder over HTTP on 127.0.0.1 (the catalogue's page fetches its chunks,
 * which browsers refuse from `file://`). Any static web server does the same.
 */
import { createServer, type Server } from 'node:http'
import { existsSync } from 'node:fs'
import sirv from 'sirv'

/**
 * Start serving a folder.
 *
 * @param dir The site folder.
 * @param port Port (0: any free one).
 * @returns The server, listening, and its address.
 */
export async function serveFolder(dir: string, port = 8080): Promise<{ server: Server; url: string }> {
  const handler = sirv(dir, { dev: false, etag: true, gzip: false, brotli: false, dotfiles: false })
  const server = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404
      res.end('not found')
    })
  )
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  const address = server.address()
  const actual = typeof address === 'object' && address ? address.port : port
  return { server, url: `http://127.0.0.1:${actual}/` }
}

/**
 * `bodo serve <dir> [--port n]`: serve until interrupted.
 *
 * @returns Exit code (2: no such folder); otherwise never returns until the process ends.
 */
export async function runServe(dir: string | undefined, port: number): Promise<number> {
  if (!dir || !existsSync(dir)) {
    process.stderr.write(`bodo: serve needs a site folder (bodo catalogue … --out <dir>)\n`)
    return 2
  }
  const { url } = await serveFolder(dir, port)
  process.stderr.write(`bodo: serving ${dir} at ${url} (Ctrl-C stops)\n`)
  return new Promise<number>(() => {})
}
