/**
 * Footnotes in their less common forms (numbered star markers `*1`, `주1)` notes anchored where
 * their marker follows a word), keywords without korea.kr's attachment notices, and persons written as words of their own. Fixtures are composed.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { run } from './helpers.js'

const release = (body: string) => run(`보도자료\n\n스마트 항만 실증 착수\n\n${body}`, 'notes.txt').record

test('a numbered star marker is the marker whole, and its number is not the note text', () => {
  const record = release('□ 해양수산부는 디지털 트윈*1 기술과 원격 관제*2 체계를 실증한다고 밝혔다.\n\n  *1 디지털 트윈 : 현실을 가상에 복제한 모형\n  *2 원격 관제 : 멀리서 선박을 살피는 일\n')
  assert.deepEqual(record.footnotes.map((f) => [f.marker, f.anchor, f.text]), [
    ['*1', '트윈', '디지털 트윈 : 현실을 가상에 복제한 모형'],
    ['*2', '관제', '원격 관제 : 멀리서 선박을 살피는 일']
  ])
})

test('a 주1) note is anchored where its marker follows a word', () => {
  const record = release('□ 해양수산부는 자율운항선박주1) 실증을 시작한다고 밝혔다.\n\n  주1) 자율운항선박: 사람의 조작 없이 스스로 운항하는 선박\n')
  assert.equal(record.footnotes.length, 1)
  assert.equal(record.footnotes[0]!.marker, '주1)')
  assert.equal(record.footnotes[0]!.anchor, '자율운항선박')
})

test('a star between numbers is a product, not a marker (`150g*3`)', () => {
  const record = release('□ 경품은 제주옥돔(150g*3) 등이다.\n\n  * 상품은 사정에 따라 바뀔 수 있음\n')
  assert.equal(record.footnotes.length, 1)
  assert.equal(record.footnotes[0]!.anchor, null)
})

test('keywords leave out korea.kr\'s pointers to the attachment', () => {
  const { record } = run('---\ntitle: "연구실 착수회의 개최"\nministry: "산업통상자원부"\n---\n\n# 연구실 착수회의 개최\n\n## 본문\n\n연구실 착수회의 개최 관련 보도자료 내용입니다. 자세한 내용은 첨부파일을 참고하시기 바랍니다.※ 대용량 첨부파일은 바로보기가 지원되지 않으니, 첨부파일명을 클릭하여 확인하시기 바랍니다.\n', 'notice.md')
  const terms = record.keywords.map((k) => k.term)
  assert.ok(terms.includes('연구실'), terms.join(','))
  for (const noise of ['첨부', '파일', '대용량', '바로보기', '클릭', '참고']) assert.ok(!terms.includes(noise), `${noise} in ${terms.join(',')}`)
})

test('entities: a name read inside a longer word is no person; a name of its own with a particle is', () => {
  const { record } = run('보도자료\n\n연구 성과 발표\n\n□ 조규홍 보건복지부 장관은 연구 결과가 네이처 자매지 <사이언티픽 리포츠>에 게재되었다고 밝혔다.\n\n○ 소상공인시장진흥공단(이하 소진공)은 축종별로 커스터마이징한 모델을 보급한다.\n\n○ 조규홍은 협력을 강조했다.\n', 'entities.txt')
  const persons = record.entities.persons.map((p) => p.text)
  assert.ok(persons.includes('조규홍'), persons.join(','))
  assert.deepEqual(persons.filter((p) => p !== '조규홍'), [])
})
