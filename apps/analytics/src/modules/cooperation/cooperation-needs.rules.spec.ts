import { NeedTheme } from '@birge/shared-reference';
import { CooperationNeedReasonKind, cooperationNeedReasons, explainNeedReason, type NeedsProfile } from './cooperation-needs.rules';

const profile = (over: Partial<NeedsProfile> = {}): NeedsProfile => ({ directions: ['QAMQOR'], categories: [], facedThemes: [], resolvedThemes: [], ...over });

describe('cooperation needs rules', () => {
  it('finds the other answering a need this one faces: pro bono for grant skills, corporate for funding, media for a wary population', () => {
    const organization = profile({ facedThemes: [NeedTheme.PROJECT_AND_GRANT_SKILLS, NeedTheme.FUNDING, NeedTheme.POPULATION_WARY] });
    expect(cooperationNeedReasons(organization, profile({ categories: ['PRO_BONO', 'CORPORATE'], directions: ['MEDIA'] }))).toEqual([
      { kind: CooperationNeedReasonKind.OTHER_ANSWERS_NEED, theme: NeedTheme.PROJECT_AND_GRANT_SKILLS, answeredBy: 'PRO_BONO' },
      { kind: CooperationNeedReasonKind.OTHER_ANSWERS_NEED, theme: NeedTheme.POPULATION_WARY, answeredBy: 'MEDIA' },
      { kind: CooperationNeedReasonKind.OTHER_ANSWERS_NEED, theme: NeedTheme.FUNDING, answeredBy: 'CORPORATE' },
    ]);
    // Volunteers of other kinds answer none of them.
    expect(cooperationNeedReasons(organization, profile({ categories: ['SILVER', 'CHILDREN'] }))).toEqual([]);
  });

  it("finds the other having seen the same need resolved, this one answering the other's need, and a need both face", () => {
    expect(cooperationNeedReasons(profile({ facedThemes: [NeedTheme.NO_PLACE_TO_MEET] }), profile({ resolvedThemes: [NeedTheme.NO_PLACE_TO_MEET] }))).toEqual([
      { kind: CooperationNeedReasonKind.OTHER_RESOLVED_NEED, theme: NeedTheme.NO_PLACE_TO_MEET, answeredBy: null },
    ]);
    expect(cooperationNeedReasons(profile({ categories: ['PRO_BONO'] }), profile({ facedThemes: [NeedTheme.PROJECT_AND_GRANT_SKILLS] }))).toEqual([
      { kind: CooperationNeedReasonKind.ANSWERS_OTHERS_NEED, theme: NeedTheme.PROJECT_AND_GRANT_SKILLS, answeredBy: 'PRO_BONO' },
    ]);
    // Both facing it is a shared need, even when one could answer it.
    expect(cooperationNeedReasons(profile({ facedThemes: [NeedTheme.FUNDING] }), profile({ facedThemes: [NeedTheme.FUNDING], categories: ['CORPORATE'] }))).toEqual([
      { kind: CooperationNeedReasonKind.SHARED_NEED, theme: NeedTheme.FUNDING, answeredBy: null },
    ]);
    // A need only resolved, on either side, is no reason.
    expect(cooperationNeedReasons(profile({ resolvedThemes: [NeedTheme.FUNDING] }), profile({ resolvedThemes: [NeedTheme.FUNDING], categories: ['CORPORATE'] }))).toEqual([]);
  });

  it('explains each reason in Kazakh, Russian and English with the theme and what answers it', () => {
    const text = explainNeedReason({ kind: CooperationNeedReasonKind.OTHER_ANSWERS_NEED, theme: NeedTheme.PROJECT_AND_GRANT_SKILLS, answeredBy: 'PRO_BONO' });
    expect(text.en).toBe('This organization faces “Organizations lack project and grant skills”; the other can help: Pro bono (professionals).');
    expect(text.ru).toBe('У этой организации потребность «Организациям не хватает навыков проектной и грантовой работы»; другая может помочь: Pro bono (профессионалы).');
    expect(text.kk).toContain('Pro bono волонтерлік (кәсіпқойлар)');
    expect(explainNeedReason({ kind: CooperationNeedReasonKind.SHARED_NEED, theme: NeedTheme.NO_PLACE_TO_MEET, answeredBy: null }).en).toBe(
      'Both face “No place to meet” and may meet it together.',
    );
  });
});
