import { single, type PrefillSourceDefinition } from '../prefill-source';

export const organizationsRegistered: PrefillSourceDefinition = {
  key: 'ORGANIZATIONS_REGISTERED',
  label: { kk: 'Жаңа тіркелген ұйымдар', ru: 'Новые зарегистрированные организации', en: 'Organizations registered' },
  description: {
    kk: 'Кезеңде тізілімге енгізілген ұйымдар, бастамашыл топтар мен волонтерлер (біріктірілгендерсіз).',
    ru: 'Организации, инициативные группы и волонтёры, внесённые в реестр за период (без объединённых).',
    en: 'Organizations, initiative groups and volunteers entered in the registry in the period (merged duplicates not counted).',
  },
  compute: (db, w) =>
    single(
      db,
      `SELECT count(*)::int AS n FROM analytics.organization_fact
       WHERE region_code = $1 AND merged_into IS NULL AND registered_at >= $2 AND registered_at < $3`,
      [w.regionCode, w.startsAt, w.endsBefore],
    ),
};
