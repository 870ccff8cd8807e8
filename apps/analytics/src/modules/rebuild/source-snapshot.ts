import {
  VerificationStatus,
  type AssistanceRequestState,
  type ContactKind,
  type ContactLoggedPayload,
  type OrganizationKind,
  type OrganizationProfileFacts,
} from '@birge/shared-reference';
import type { SourceApiClient } from './source-api.client';

export interface OrganizationRecord {
  id: string;
  kind: OrganizationKind;
  version: number;
  regionCode: string;
  districtCode: string | null;
  /** The stored status: VERIFIED for what the API reads as EXPIRED. */
  verificationStatus: VerificationStatus;
  verifiedAt: string | null;
  profile: OrganizationProfileFacts;
  createdAt: string;
}

/** A contact of the log, as the registry's contact-logged event tells it, by its id. */
export type ContactRecord = Omit<ContactLoggedPayload, 'contactId'> & { id: string };

/** One page of the registry: organizations with their whole contact logs. */
export interface RegistryPage {
  organizations: OrganizationRecord[];
  contacts: ContactRecord[];
}

interface ContactNode {
  id: string;
  kind: ContactKind;
  occurredOn: string;
  toldAboutOffer: boolean;
  district: { code: string } | null;
}
interface ContactPage {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: ContactNode }[];
}
interface OrganizationPage {
  organizations: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      node: {
        id: string;
        kind: OrganizationKind;
        version: number;
        region: { code: string };
        district: { code: string } | null;
        verification: { status: VerificationStatus; verifiedAt: string | null };
        contacts: ContactPage | null;
        createdAt: string;
      } & OrganizationProfileFacts;
    }[];
  };
}
interface RequestPage {
  assistanceRequests: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      node: {
        id: string;
        version: number;
        type: AssistanceRequestState['type'];
        subtype: AssistanceRequestState['subtype'];
        status: AssistanceRequestState['status'];
        createdAt: string;
        assigneeId: string | null;
        outcome: { result: NonNullable<AssistanceRequestState['outcome']>; resolvedAt: string } | null;
        organization: { id: string };
        region: { code: string } | null;
        dueAt: string | null;
        rating: { score: number } | null;
        referrals: { answeredOn: string | null }[];
        timeline: { kind: string; fromStatus: string | null; at: string }[];
      };
    }[];
  };
}

const CONTACT_FIELDS = 'pageInfo { hasNextPage endCursor } edges { node { id kind occurredOn toldAboutOffer district { code } } }';
/** Organizations per page, with the first contacts of each; the rest of a long contact log is paged per organization. */
const ORGANIZATIONS_PER_PAGE = 50;
const CONTACTS_PER_ORGANIZATION = 20;

/** The region of every district, abolished ones included: a contact counts for its district's region. */
async function districtRegions(registry: SourceApiClient): Promise<Map<string, string>> {
  const data = await registry.query<{ regions: { code: string; districts: { code: string }[]; abolishedDistricts: { code: string }[] }[] }>(
    '{ regions { code districts { code } abolishedDistricts { code } } }',
  );
  return new Map(data.regions.flatMap((r) => [...r.districts, ...r.abolishedDistricts].map((d) => [d.code, r.code] as const)));
}

async function remainingContacts(registry: SourceApiClient, organizationId: string, after: string | null): Promise<ContactNode[]> {
  const nodes: ContactNode[] = [];
  for (let cursor = after; cursor;) {
    const data = await registry.query<{ organization: { contacts: ContactPage | null } | null }>(
      `query($id: ID!, $after: String) { organization(id: $id) { contacts(first: 100, after: $after) { ${CONTACT_FIELDS} } } }`,
      { id: organizationId, after: cursor },
    );
    const page = data.organization?.contacts;
    if (!page) break;
    nodes.push(...page.edges.map((e) => e.node));
    cursor = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  }
  return nodes;
}

/** Every organization with its contact log, from the registry's API, a page at a time (oldest first). */
export async function readRegistryPages(registry: SourceApiClient, onPage: (page: RegistryPage) => Promise<void>): Promise<void> {
  const regionOf = await districtRegions(registry);
  for (let after: string | null = null, more = true; more;) {
    const organizations: OrganizationRecord[] = [];
    const contacts: ContactRecord[] = [];
    const data: OrganizationPage = await registry.query<OrganizationPage>(
      `query($after: String) { organizations(first: ${ORGANIZATIONS_PER_PAGE}, after: $after, orderBy: OLDEST) {
        pageInfo { hasNextPage endCursor }
        edges { node { id kind version region { code } district { code } verification { status verifiedAt } legalForm directions categories modes createdAt
          contacts(first: ${CONTACTS_PER_ORGANIZATION}) { ${CONTACT_FIELDS} } } }
      } }`,
      { after },
    );
    for (const { node } of data.organizations.edges) {
      organizations.push({
        id: node.id,
        kind: node.kind,
        version: node.version,
        regionCode: node.region.code,
        districtCode: node.district?.code ?? null,
        verificationStatus: node.verification.status === VerificationStatus.EXPIRED ? VerificationStatus.VERIFIED : node.verification.status,
        verifiedAt: node.verification.verifiedAt,
        profile: { legalForm: node.legalForm, directions: node.directions, categories: node.categories, modes: node.modes },
        createdAt: node.createdAt,
      });
      if (!node.contacts) throw new Error(`the registry withheld the contact log of ${node.id} from the rebuild`);
      const nodes = [...node.contacts.edges.map((e) => e.node)];
      if (node.contacts.pageInfo.hasNextPage) nodes.push(...(await remainingContacts(registry, node.id, node.contacts.pageInfo.endCursor)));
      for (const c of nodes) {
        const districtCode = c.district?.code ?? null;
        contacts.push({
          id: c.id,
          organizationId: node.id,
          regionCode: (districtCode && regionOf.get(districtCode)) || node.region.code,
          districtCode,
          kind: c.kind,
          occurredOn: c.occurredOn,
          toldAboutOffer: c.toldAboutOffer,
        });
      }
    }
    await onPage({ organizations, contacts });
    more = data.organizations.pageInfo.hasNextPage;
    after = data.organizations.pageInfo.endCursor;
  }
}

function firstResponseOf(timeline: { kind: string; fromStatus: string | null; at: string }[]): string | null {
  const times = timeline.filter((e) => e.kind === 'STATUS_CHANGED' && e.fromStatus === 'NEW').map((e) => new Date(e.at).toISOString());
  return times.length ? times.sort()[0] : null;
}

/** Every request that has its region (the others count nowhere yet), from assistance's API, a page at a time. */
export async function readAssistancePages(assistance: SourceApiClient, onPage: (requests: AssistanceRequestState[]) => Promise<void>): Promise<void> {
  for (let after: string | null = null, more = true; more;) {
    const requests: AssistanceRequestState[] = [];
    const data: RequestPage = await assistance.query<RequestPage>(
      `query($after: String) { assistanceRequests(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor }
        edges { node { id version type subtype status createdAt assigneeId outcome { result resolvedAt } organization { id } region { code }
          dueAt rating { score } referrals { answeredOn } timeline { kind fromStatus at } } }
      } }`,
      { after },
    );
    for (const { node } of data.assistanceRequests.edges) {
      if (!node.region) continue;
      requests.push({
        requestId: node.id,
        organizationId: node.organization.id,
        regionCode: node.region.code,
        type: node.type,
        subtype: node.subtype,
        status: node.status,
        outcome: node.outcome?.result ?? null,
        assigneeId: node.assigneeId,
        version: node.version,
        submittedAt: node.createdAt,
        dueAt: node.dueAt,
        // The first status change out of NEW, as assistance's requestStateFigures reads it.
        firstResponseAt: firstResponseOf(node.timeline),
        resolvedAt: node.outcome?.resolvedAt ?? null,
        rating: node.rating?.score ?? null,
        referralCount: node.referrals.length,
        answeredReferralCount: node.referrals.filter((r) => r.answeredOn !== null).length,
      });
    }
    await onPage(requests);
    more = data.assistanceRequests.pageInfo.hasNextPage;
    after = data.assistanceRequests.pageInfo.endCursor;
  }
}

/** What the registry says a record id is now: the record it was merged into, itself, or null when it never existed. */
export async function currentIdOf(registry: SourceApiClient, id: string): Promise<string | null> {
  const data = await registry.query<{ organization: { id: string } | null }>('query($id: ID!) { organization(id: $id) { id } }', { id });
  return data.organization?.id ?? null;
}
