import type { GraphQLTestClient } from '@birge/server-testing';
import { RULES, type Expectations } from '../expectations';
import type { CaseContext, OperationRule } from './rule';

/**
 * Front-office work on portal links and proposals: a region's staff and the republican office;
 * analysts are told their role does not see or change it, partner keys that no scope reaches it.
 */
const frontOffice = (access: 'read' | 'write'): Expectations => ({
  ...RULES.regionWrite,
  analyst: access === 'read' ? 'PERSONAL_DATA_HIDDEN_FOR_ROLE' : 'READ_ONLY_ROLE',
  partnerRead: 'MISSING_SCOPE',
  partnerWrite: 'MISSING_SCOPE',
  partnerNarrow: 'MISSING_SCOPE',
});

/**
 * The organizationPortal operations: the portal link's organization contact only; staff and
 * analysts are told only a portal link acts there; partner keys need the subgraph's scope first.
 */
const portalOnly = (kind: 'query' | 'mutation'): Expectations => ({
  admin: 'ORGANIZATION_PORTAL_ONLY',
  staffOwn: 'ORGANIZATION_PORTAL_ONLY',
  staffOther: 'ORGANIZATION_PORTAL_ONLY',
  analyst: 'ORGANIZATION_PORTAL_ONLY',
  partnerRead: kind === 'query' ? 'ORGANIZATION_PORTAL_ONLY' : 'MISSING_SCOPE',
  partnerWrite: 'ORGANIZATION_PORTAL_ONLY',
  partnerNarrow: 'MISSING_SCOPE',
  anonymous: 'UNAUTHENTICATED',
  portal: 'ok',
});

const linksOf = (admin: GraphQLTestClient, id: unknown) =>
  admin.request('query($id: ID!) { organizationPortalLinks(organizationId: $id) { id status } }', { id }).then((r) => r.data);
const proposalsOf = (admin: GraphQLTestClient, id: unknown) =>
  admin.request('query($id: ID!) { profileChangeProposals(organizationId: $id) { id status } }', { id }).then((r) => r.data);
const consenting = (c: CaseContext) => c.portal.consentingOrganization(c.region);

/** Organizations acting for themselves through a portal link (issue 17, item 6). */
export const PORTAL_OPERATIONS: Record<string, OperationRule> = {
  'Mutation.issueOrganizationPortalLink': {
    expect: frontOffice('write'),
    regional: true,
    document: 'mutation($input: IssueOrganizationPortalLinkInput!) { issueOrganizationPortalLink(input: $input) { link { id } } }',
    variables: async (c) => ({ input: { organizationId: (await consenting(c)).id, contactEmail: (await consenting(c)).email } }),
    snapshot: (c, v) => linksOf(c.admin, (v.input as { organizationId: string }).organizationId),
  },
  'Mutation.revokeOrganizationPortalLink': {
    expect: frontOffice('write'),
    regional: true,
    document: 'mutation($id: ID!) { revokeOrganizationPortalLink(id: $id) { id } }',
    variables: async (c) => ({ id: (await c.portal.portalLink(c.region)).linkId, organizationId: (await consenting(c)).id }),
    snapshot: (c, v) => linksOf(c.admin, v.organizationId),
  },
  'Query.organizationPortalLinks': {
    expect: frontOffice('read'),
    regional: true,
    document: 'query($id: ID!) { organizationPortalLinks(organizationId: $id) { id } }',
    variables: async (c) => ({ id: (await consenting(c)).id }),
  },
  'Query.profileChangeProposals': {
    expect: frontOffice('read'),
    regional: true,
    document: 'query($id: ID!) { profileChangeProposals(organizationId: $id) { id } }',
    variables: async (c) => ({ id: (await consenting(c)).id }),
  },
  'Mutation.decideProfileChangeProposal': {
    expect: frontOffice('write'),
    regional: true,
    document: 'mutation($input: DecideProfileChangeInput!) { decideProfileChangeProposal(input: $input) { id } }',
    variables: async (c) => ({ input: { id: await c.portal.profileProposal(c.region), accept: false, note: 'Матрица' }, organizationId: (await consenting(c)).id }),
    snapshot: (c, v) => proposalsOf(c.admin, v.organizationId),
  },
  'Query.organizationPortal': { expect: portalOnly('query'), regional: false, document: '{ organizationPortal { linkId organization { id } requests { id } } }' },
  'Mutation.organizationPortalProposeProfileChange': {
    expect: portalOnly('mutation'),
    regional: false,
    document: 'mutation($input: ProposeProfileChangeInput!) { organizationPortalProposeProfileChange(input: $input) { id } }',
    variables: () => ({ input: { volunteerCount: 12 } }),
  },
  'Mutation.organizationPortalSubmitRequest': {
    expect: portalOnly('mutation'),
    regional: false,
    document: 'mutation($input: PortalSubmitRequestInput!) { organizationPortalSubmitRequest(input: $input) { id } }',
    variables: () => ({ input: { type: 'CONSULTATIVE', subtype: 'GRANT_AND_REPORTING_DOCUMENTS', description: 'Матрица арқылы өтінім' } }),
  },
  'Mutation.organizationPortalRateRequest': {
    // The link's organization has no resolved request here: the contact is let in and told the request is not theirs.
    expect: { ...portalOnly('mutation'), portal: 'NOT_FOUND' },
    regional: false,
    document: 'mutation($input: RateAssistanceRequestInput!) { organizationPortalRateRequest(input: $input) { id } }',
    variables: async (c) => {
      const request = await c.fixtures.request(c.region);
      return { input: { id: request.id, version: request.version, score: 5 } };
    },
  },
  'Mutation.organizationPortalUnsubscribe': {
    // Unsubscribing ends the matrix's own link, so the portal caller's case uses a link of its own.
    expect: portalOnly('mutation'),
    regional: false,
    document: 'mutation { organizationPortalUnsubscribe { revokedLinks } }',
    portalClient: async (c) => (await c.portal.portalLink(c.region)).client,
  },
};
