import { ASSISTANCE_TYPE_LABELS, AssistanceType } from '@birge/shared-reference';
import { single, type PrefillSourceDefinition } from '../prefill-source';

const SUBMITTED = `SELECT count(*)::int AS n FROM analytics.request_fact WHERE region_code = $1 AND submitted_at >= $2 AND submitted_at < $3`;

/** A source counting the requests submitted in the period whose status meets `condition` (SQL). */
const submittedWhere = (condition: string, definition: Pick<PrefillSourceDefinition, 'key' | 'label' | 'description'>): PrefillSourceDefinition => ({
  ...definition,
  compute: (db, w) => single(db, `${SUBMITTED} AND ${condition}`, [w.regionCode, w.startsAt, w.endsBefore]),
});

export const requestsSubmitted: PrefillSourceDefinition = {
  key: 'REQUESTS_SUBMITTED',
  label: { kk: 'Келіп түскен өтінімдер', ru: 'Поступившие заявки', en: 'Requests submitted' },
  description: {
    kk: 'Кезеңде ұйымдардан келіп түскен көмек өтінімдері, барлық түрлері.',
    ru: 'Заявки на помощь, поступившие от организаций за период, всех видов.',
    en: 'Assistance requests organizations submitted in the period, of every type.',
  },
  compute: (db, w) => single(db, SUBMITTED, [w.regionCode, w.startsAt, w.endsBefore]),
};

/** One source per assistance type: requests submitted in the period, of that type. */
export const requestsSubmittedByType: PrefillSourceDefinition[] = Object.values(AssistanceType).map((type) => ({
  key: `REQUESTS_SUBMITTED_${type}`,
  label: {
    kk: `Келіп түскен өтінімдер: ${ASSISTANCE_TYPE_LABELS[type].kk}`,
    ru: `Поступившие заявки: ${ASSISTANCE_TYPE_LABELS[type].ru}`,
    en: `Requests submitted: ${ASSISTANCE_TYPE_LABELS[type].en}`,
  },
  description: {
    kk: `Кезеңде келіп түскен «${ASSISTANCE_TYPE_LABELS[type].kk}» түріндегі өтінімдер.`,
    ru: `Заявки вида «${ASSISTANCE_TYPE_LABELS[type].ru}», поступившие за период.`,
    en: `Requests of the type "${ASSISTANCE_TYPE_LABELS[type].en}" submitted in the period.`,
  },
  compute: (db, w) => single(db, `${SUBMITTED} AND type = $4`, [w.regionCode, w.startsAt, w.endsBefore, type]),
}));

export const requestsResolved = submittedWhere(`status = 'RESOLVED'`, {
  key: 'REQUESTS_RESOLVED',
  label: { kk: 'Шешілген өтінімдер', ru: 'Решённые заявки', en: 'Requests resolved' },
  description: {
    kk: 'Кезеңде келіп түсіп, қазір шешілген өтінімдер.',
    ru: 'Заявки, поступившие за период и решённые на сегодня.',
    en: 'Requests submitted in the period that are resolved today.',
  },
});

export const requestsDeclined = submittedWhere(`status = 'DECLINED'`, {
  key: 'REQUESTS_DECLINED',
  label: { kk: 'Қабылданбаған өтінімдер', ru: 'Отклонённые заявки', en: 'Requests declined' },
  description: {
    kk: 'Кезеңде келіп түсіп, қабылданбаған өтінімдер.',
    ru: 'Заявки, поступившие за период и отклонённые.',
    en: 'Requests submitted in the period that were declined.',
  },
});

export const requestsOpen = submittedWhere(`status NOT IN ('RESOLVED', 'DECLINED', 'WITHDRAWN')`, {
  key: 'REQUESTS_STILL_OPEN',
  label: { kk: 'Әлі ашық өтінімдер', ru: 'Ещё открытые заявки', en: 'Requests still open' },
  description: {
    kk: 'Кезеңде келіп түсіп, әлі шешілмеген, қабылданбаған және кері алынбаған өтінімдер.',
    ru: 'Заявки, поступившие за период и ещё не решённые, не отклонённые и не отозванные.',
    en: 'Requests submitted in the period that are not yet resolved, declined or withdrawn.',
  },
});
