import { single, type PrefillSourceDefinition } from '../prefill-source';

/** Trainings of the region that started in the period and were not cancelled (as insights' TRAININGS_HELD counts them). */
const HELD = `FROM analytics.training_fact WHERE region_code = $1 AND starts_at >= $2 AND starts_at < $3 AND starts_at <= now() AND status <> 'CANCELLED'`;

export const trainingsHeld: PrefillSourceDefinition = {
  key: 'TRAININGS_HELD',
  label: { kk: 'Өткізілген оқытулар', ru: 'Проведённые обучения', en: 'Trainings held' },
  description: {
    kk: 'Кезеңде басталған, тоқтатылмаған оқытулар.',
    ru: 'Обучения, начавшиеся за период и не отменённые.',
    en: 'Trainings that started in the period and were not cancelled.',
  },
  compute: (db, w) => single(db, `SELECT count(*)::int AS n ${HELD}`, [w.regionCode, w.startsAt, w.endsBefore]),
};

export const trainingParticipants: PrefillSourceDefinition = {
  key: 'TRAINING_PARTICIPANTS',
  label: { kk: 'Оқытуға қатысқандар', ru: 'Участники обучений', en: 'Training participants' },
  description: {
    kk: 'Кезеңде өткен оқытуларға нақты қатысқандар (қатысуы белгіленген орындар бойынша).',
    ru: 'Фактические участники обучений за период (по отмеченной посещаемости).',
    en: 'Participants who attended the trainings held in the period (attendance as marked).',
  },
  compute: (db, w) => single(db, `SELECT coalesce(sum(attended), 0)::int AS n ${HELD}`, [w.regionCode, w.startsAt, w.endsBefore]),
};
