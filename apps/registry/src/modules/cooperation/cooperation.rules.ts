import {
  DIRECTION_LABELS,
  VOLUNTEER_CATEGORY_LABELS,
  VOLUNTEERING_MODE_LABELS,
  type Direction,
  type LocalizedText,
  type VolunteerCategory,
  type VolunteeringMode,
} from '@birge/shared-reference';
import { CooperationReasonKind } from './cooperation-reason-kind.enum';

export { CooperationReasonKind };

/** What cooperation matchmaking knows of an organization: its place and its profile. */
export interface MatchProfile {
  id: string;
  name: string;
  districtCode: string | null;
  directions: readonly string[];
  categories: readonly string[];
  modes: readonly string[];
}

/**
 * The documented ranking rule: score = 3 per shared direction + 2 for the same district + 1 per
 * mode and per volunteer category the other has and this one lacks. Only organizations of the same
 * region with at least one shared direction are matches; ties go by name, then id, so the order is
 * stable. A score orders suggestions for one organization; it never rates an organization.
 */
export const COOPERATION_WEIGHTS: Record<CooperationReasonKind, number> = {
  SHARED_DIRECTION: 3,
  SAME_DISTRICT: 2,
  COMPLEMENTARY_MODE: 1,
  COMPLEMENTARY_CATEGORY: 1,
};

export interface CooperationReason {
  kind: CooperationReasonKind;
  /** The direction, mode or category code; the district code for SAME_DISTRICT. */
  code: string;
}

export interface ScoredMatch {
  candidate: MatchProfile;
  score: number;
  reasons: CooperationReason[];
}

/** The reasons `candidate` complements `organization`, in a fixed order (directions, district, modes, categories). */
export function cooperationReasons(organization: MatchProfile, candidate: MatchProfile): CooperationReason[] {
  const reasons: CooperationReason[] = [];
  for (const code of organization.directions) if (candidate.directions.includes(code)) reasons.push({ kind: CooperationReasonKind.SHARED_DIRECTION, code });
  if (!reasons.length) return [];
  if (organization.districtCode && organization.districtCode === candidate.districtCode) {
    reasons.push({ kind: CooperationReasonKind.SAME_DISTRICT, code: organization.districtCode });
  }
  for (const code of candidate.modes) if (!organization.modes.includes(code)) reasons.push({ kind: CooperationReasonKind.COMPLEMENTARY_MODE, code });
  for (const code of candidate.categories) if (!organization.categories.includes(code)) reasons.push({ kind: CooperationReasonKind.COMPLEMENTARY_CATEGORY, code });
  return reasons;
}

/** The candidates that match, best first by the rule of COOPERATION_WEIGHTS, at most `limit`. */
export function rankCooperationMatches(organization: MatchProfile, candidates: readonly MatchProfile[], limit: number): ScoredMatch[] {
  return candidates
    .filter((candidate) => candidate.id !== organization.id)
    .map((candidate) => {
      const reasons = cooperationReasons(organization, candidate);
      return { candidate, reasons, score: reasons.reduce((sum, reason) => sum + COOPERATION_WEIGHTS[reason.kind], 0) };
    })
    .filter((match) => match.reasons.length > 0)
    .sort((a, b) => b.score - a.score || a.candidate.name.localeCompare(b.candidate.name, 'kk') || (a.candidate.id < b.candidate.id ? -1 : 1))
    .slice(0, limit);
}

/** The part of a direction's label after the programme's name ("care homes and social-service centres"). */
const topic = (label: string) => label.split(' — ').pop() ?? label;

/** A name in «quotes» unless it has its own. */
const quoted = (name: string) => (name.includes('«') ? name : `«${name}»`);

const list = (items: string[], and: string) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`);

/**
 * One sentence per language saying why, e.g. "Both work on care homes and social-service centres
 * in Kyzylorda district; Sunrise adds: offline, pro bono (professionals)."
 */
export function explainMatch(reasons: readonly CooperationReason[], other: string, districtName: LocalizedText | null): LocalizedText {
  const of = (kind: CooperationReasonKind) => reasons.filter((r) => r.kind === kind).map((r) => r.code);
  const directions = of(CooperationReasonKind.SHARED_DIRECTION).map((code) => DIRECTION_LABELS[code as Direction]);
  const extras = [
    ...of(CooperationReasonKind.COMPLEMENTARY_MODE).map((code) => VOLUNTEERING_MODE_LABELS[code as VolunteeringMode]),
    ...of(CooperationReasonKind.COMPLEMENTARY_CATEGORY).map((code) => VOLUNTEER_CATEGORY_LABELS[code as VolunteerCategory]),
  ];
  const district = districtName && of(CooperationReasonKind.SAME_DISTRICT).length ? districtName : null;
  const sentence = (lang: keyof LocalizedText, words: { both: (topics: string) => string; place: (d: string) => string; adds: string; and: string }) => {
    let text = words.both(
      list(
        directions.map((d) => topic(d[lang])),
        words.and,
      ),
    );
    if (district) text += words.place(district[lang]);
    if (extras.length) text += `; ${words.adds}: ${extras.map((e) => e[lang]).join(', ')}`;
    return `${text}.`;
  };
  return {
    kk: sentence('kk', { both: (t) => `Екеуі де «${t}» бағытында жұмыс істейді`, place: (d) => ` (${d})`, adds: `${quoted(other)} толықтырады`, and: 'және' }),
    ru: sentence('ru', { both: (t) => `Обе работают по направлению «${t}»`, place: (d) => ` (${d})`, adds: `${quoted(other)} дополняет`, and: 'и' }),
    en: sentence('en', { both: (t) => `Both work on ${t}`, place: (d) => ` in ${d}`, adds: `${other} adds`, and: 'and' }),
  };
}
