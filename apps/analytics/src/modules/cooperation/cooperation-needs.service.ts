import type { LoaderRegistry } from '@birge/server-kit';
import type { DataSource } from 'typeorm';
import type { CooperationMatch, CooperationNeedReason } from './cooperation-match.type';
import { cooperationNeedReasons, explainNeedReason, FACED_NEED_STATUSES, type NeedsProfile } from './cooperation-needs.rules';

interface ProfileRow {
  organization_id: string;
  region_code: string;
  directions: string[];
  categories: string[];
  faced: string[];
  resolved: string[];
}

type Profile = NeedsProfile & { regionCode: string };

/**
 * What the needs register adds to the registry's cooperation matches: for a pair of organizations,
 * the needs one faces that the other answers, has seen resolved or shares (cooperation-needs.rules).
 * An organization's profile is its fact (directions and categories, as the registry's events
 * brought them) and the themes of the entries of its region's register naming it or a record
 * merged into it.
 */
export class CooperationNeedsService {
  constructor(private readonly dataSource: DataSource) {}

  private profiles(loaders: LoaderRegistry) {
    return loaders.get<string, Profile | null>('cooperation.needsProfiles', async (ids) => {
      const rows = (await this.dataSource.query(
        `SELECT f.organization_id, f.region_code, f.directions, f.categories,
                COALESCE(array_agg(DISTINCT n.theme) FILTER (WHERE n.status = ANY($2::text[])), '{}') AS faced,
                COALESCE(array_agg(DISTINCT n.theme) FILTER (WHERE n.status = 'RESOLVED'), '{}') AS resolved
         FROM analytics.organization_fact f
         LEFT JOIN analytics.organization_fact m ON m.merged_into = f.organization_id
         LEFT JOIN analytics.need n ON n.region_code = f.region_code
           AND (f.organization_id = ANY(n.organization_ids) OR m.organization_id = ANY(n.organization_ids))
         WHERE f.organization_id = ANY($1::uuid[])
         GROUP BY f.organization_id, f.region_code, f.directions, f.categories`,
        [[...ids], FACED_NEED_STATUSES],
      )) as ProfileRow[];
      const byId = new Map(rows.map((row) => [row.organization_id, row]));
      return ids.map((id) => {
        const row = byId.get(id);
        return row ? { regionCode: row.region_code, directions: row.directions, categories: row.categories, facedThemes: row.faced, resolvedThemes: row.resolved } : null;
      });
    });
  }

  /** The match as analytics resolves it from its key: with the region of the organization asked about (null while analytics has not heard of it). */
  async match(loaders: LoaderRegistry, key: { forOrganizationId: string; otherOrganizationId: string }): Promise<CooperationMatch> {
    const profile = await this.profiles(loaders).load(key.forOrganizationId);
    return { forOrganizationId: key.forOrganizationId, otherOrganizationId: key.otherOrganizationId, regionCode: profile?.regionCode ?? null };
  }

  /** The reasons, each explained; none while either organization is unknown here. */
  async reasons(loaders: LoaderRegistry, match: CooperationMatch): Promise<CooperationNeedReason[]> {
    const [organization, other] = await this.profiles(loaders).loadMany([match.forOrganizationId, match.otherOrganizationId]);
    if (!organization || !other || organization instanceof Error || other instanceof Error) return [];
    return cooperationNeedReasons(organization, other).map((reason) => ({ ...reason, explanation: explainNeedReason(reason) }));
  }
}
