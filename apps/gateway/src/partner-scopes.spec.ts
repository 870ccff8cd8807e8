import { Role } from '@birge/shared-reference';
import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { credentialsOf } from './authenticate';
import { checkPartnerScopes, fieldOwners } from './partner-scopes';

const owners = fieldOwners(readFileSync(path.resolve(__dirname, '../supergraph.graphql'), 'utf8'));
const schema = buildSchema(readFileSync(path.resolve(__dirname, '../api-schema.graphql'), 'utf8'));
const partner = (scopes: string[]) => ({ userId: 'k', role: Role.PARTNER, regionCode: null, scopes, keyId: 'k' });
const check = (scopes: string[], query: string) => {
  const document = parse(query);
  return checkPartnerScopes(partner(scopes), schema, document, document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode, owners);
};

describe('partner scopes from the supergraph', () => {
  it('knows which subgraph resolves a field', () => {
    expect(owners.get('Query.regions')).toEqual(['registry']);
    expect(owners.get('Mutation.login')).toEqual(['identity']);
    expect(owners.get('Query.auditLog')).toEqual(['identity']);
  });

  it('lets a read scope read its subgraph’s fields, through fragments too, and nothing more', () => {
    expect(check(['registry:read'], '{ regions { code name { en } } }')).toBeNull();
    expect(check(['registry:read'], 'query { ...R } fragment R on Query { regions { code } }')).toBeNull();
    expect(check(['registry:read'], '{ auditLog { totalCount } }')?.extensions).toMatchObject({ code: 'FORBIDDEN', requiredScopes: ['identity:read'] });
    expect(check(['registry:read'], 'mutation { logout(refreshToken: "x") }')?.extensions).toMatchObject({ code: 'FORBIDDEN', fields: ['Mutation.logout'] });
  });

  it('lets a write scope read as well', () => {
    expect(check(['registry:write'], '{ regions { code } }')).toBeNull();
  });
});

describe('credentials', () => {
  it('take an API key from X-Api-Key or Authorization: ApiKey, a token from Bearer, and refuse both at once', () => {
    expect(credentialsOf({ 'x-api-key': 'k1' })).toEqual({ kind: 'api-key', key: 'k1' });
    expect(credentialsOf({ authorization: 'ApiKey k2' })).toEqual({ kind: 'api-key', key: 'k2' });
    expect(credentialsOf({ authorization: 'Bearer t' })).toEqual({ kind: 'bearer', authorization: 'Bearer t' });
    expect(credentialsOf({})).toEqual({ kind: 'none' });
    expect(credentialsOf({ authorization: 'Bearer t', 'x-api-key': 'k' })).toMatchObject({
      kind: 'malformed',
      refusal: { status: 401, details: { reason: 'AMBIGUOUS_CREDENTIALS' } },
    });
  });
});
