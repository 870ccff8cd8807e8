import { startSubgraph, type RunningSubgraph } from '@birge/server-kit';
import { Role, type DirectoryEntryChangedPayload, type Identity } from '@birge/shared-reference';
import { createTestDatabase, eventually, GraphQLTestClient, TestEvents, type TestDatabase } from '@birge/server-testing';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AssistanceServices } from '../../src/assistance.context';
import { assistanceSubgraph } from '../../src/assistance.subgraph';

export const ASTANA = '710000000';
export const ALMATY = '750000000';

export const staff = (userId: string, regionCode: string): Identity => ({ userId, role: Role.REGIONAL_STAFF, regionCode });
/** A republican administrator, named in tests rather than relying on the development identity. */
export const ADMIN: Identity = { userId: 'admin-1', role: Role.REPUBLICAN_ADMIN, regionCode: null };
export const ANALYST: Identity = { userId: 'analyst-1', role: Role.ANALYST, regionCode: null };
/** A partner system's API key with the given scopes, as the gateway forwards it. */
export const partner = (...scopes: string[]): Identity => ({ userId: `key-${scopes.join('+') || 'none'}`, role: Role.PARTNER, regionCode: null, scopes, keyId: 'key-1' });

export const REQUEST_FIELDS = `id status version subtype assigneeId dueAt overdue wishedForDate allowedTransitions updatedBy
  outcome { result note link resolvedAt } rating { score comment }`;

export interface RequestShape {
  id: string;
  status: string;
  version: number;
  subtype: string;
  assigneeId: string | null;
  dueAt: string | null;
  overdue: boolean;
  wishedForDate: string | null;
  allowedTransitions: string[];
  updatedBy: string | null;
  outcome: { result: string; note: string | null; link: string | null } | null;
  rating: { score: number; comment: string | null } | null;
}

/** One assistance subgraph on its own database, with clients and the test event bus. */
export class AssistanceHarness {
  db: TestDatabase;
  subgraph: RunningSubgraph<AssistanceServices>;
  events: TestEvents;
  admin: GraphQLTestClient;
  attachmentsDir: string;

  async start(): Promise<void> {
    this.attachmentsDir = mkdtempSync(path.join(os.tmpdir(), 'birge-attachments-'));
    process.env.ASSISTANCE_ATTACHMENTS_DIR = this.attachmentsDir;
    process.env.ASSISTANCE_ATTACHMENT_MAX_BYTES = '4096';
    this.db = await createTestDatabase();
    this.subgraph = await startSubgraph(assistanceSubgraph, { DATABASE_URL: this.db.url, PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'test' });
    this.events = await TestEvents.start(this.db.url, this.subgraph.dataSource);
    this.admin = new GraphQLTestClient(this.subgraph.url, { identity: ADMIN });
  }

  async stop(): Promise<void> {
    await this.events?.stop();
    await this.subgraph?.stop();
    await this.db?.drop();
    if (this.attachmentsDir) rmSync(this.attachmentsDir, { recursive: true, force: true });
  }

  client(identity: Identity | null): GraphQLTestClient {
    return new GraphQLTestClient(this.subgraph.url, { identity });
  }

  get services(): AssistanceServices {
    return this.subgraph.services;
  }

  query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.subgraph.dataSource.query(sql, params);
  }

  /** Announces an organization as the registry would, and waits until assistance has it. */
  async organization(regionCode = ASTANA, organizationId: string = randomUUID()): Promise<string> {
    await this.events.publish('registry.organization-registered', { organizationId, name: 'Test', kind: 'NGO' as never, regionCode, districtCode: null });
    await eventually(async () => {
      const rows = await this.query('SELECT 1 FROM assistance.organization_directory WHERE organization_id = $1', [organizationId]);
      return rows.length ? true : undefined;
    });
    return organizationId;
  }

  /** Announces a live directory entry (version 1) as the registry would, and waits until assistance has it. */
  async directoryEntry(entry: Pick<DirectoryEntryChangedPayload, 'entryId' | 'entryKind' | 'regionCode' | 'name'>): Promise<string> {
    await this.events.publish('registry.directory-entry-changed', { ...entry, archived: false, version: 1 });
    await eventually(async () => ((await this.query('SELECT 1 FROM assistance.directory_entry WHERE id = $1', [entry.entryId])).length ? true : undefined));
    return entry.entryId;
  }

  async submit(organizationId: string, subtype = 'STATE_BODY_LIAISON', type = 'ADMINISTRATIVE', extra: Record<string, unknown> = {}): Promise<RequestShape> {
    const data = await this.admin.data<{ submitAssistanceRequest: RequestShape }>(
      `mutation($input: SubmitAssistanceRequestInput!) { submitAssistanceRequest(input: $input) { ${REQUEST_FIELDS} } }`,
      { input: { organizationId, type, subtype, description: 'We need a permit for a cleanup action', ...extra } },
    );
    return data.submitAssistanceRequest;
  }

  /** Jobs of one event name sent for a request (every consumer queue gets one). */
  async jobs(queue: string, requestId: string): Promise<number> {
    const [{ n }] = await this.query<{ n: number }>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND data->'payload'->>'requestId' = $2`, [queue, requestId]);
    return n;
  }
}

export const CHANGE_STATUS = `mutation($input: ChangeAssistanceRequestStatusInput!) { changeAssistanceRequestStatus(input: $input) { ${REQUEST_FIELDS} } }`;
export const ASSIGN = `mutation($input: AssignAssistanceRequestInput!) { assignAssistanceRequest(input: $input) { ${REQUEST_FIELDS} } }`;
export const RATE = `mutation($input: RateAssistanceRequestInput!) { rateAssistanceRequest(input: $input) { ${REQUEST_FIELDS} } }`;
export const GET = `query($id: ID!) { assistanceRequest(id: $id) { ${REQUEST_FIELDS} timeline { kind fromStatus toStatus assigneeId text authorId referralId }
  referrals { id stateBody referredOn answer answeredOn } attachments { id fileName mimeType sizeBytes } } }`;
