// bodo catalogue: search the releases. Loads catalogue/meta.json, then only the term shards a
// query needs, the date blocks a date sort needs and the text blocks of the results shown.
// Same origin only (CSP connect-src 'self'); document text is set as text, never as markup.
import { FIXED, WORD, hash, normalize, readings } from './query.js'

{
  const PAGE = 20
  const BM25_K = 1.2
  const SNIPPET_BEFORE = 50
  const SNIPPET_LENGTH = 180

  const $ = (s) => document.querySelector(s)
  const input = $('#q')
  const sortSelect = $('#sort')
  const status = $('#status')
  const list = $('#results')
  const more = $('#more')
  const facetSelects = Array.from(document.querySelectorAll('select[data-facet]'))
  const hasBoxes = Array.from(document.querySelectorAll('input[data-has]'))

  let meta = null
  const cache = new Map()
  const json = (path) => {
    if (!cache.has(path)) {
      cache.set(
        path,
        fetch(`catalogue/${path}`).then((r) => {
          if (!r.ok) throw new Error(`${path}: ${r.status}`)
          return r.json()
        })
      )
    }
    return cache.get(path)
  }

  const decoded = new Map()
  const shardOf = (term) => json(`t/${hash(term) & (meta.shards - 1)}.json`)
  const own = (o, key) => (Object.prototype.hasOwnProperty.call(o, key) ? o[key] : null)
  async function postings(term) {
    if (decoded.has(term)) return decoded.get(term)
    const enc = own(await shardOf(term), term)
    let out = null
    if (enc) {
      const n = enc[0]
      const ids = new Int32Array(n)
      let prev = 0
      for (let i = 0; i < n; i++) ids[i] = prev += enc[i + 1]
      out = { ids, ws: enc.slice(n + 1) }
    }
    decoded.set(term, out)
    return out
  }

  // A query word's stem: the dictionary's where the indexer wrote it down, else the first
  // reading by the learned rules that the catalogue holds.
  async function resolve(word) {
    const w = normalize(word)
    // The word's own shard and the readings' shards are fetched at once.
    const byRules = readings(w, meta.rules)
    const [shard, ...ruled] = await Promise.all([shardOf(w), ...byRules.map((r) => postings(r.term))])
    const fixed = own(shard, FIXED + w)
    let k = 0
    while (fixed && k < fixed.length && k < w.length && fixed[k] === w[k]) k++
    const rs = fixed ? [{ term: fixed, keep: w.slice(0, k) }] : byRules
    const lists = fixed ? [await postings(fixed)] : ruled
    const i = lists.findIndex(Boolean)
    return i < 0 ? null : { word, ...rs[i], list: lists[i] }
  }

  function has(ids, id) {
    let lo = 0
    let hi = ids.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (ids[mid] === id) return mid
      if (ids[mid] < id) lo = mid + 1
      else hi = mid - 1
    }
    return -1
  }

  async function dateOf(ids) {
    const blocks = new Set(ids.map((id) => Math.floor(id / meta.dateBlock)))
    const loaded = new Map(await Promise.all([...blocks].map(async (b) => [b, await json(`dates/${b}.json`)])))
    return (id) => loaded.get(Math.floor(id / meta.dateBlock))[id % meta.dateBlock]
  }

  // Every release matching all words and facets, scored (BM25 over field-weighted counts).
  async function run(query) {
    const words = Array.from(query.matchAll(WORD), (m) => m[0])
    const facets = facetSelects.filter((s) => s.value).map((s) => `@${s.dataset.facet}=${s.value}`)
    for (const b of hasBoxes) if (b.checked) facets.push(`@has=${b.dataset.has}`)
    if (words.length === 0 && facets.length === 0) return null
    const terms = await Promise.all(words.map(resolve))
    const missing = words.filter((_, i) => !terms[i])
    if (missing.length) return { hits: [], terms, missing }
    const filters = await Promise.all(facets.map(postings))
    if (filters.some((f) => !f)) return { hits: [], terms, missing: [] }
    const lists = [...terms.map((t) => t.list), ...filters].sort((a, b) => a.ids.length - b.ids.length)
    const N = meta.docs
    const hits = []
    const base = lists[0]
    next: for (let i = 0; i < base.ids.length; i++) {
      const id = base.ids[i]
      for (let l = 1; l < lists.length; l++) if (has(lists[l].ids, id) < 0) continue next
      let score = 0
      for (const t of terms) {
        const w = t.list.ws[has(t.list.ids, id)]
        const df = t.list.ids.length
        score += Math.log(1 + (N - df + 0.5) / (df + 0.5)) * ((w * (BM25_K + 1)) / (w + BM25_K))
      }
      hits.push({ id, score })
    }
    const order = sortSelect.value
    if (order !== 'score' || terms.length === 0) {
      const date = await dateOf(hits.map((h) => h.id))
      for (const h of hits) h.date = date(h.id)
      const sign = order === 'old' ? 1 : -1
      hits.sort((a, b) => sign * (a.date - b.date) || b.id - a.id)
    } else hits.sort((a, b) => b.score - a.score || b.id - a.id)
    return { hits, terms, missing: [] }
  }

  // The text to look for marks in: lower-cased where that keeps every offset.
  function folded(text) {
    const lower = text.toLowerCase()
    return lower.length === text.length ? lower : text
  }

  // Text with every occurrence of the marks wrapped in <mark>, as DOM nodes.
  function marked(text, marks) {
    const frag = document.createDocumentFragment()
    const lower = folded(text)
    let at = 0
    while (at < text.length) {
      let best = -1
      let len = 0
      for (const m of marks) {
        const k = lower.indexOf(m, at)
        if (k >= 0 && (best < 0 || k < best || (k === best && m.length > len))) (best = k), (len = m.length)
      }
      if (best < 0) break
      frag.append(text.slice(at, best))
      const mark = document.createElement('mark')
      mark.textContent = text.slice(best, best + len)
      frag.append(mark)
      at = best + len
    }
    frag.append(text.slice(at))
    return frag
  }

  function marksOf(terms) {
    const marks = new Set()
    for (const t of terms) {
      marks.add(t.word)
      marks.add(t.term)
      if (t.keep.length > 1 || t.keep === t.word) marks.add(t.keep)
    }
    return [...marks].filter(Boolean).sort((a, b) => b.length - a.length)
  }

  function snippet(text, marks) {
    const flat = text.replace(/\s+/gu, ' ')
    const lower = folded(flat)
    let first = -1
    for (const m of marks) {
      const k = lower.indexOf(m)
      if (k >= 0 && (first < 0 || k < first)) first = k
    }
    const start = Math.max(0, (first < 0 ? 0 : first) - SNIPPET_BEFORE)
    return `${start > 0 ? '…' : ''}${flat.slice(start, start + SNIPPET_LENGTH)}${start + SNIPPET_LENGTH < flat.length ? '…' : ''}`
  }

  let current = null
  let shown = 0
  let sequence = 0

  // The next page of results, each drawn as soon as its text block and those before it are in.
  async function render(result, seq, t0) {
    const slice = result.hits.slice(shown, shown + PAGE)
    const blocks = slice.map((h) => json(`d/${Math.floor(h.id / meta.docBlock)}.json`))
    const marks = marksOf(result.terms.filter(Boolean))
    for (let i = 0; i < slice.length; i++) {
      const block = await blocks[i]
      if (seq !== sequence) return
      const h = slice[i]
      const [page, title, issuer, date, kind, text] = block[h.id % meta.docBlock]
      const li = document.createElement('li')
      const a = document.createElement('a')
      a.href = page
      a.className = 'result-title'
      a.append(marked(title, marks))
      const info = document.createElement('p')
      info.className = 'result-meta'
      info.textContent = [issuer || '부처 미상', date || '날짜 미상', kind].filter(Boolean).join(' · ')
      const body = document.createElement('p')
      body.className = 'snippet'
      body.append(marked(snippet(text, marks), marks))
      li.append(a, info, body)
      list.append(li)
      if (t0 !== undefined && shown + i === 0) list.dataset.firstMs = String(Math.round(performance.now() - t0))
    }
    shown += slice.length
    more.hidden = shown >= result.hits.length
  }

  async function update() {
    const seq = ++sequence
    const t0 = performance.now()
    delete list.dataset.query
    let result
    try {
      result = await run(input.value)
    } catch (error) {
      if (seq === sequence) status.textContent = `검색 색인을 읽지 못했습니다 (${error.message}).`
      return
    }
    if (seq !== sequence) return
    list.replaceChildren()
    shown = 0
    current = result
    more.hidden = true
    list.dataset.firstMs = ''
    if (!result) {
      status.textContent = '검색어를 입력하세요.'
      list.dataset.ms = ''
      return
    }
    await render(result, seq, t0)
    if (seq !== sequence) return
    const ms = Math.round(performance.now() - t0)
    status.textContent = result.missing.length ? `‘${result.missing.join(' ')}’ 검색 결과가 없습니다.` : `${result.hits.length.toLocaleString('ko-KR')}건 (${ms} ms)`
    list.dataset.ms = String(ms)
    list.dataset.query = input.value
  }

  function fillFacets() {
    for (const select of facetSelects) {
      const values = Object.entries(meta.facets[select.dataset.facet] || {})
      values.sort((a, b) => (select.dataset.facet === 'issuer' ? b[1] - a[1] : a[0] < b[0] ? 1 : -1))
      for (const [value, n] of values) {
        const option = document.createElement('option')
        option.value = value
        option.textContent = `${value} (${n.toLocaleString('ko-KR')})`
        select.append(option)
      }
    }
  }

  async function start() {
    if (location.protocol === 'file:') {
      status.textContent = '검색은 HTTP로 열어야 합니다: bodo serve <폴더> (또는 아무 정적 웹 서버).'
      return
    }
    try {
      meta = await json('meta.json')
    } catch (error) {
      status.textContent = `검색 색인을 읽지 못했습니다 (${error.message}).`
      return
    }
    fillFacets()
    const q = new URLSearchParams(location.search).get('q')
    if (q) input.value = q
    document.body.dataset.ready = 'true'
    input.addEventListener('input', update)
    sortSelect.addEventListener('change', update)
    for (const c of [...facetSelects, ...hasBoxes]) c.addEventListener('change', update)
    $('#search').addEventListener('submit', (e) => {
      e.preventDefault()
      void update()
    })
    more.addEventListener('click', () => void render(current, sequence))
    if (input.value) await update()
  }

  void start()
}
