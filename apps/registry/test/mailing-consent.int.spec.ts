import type { OrganizationMailingChangedPayload } from '@birge/shared-reference';
import { EventBus } from '@birge/server-kit';
import pino from 'pino';
import { MAILING_BACKFILL_KEY, backfillOrganizationMailing } from '../src/modules/organization/organization-mailing-backfill';
import { ASTANA, CONSENTING_GROUP, startRegistry, type RegistryHarness } from './support/registry-harness';

const CREATE = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id version contactPeople { name emails emailConsent emailConsentAt } } }`;
const UPDATE = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id version contactPeople { name emails emailConsent emailConsentAt } } }`;
interface Person {
  name: string;
  emails: string[];
  emailConsent: boolean;
  emailConsentAt: string | null;
}
type Saved = { id: string; version: number; contactPeople: Person[] };

describe('registry: consent to announcements on the contact person, and what notifications is told', () => {
  let h: RegistryHarness;
  beforeAll(async () => {
    h = await startRegistry();
  });
  afterAll(() => h?.stop());

  /** The snapshots published for an organization, oldest first (the notifications queue's copies). */
  const snapshots = async (organizationId: string): Promise<OrganizationMailingChangedPayload[]> =>
    (
      await h.subgraph.dataSource.query(
        `SELECT data->'payload' AS payload FROM pgboss.job WHERE name = 'notifications.organization-mailing' AND data->'payload'->>'organizationId' = $1 ORDER BY created_on`,
        [organizationId],
      )
    ).map((row: { payload: OrganizationMailingChangedPayload }) => row.payload);

  it('records consent with its time, keeps the time on later saves, and publishes only consenting addresses in the same transaction', async () => {
    const created = (await h.client.data<{ createOrganization: Saved }>(CREATE, { input: CONSENTING_GROUP })).createOrganization;
    expect(created.contactPeople.map((p) => [p.name, p.emailConsent])).toEqual([
      ['Әлия', true],
      ['Болат', false],
    ]);
    const consentAt = created.contactPeople[0].emailConsentAt;
    expect(consentAt).not.toBeNull();
    expect(created.contactPeople[1].emailConsentAt).toBeNull();

    const [first] = await snapshots(created.id);
    expect(first).toMatchObject({ removed: false, regionCode: ASTANA, kind: 'INITIATIVE_GROUP', directions: ['AYALA'], verificationStatus: 'UNVERIFIED', status: 'ACTIVE' });
    expect(first.addresses).toEqual([{ email: 'aliya@example.kz', consentAt: new Date(String(consentAt)).toISOString() }]);

    // Saved again (the dashboard sends every person): Aliya's consent keeps its time; Bolat now consents.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const updated = (
      await h.client.data<{ updateOrganization: Saved }>(UPDATE, {
        input: {
          id: created.id,
          version: created.version,
          contactPeople: [
            { name: 'Әлия', emails: ['aliya@example.kz'], emailConsent: true },
            { name: 'Болат', emails: ['bolat@example.kz'], emailConsent: true },
          ],
        },
      })
    ).updateOrganization;
    expect(updated.contactPeople[0].emailConsentAt).toBe(consentAt);
    expect(updated.contactPeople[1].emailConsentAt).not.toBeNull();
    const all = await snapshots(created.id);
    expect(all).toHaveLength(2);
    expect(all[1].addresses.map((a) => a.email)).toEqual(['aliya@example.kz', 'bolat@example.kz']);
    expect(Date.parse(all[1].changedAt)).toBeGreaterThan(Date.parse(all[0].changedAt));
  });

  it('tells notifications when a CSV import replaced the contact people: the file carries no consent, so no address is left to write to', async () => {
    const created = (
      await h.client.data<{ createOrganization: Saved }>(CREATE, {
        input: {
          name: 'Жасыл қала',
          kind: 'INITIATIVE_GROUP',
          regionCode: ASTANA,
          directions: ['TAZA_ALEM'],
          qazvolunteerId: 'QV-7701',
          contactPeople: [{ name: 'Дана', emails: ['dana@example.kz'], emailConsent: true }],
        },
      })
    ).createOrganization;
    expect((await snapshots(created.id)).at(-1)?.addresses).toHaveLength(1);
    const csv = [
      'name,kind,region_code,directions,qazvolunteer_id,contact_name,contact_emails',
      `Жасыл қала,INITIATIVE_GROUP,${ASTANA},TAZA_ALEM,QV-7701,Дана,dana@example.kz`,
    ].join('\n');
    const report = await h.client.data<{ importOrganizations: { ok: boolean; updated: number } }>(`mutation($csv: String!) { importOrganizations(csv: $csv) { ok updated } }`, {
      csv,
    });
    expect(report.importOrganizations).toEqual({ ok: true, updated: 1 });
    const after = await snapshots(created.id);
    expect(after).toHaveLength(2);
    expect(after[1]).toMatchObject({ organizationId: created.id, removed: false, regionCode: ASTANA, directions: ['TAZA_ALEM'], addresses: [] });
  });

  it('refuses consent without an e-mail to send to, naming the field', async () => {
    const result = await h.client.request(CREATE, {
      input: {
        name: 'Без почты',
        kind: 'INITIATIVE_GROUP',
        regionCode: ASTANA,
        directions: ['AYALA'],
        contactPeople: [{ name: 'Ерлан', phones: ['+77011234567'], emailConsent: true }],
      },
    });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result.errors?.[0].extensions?.fields)).toContain('"field":"contactPeople.0.emailConsent","code":"CONSENT_WITHOUT_EMAIL"');
  });

  it('sends every organization recorded before it told notifications once per installation, at start', async () => {
    const saved = (
      await h.client.data<{ createOrganization: Saved }>(CREATE, {
        input: { name: 'Ескі жазба', kind: 'NGO', regionCode: ASTANA, directions: ['BILIM'], contactPeople: [{ name: 'Дана', emails: ['dana@example.kz'], emailConsent: true }] },
      })
    ).createOrganization;
    // As an installation from before: no snapshot was ever sent, and the backfill has not run.
    await h.subgraph.dataSource.query(`DELETE FROM pgboss.job WHERE name = 'notifications.organization-mailing'`);
    await h.subgraph.dataSource.query(`DELETE FROM registry.notice_sent WHERE case_key = $1`, [MAILING_BACKFILL_KEY]);

    const events = await EventBus.start({ url: h.db.url, logger: pino({ level: 'silent' }) });
    try {
      const organizations: { n: number }[] = await h.subgraph.dataSource.query('SELECT count(*)::int AS n FROM registry.organization');
      expect(await backfillOrganizationMailing(h.subgraph.dataSource, events)).toBe(organizations[0].n);
      const [snapshot] = await snapshots(saved.id);
      expect(snapshot).toMatchObject({ removed: false, regionCode: ASTANA, kind: 'NGO', directions: ['BILIM'] });
      expect(snapshot.addresses.map((a) => a.email)).toEqual(['dana@example.kz']);
      // Once: a second start (or a second replica) sends nothing.
      expect(await backfillOrganizationMailing(h.subgraph.dataSource, events)).toBe(0);
      expect(await snapshots(saved.id)).toHaveLength(1);
    } finally {
      await events.stop();
    }
  });
});
