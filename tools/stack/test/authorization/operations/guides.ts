import { eventually, type GraphQLTestClient } from '@birge/server-testing';
import { RULES, type Expectations } from '../expectations';
import type { CaseContext, OperationRule } from './rule';

type Variables = Record<string, unknown>;
const read = (admin: GraphQLTestClient, query: string, variables: Variables) => admin.request(query, variables).then((r) => r.data);
const inputOf = (variables: Variables) => variables.input as Record<string, unknown>;
const unique = (text: string) => `${text} ${Math.random().toString(36).slice(2, 8)}`;
const TEXT = (text: string) => ({ fileName: 'shablon.txt', mimeType: 'text/plain', contentBase64: Buffer.from(text, 'utf8').toString('base64') });

/** The library is read by every signed-in role for every region; partners need assistance:read. */
const libraryRead: Expectations = RULES.registryPublic;

async function guide(c: CaseContext): Promise<{ id: string; version: number }> {
  const data = await c.admin.data<{ createGuide: { id: string; version: number } }>('mutation($input: CreateGuideInput!) { createGuide(input: $input) { id version } }', {
    input: { ownerRegionCode: c.region, title: unique('Жарғы үлгісі'), language: 'KK', subtypes: ['ORGANIZATION_REGISTRATION'], file: TEXT('Жарғы') },
  });
  return data.createGuide;
}

/** A consultative request of the region (guides attach to consultative help only), once assistance knows its region. */
async function consultativeRequest(c: CaseContext): Promise<{ id: string }> {
  const organization = await c.fixtures.organization(c.region);
  const submitted = await c.admin.data<{ submitAssistanceRequest: { id: string } }>(
    'mutation($input: SubmitAssistanceRequestInput!) { submitAssistanceRequest(input: $input) { id } }',
    { input: { organizationId: organization.id, type: 'CONSULTATIVE', subtype: 'ORGANIZATION_REGISTRATION', description: 'Қоғамдық бірлестікті тіркеу керек' } },
  );
  const id = submitted.submitAssistanceRequest.id;
  await eventually(async () => {
    const result = await c.admin.request<{ assistanceRequest: { region: { code: string } | null } | null }>('query($id: ID!) { assistanceRequest(id: $id) { region { code } } }', {
      id,
    });
    return result.data?.assistanceRequest?.region?.code === c.region ? true : undefined;
  }, 60_000);
  return { id };
}

const guideState = (c: CaseContext, id: unknown) => read(c.admin, 'query($id: ID!) { guide(id: $id) { version title subtypes latestVersionNumber } }', { id });
const requestGuides = (c: CaseContext, id: unknown) => read(c.admin, 'query($id: ID!) { assistanceRequest(id: $id) { guides { id } } }', { id });

/** The guides and templates library (assistance) and its links to requests and announcements (notifications). */
export const GUIDE_OPERATIONS: Record<string, OperationRule> = {
  'Query.guides': {
    expect: libraryRead,
    regional: true,
    document: 'query($regionCode: String) { guides(first: 5, filter: { regionCode: $regionCode }) { edges { node { id title } } } }',
    variables: (c) => ({ regionCode: c.region }),
  },
  'Query.guide': {
    expect: libraryRead,
    regional: true,
    document: 'query($id: ID!) { guide(id: $id) { id title latestVersion { number } } }',
    variables: async (c) => ({ id: (await guide(c)).id }),
  },
  'Mutation.createGuide': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: CreateGuideInput!) { createGuide(input: $input) { id } }',
    variables: (c) => ({ input: { ownerRegionCode: c.region, title: unique('Есеп үлгісі'), language: 'RU', subtypes: ['GRANT_AND_REPORTING_DOCUMENTS'], file: TEXT('Отчёт') } }),
    snapshot: (c, v) => read(c.admin, 'query($search: String) { guides(first: 5, filter: { search: $search }) { totalCount } }', { search: inputOf(v).title }),
  },
  'Mutation.updateGuide': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: UpdateGuideInput!) { updateGuide(input: $input) { id version } }',
    variables: async (c) => {
      const entry = await guide(c);
      return { input: { id: entry.id, version: entry.version, subtypes: ['GRANT_AND_REPORTING_DOCUMENTS'] } };
    },
    snapshot: (c, v) => guideState(c, inputOf(v).id),
  },
  'Mutation.addGuideVersion': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: AddGuideVersionInput!) { addGuideVersion(input: $input) { id latestVersionNumber } }',
    variables: async (c) => {
      const entry = await guide(c);
      return { input: { guideId: entry.id, version: entry.version, file: TEXT('Жаңа нұсқа') } };
    },
    snapshot: (c, v) => guideState(c, inputOf(v).guideId),
  },
  // The request's region decides; the guide is the republican office's or the request's region's.
  'Mutation.attachGuideToRequest': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: RequestGuideInput!) { attachGuideToRequest(input: $input) { id guides { id } } }',
    variables: async (c) => ({ input: { requestId: (await consultativeRequest(c)).id, guideId: (await guide(c)).id } }),
    snapshot: (c, v) => requestGuides(c, inputOf(v).requestId),
  },
  'Mutation.detachGuideFromRequest': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: RequestGuideInput!) { detachGuideFromRequest(input: $input) { id guides { id } } }',
    variables: async (c) => {
      const input = { requestId: (await consultativeRequest(c)).id, guideId: (await guide(c)).id };
      await c.admin.data('mutation($input: RequestGuideInput!) { attachGuideToRequest(input: $input) { id } }', { input });
      return { input };
    },
    snapshot: (c, v) => requestGuides(c, inputOf(v).requestId),
  },
  // Like updateAnnouncement: the fixture is the republican office's draft, which regional staff do not change.
  'Mutation.setAnnouncementGuides': {
    expect: { ...RULES.analyticsRegionWrite, staffOwn: 'OTHER_REGION' },
    regional: false,
    document: 'mutation($id: ID!, $version: Int!, $guideIds: [ID!]!) { setAnnouncementGuides(id: $id, version: $version, guideIds: $guideIds) { id version } }',
    variables: async (c) => {
      const announcement = await c.fixtures.announcement(c.region);
      return { id: announcement.id, version: announcement.version, guideIds: [(await guide(c)).id] };
    },
    snapshot: (c, v) => read(c.admin, 'query($id: ID!) { announcement(id: $id) { version guides { id } } }', { id: v.id }),
  },
};
