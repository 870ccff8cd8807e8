import { bulkWrite } from '../bulk';
import { copyRows } from '../copy';
import type { GenerateContext, GeneratedOrganizations, GeneratedStaff } from '../context';
import { DAY_MS } from '../context';
import { generatedId } from '../ids';
import { streamOf } from '../random';

/** The contact log, column-wise, and each organization's most recent contact (day number, -1: none). */
export interface DrawnContacts {
  organization: Int32Array;
  day: Int32Array;
  kind: Uint8Array;
  told: Uint8Array;
  staff: string[];
  lastContactDay: Int32Array;
}

const KINDS = ['MEETING', 'CALL', 'VISIT', 'EVENT', 'MESSAGE'];
const KIND_WEIGHTS = [30, 65, 80, 92, 100];
const NOTES = ['Жылдық жоспарды талқыладық', 'Обсудили участие в областном форуме', 'Грант бағдарламалары туралы айттық', 'Рассказали об услугах фронт-офиса', null, null, null];

/**
 * Contacts of the front offices with organizations: some organizations are met often, many rarely
 * and some never (a skewed draw), each contact after the organization was registered, more of them
 * recent than old, by the staff of its region.
 */
export function drawContacts(ctx: GenerateContext, organizations: GeneratedOrganizations, staff: GeneratedStaff): DrawnContacts {
  const random = streamOf(ctx.seed, 'contacts');
  const count = ctx.plan.contacts;
  const n = organizations.ids.length;
  const drawn: DrawnContacts = {
    organization: new Int32Array(count),
    day: new Int32Array(count),
    kind: new Uint8Array(count),
    told: new Uint8Array(count),
    staff: new Array<string>(count),
    lastContactDay: new Int32Array(n).fill(-1),
  };
  const today = Math.floor(ctx.asOf.getTime() / DAY_MS) - 1;
  for (let c = 0; c < count; c++) {
    const o = Math.min(n - 1, Math.floor(n * random.next() ** 1.8));
    const from = Math.ceil(organizations.createdAt[o] / DAY_MS);
    const day = Math.min(today, from + Math.floor((today - from + 1) * random.next() ** 0.6));
    drawn.organization[c] = o;
    drawn.day[c] = day;
    drawn.kind[c] = random.weighted(KIND_WEIGHTS);
    drawn.told[c] = random.chance(0.6) ? 1 : 0;
    drawn.staff[c] = random.pick(staff.byRegion[organizations.regionIndex[o]]);
    if (day > drawn.lastContactDay[o]) drawn.lastContactDay[o] = day;
  }
  return drawn;
}

export async function writeContacts(ctx: GenerateContext, organizations: GeneratedOrganizations, drawn: DrawnContacts): Promise<void> {
  const random = streamOf(ctx.seed, 'contact-notes');
  const total = drawn.organization.length;
  await bulkWrite(ctx, 'registry.contact', total, () =>
    copyRows(
      ctx.client,
      'registry.contact',
      ['id', 'organization_id', 'kind', 'occurred_on', 'district_code', 'staff_user_id', 'notes', 'told_about_offer', 'created_at'],
      (function* () {
        for (let c = 0; c < total; c++) {
          if (c % 20000 === 0) ctx.progress('contacts', c, total);
          const o = drawn.organization[c];
          const on = new Date(drawn.day[c] * DAY_MS);
          yield [
            generatedId('contact', c + 1),
            organizations.ids[o],
            KINDS[drawn.kind[c]],
            on.toISOString().slice(0, 10),
            organizations.districtCodes[o],
            drawn.staff[c],
            random.pick(NOTES),
            drawn.told[c] === 1,
            new Date(on.getTime() + 12 * 3_600_000),
          ];
        }
      })(),
    ),
  );
  ctx.progress('contacts', total, total);
}
