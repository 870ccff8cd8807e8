import type { DataSource, EntityManager } from 'typeorm';
import { upsertOrganizationFacts } from '../facts/organization-fact-upsert';
import { upsertOrganizationVerifications } from '../facts/organization-verification-upsert';
import { upsertRequestFacts } from '../facts/request-fact-upsert';
import { readBookingPages, readTrainingPages, type BookingRecord, type TrainingRecord } from './assistance-snapshot';
import type { SourceApiClient } from './source-api.client';
import { currentIdOf, readAssistancePages, readRegistryPages, type ContactRecord, type RegistryPage } from './source-snapshot';

export interface RebuildReport {
  organizations: number;
  contacts: number;
  requests: number;
  trainings: number;
  bookings: number;
  /** Facts of organizations the registry no longer has on their own: merged away (tombstoned) or never there (removed). */
  mergedAway: number;
  removed: number;
}

async function writeContacts(manager: EntityManager, contacts: readonly ContactRecord[]): Promise<void> {
  if (!contacts.length) return;
  const column = <K extends keyof ContactRecord>(key: K) => contacts.map((c) => c[key]);
  await manager.query(
    `INSERT INTO analytics.contact_fact (contact_id, organization_id, region_code, district_code, kind, occurred_on, told_about_offer)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::date[], $7::boolean[])
     ON CONFLICT (contact_id) DO UPDATE SET organization_id = EXCLUDED.organization_id, region_code = EXCLUDED.region_code,
       district_code = EXCLUDED.district_code, kind = EXCLUDED.kind, occurred_on = EXCLUDED.occurred_on, told_about_offer = EXCLUDED.told_about_offer`,
    [column('id'), column('organizationId'), column('regionCode'), column('districtCode'), column('kind'), column('occurredOn'), column('toldAboutOffer')],
  );
}

/** Trainings as assistance counts them now; a count assistance made after the rebuild began (a later changed_at) stays. */
async function writeTrainings(manager: EntityManager, trainings: readonly TrainingRecord[], startedAt: string): Promise<void> {
  if (!trainings.length) return;
  const column = <K extends keyof TrainingRecord>(key: K) => trainings.map((t) => t[key]);
  await manager.query(
    `INSERT INTO analytics.training_fact (training_id, region_code, starts_at, status, seats, registered, attended, changed_at)
     SELECT *, $8::timestamptz FROM unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::text[], $5::int[], $6::int[], $7::int[])
     ON CONFLICT (training_id) DO UPDATE SET region_code = EXCLUDED.region_code, starts_at = EXCLUDED.starts_at, status = EXCLUDED.status,
       seats = EXCLUDED.seats, registered = EXCLUDED.registered, attended = EXCLUDED.attended, changed_at = EXCLUDED.changed_at
     WHERE analytics.training_fact.changed_at <= EXCLUDED.changed_at`,
    [
      column('trainingId'),
      column('regionCode'),
      column('startsAt'),
      column('status'),
      column('seats'),
      column('registeredParticipants'),
      column('attendedParticipants'),
      startedAt,
    ],
  );
}

/** Bookings as assistance has them; a cancellation stays final. */
async function writeBookings(manager: EntityManager, bookings: readonly BookingRecord[]): Promise<void> {
  if (!bookings.length) return;
  const column = <K extends keyof BookingRecord>(key: K) => bookings.map((b) => b[key]);
  await manager.query(
    `INSERT INTO analytics.booking_fact (booking_id, resource_id, resource_kind, organization_id, region_code, starts_at, ends_at, status)
     SELECT i.booking_id, i.resource_id, i.resource_kind, coalesce(o.merged_into, i.organization_id), i.region_code, i.starts_at, i.ends_at, i.status
     FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::text[], $6::timestamptz[], $7::timestamptz[], $8::text[])
       AS i(booking_id, resource_id, resource_kind, organization_id, region_code, starts_at, ends_at, status)
     LEFT JOIN analytics.organization_fact o ON o.organization_id = i.organization_id
     ON CONFLICT (booking_id) DO UPDATE SET resource_kind = EXCLUDED.resource_kind, organization_id = EXCLUDED.organization_id,
       region_code = EXCLUDED.region_code, starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at,
       status = CASE WHEN analytics.booking_fact.status = 'CANCELLED' THEN 'CANCELLED' ELSE EXCLUDED.status END`,
    [column('bookingId'), column('resourceId'), column('resourceKind'), column('organizationId'), column('regionCode'), column('startsAt'), column('endsAt'), column('status')],
  );
}

/**
 * Recomputes the analytics read model from the owning subgraphs' APIs (never their tables), a page
 * at a time, each page in its own transaction (memory stays flat at national scale). Safe while the
 * consumers run: a record of the source replaces a fact of the same or an older version only, so an
 * event newer than the page keeps its effect; organizations the registry did not list are settled
 * at the end, and only when their fact is older than the rebuild (merged away: tombstoned; unknown:
 * removed). Running it twice changes nothing the second time.
 */
export class ReadModelRebuildService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: SourceApiClient,
    private readonly assistance: SourceApiClient,
  ) {}

  async rebuild(): Promise<RebuildReport> {
    const startedAt = new Date().toISOString();
    const report: RebuildReport = { organizations: 0, contacts: 0, requests: 0, trainings: 0, bookings: 0, mergedAway: 0, removed: 0 };
    const listed: string[] = [];
    await Promise.all([
      readRegistryPages(this.registry, async (page) => {
        await this.dataSource.transaction((manager) => this.writeRegistryPage(manager, page, startedAt));
        listed.push(...page.organizations.map((o) => o.id));
        report.organizations += page.organizations.length;
        report.contacts += page.contacts.length;
      }),
      readAssistancePages(this.assistance, async (requests) => {
        await this.dataSource.transaction((manager) => upsertRequestFacts(manager, requests, { sameVersionWins: true }));
        report.requests += requests.length;
      }),
      readTrainingPages(this.assistance, async (trainings) => {
        await this.dataSource.transaction((manager) => writeTrainings(manager, trainings, startedAt));
        report.trainings += trainings.length;
      }),
    ]);
    // After the organizations: a booking of a record merged away counts for the kept one.
    await readBookingPages(this.assistance, async (bookings) => {
      await this.dataSource.transaction((manager) => writeBookings(manager, bookings));
      report.bookings += bookings.length;
    });
    const missing = await this.missingOrganizations(listed, startedAt);
    // What each missing record is now, asked before the transaction so it holds no lock while the registry answers.
    const settled: { id: string; currentId: string | null }[] = [];
    for (const id of missing) settled.push({ id, currentId: await currentIdOf(this.registry, id) });
    await this.dataSource.transaction(async (manager) => {
      for (const { id, currentId } of settled) {
        if (currentId && currentId !== id) {
          await manager.query(`UPDATE analytics.organization_fact SET merged_into = $2 WHERE organization_id = $1`, [id, currentId]);
          report.mergedAway += 1;
        } else if (!currentId) {
          await manager.query(`DELETE FROM analytics.organization_fact WHERE organization_id = $1 AND merged_into IS NULL`, [id]);
          report.removed += 1;
        }
      }
    });
    return report;
  }

  private async writeRegistryPage(manager: EntityManager, page: RegistryPage, startedAt: string): Promise<void> {
    const { organizations } = page;
    await upsertOrganizationFacts(
      manager,
      {
        organizationIds: organizations.map((o) => o.id),
        kinds: organizations.map((o) => o.kind),
        regionCodes: organizations.map((o) => o.regionCode),
        districtCodes: organizations.map((o) => o.districtCode),
        versions: organizations.map((o) => o.version),
        profiles: {
          legalForms: organizations.map((o) => o.profile.legalForm),
          directions: organizations.map((o) => o.profile.directions),
          categories: organizations.map((o) => o.profile.categories),
          modes: organizations.map((o) => o.profile.modes),
        },
        registeredAts: organizations.map((o) => o.createdAt),
      },
      startedAt,
      { sameVersionWins: true },
    );
    // As derived when the rebuild began: a status the registry derives later arrives with a later time and wins.
    await upsertOrganizationVerifications(
      manager,
      organizations.map((o) => ({ organizationId: o.id, status: o.verificationStatus, verifiedAt: o.verifiedAt, changedAt: startedAt })),
    );
    await writeContacts(manager, page.contacts);
  }

  /** Live organization facts older than the rebuild whose record the registry did not list. */
  private async missingOrganizations(listed: readonly string[], startedAt: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT f.organization_id AS id FROM analytics.organization_fact f
       WHERE f.merged_into IS NULL AND f.registered_at < $2
         AND NOT EXISTS (SELECT 1 FROM unnest($1::uuid[]) AS s(id) WHERE s.id = f.organization_id)`,
      [listed, startedAt],
    );
    return rows.map((row) => row.id);
  }
}
