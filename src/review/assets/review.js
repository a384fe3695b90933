// bodo review pages: select a value's span in the text; filter the index. No network.
(() => {
  'use strict'
  const text = document.querySelector('.doc-text')
  const segments = text ? Array.from(text.querySelectorAll('[data-start]')) : []
  const starts = segments.map((s) => Number(s.dataset.start))

  // The text node and offset where a character offset of the record's text stands.
  function point(offset, atEnd) {
    let lo = 0
    let hi = segments.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid] < offset || (!atEnd && starts[mid] === offset)) lo = mid
      else hi = mid - 1
    }
    const seg = segments[lo]
    const node = seg.firstChild || seg
    return { node, offset: Math.min(offset - starts[lo], node.length || 0), seg }
  }

  function select(start, end) {
    if (!segments.length || end <= start) return
    const a = point(start, false)
    const b = point(end, true)
    const range = document.createRange()
    range.setStart(a.node, a.offset)
    range.setEnd(b.node, b.offset)
    const selection = window.getSelection()
    selection.removeAllRanges()
    selection.addRange(range)
    a.seg.scrollIntoView({ block: 'center' })
  }

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('button[data-start][data-end]') : null
    if (!target) return
    select(Number(target.dataset.start), Number(target.dataset.end))
  })

  const filter = document.getElementById('filter')
  if (filter) {
    const rows = Array.from(document.querySelectorAll('tr[data-search]'))
    filter.addEventListener('input', () => {
      const q = filter.value.trim().toLowerCase()
      for (const row of rows) row.hidden = q !== '' && !row.dataset.search.toLowerCase().includes(q)
    })
  }
})()
