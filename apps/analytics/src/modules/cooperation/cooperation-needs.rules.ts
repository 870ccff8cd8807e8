import { Direction, DIRECTION_LABELS, NEED_THEME_LABELS, NeedStatus, NeedTheme, VOLUNTEER_CATEGORY_LABELS, VolunteerCategory, type LocalizedText } from '@birge/shared-reference';
import { CooperationNeedReasonKind } from './cooperation-need-reason-kind.enum';

export { CooperationNeedReasonKind };

/** The statuses in which an entry of the register is still a need the organizations it names face. */
export const FACED_NEED_STATUSES: readonly NeedStatus[] = [NeedStatus.OPEN, NeedStatus.ESCALATED, NeedStatus.BEING_ADDRESSED];

/**
 * What answers a theme of the register in another organization's profile: who lacks project and
 * grant skills is helped by professionals volunteering pro bono (lawyers, accountants, project
 * managers); who lacks funding, by corporate volunteers (a company behind them); a population wary
 * of volunteering, by those who work in the media. The other themes (premises, relations with the
 * akimat, other) are answered by experience only (OTHER_RESOLVED_NEED).
 */
export const NEED_ANSWERS: Readonly<Record<NeedTheme, { categories: readonly VolunteerCategory[]; directions: readonly Direction[] }>> = {
  [NeedTheme.PROJECT_AND_GRANT_SKILLS]: { categories: [VolunteerCategory.PRO_BONO], directions: [] },
  [NeedTheme.FUNDING]: { categories: [VolunteerCategory.CORPORATE], directions: [] },
  [NeedTheme.POPULATION_WARY]: { categories: [], directions: [Direction.MEDIA] },
  [NeedTheme.LOCAL_EXECUTIVE_RELATIONS]: { categories: [], directions: [] },
  [NeedTheme.NO_PLACE_TO_MEET]: { categories: [], directions: [] },
  [NeedTheme.OTHER]: { categories: [], directions: [] },
};

/** What the register and the registry's profile say of one organization. */
export interface NeedsProfile {
  directions: readonly string[];
  categories: readonly string[];
  /** Themes of the entries naming it that are still faced (FACED_NEED_STATUSES). */
  facedThemes: readonly string[];
  /** Themes of the entries naming it that were resolved. */
  resolvedThemes: readonly string[];
}

export interface CooperationNeedReason {
  kind: CooperationNeedReasonKind;
  theme: NeedTheme;
  /** The volunteer category or direction that answers the need (OTHER_ANSWERS_NEED, ANSWERS_OTHERS_NEED); null otherwise. */
  answeredBy: string | null;
}

const THEMES = Object.values(NeedTheme);

/** The category or direction of `profile` that answers `theme`, or null. */
export function answerOf(theme: NeedTheme, profile: Pick<NeedsProfile, 'categories' | 'directions'>): string | null {
  const answers = NEED_ANSWERS[theme];
  return answers.categories.find((code) => profile.categories.includes(code)) ?? answers.directions.find((code) => profile.directions.includes(code)) ?? null;
}

/**
 * The reasons the needs register gives for `organization` to work with `other`, theme by theme in
 * the register's order: for each theme, at most one reason of each kind, in the order of
 * CooperationNeedReasonKind. A theme faced by both is a SHARED_NEED, whatever else holds.
 */
export function cooperationNeedReasons(organization: NeedsProfile, other: NeedsProfile): CooperationNeedReason[] {
  const reasons: CooperationNeedReason[] = [];
  for (const theme of THEMES) {
    const faces = organization.facedThemes.includes(theme);
    const otherFaces = other.facedThemes.includes(theme);
    if (faces && otherFaces) {
      reasons.push({ kind: CooperationNeedReasonKind.SHARED_NEED, theme, answeredBy: null });
      continue;
    }
    if (faces) {
      const answer = answerOf(theme, other);
      if (answer) reasons.push({ kind: CooperationNeedReasonKind.OTHER_ANSWERS_NEED, theme, answeredBy: answer });
      if (other.resolvedThemes.includes(theme)) reasons.push({ kind: CooperationNeedReasonKind.OTHER_RESOLVED_NEED, theme, answeredBy: null });
    }
    if (otherFaces) {
      const answer = answerOf(theme, organization);
      if (answer) reasons.push({ kind: CooperationNeedReasonKind.ANSWERS_OTHERS_NEED, theme, answeredBy: answer });
    }
  }
  return reasons;
}

const labelOf = (code: string): LocalizedText => VOLUNTEER_CATEGORY_LABELS[code as VolunteerCategory] ?? DIRECTION_LABELS[code as Direction] ?? { kk: code, ru: code, en: code };

/**
 * One sentence per language for a reason, naming neither organization (it is shown beside the
 * other's name), e.g. "This organization faces “Organizations lack project and grant skills”; the
 * other can help: Pro bono (professionals)."
 */
export function explainNeedReason(reason: CooperationNeedReason): LocalizedText {
  const theme = NEED_THEME_LABELS[reason.theme];
  const answer = reason.answeredBy ? labelOf(reason.answeredBy) : { kk: '', ru: '', en: '' };
  switch (reason.kind) {
    case CooperationNeedReasonKind.OTHER_ANSWERS_NEED:
      return {
        kk: `Бұл ұйымның қажеттілігі — «${theme.kk}»; екіншісі көмектесе алады: ${answer.kk}.`,
        ru: `У этой организации потребность «${theme.ru}»; другая может помочь: ${answer.ru}.`,
        en: `This organization faces “${theme.en}”; the other can help: ${answer.en}.`,
      };
    case CooperationNeedReasonKind.OTHER_RESOLVED_NEED:
      return {
        kk: `Бұл ұйымның қажеттілігі — «${theme.kk}»; екіншісінің осындай қажеттілігі шешілген, тәжірибесімен бөлісе алады.`,
        ru: `У этой организации потребность «${theme.ru}»; у другой такая же потребность решена, она может поделиться опытом.`,
        en: `This organization faces “${theme.en}”; the other has seen the same need resolved and can share how.`,
      };
    case CooperationNeedReasonKind.ANSWERS_OTHERS_NEED:
      return {
        kk: `Екіншісінің қажеттілігі — «${theme.kk}»; бұл ұйым көмектесе алады: ${answer.kk}.`,
        ru: `У другой организации потребность «${theme.ru}»; эта может помочь: ${answer.ru}.`,
        en: `The other faces “${theme.en}”; this organization can help: ${answer.en}.`,
      };
    case CooperationNeedReasonKind.SHARED_NEED:
      return {
        kk: `Екеуінің де қажеттілігі — «${theme.kk}»: оны бірге шеше алады.`,
        ru: `У обеих потребность «${theme.ru}»: её можно решать вместе.`,
        en: `Both face “${theme.en}” and may meet it together.`,
      };
  }
}
