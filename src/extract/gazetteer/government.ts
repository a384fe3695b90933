/**
 * Names of Korea's central government bodies (중앙행정기관: 부·처·청·위원회), past and
 * present, and their usual short forms. Domain knowledge, not taken from any sample.
 */
export const CENTRAL_BODIES: readonly string[] = [
  // 부
  '기획재정부', '재정경제부', '교육부', '교육과학기술부', '교육인적자원부', '과학기술정보통신부', '미래창조과학부',
  '외교부', '외교통상부', '통일부', '법무부', '국방부', '행정안전부', '안전행정부', '행정자치부', '국가보훈부',
  '문화체육관광부', '농림축산식품부', '농림수산식품부', '산업통상자원부', '산업통상부', '지식경제부', '보건복지부',
  '보건복지가족부', '환경부', '기후에너지환경부', '고용노동부', '노동부', '여성가족부', '성평등가족부', '국토교통부',
  '국토해양부', '해양수산부', '중소벤처기업부',
  // 처
  '기획예산처', '인사혁신처', '법제처', '식품의약품안전처', '국가보훈처', '국민안전처', '국가데이터처', '지식재산처',
  // 청
  '국세청', '관세청', '조달청', '통계청', '검찰청', '병무청', '방위사업청', '경찰청', '소방청', '문화재청', '국가유산청',
  '농촌진흥청', '산림청', '특허청', '중소기업청', '기상청', '행정중심복합도시건설청', '새만금개발청', '해양경찰청',
  '질병관리청', '질병관리본부', '재외동포청', '우주항공청',
  // 위원회·실
  '방송통신위원회', '방송미디어통신위원회', '공정거래위원회', '금융위원회', '국민권익위원회', '개인정보보호위원회',
  '원자력안전위원회', '국가교육위원회', '국무조정실', '국무총리비서실'
]

/** Common short forms used in bodies (`과기정통부` …) → the full name. */
export const SHORT_FORMS: Readonly<Record<string, string>> = {
  기재부: '기획재정부',
  과기정통부: '과학기술정보통신부',
  과기부: '과학기술정보통신부',
  행안부: '행정안전부',
  문체부: '문화체육관광부',
  농식품부: '농림축산식품부',
  산업부: '산업통상자원부',
  복지부: '보건복지부',
  고용부: '고용노동부',
  여가부: '여성가족부',
  국토부: '국토교통부',
  해수부: '해양수산부',
  중기부: '중소벤처기업부',
  식약처: '식품의약품안전처',
  인사처: '인사혁신처',
  공정위: '공정거래위원회',
  금융위: '금융위원회',
  권익위: '국민권익위원회',
  방통위: '방송통신위원회',
  개인정보위: '개인정보보호위원회',
  원안위: '원자력안전위원회',
  질병청: '질병관리청',
  농진청: '농촌진흥청',
  보훈부: '국가보훈부',
  재경부: '재정경제부',
  기후부: '기후에너지환경부',
  기획처: '기획예산처',
  농림부: '농림축산식품부'
}

/**
 * Whether a name is a central body's, in full or in a usual short form (`국토부`, `소방청`).
 *
 * @param name A body's name as written.
 */
export function isCentralBody(name: string): boolean {
  return CENTRAL_BODIES.includes(name) || Object.hasOwn(SHORT_FORMS, name)
}

const BY_LENGTH = [...CENTRAL_BODIES].sort((a, b) => b.length - a.length)
/** Any central body's full name. */
export const CENTRAL_BODY = new RegExp(`(${BY_LENGTH.join('|')})`, 'u')
/** Any central body's full name, all occurrences. */
export const CENTRAL_BODY_GLOBAL = new RegExp(CENTRAL_BODY.source, 'gu')
