import type { DataSource, EntityManager } from 'typeorm';
import { upsertOrganizationFacts } from '../facts/organization-fact-upsert';
import { upsertOrganizationVerifications } from '../facts/organization-verification-upsert';
import { upsertRequestFacts } from '../facts/request-fact-upsert';
import type { SourceApiClient } from './source-api.client';
import { currentIdOf, readSourceSnapshot, type ContactRecord, type SourceSnapshot } from './source-snapshot';

export interface RebuildReport {
  organizations: number;
  contacts: number;
  requests: number;
  /** Facts of organizations the registry no longer has on their own: merged away (tombstoned) or never there (removed). */
  mergedAway: number;
  removed: number;
}

/** Rows per statement when writing a snapshot. */
const BATCH = 2_000;

function batches<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

async function writeContacts(manager: EntityManager, contacts: readonly ContactRecord[]): Promise<void> {
  const column = <K extends keyof ContactRecord>(key: K) => contacts.map((c) => c[key]);
  await manager.query(
    `INSERT INTO analytics.contact_fact (contact_id, organization_id, region_code, district_code, kind, occurred_on, told_about_offer)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::date[], $7::boolean[])
     ON CONFLICT (contact_id) DO UPDATE SET organization_id = EXCLUDED.organization_id, region_code = EXCLUDED.region_code,
       district_code = EXCLUDED.district_code, kind = EXCLUDED.kind, occurred_on = EXCLUDED.occurred_on, told_about_offer = EXCLUDED.told_about_offer`,
    [column('id'), column('organizationId'), column('regionCode'), column('districtCode'), column('kind'), column('occurredOn'), column('toldAboutOffer')],
  );
}

/**
 * Recomputes the analytics read model from the owning subgraphs' APIs (never their tables). Safe
 * while the consumers run: a snapshot's record replaces a fact of the same or an older version only,
 * so an event newer than the snapshot keeps its effect; organizations missing from the snapshot are
 * settled only when their fact is older than the snapshot (merged away: tombstoned; unknown: removed).
 * Running it twice changes nothing the second time.
 */
export class ReadModelRebuildService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: SourceApiClient,
    private readonly assistance: SourceApiClient,
  ) {}

  async rebuild(): Promise<RebuildReport> {
    const snapshot = await readSourceSnapshot(this.registry, this.assistance);
    const missing = await this.missingOrganizations(snapshot);
    // What each missing record is now, asked before the transaction so it holds no lock while the registry answers.
    const settled = await Promise.all(missing.map(async (id) => ({ id, currentId: await currentIdOf(this.registry, id) })));
    const report: RebuildReport = { organizations: snapshot.organizations.length, contacts: snapshot.contacts.length, requests: snapshot.requests.length, mergedAway: 0, removed: 0 };
    await this.dataSource.transaction(async (manager) => {
      for (const batch of batches(snapshot.organizations)) {
        await upsertOrganizationFacts(
          manager,
          {
            organizationIds: batch.map((o) => o.id),
            kinds: batch.map((o) => o.kind),
            regionCodes: batch.map((o) => o.regionCode),
            districtCodes: batch.map((o) => o.districtCode),
            versions: batch.map((o) => o.version),
          },
          snapshot.startedAt,
          { sameVersionWins: true },
        );
        // As derived when the snapshot began: a status the registry derives later arrives with a later time and wins.
        await upsertOrganizationVerifications(
          manager,
          batch.map((o) => ({ organizationId: o.id, status: o.verificationStatus, verifiedAt: o.verifiedAt, changedAt: snapshot.startedAt })),
        );
      }
      for (const { id, currentId } of settled) {
        if (currentId && currentId !== id) {
          await manager.query(`UPDATE analytics.organization_fact SET merged_into = $2 WHERE organization_id = $1`, [id, currentId]);
          report.mergedAway += 1;
        } else if (!currentId) {
          await manager.query(`DELETE FROM analytics.organization_fact WHERE organization_id = $1 AND merged_into IS NULL`, [id]);
          report.removed += 1;
        }
      }
      for (const batch of batches(snapshot.contacts)) await writeContacts(manager, batch);
      for (const batch of batches(snapshot.requests)) await upsertRequestFacts(manager, batch, { sameVersionWins: true });
    });
    return report;
  }

  /** Live organization facts older than the snapshot whose record the snapshot does not have. */
  private async missingOrganizations(snapshot: SourceSnapshot): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT f.organization_id AS id FROM analytics.organization_fact f
       WHERE f.merged_into IS NULL AND f.registered_at < $2
         AND NOT EXISTS (SELECT 1 FROM unnest($1::uuid[]) AS s(id) WHERE s.id = f.organization_id)`,
      [snapshot.organizations.map((o) => o.id), snapshot.startedAt],
    );
    return rows.map((row) => row.id);
  }
}
