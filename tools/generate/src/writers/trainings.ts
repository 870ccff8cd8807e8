import { copyRows, type CopyValue } from '../copy';
import type { GenerateContext, GeneratedOrganizations, GeneratedStaff } from '../context';
import { DAY_MS, HOUR_MS } from '../context';
import { generatedId } from '../ids';
import { HISTORY_DAYS } from '../plan';
import { streamOf, type SeededRandom } from '../random';

const TOPICS: readonly (readonly [string, string])[] = [
  ['Еріктілерді басқару негіздері', 'Основы управления волонтёрами'],
  ['Гранттық өтінім жазу', 'Как написать грантовую заявку'],
  ['Алғашқы медициналық көмек', 'Первая медицинская помощь'],
  ['ҚБ-ны тіркеу және есеп беру', 'Регистрация и отчётность НКО'],
  ['Әлеуметтік желілердегі жоба', 'Продвижение проекта в соцсетях'],
  ['Инклюзивті іс-шаралар', 'Инклюзивные мероприятия'],
  ['Жобаның бюджетін жоспарлау', 'Планирование бюджета проекта'],
  ['Еріктілердің қауіпсіздігі', 'Безопасность волонтёров'],
];
const AUDIENCES = ['NGO_STAFF', 'GROUP_MEMBERS', 'VOLUNTEER_LEADERS'];
const VENUES = ['Өңірлік фронт-офис, мәжіліс залы', 'Региональный фронт-офис, конференц-зал', 'Жастар ресурстық орталығы', 'Онлайн (Zoom)'];

/** Up to `count` distinct organizations of the region registered before `before` (drawn, not filtered: a region holds thousands). */
function registrants(random: SeededRandom, region: readonly number[], createdAt: Float64Array, before: number, count: number): number[] {
  const chosen = new Set<number>();
  for (let tries = 0; chosen.size < count && tries < count * 4 && region.length; tries++) {
    const o = region[random.int(region.length)];
    if (createdAt[o] < before) chosen.add(o);
  }
  return [...chosen];
}

/**
 * Trainings of the regional offices (past ones and some weeks ahead, a few cancelled) with the
 * organizations of the region registered to them and, once held, who attended.
 */
export async function writeTrainings(ctx: GenerateContext, organizations: GeneratedOrganizations, staff: GeneratedStaff): Promise<{ trainings: number; registrations: number }> {
  const random = streamOf(ctx.seed, 'trainings');
  const end = ctx.asOf.getTime();
  const trainings: CopyValue[][] = [];
  const registrations: CopyValue[][] = [];
  for (let t = 0; t < ctx.plan.trainings; t++) {
    const id = generatedId('training', t + 1);
    const regionIndex = organizations.regionIndex[random.int(organizations.ids.length)];
    const region = ctx.places.regions[regionIndex];
    const startDay = Math.floor(end / DAY_MS) - HISTORY_DAYS + random.int(HISTORY_DAYS + 60);
    const startsAt = startDay * DAY_MS + random.between(4, 10) * HOUR_MS;
    const endsAt = startsAt + random.between(2, 4) * HOUR_MS;
    const author = staff.byRegion[regionIndex][0];
    const createdAt = Math.min(end - HOUR_MS, startsAt - random.between(7, 30) * DAY_MS);
    const cancelled = random.chance(0.05);
    const capacity = random.between(15, 60);
    const [kk, ru] = random.pick(TOPICS);
    trainings.push([
      id,
      region.code,
      random.chance(0.6) ? kk : ru,
      null,
      random.pick(AUDIENCES),
      new Date(startsAt),
      new Date(endsAt),
      random.pick(VENUES),
      capacity,
      cancelled ? 'CANCELLED' : 'SCHEDULED',
      cancelled ? 'Спикер ауырып қалды / болезнь спикера' : null,
      cancelled ? new Date(createdAt + DAY_MS) : null,
      author,
      new Date(createdAt),
      null,
      new Date(cancelled ? createdAt + DAY_MS : createdAt),
      cancelled ? 2 : 1,
    ]);
    const held = !cancelled && endsAt < end;
    let seats = capacity;
    for (const o of registrants(random, organizations.byRegion[regionIndex], organizations.createdAt, createdAt, random.between(2, 12))) {
      const participants = random.between(1, 5);
      const registeredAt = createdAt + random.between(1, 6 * 24) * HOUR_MS;
      const waitlisted = participants > seats;
      const withdrawn = !waitlisted && random.chance(0.05);
      if (!waitlisted && !withdrawn) seats -= participants;
      const status = waitlisted ? 'WAITLISTED' : withdrawn ? 'CANCELLED' : 'REGISTERED';
      const attendance = held && status === 'REGISTERED' ? (random.chance(0.85) ? 'ATTENDED' : 'NO_SHOW') : null;
      registrations.push([
        generatedId('registration', registrations.length + 1),
        id,
        organizations.ids[o],
        participants,
        status,
        attendance,
        attendance === 'ATTENDED' ? random.between(1, participants) : null,
        withdrawn ? new Date(registeredAt + HOUR_MS) : null,
        author,
        new Date(registeredAt),
        new Date(withdrawn ? registeredAt + HOUR_MS : registeredAt),
        attendance || withdrawn ? 2 : 1,
      ]);
    }
    if (t % 500 === 0) ctx.progress('trainings', t, ctx.plan.trainings);
  }
  await copyRows(
    ctx.client,
    'assistance.training',
    [
      'id',
      'region_code',
      'topic',
      'description',
      'audience',
      'starts_at',
      'ends_at',
      'venue',
      'capacity',
      'status',
      'cancellation_reason',
      'cancelled_at',
      'created_by',
      'created_at',
      'updated_by',
      'updated_at',
      'version',
    ],
    trainings,
  );
  await copyRows(
    ctx.client,
    'assistance.training_registration',
    ['id', 'training_id', 'organization_id', 'participants', 'status', 'attendance', 'attended_participants', 'cancelled_at', 'created_by', 'created_at', 'updated_at', 'version'],
    registrations,
  );
  ctx.progress('trainings', ctx.plan.trainings, ctx.plan.trainings);
  return { trainings: trainings.length, registrations: registrations.length };
}
