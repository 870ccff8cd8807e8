import { CooperationReasonKind, cooperationReasons, explainMatch, rankCooperationMatches, type MatchProfile } from './cooperation.rules';

const profile = (id: string, name: string, districtCode: string | null, directions: string[], modes: string[] = [], categories: string[] = []): MatchProfile => ({
  id,
  name,
  districtCode,
  directions,
  modes,
  categories,
});

describe('cooperation matchmaking rules', () => {
  const care = profile('a', 'Qamqor team', 'D1', ['QAMQOR', 'BILIM'], ['OFFLINE'], ['SILVER']);

  it('matches only on a shared direction, and lists the reasons in a fixed order', () => {
    expect(cooperationReasons(care, profile('x', 'Animals', 'D1', ['AYALA'], ['ONLINE']))).toEqual([]);
    expect(cooperationReasons(care, profile('b', 'Sunrise', 'D1', ['QAMQOR'], ['OFFLINE', 'ONLINE'], ['PRO_BONO', 'SILVER']))).toEqual([
      { kind: CooperationReasonKind.SHARED_DIRECTION, code: 'QAMQOR' },
      { kind: CooperationReasonKind.SAME_DISTRICT, code: 'D1' },
      { kind: CooperationReasonKind.COMPLEMENTARY_MODE, code: 'ONLINE' },
      { kind: CooperationReasonKind.COMPLEMENTARY_CATEGORY, code: 'PRO_BONO' },
    ]);
  });

  it('ranks by 3 per shared direction, 2 for the district, 1 per complementary mode or category, then by name', () => {
    const candidates = [
      profile('c', 'Bilim readers', 'D2', ['BILIM']), // 3
      profile('b', 'Sunrise', 'D1', ['QAMQOR'], ['ONLINE']), // 3 + 2 + 1 = 6
      profile('d', 'Both directions', 'D2', ['QAMQOR', 'BILIM']), // 6
      profile('e', 'Another Bilim', 'D2', ['BILIM']), // 3
      profile('a', 'Qamqor team', 'D1', ['QAMQOR']), // itself
      profile('x', 'Animals', 'D1', ['AYALA']), // no match
    ];
    const ranked = rankCooperationMatches(care, candidates, 10);
    expect(ranked.map((m) => [m.candidate.id, m.score])).toEqual([
      ['d', 6],
      ['b', 6],
      ['e', 3],
      ['c', 3],
    ]);
    expect(rankCooperationMatches(care, candidates, 2).map((m) => m.candidate.id)).toEqual(['d', 'b']);
  });

  it('explains a match in Kazakh, Russian and English', () => {
    const reasons = cooperationReasons(care, profile('b', 'Sunrise', 'D1', ['QAMQOR'], ['ONLINE']));
    const text = explainMatch(reasons, 'Sunrise', { kk: 'Қызылорда ауданы', ru: 'Кызылординский район', en: 'Kyzylorda district' });
    expect(text.en).toBe('Both work on care homes and social-service centres in Kyzylorda district; Sunrise adds: Online.');
    expect(text.ru).toBe('Обе работают по направлению «дома престарелых и центры соцобслуживания» (Кызылординский район); «Sunrise» дополняет: Онлайн-волонтёрство.');
    expect(text.kk).toContain('Қызылорда ауданы');
    expect(explainMatch(reasons, '«Мейірім» қоры', null).ru).toContain('; «Мейірім» қоры дополняет');
    expect(explainMatch(reasons.slice(0, 1), 'Sunrise', null).en).toBe('Both work on care homes and social-service centres.');
  });
});
