/**
 * The demo organization portal of `npm start`: a portal link for the consenting contact of the
 * first demo organization («Қамқор», Astana, with requests for help), issued through the public
 * API by the demo administrator as staff would, so a person trying the system can open the
 * organization's side at once, without signing in.
 *
 * Its requests are taken up by staff when the link is first issued (one resolved, for the contact
 * to rate; the other in progress), so the portal shows their way.
 *
 * The registry signs the token and never stores it, so `npm start` keeps the link beside the data
 * (`.birge/demo-portal-link.json`, git-ignored, readable by the owner only) and prints the same one
 * while it still opens the portal and has at least a week left; otherwise it issues a new one (the
 * notifications service mails it, as it would to a real contact).
 */
import type { AssistanceSubtype } from '@birge/shared-reference';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { moveDemoRequest } from './demo-analytics';
import { CONTACT_PEOPLE_FIELDS, contactPersonInput, type DemoContactPerson } from './demo-contact-people';
import { DEMO_ORGANIZATIONS } from './demo-data';
import type { DemoCall } from './demo-needs';
import { callGateway, GatewayCallError, type Credentials } from './gateway-client';

export const DEMO_PORTAL_ORGANIZATION = DEMO_ORGANIZATIONS[0].name;
const ASTANA = '710000000';
/** A new demo link lasts the longest the registry allows. */
const VALID_DAYS = 90;
/** A stored link with less time left than this is replaced, so a demo never stops mid-way. */
const RENEW_BEFORE_DAYS = 7;
const DAY_MS = 24 * 3600 * 1000;

export interface StoredDemoPortalLink {
  linkId: string;
  url: string;
}

export interface DemoPortalLink {
  url: string;
  organization: string;
  contactEmail: string;
  expiresAt: string;
  /** The organization's requests the portal shows. */
  requests: number;
  /** True when this start issued the link, false when the stored one was kept. */
  created: boolean;
}

export function readStoredDemoPortalLink(file: string): StoredDemoPortalLink | null {
  if (!existsSync(file)) return null;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<StoredDemoPortalLink>;
    return typeof parsed.linkId === 'string' && typeof parsed.url === 'string' ? { linkId: parsed.linkId, url: parsed.url } : null;
  } catch {
    return null;
  }
}

function writeStoredDemoPortalLink(file: string, link: StoredDemoPortalLink): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(link, null, 2)}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
}

/** The token of a portal link (`…#/portal?token=…`). */
export function portalTokenOf(url: string): string {
  const query = url.slice(url.indexOf('?') + 1);
  return new URLSearchParams(query).get('token') ?? '';
}

interface DemoOrganization {
  id: string;
  name: string;
  version: number;
  contactPeople: DemoContactPerson[] | null;
}

/**
 * The address of the organization's first contact who agreed to be e-mailed; the demo contact with
 * an address is recorded as agreeing when nobody has yet (the demo announcements do the same).
 */
async function consentingContact(gatewayUrl: string, staff: Credentials, organization: DemoOrganization): Promise<string | null> {
  const people = organization.contactPeople ?? [];
  const consenting = people.find((person) => person.emailConsent && person.emails?.length);
  if (consenting?.emails?.[0]) return consenting.emails[0];
  const withAddress = people.findIndex((person) => person.emails?.length);
  if (withAddress < 0) return null;
  const contactPeople = people.map((person, i) => contactPersonInput(person, person.emails ?? [], person.emailConsent || i === withAddress));
  await callGateway(gatewayUrl, staff, CONSENT, { input: { id: organization.id, version: organization.version, contactPeople } });
  return people[withAddress]?.emails?.[0] ?? null;
}

interface ListedLink {
  id: string;
  status: string;
  expiresAt: string;
}

const ORGANIZATION = `query DemoPortalOrganization($filter: OrganizationFilter) { organizations(first: 10, filter: $filter) { edges { node { id name version ${CONTACT_PEOPLE_FIELDS} } } } }`;
const CONSENT = `mutation DemoPortalConsent($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`;
const LINKS = `query DemoPortalLinks($id: ID!) { organizationPortalLinks(organizationId: $id) { id status expiresAt } }`;
const ISSUE = `mutation DemoPortalLink($input: IssueOrganizationPortalLinkInput!) { issueOrganizationPortalLink(input: $input) { url link { id expiresAt } } }`;
const PORTAL = `query DemoPortalCheck { organizationPortal { contactEmail expiresAt organization { name } requests { id } } }`;
const PORTAL_REQUESTS = `query DemoPortalRequests { organizationPortal { requests { id version subtype status } } }`;

/**
 * While every request of the organization is still new (a fresh demo), staff take them up so the
 * portal shows a way: the grant application is resolved (the contact can rate it), the rest in progress.
 */
async function moveDemoRequests(gatewayUrl: string, staff: Credentials, token: string): Promise<void> {
  const { organizationPortal } = await callGateway<{ organizationPortal: { requests: { id: string; version: number; subtype: AssistanceSubtype; status: string }[] } }>(
    gatewayUrl,
    { portal: token },
    PORTAL_REQUESTS,
  );
  const requests = organizationPortal.requests;
  if (!requests.length || requests.some((request) => request.status !== 'NEW')) return;
  const resolved = requests.find((request) => request.subtype === 'GRANT_AND_REPORTING_DOCUMENTS') ?? requests[0];
  const call: DemoCall = (query, variables) => callGateway(gatewayUrl, staff, query, variables);
  for (const request of requests) await moveDemoRequest(call, request, request.subtype, request === resolved ? 0 : 1);
}

/** What the link opens, as the contact would see it; null when the gateway refuses it. */
async function openPortal(gatewayUrl: string, url: string): Promise<{ contactEmail: string; expiresAt: string; organization: { name: string }; requests: unknown[] } | null> {
  try {
    const data = await callGateway<{ organizationPortal: { contactEmail: string; expiresAt: string; organization: { name: string }; requests: unknown[] } }>(
      gatewayUrl,
      { portal: portalTokenOf(url) },
      PORTAL,
    );
    return data.organizationPortal;
  } catch (error) {
    if (error instanceof GatewayCallError && error.code === 'UNAUTHENTICATED') return null;
    throw error;
  }
}

/**
 * Makes sure the demo organization's consenting contact has a working portal link and its address
 * is in `stateFile`; idempotent. `staff`: the demo administrator (null: the gateway's development
 * identity, in tests). `moveRequests`: when it issues a link and the organization's requests are
 * all new, staff take them up first (resolving one), as `npm start` does. Null when the organization or a consenting contact is missing (an
 * installation whose data was changed by hand).
 */
export async function ensureDemoPortalLink(
  gatewayUrl: string,
  staff: Credentials,
  stateFile: string,
  options: { now?: Date; moveRequests?: boolean } = {},
): Promise<DemoPortalLink | null> {
  const now = options.now ?? new Date();
  const found = await callGateway<{ organizations: { edges: { node: DemoOrganization }[] } }>(gatewayUrl, staff, ORGANIZATION, {
    filter: { regionCode: ASTANA, nameContains: 'Қамқор' },
  });
  const organization = found.organizations.edges.map(({ node }) => node).find((node) => node.name === DEMO_PORTAL_ORGANIZATION);
  if (!organization) return null;
  const contactEmail = await consentingContact(gatewayUrl, staff, organization);
  if (!contactEmail) return null;

  const stored = readStoredDemoPortalLink(stateFile);
  if (stored) {
    const links = await callGateway<{ organizationPortalLinks: ListedLink[] }>(gatewayUrl, staff, LINKS, { id: organization.id });
    const kept = links.organizationPortalLinks.find((link) => link.id === stored.linkId && link.status === 'ACTIVE');
    if (kept && new Date(kept.expiresAt).getTime() - now.getTime() > RENEW_BEFORE_DAYS * DAY_MS) {
      const portal = await openPortal(gatewayUrl, stored.url);
      if (portal)
        return {
          url: stored.url,
          organization: portal.organization.name,
          contactEmail: portal.contactEmail,
          expiresAt: portal.expiresAt,
          requests: portal.requests.length,
          created: false,
        };
    }
  }
  const issued = await callGateway<{ issueOrganizationPortalLink: { url: string; link: { id: string; expiresAt: string } } }>(gatewayUrl, staff, ISSUE, {
    input: { organizationId: organization.id, contactEmail, language: 'kk', validDays: VALID_DAYS },
  });
  const { url, link } = issued.issueOrganizationPortalLink;
  writeStoredDemoPortalLink(stateFile, { linkId: link.id, url });
  if (options.moveRequests) await moveDemoRequests(gatewayUrl, staff, portalTokenOf(url));
  const portal = await openPortal(gatewayUrl, url);
  return { url, organization: organization.name, contactEmail, expiresAt: link.expiresAt, requests: portal?.requests.length ?? 0, created: true };
}

/** The lines `npm start` prints about the link: whose it is and the address to open. */
export function describeDemoPortalLink(link: DemoPortalLink, stateFile: string): string[] {
  return [
    `Demo organization portal (${link.organization}, as its contact ${link.contactEmail}; ${link.requests} requests; until ${link.expiresAt.slice(0, 10)}; ${link.created ? 'issued now' : 'the same as last time'}, kept in ${stateFile}):`,
    `  ${link.url}`,
    '  Open it without signing in: the organization asks for help, follows and rates its requests, proposes profile changes.',
  ];
}
