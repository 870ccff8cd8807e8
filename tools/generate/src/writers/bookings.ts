import { copyRows, type CopyValue } from '../copy';
import type { GenerateContext, GeneratedOrganizations, GeneratedStaff } from '../context';
import { DAY_MS, HOUR_MS } from '../context';
import { generatedId } from '../ids';
import { HISTORY_DAYS, RESOURCES_PER_REGION } from '../plan';
import { streamOf } from '../random';

const NAMES = {
  ROOM: ['Мәжіліс залы (фронт-офис)', 'Тренинг залы (фронт-офис)', 'Коворкинг (фронт-офис)'],
  EQUIPMENT: ['Проектор мен экран (фронт-офис)', 'Дыбыс күшейткіш жабдық (фронт-офис)'],
} as const;
const PURPOSES = ['Еріктілер жиналысы', 'Встреча с волонтёрами', 'Тренинг', 'Пресс-конференция', null];

/**
 * Each regional office's rooms and equipment and the organizations' bookings of them: one after
 * another on each resource (confirmed bookings of one resource never overlap), some cancelled.
 * Gives the bookings as notifications tell of them.
 */
export async function writeBookings(
  ctx: GenerateContext,
  organizations: GeneratedOrganizations,
  staff: GeneratedStaff,
): Promise<{ resources: number; bookings: { id: string; organizationId: string; regionCode: string; createdAt: number; createdBy: string }[] }> {
  const random = streamOf(ctx.seed, 'bookings');
  const resources: { id: string; regionIndex: number }[] = [];
  const resourceRows: CopyValue[][] = [];
  ctx.places.regions.forEach((region, regionIndex) => {
    for (const kind of ['ROOM', 'EQUIPMENT'] as const) {
      for (let k = 0; k < RESOURCES_PER_REGION[kind]; k++) {
        const id = generatedId('resource', resources.length + 1);
        resources.push({ id, regionIndex });
        resourceRows.push([
          id,
          region.code,
          kind,
          NAMES[kind][k],
          null,
          kind === 'ROOM' ? random.between(10, 60) : null,
          true,
          staff.byRegion[regionIndex][0],
          new Date(ctx.asOf.getTime() - (HISTORY_DAYS + 30) * DAY_MS),
        ]);
      }
    }
  });
  await copyRows(ctx.client, 'assistance.bookable_resource', ['id', 'region_code', 'kind', 'name', 'description', 'capacity', 'active', 'created_by', 'created_at'], resourceRows);
  const perResource = Math.ceil(ctx.plan.bookings / resources.length);
  /** Slots of each resource: the history and two weeks ahead, evenly. */
  const slotMs = Math.floor(((HISTORY_DAYS + 14) * DAY_MS) / perResource);
  const first = ctx.asOf.getTime() - HISTORY_DAYS * DAY_MS;
  const bookings: { id: string; organizationId: string; regionCode: string; createdAt: number; createdBy: string }[] = [];
  const rows: CopyValue[][] = [];
  for (let b = 0; b < ctx.plan.bookings; b++) {
    const resource = resources[b % resources.length];
    const slot = Math.floor(b / resources.length);
    const startsAt = first + slot * slotMs + Math.floor(random.int(Math.max(1, slotMs - 5 * HOUR_MS)) / HOUR_MS) * HOUR_MS;
    const endsAt = startsAt + random.between(1, 4) * HOUR_MS;
    const pool = organizations.byRegion[resource.regionIndex];
    const o = pool.length ? pool[random.int(pool.length)] : random.int(organizations.ids.length);
    const createdAt = Math.min(ctx.asOf.getTime() - HOUR_MS, Math.max(organizations.createdAt[o] + HOUR_MS, startsAt - random.between(1, 14) * DAY_MS));
    const cancelled = random.chance(0.1);
    const createdBy = random.pick(staff.byRegion[resource.regionIndex]);
    const id = generatedId('booking', b + 1);
    const regionCode = ctx.places.regions[resource.regionIndex].code;
    bookings.push({ id, organizationId: organizations.ids[o], regionCode, createdAt, createdBy });
    rows.push([
      id,
      resource.id,
      organizations.ids[o],
      regionCode,
      `[${new Date(startsAt).toISOString()},${new Date(endsAt).toISOString()})`,
      cancelled ? 'CANCELLED' : 'CONFIRMED',
      random.pick(PURPOSES),
      createdBy,
      new Date(createdAt),
      cancelled ? createdBy : null,
      new Date(cancelled ? createdAt + HOUR_MS : createdAt),
      cancelled ? new Date(createdAt + HOUR_MS) : null,
      cancelled ? 2 : 1,
    ]);
  }
  await copyRows(
    ctx.client,
    'assistance.booking',
    ['id', 'resource_id', 'organization_id', 'region_code', 'period', 'status', 'purpose', 'created_by', 'created_at', 'updated_by', 'updated_at', 'cancelled_at', 'version'],
    rows,
  );
  ctx.progress('bookings', rows.length, rows.length);
  return { resources: resources.length, bookings };
}
