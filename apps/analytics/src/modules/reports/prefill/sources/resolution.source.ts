import { single, type PrefillSourceDefinition } from '../prefill-source';

const RESOLVED_IN_PERIOD = `FROM analytics.request_fact WHERE region_code = $1 AND status = 'RESOLVED' AND resolved_at >= $2 AND resolved_at < $3`;

export const requestsResolvedInPeriod: PrefillSourceDefinition = {
  key: 'REQUESTS_RESOLVED_IN_PERIOD',
  label: { kk: 'Кезеңде шешілген өтінімдер', ru: 'Заявки, решённые за период', en: 'Requests resolved in the period' },
  description: {
    kk: 'Кезеңде шешілген өтінімдер, қашан келіп түскеніне қарамастан.',
    ru: 'Заявки, решённые за период, независимо от даты поступления.',
    en: 'Requests resolved in the period, whenever they were submitted.',
  },
  compute: (db, w) => single(db, `SELECT count(*)::int AS n ${RESOLVED_IN_PERIOD}`, [w.regionCode, w.startsAt, w.endsBefore]),
};

export const medianDaysToResolution: PrefillSourceDefinition = {
  key: 'MEDIAN_DAYS_TO_RESOLUTION',
  label: { kk: 'Шешу уақытының медианасы (күн)', ru: 'Медианное время решения (дни)', en: 'Median time to resolution (days)' },
  description: {
    kk: 'Кезеңде шешілген өтінімдердің келіп түскеннен шешілгенге дейінгі уақытының медианасы, күнмен (бір ондық белгімен).',
    ru: 'Медиана времени от поступления до решения заявок, решённых за период, в днях (с одним знаком).',
    en: 'The median time from submission to resolution of the requests resolved in the period, in days (one decimal); none when nothing was resolved.',
  },
  compute: (db, w) =>
    single(db, `SELECT round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM resolved_at - submitted_at)) / 86400.0)::numeric, 1) AS n ${RESOLVED_IN_PERIOD}`, [
      w.regionCode,
      w.startsAt,
      w.endsBefore,
    ]),
};

export const requestRatings: PrefillSourceDefinition = {
  key: 'REQUEST_RATING_AVERAGE',
  label: { kk: 'Көмектің орташа бағасы', ru: 'Средняя оценка помощи', en: 'Average rating of the help' },
  description: {
    kk: 'Кезеңде шешілген өтінімдерге ұйымдар қойған бағалардың орташасы (1–5, бір ондық белгімен).',
    ru: 'Средняя оценка (1–5, с одним знаком), которую организации поставили решённым за период заявкам.',
    en: 'The average score (1 to 5, one decimal) organizations gave the requests resolved in the period; none without ratings.',
  },
  compute: (db, w) => single(db, `SELECT round(avg(rating)::numeric, 1) AS n ${RESOLVED_IN_PERIOD} AND rating IS NOT NULL`, [w.regionCode, w.startsAt, w.endsBefore]),
};
