import { RULES } from '../expectations';
import { inputOf, read, type CaseContext, type OperationRule } from './rule';

const organizationState = (c: CaseContext, id: unknown) => read(c.admin, 'query($id: ID!) { organization(id: $id) { version name verification { status } } }', { id });
const organizationsNamed = (c: CaseContext, name: unknown) =>
  read(c.admin, 'query($search: String) { organizations(first: 5, filter: { search: $search }) { edges { node { id } } } }', { search: name });

/** The registry: reference data, organizations, the contact log and verification. */
export const REGISTRY_OPERATIONS: Record<string, OperationRule> = {
  // ----- registry: reference data -----
  'Query.regions': { expect: RULES.publicReference, regional: false, document: '{ regions { code } }' },
  'Query.region': {
    expect: RULES.publicReference,
    regional: true,
    document: 'query($code: ID!) { region(code: $code) { code districts { code } } }',
    variables: (c) => ({ code: c.region }),
  },
  'Mutation.renameDistrict': {
    // District edits are republican administration too; an analyst is told the role only reads.
    expect: { ...RULES.adminOnly, analyst: 'READ_ONLY_ROLE' },
    regional: true,
    document: 'mutation($code: ID!, $version: Int!, $name: LocalizedTextInput!) { renameDistrict(code: $code, version: $version, name: $name) { code version } }',
    variables: async (c) => {
      const district = await c.fixtures.district(c.region);
      return { code: district.code, version: district.version, name: { kk: 'Өзгертілген', ru: 'Изменённый', en: 'Renamed' } };
    },
    snapshot: (c) => read(c.admin, 'query($code: ID!) { region(code: $code) { districts { code version name { kk } } } }', { code: c.region }),
  },
  'Mutation.addDistrict': {
    // District edits are republican administration too; an analyst is told the role only reads.
    expect: { ...RULES.adminOnly, analyst: 'READ_ONLY_ROLE' },
    regional: true,
    document: 'mutation($regionCode: ID!, $code: ID!, $name: LocalizedTextInput!) { addDistrict(regionCode: $regionCode, code: $code, kind: DISTRICT, name: $name) { code } }',
    variables: (c) => ({
      regionCode: c.region,
      code: `${c.region.slice(0, 2)}8${String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0')}`,
      name: { kk: 'Матрица ауданы', ru: 'Район матрицы', en: 'Matrix district' },
    }),
    snapshot: (c) => read(c.admin, 'query($code: ID!) { region(code: $code) { districts { code } } }', { code: c.region }),
  },
  'Mutation.abolishDistrict': {
    // District edits are republican administration too; an analyst is told the role only reads.
    expect: { ...RULES.adminOnly, analyst: 'READ_ONLY_ROLE' },
    regional: true,
    document: 'mutation($code: ID!, $version: Int!) { abolishDistrict(code: $code, version: $version, reason: "Merged", abolishedOn: "2026-01-01") { code } }',
    variables: async (c) => {
      const district = await c.fixtures.district(c.region);
      return { code: district.code, version: district.version };
    },
    snapshot: (c) => read(c.admin, 'query($code: ID!) { region(code: $code) { districts { code abolishedOn } } }', { code: c.region }),
  },

  // ----- registry: organizations -----
  'Query.organizations': {
    expect: RULES.registryPublic,
    regional: true,
    document: 'query($regionCode: ID) { organizations(first: 5, filter: { regionCode: $regionCode }) { edges { node { id name } } } }',
    variables: (c) => ({ regionCode: c.region }),
  },
  'Query.organization': {
    expect: RULES.registryPublic,
    regional: true,
    document: 'query($id: ID!) { organization(id: $id) { id name } }',
    variables: async (c) => ({ id: (await c.fixtures.organization(c.region)).id }),
  },
  'Query.organizationFacets': {
    expect: RULES.registryPublic,
    regional: true,
    document: 'query($regionCode: ID) { organizationFacets(filter: { regionCode: $regionCode }) { total } }',
    variables: (c) => ({ regionCode: c.region }),
  },
  'Query.possibleDuplicates': {
    expect: RULES.registryPublic,
    regional: true,
    document: 'query($input: PossibleDuplicatesInput!) { possibleDuplicates(input: $input) { organization { id } } }',
    variables: (c) => ({ input: { name: 'Матрица жастары', regionCode: c.region } }),
  },
  'Mutation.createOrganization': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
    variables: (c) => ({
      input: {
        name: `Жаңа топ ${c.caller} ${Math.random().toString(36).slice(2, 8)}`,
        kind: 'INITIATIVE_GROUP',
        regionCode: c.region,
        directions: ['BILIM'],
        confirmNotDuplicate: true,
      },
    }),
    snapshot: (c, v) => organizationsNamed(c, inputOf(v).name),
  },
  'Mutation.updateOrganization': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id version } }',
    variables: async (c) => {
      const organization = await c.fixtures.organization(c.region);
      return { input: { id: organization.id, version: organization.version, description: 'Жаңартылған сипаттама' } };
    },
    snapshot: (c, v) => organizationState(c, inputOf(v).id),
  },
  'Mutation.mergeOrganizations': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: MergeOrganizationsInput!) { mergeOrganizations(input: $input) { id } }',
    variables: async (c) => {
      const [keep, merge] = await Promise.all([c.fixtures.organization(c.region), c.fixtures.organization(c.region)]);
      return { input: { keepId: keep.id, mergeId: merge.id, keepVersion: keep.version } };
    },
    snapshot: async (c, v) => [await organizationState(c, inputOf(v).keepId), await organizationState(c, inputOf(v).mergeId)],
  },
  'Mutation.importOrganizations': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($csv: String!) { importOrganizations(csv: $csv) { created } }',
    variables: (c) => ({ csv: `name,kind,region_code,directions\nИмпорт ${c.caller} ${Math.random().toString(36).slice(2, 8)},INITIATIVE_GROUP,${c.region},BILIM\n` }),
    snapshot: (c, v) => organizationsNamed(c, String(v.csv).split('\n')[1].split(',')[0]),
  },

  // ----- registry: contact log and verification -----
  'Mutation.logContact': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: LogContactInput!) { logContact(input: $input) { id } }',
    variables: async (c) => ({ input: { organizationId: (await c.fixtures.organization(c.region)).id, kind: 'CALL', occurredOn: '2026-11-02', toldAboutOffer: true } }),
    snapshot: (c, v) => read(c.admin, 'query($id: ID!) { organization(id: $id) { contacts(first: 50) { edges { node { id } } } } }', { id: inputOf(v).organizationId }),
  },
  'Mutation.recordVerificationCheck': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: RecordVerificationCheckInput!) { recordVerificationCheck(input: $input) { id } }',
    variables: async (c) => ({ input: { organizationId: (await c.fixtures.organization(c.region)).id, method: 'VISIT', outcome: 'PASSED', notes: 'Іс-шараға бардық' } }),
    snapshot: (c, v) => organizationState(c, inputOf(v).organizationId),
  },
  'Mutation.updateVerificationCheck': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: UpdateVerificationCheckInput!) { updateVerificationCheck(input: $input) { id outcome } }',
    variables: async (c) => {
      const check = await c.fixtures.verificationCheck(c.region);
      return { input: { checkId: check.id, outcome: 'PASSED', notes: 'Расталды' }, organizationId: check.organizationId };
    },
    snapshot: (c, v) => organizationState(c, v.organizationId),
  },
  'Mutation.decideVerification': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: DecideVerificationInput!) { decideVerification(input: $input) { status } }',
    variables: async (c) => ({ input: { organizationId: (await c.fixtures.organization(c.region)).id, decision: 'VERIFIED', reason: 'Барлық тексерулер өтті' } }),
    snapshot: (c, v) => organizationState(c, inputOf(v).organizationId),
  },
};
