import { single, type PrefillSourceDefinition } from '../prefill-source';

export const organizationsVerified: PrefillSourceDefinition = {
  key: 'ORGANIZATIONS_VERIFIED',
  label: { kk: 'Расталған ұйымдар', ru: 'Верифицированные организации', en: 'Organizations verified' },
  description: {
    kk: 'Кезеңде расталған және қазір де расталған күйдегі ұйымдар.',
    ru: 'Организации, верифицированные за период и остающиеся верифицированными.',
    en: 'Organizations verified in the period that are still verified.',
  },
  compute: (db, w) =>
    single(
      db,
      `SELECT count(*)::int AS n FROM analytics.organization_verification v
       JOIN analytics.organization_fact o ON o.organization_id = v.organization_id
       WHERE o.region_code = $1 AND o.merged_into IS NULL AND v.status = 'VERIFIED' AND v.verified_at >= $2 AND v.verified_at < $3`,
      [w.regionCode, w.startsAt, w.endsBefore],
    ),
};
