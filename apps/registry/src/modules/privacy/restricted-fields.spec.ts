import { Role, type Identity } from '@birge/shared-reference';
import { buildSchema, graphql } from 'graphql';
import { PERSONAL_DATA_FIELDS, REGION_RESTRICTED_FIELDS } from './personal-data';
import { guardRestrictedFields } from './restricted-fields';

const SDL = (nameType: string) => `
  enum AccessRestriction { SIGN_IN_REQUIRED PERSONAL_DATA_HIDDEN_FOR_ROLE OTHER_REGION READ_ONLY_ROLE MISSING_SCOPE ADMIN_ONLY }
  type Person { name: ${nameType} personalDataHidden: AccessRestriction notes: [String!] notesHidden: AccessRestriction }
  type Query { person: Person }
`;
const staff = (regionCode: string): Identity => ({ userId: 's', role: Role.REGIONAL_STAFF, regionCode });

describe('guardRestrictedFields', () => {
  beforeAll(() => {
    PERSONAL_DATA_FIELDS.push({ type: 'Person', field: 'name' });
    REGION_RESTRICTED_FIELDS.push({ type: 'Person', field: 'notes', reasonField: 'notesHidden' });
  });
  afterAll(() => {
    PERSONAL_DATA_FIELDS.splice(PERSONAL_DATA_FIELDS.findIndex((f) => f.type === 'Person'), 1);
    REGION_RESTRICTED_FIELDS.splice(REGION_RESTRICTED_FIELDS.findIndex((f) => f.type === 'Person'), 1);
  });

  const ask = (person: object | null, identity: Identity | null) =>
    graphql({
      schema: guardRestrictedFields(buildSchema(SDL('String'))),
      source: '{ person { name personalDataHidden notes notesHidden } }',
      rootValue: { person },
      contextValue: { identity },
    });

  it('withholds each marked field by its rule for the record\'s region, and says why beside it', async () => {
    const person = { name: 'Айгүл', notes: ['x'], regionCode: '710000000' };
    expect((await ask(person, staff('710000000'))).data).toEqual({ person: { name: 'Айгүл', personalDataHidden: null, notes: ['x'], notesHidden: null } });
    expect((await ask(person, staff('100000000'))).data).toEqual({ person: { name: null, personalDataHidden: 'OTHER_REGION', notes: null, notesHidden: 'OTHER_REGION' } });
    const analyst = { userId: 'a', role: Role.ANALYST, regionCode: null };
    expect((await ask(person, analyst)).data).toEqual({ person: { name: null, personalDataHidden: 'PERSONAL_DATA_HIDDEN_FOR_ROLE', notes: ['x'], notesHidden: null } });
  });

  it('fails rather than guesses for an object without its region', async () => {
    const result = await ask({ name: 'Айгүл', notes: [] }, staff('710000000'));
    expect(result.errors?.[0].message).toMatch(/Person object without regionCode/);
    expect(result.data?.person).toMatchObject({ name: null, notes: null });
  });

  it('refuses to build with a marked field that could not be null', () => {
    expect(() => guardRestrictedFields(buildSchema(SDL('String!')))).toThrow(/Person.name must be nullable/);
  });
});
