import { byKeys, type LoaderRegistry } from '@birge/server-kit';
import { isUuid, type AccessRestriction, type Identity } from '@birge/shared-reference';
import type { DataSource } from 'typeorm';
import { readWithheld } from '../access/assistance-access';

/**
 * Who may see an organization's assistance records (its requests, bookings and training places)
 * through the fields assistance adds to the registry's Organization: decided by the
 * organization's region as assistance knows it. Those fields never fail the enclosing query: a
 * caller who may not read them gets an empty list and the reason (`withheld`).
 */
export class OrganizationAccessService {
  constructor(private readonly dataSource: DataSource) {}

  /** Why the caller may not see the organization's assistance records, or null. */
  async withheld(loaders: LoaderRegistry, organizationId: string, identity: Identity | null): Promise<AccessRestriction | null> {
    // Callers who read every region need no lookup; anonymous callers need none either.
    const everywhere = readWithheld(identity, null);
    if (everywhere === null || !identity) return everywhere;
    return readWithheld(identity, await this.regionLoader(loaders).load(organizationId));
  }

  private regionLoader(loaders: LoaderRegistry) {
    return loaders.get<string, string | null>('organization.region', async (ids) => {
      const valid = ids.filter((id) => isUuid(id));
      const rows: { organizationId: string; regionCode: string }[] = valid.length
        ? await this.dataSource.query(
            `SELECT organization_id AS "organizationId", region_code AS "regionCode" FROM assistance.organization_directory WHERE organization_id = ANY($1::uuid[])`,
            [valid],
          )
        : [];
      return byKeys(ids, rows, (row) => row.organizationId).map((row) => row?.regionCode ?? null);
    });
  }
}
