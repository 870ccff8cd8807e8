import { ASSISTANCE_CATALOG, AssistanceSubtype, AssistanceType, DEFAULT_SERVICE_LEVEL_DAYS, OUTCOMES_BY_SUBTYPE } from '@birge/shared-reference';
import type { GenerateContext, GeneratedOrganizations, GeneratedStaff } from '../context';
import { DAY_MS, HOUR_MS } from '../context';
import { generatedId } from '../ids';
import { HISTORY_DAYS } from '../plan';
import { streamOf, type SeededRandom } from '../random';

export interface TimelineRecord {
  kind: 'COMMENT' | 'STATUS_CHANGED' | 'ASSIGNED' | 'REFERRED' | 'STATE_BODY_ANSWERED' | 'RATED';
  at: number;
  authorId: string;
  text: string | null;
  fromStatus: string | null;
  toStatus: string | null;
  assigneeId: string | null;
  referralId: string | null;
}

export interface ReferralRecord {
  id: string;
  stateBody: string;
  referredOn: string;
  note: string | null;
  answer: string | null;
  answeredOn: string | null;
  createdBy: string;
  createdAt: number;
  answeredBy: string | null;
}

/** One request with its whole history, as the assistance workflow would have written it. */
export interface RequestRecord {
  serial: number;
  id: string;
  organizationId: string;
  regionCode: string;
  type: AssistanceType;
  subtype: AssistanceSubtype;
  status: string;
  description: string;
  createdAt: number;
  updatedAt: number;
  createdBy: string;
  updatedBy: string | null;
  version: number;
  assigneeId: string | null;
  dueAt: number;
  overdueRaisedAt: number | null;
  outcomeResult: string | null;
  outcomeNote: string | null;
  outcomeLink: string | null;
  resolvedAt: number | null;
  rating: number | null;
  ratingComment: string | null;
  ratedAt: number | null;
  timeline: TimelineRecord[];
  referrals: ReferralRecord[];
}

const TYPE_OF = new Map(Object.entries(ASSISTANCE_CATALOG).flatMap(([type, subtypes]) => subtypes.map((s) => [s, type as AssistanceType] as const)));
const SUBTYPES = Object.values(AssistanceSubtype);
/** How often organizations ask for each kind of help (registration and grants most). */
const SUBTYPE_WEIGHTS = (() => {
  const weights = [8, 9, 6, 16, 12, 18, 10, 11, 10];
  let sum = 0;
  return weights.map((w) => (sum += w));
})();

const DESCRIPTIONS: Readonly<Record<AssistanceSubtype, readonly string[]>> = {
  [AssistanceSubtype.STATE_BODY_LIAISON]: ['Әкімдікпен іс-шараға рұқсат алуға көмек керек', 'Нужна помощь в согласовании акции с акиматом'],
  [AssistanceSubtype.PREMISES_AND_EQUIPMENT]: ['Тренинг өткізу үшін зал керек', 'Просим предоставить зал и проектор для встречи волонтёров'],
  [AssistanceSubtype.TRAINING]: ['Еріктілерге алғашқы медициналық көмек тренингі керек', 'Нужен тренинг по управлению волонтёрами'],
  [AssistanceSubtype.ORGANIZATION_REGISTRATION]: ['Қоғамдық бірлестікті тіркеуге кеңес керек', 'Консультация по регистрации общественного фонда'],
  [AssistanceSubtype.GRANT_AND_REPORTING_DOCUMENTS]: ['Гранттық есепті толтыруға көмектесіңіз', 'Помогите подготовить отчёт по гранту'],
  [AssistanceSubtype.GRANTS_AND_PROGRAMMES]: ['Қандай грант бағдарламалары бар?', 'Какие грантовые программы открыты для инициативных групп?'],
  [AssistanceSubtype.COOPERATION]: ['Бизнес серіктестерді табуға көмек керек', 'Ищем партнёров для экологической акции'],
  [AssistanceSubtype.MEDIA_PUBLICITY]: ['Жобамыз туралы жергілікті БАҚ-та жариялау', 'Просим рассказать о нашем проекте в местных СМИ'],
  [AssistanceSubtype.MEDIA_INTEREST]: ['Журналистер біздің акция туралы сұрап жатыр', 'Журналисты просят интервью о нашей акции'],
};
const STATE_BODIES = ['Облыс әкімдігінің ішкі саясат басқармасы', 'Управление образования', 'Әділет департаменті', 'Управление здравоохранения', 'Аудан әкімдігі'];
const DECLINE_REASONS = ['Сұрау фронт-офистің құзыретіне кірмейді', 'Запрос не относится к компетенции фронт-офиса', 'Ұйым сұрауды қайталап жіберді'];
const COMMENTS = ['Ұйыммен телефон арқылы сөйлестік', 'Запросили недостающие документы', 'Жауапты маманға жібердік', 'Договорились о встрече'];
const RATING_COMMENTS = ['Рақмет, тез көмектестіңіз!', 'Спасибо за помощь', 'Жауап кешікті', null, null];

/** Requests of the last weeks are often still open; older ones mostly ended, some got stuck. */
function finalStatus(random: SeededRandom, ageDays: number): string {
  const r = random.next();
  if (ageDays < 3) return r < 0.5 ? 'NEW' : r < 0.8 ? 'TRIAGED' : 'IN_PROGRESS';
  if (ageDays < 30)
    return r < 0.15 ? 'NEW' : r < 0.3 ? 'TRIAGED' : r < 0.5 ? 'IN_PROGRESS' : r < 0.55 ? 'WAITING_ON_STATE_BODY' : r < 0.9 ? 'RESOLVED' : r < 0.96 ? 'DECLINED' : 'WITHDRAWN';
  return r < 0.03 ? 'NEW' : r < 0.05 ? 'TRIAGED' : r < 0.1 ? 'IN_PROGRESS' : r < 0.12 ? 'WAITING_ON_STATE_BODY' : r < 0.82 ? 'RESOLVED' : r < 0.92 ? 'DECLINED' : 'WITHDRAWN';
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Every request of the data set with its history, in order, drawn from its own stream: the same
 * seed gives the same requests each time this runs, so each table's writer can go through them
 * once (requests, timeline, referrals, notifications) without holding a million in memory.
 */
export function* requestRecords(ctx: GenerateContext, organizations: GeneratedOrganizations, staff: GeneratedStaff): Generator<RequestRecord> {
  const random = streamOf(ctx.seed, 'requests');
  const end = ctx.asOf.getTime() - HOUR_MS;
  const n = organizations.ids.length;
  let referralSerial = 0;
  for (let i = 0; i < ctx.plan.requests; i++) {
    // Some organizations ask often: a skewed draw over a random order.
    const o = Math.min(n - 1, Math.floor(n * random.next() ** 1.5));
    const region = organizations.regionIndex[o];
    const regionStaff = staff.byRegion[region];
    const head = regionStaff[0];
    const registered = organizations.createdAt[o];
    const earliest = Math.max(registered + HOUR_MS, end - HISTORY_DAYS * DAY_MS);
    const createdAt = earliest + Math.floor((end - earliest) * random.next() ** 0.8);
    const ageDays = (end - createdAt) / DAY_MS;
    const subtype = SUBTYPES[random.weighted(SUBTYPE_WEIGHTS)];
    const sla = DEFAULT_SERVICE_LEVEL_DAYS[subtype];
    const status = finalStatus(random, ageDays);
    const createdBy = random.pick(regionStaff);
    const request: RequestRecord = {
      serial: i + 1,
      id: generatedId('request', i + 1),
      organizationId: organizations.ids[o],
      regionCode: ctx.places.regions[region].code,
      type: TYPE_OF.get(subtype) as AssistanceType,
      subtype,
      status,
      description: random.pick(DESCRIPTIONS[subtype]),
      createdAt,
      updatedAt: createdAt,
      createdBy,
      updatedBy: null,
      version: 1,
      assigneeId: null,
      dueAt: createdAt + sla * DAY_MS,
      overdueRaisedAt: null,
      outcomeResult: null,
      outcomeNote: null,
      outcomeLink: null,
      resolvedAt: null,
      rating: null,
      ratingComment: null,
      ratedAt: null,
      timeline: [],
      referrals: [],
    };
    // The history up to the final status, each step a little later, never past the end.
    let at = createdAt;
    const later = (minHours: number, maxHours: number) => (at = Math.min(end, at + random.between(minHours * 60, maxHours * 60) * 60_000));
    const change = (from: string, to: string, actor: string, text: string | null = null) => {
      request.timeline.push({ kind: 'STATUS_CHANGED', at, authorId: actor, text, fromStatus: from, toStatus: to, assigneeId: null, referralId: null });
      request.version++;
      request.updatedAt = at;
      request.updatedBy = actor;
    };
    if (status !== 'NEW') {
      if (status === 'DECLINED' && random.chance(0.5)) {
        later(2, 48);
        change('NEW', 'DECLINED', head, random.pick(DECLINE_REASONS));
      } else if (status === 'WITHDRAWN' && random.chance(0.5)) {
        later(2, 96);
        change('NEW', 'WITHDRAWN', createdBy);
      } else {
        later(1, 48);
        change('NEW', 'TRIAGED', head);
        const assignee = random.pick(regionStaff);
        request.timeline.push({ kind: 'ASSIGNED', at, authorId: head, text: null, fromStatus: null, toStatus: null, assigneeId: assignee, referralId: null });
        request.assigneeId = assignee;
        request.version++;
        const actor = () => (random.chance(0.8) ? assignee : head);
        if (status === 'DECLINED' || status === 'WITHDRAWN') {
          later(4, 120);
          change('TRIAGED', status, status === 'DECLINED' ? actor() : createdBy, status === 'DECLINED' ? random.pick(DECLINE_REASONS) : null);
        } else if (status !== 'TRIAGED') {
          later(1, 72);
          change('TRIAGED', 'IN_PROGRESS', actor());
          if (random.chance(0.3)) {
            later(1, 48);
            request.timeline.push({ kind: 'COMMENT', at, authorId: assignee, text: random.pick(COMMENTS), fromStatus: null, toStatus: null, assigneeId: null, referralId: null });
          }
          const refers = status === 'WAITING_ON_STATE_BODY' || (status === 'RESOLVED' && subtype === AssistanceSubtype.STATE_BODY_LIAISON && random.chance(0.6));
          if (refers) {
            later(2, 72);
            change('IN_PROGRESS', 'WAITING_ON_STATE_BODY', assignee);
            const referral: ReferralRecord = {
              id: generatedId('referral', ++referralSerial),
              stateBody: random.pick(STATE_BODIES),
              referredOn: day(at),
              note: null,
              answer: null,
              answeredOn: null,
              createdBy: assignee,
              createdAt: at,
              answeredBy: null,
            };
            request.referrals.push(referral);
            request.timeline.push({ kind: 'REFERRED', at, authorId: assignee, text: null, fromStatus: null, toStatus: null, assigneeId: null, referralId: referral.id });
            if (status === 'RESOLVED') {
              later(5 * 24, 25 * 24);
              Object.assign(referral, { answer: 'Келісілді / Согласовано', answeredOn: day(at), answeredBy: assignee });
              request.timeline.push({
                kind: 'STATE_BODY_ANSWERED',
                at,
                authorId: assignee,
                text: null,
                fromStatus: null,
                toStatus: null,
                assigneeId: null,
                referralId: referral.id,
              });
              request.version++;
            }
          }
          if (status === 'RESOLVED') {
            later(4, Math.max(8, sla * 24 * 1.3));
            const result = random.pick(OUTCOMES_BY_SUBTYPE[subtype]);
            Object.assign(request, { outcomeResult: result, resolvedAt: at, outcomeLink: result === 'PUBLICATION_MADE' ? `https://example.kz/news/${i + 1}` : null });
            change(refers ? 'WAITING_ON_STATE_BODY' : 'IN_PROGRESS', 'RESOLVED', actor());
            if (random.chance(0.4)) {
              later(2, 240);
              const score = random.weighted([3, 6, 14, 40, 100]) + 1;
              Object.assign(request, { rating: score, ratingComment: random.pick(RATING_COMMENTS), ratedAt: at });
              request.timeline.push({
                kind: 'RATED',
                at,
                authorId: createdBy,
                text: `${score}/5${request.ratingComment ? `: ${request.ratingComment}` : ''}`,
                fromStatus: null,
                toStatus: null,
                assigneeId: null,
                referralId: null,
              });
              request.version++;
              request.updatedAt = at;
            }
          }
        }
      }
    }
    // The daily sweep has raised what is past due and still open.
    if (!['RESOLVED', 'DECLINED', 'WITHDRAWN'].includes(status) && request.dueAt < end) request.overdueRaisedAt = Math.min(end, request.dueAt + 6 * HOUR_MS);
    yield request;
  }
}
