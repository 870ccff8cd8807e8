import type { GraphQLTestClient } from '@birge/server-testing';
import { RULES, type Expectations } from '../expectations';
import type { CaseContext, OperationRule } from './rule';

type Variables = Record<string, unknown>;
const read = (admin: GraphQLTestClient, query: string, variables: Variables) => admin.request(query, variables).then((r) => r.data);
const inputOf = (variables: Variables) => variables.input as Record<string, unknown>;
const unique = (text: string) => `${text} ${Math.random().toString(36).slice(2, 8)}`;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF').toString('base64');

/** The programme catalog is read by every signed-in role for every region; partners need assistance:read. */
const catalogRead: Expectations = RULES.registryPublic;

async function stateBody(c: CaseContext): Promise<{ id: string; version: number }> {
  const data = await c.admin.data<{ createStateBody: { id: string; version: number } }>(
    'mutation($input: CreateStateBodyInput!) { createStateBody(input: $input) { id version } }',
    { input: { kind: 'AKIMAT', regionCode: c.region, name: { kk: unique('Әкімдік'), ru: 'Акимат', en: 'Akimat' } } },
  );
  return data.createStateBody;
}

async function sponsor(c: CaseContext): Promise<{ id: string; version: number }> {
  const data = await c.admin.data<{ createSponsor: { id: string; version: number } }>('mutation($input: CreateSponsorInput!) { createSponsor(input: $input) { id version } }', {
    input: { kind: 'BUSINESS', regionCode: c.region, name: unique('Демеуші') },
  });
  return data.createSponsor;
}

const programmeInput = (region: string) => ({
  ownerRegionCode: region,
  title: { kk: unique('Грант'), ru: 'Грант', en: 'Grant' },
  funder: { kind: 'OTHER', name: 'Қор' },
  opensOn: day(-1),
  closesOn: day(30),
});

async function programme(c: CaseContext, withDocument = false): Promise<{ id: string; version: number; documents: { id: string }[] }> {
  const data = await c.admin.data<{ createGrantProgramme: { id: string; version: number; documents: { id: string }[] } }>(
    'mutation($input: CreateGrantProgrammeInput!) { createGrantProgramme(input: $input) { id version documents { id } } }',
    { input: programmeInput(c.region) },
  );
  if (!withDocument) return data.createGrantProgramme;
  const added = await c.admin.data<{ addGrantProgrammeDocument: { id: string; version: number; documents: { id: string }[] } }>(
    'mutation($input: AddGrantProgrammeDocumentInput!) { addGrantProgrammeDocument(input: $input) { id version documents { id } } }',
    { input: { programmeId: data.createGrantProgramme.id, fileName: 'rules.pdf', mimeType: 'application/pdf', contentBase64: PDF } },
  );
  return added.addGrantProgrammeDocument;
}

const stateBodyState = (c: CaseContext, id: unknown) => read(c.admin, 'query($id: ID!) { stateBody(id: $id) { version address archivedAt } }', { id });
const sponsorState = (c: CaseContext, id: unknown) => read(c.admin, 'query($id: ID!) { sponsor(id: $id) { version name archivedAt } }', { id });
const programmeState = (c: CaseContext, id: unknown) => read(c.admin, 'query($id: ID!) { grantProgramme(id: $id) { version link announcedAt documents { id } } }', { id });

/** The directory of state bodies and sponsors (registry) and the grant programmes catalog (assistance). */
export const PLATFORM_OPERATIONS: Record<string, OperationRule> = {
  'Query.stateBodies': {
    expect: RULES.registryPublic,
    regional: true,
    document: 'query($regionCode: ID) { stateBodies(first: 5, filter: { regionCode: $regionCode }) { edges { node { id name { kk } } } } }',
    variables: (c) => ({ regionCode: c.region }),
  },
  'Query.stateBody': {
    expect: RULES.registryPublic,
    regional: true,
    document: 'query($id: ID!) { stateBody(id: $id) { id name { kk } } }',
    variables: async (c) => ({ id: (await stateBody(c)).id }),
  },
  'Mutation.createStateBody': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: CreateStateBodyInput!) { createStateBody(input: $input) { id } }',
    variables: (c) => ({ input: { kind: 'DEPARTMENT', regionCode: c.region, name: { kk: unique('Басқарма'), ru: 'Управление', en: 'Department' } } }),
    snapshot: (c, v) =>
      read(c.admin, 'query($search: String) { stateBodies(first: 5, filter: { search: $search }) { totalCount } }', { search: (inputOf(v).name as { kk: string }).kk }),
  },
  'Mutation.updateStateBody': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: UpdateStateBodyInput!) { updateStateBody(input: $input) { id version } }',
    variables: async (c) => {
      const body = await stateBody(c);
      return { input: { id: body.id, version: body.version, address: 'Бейбітшілік көшесі, 1', archived: true } };
    },
    snapshot: (c, v) => stateBodyState(c, inputOf(v).id),
  },
  'Query.sponsors': {
    expect: RULES.registryPublic,
    regional: true,
    document: 'query($regionCode: ID) { sponsors(first: 5, filter: { regionCode: $regionCode }) { edges { node { id name } } } }',
    variables: (c) => ({ regionCode: c.region }),
  },
  'Query.sponsor': {
    expect: RULES.registryPublic,
    regional: true,
    document: 'query($id: ID!) { sponsor(id: $id) { id name } }',
    variables: async (c) => ({ id: (await sponsor(c)).id }),
  },
  'Mutation.createSponsor': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: CreateSponsorInput!) { createSponsor(input: $input) { id } }',
    variables: (c) => ({ input: { kind: 'FOUNDATION', regionCode: c.region, name: unique('Қор') } }),
    snapshot: (c, v) => read(c.admin, 'query($search: String) { sponsors(first: 5, filter: { search: $search }) { totalCount } }', { search: inputOf(v).name }),
  },
  'Mutation.updateSponsor': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: UpdateSponsorInput!) { updateSponsor(input: $input) { id version } }',
    variables: async (c) => {
      const entry = await sponsor(c);
      return { input: { id: entry.id, version: entry.version, name: unique('Жаңа атау') } };
    },
    snapshot: (c, v) => sponsorState(c, inputOf(v).id),
  },
  'Query.grantProgrammes': {
    expect: catalogRead,
    regional: true,
    document: 'query($regionCode: String) { grantProgrammes(first: 5, filter: { regionCode: $regionCode }) { edges { node { id title { kk } } } } }',
    variables: (c) => ({ regionCode: c.region }),
  },
  'Query.grantProgramme': {
    expect: catalogRead,
    regional: true,
    document: 'query($id: ID!) { grantProgramme(id: $id) { id title { kk } } }',
    variables: async (c) => ({ id: (await programme(c)).id }),
  },
  'Mutation.createGrantProgramme': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: CreateGrantProgrammeInput!) { createGrantProgramme(input: $input) { id } }',
    variables: (c) => ({ input: programmeInput(c.region) }),
    snapshot: (c, v) =>
      read(c.admin, 'query($search: String) { grantProgrammes(first: 5, filter: { search: $search }) { totalCount } }', { search: (inputOf(v).title as { kk: string }).kk }),
  },
  'Mutation.updateGrantProgramme': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: UpdateGrantProgrammeInput!) { updateGrantProgramme(input: $input) { id version } }',
    variables: async (c) => {
      const entry = await programme(c);
      return { input: { id: entry.id, version: entry.version, link: 'https://grants.example.kz' } };
    },
    snapshot: (c, v) => programmeState(c, inputOf(v).id),
  },
  'Mutation.deleteGrantProgramme': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($id: ID!, $version: Int!) { deleteGrantProgramme(id: $id, version: $version) }',
    variables: async (c) => {
      const entry = await programme(c);
      return { id: entry.id, version: entry.version };
    },
    snapshot: (c, v) => programmeState(c, v.id),
  },
  'Mutation.announceGrantProgramme': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: AnnounceGrantProgrammeInput!) { announceGrantProgramme(input: $input) { id announcedAt } }',
    variables: async (c) => ({ input: { id: (await programme(c)).id, language: 'kk' } }),
    snapshot: (c, v) => programmeState(c, inputOf(v).id),
  },
  'Mutation.addGrantProgrammeDocument': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: AddGrantProgrammeDocumentInput!) { addGrantProgrammeDocument(input: $input) { id } }',
    variables: async (c) => ({ input: { programmeId: (await programme(c)).id, fileName: 'rules.pdf', mimeType: 'application/pdf', contentBase64: PDF } }),
    snapshot: (c, v) => programmeState(c, inputOf(v).programmeId),
  },
  'Mutation.removeGrantProgrammeDocument': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($id: ID!) { removeGrantProgrammeDocument(id: $id) { id } }',
    variables: async (c) => {
      const entry = await programme(c, true);
      return { id: entry.documents[0].id, programmeId: entry.id };
    },
    snapshot: (c, v) => programmeState(c, v.programmeId),
  },
};
