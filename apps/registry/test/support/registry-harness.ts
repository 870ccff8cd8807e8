import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSubgraph, type RunningSubgraph } from '@birge/server-kit';
import { createTestDatabase, GraphQLTestClient, type TestDatabase } from '@birge/server-testing';
import { completeBin } from '@birge/shared-reference';
import type { RegistryServices } from '../../src/registry.context';
import { registrySubgraph } from '../../src/registry.subgraph';

export const ASTANA = '710000000';
export const ESIL = '711210000';
export const ABAI_REGION = '100000000';
export const SEMEY = '101000000';
export const KURCHATOV = '101800000';

export interface RegistryHarness {
  db: TestDatabase;
  subgraph: RunningSubgraph<RegistryServices>;
  client: GraphQLTestClient;
  count(table?: string): Promise<number>;
  stop(): Promise<void>;
}

/** A registry subgraph on its own fresh database, for one test file. */
export async function startRegistry(env: Record<string, string> = {}): Promise<RegistryHarness> {
  // Registry settings are read from the process environment; evidence goes to a throw-away folder.
  process.env.REGISTRY_EVIDENCE_DIR ??= mkdtempSync(path.join(os.tmpdir(), 'birge-evidence-'));
  Object.assign(process.env, env);
  const db = await createTestDatabase();
  const subgraph = await startSubgraph(registrySubgraph, { DATABASE_URL: db.url, PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'test', ...env });
  return {
    db,
    subgraph,
    client: new GraphQLTestClient(subgraph.url),
    count: async (table = 'organization') => Number((await subgraph.dataSource.query(`SELECT count(*) AS n FROM registry.${table}`))[0].n),
    stop: async () => {
      await subgraph.stop();
      await db.drop();
    },
  };
}

/** The n-th valid BIN of a deterministic series (resident legal entities registered in 2015). */
export function validBin(n: number): string {
  for (let serial = n * 7; ; serial++) {
    const bin = completeBin(`15034000${String(serial % 1000).padStart(3, '0')}`);
    if (bin && serial >= n * 7) return bin;
  }
}

/** An Astana initiative group with two contact people: Әлия consents to e-mail (her address in mixed case), Болат does not say. */
export const CONSENTING_GROUP = {
  name: 'Аялы жүрек',
  kind: 'INITIATIVE_GROUP',
  regionCode: ASTANA,
  directions: ['AYALA'],
  contactPeople: [
    { name: 'Әлия', emails: ['Aliya@Example.kz'], emailConsent: true },
    { name: 'Болат', emails: ['bolat@example.kz'] },
  ],
};

export const CREATE = `mutation Create($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    id name nameKk nameRu nameLatin kind legalForm bin qazvolunteerId directions categories modes description
    contactPeople { name role phones emails socialLinks } volunteerCount foundedOn status createdBy updatedBy version
    region { code } district { code }
  }
}`;

export const UPDATE = `mutation Update($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) { id name nameRu bin status version updatedBy volunteerCount contactPeople { name phones } }
}`;
