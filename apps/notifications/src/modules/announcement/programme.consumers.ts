import { defineConsumer, type EventConsumer } from '@birge/server-kit';
import type { GrantProgrammeEventBase } from '@birge/shared-reference';
import type { EntityManager } from 'typeorm';

type Language = 'kk' | 'ru' | 'en';

const TEXT: Record<Language, { open: (title: string, closesOn: string) => string; soon: (title: string, closesOn: string, days: number) => string; reminder: string }> = {
  kk: {
    open: (title, closesOn) => `«${title}» бағдарламасына өтінім қабылдануда. Өтінім беру мерзімі: ${closesOn} дейін.`,
    soon: (title, closesOn, days) => `«${title}» бағдарламасына өтінім қабылдау ${closesOn} аяқталады (${days} күн қалды).`,
    reminder: 'Еске салу',
  },
  ru: {
    open: (title, closesOn) => `Открыт приём заявок на программу «${title}». Заявки принимаются до ${closesOn}.`,
    soon: (title, closesOn, days) => `Приём заявок на программу «${title}» заканчивается ${closesOn} (осталось дней: ${days}).`,
    reminder: 'Напоминание',
  },
  en: {
    open: (title, closesOn) => `Applications are open for "${title}" until ${closesOn}.`,
    soon: (title, closesOn, days) => `Applications for "${title}" close on ${closesOn} (${days} days left).`,
    reminder: 'Reminder',
  },
};

/** The programme's audience as an announcement's target: its regions (a region's programme, that region), directions and kinds. */
async function insertAnnouncement(
  manager: EntityManager,
  p: GrantProgrammeEventBase,
  fields: { language: Language; title: string; body: string; status: 'DRAFT' | 'SCHEDULED'; createdBy: string },
): Promise<void> {
  const regionCodes = p.ownerRegionCode ? [p.ownerRegionCode] : p.regionCodes;
  await manager.query(
    `INSERT INTO notifications.announcement (topic, language, title, body, link, owner_region_code, region_codes, directions, organization_kinds, status,
       scheduled_at, created_by)
     VALUES ('GRANT', $1, $2, $3, $4, $5, $6, $7, $8, $9, CASE WHEN $9 = 'SCHEDULED' THEN now() END, $10)`,
    [fields.language, fields.title.slice(0, 200), fields.body, p.link, p.ownerRegionCode, regionCodes, p.directions, p.actorKinds, fields.status, fields.createdBy],
  );
}

/**
 * The grant programmes catalog's events (assistance): an announcement asked for becomes a draft in
 * the asker's name, to review and send; a programme that was announced and closes soon is reminded
 * to the same audience, sent by the scheduler at once (in Kazakh, the default language).
 */
export const programmeConsumers: readonly EventConsumer[] = [
  defineConsumer({
    event: 'assistance.grant-programme-announced',
    handle: async (manager, { payload: p }) => {
      const title = p.title[p.language];
      await insertAnnouncement(manager, p, { language: p.language, title, body: TEXT[p.language].open(title, p.closesOn), status: 'DRAFT', createdBy: p.actorId });
    },
  }),
  defineConsumer({
    event: 'assistance.grant-programme-closing-soon',
    handle: async (manager, { payload: p }) => {
      const text = TEXT.kk;
      await insertAnnouncement(manager, p, {
        language: 'kk',
        title: `${text.reminder}: ${p.title.kk}`,
        body: text.soon(p.title.kk, p.closesOn, p.daysLeft),
        status: 'SCHEDULED',
        createdBy: 'grant-programme-reminder',
      });
    },
  }),
];
