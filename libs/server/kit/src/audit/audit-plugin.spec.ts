import { Role } from '@birge/shared-reference';
import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { signIdentity, verifyGatewaySignature } from '../identity/identity';
import { auditRecords, clientOperationName, collectTargetIds, findOperation } from './audit-plugin';

const schema = buildSchema(`
  type Query { ok: Boolean }
  input Contact { organizationId: ID!, note: String, memberIds: [ID!] }
  type Thing { id: ID! }
  type Mutation { create(name: String!, contact: Contact): Thing, remove(id: ID!): Boolean }
`);
const staff = { userId: 'u-1', role: Role.REGIONAL_STAFF, regionCode: '710000000' };
const operationOf = (query: string) => parse(query).definitions[0] as OperationDefinitionNode;

describe('audit records', () => {
  it('collect ids only (id, …Id, …Ids, nested), never other values', () => {
    expect(collectTargetIds({ input: { name: 'secret', password: 'p', organizationId: 'o-1', memberIds: ['m-1', 'm-2'], nested: [{ id: 'n-1' }] }, id: 'x' })).toEqual([
      'o-1',
      'm-1',
      'm-2',
      'n-1',
      'x',
    ]);
  });

  it('give one record per root mutation field with its own outcome and the id it returned', () => {
    const document = parse(`mutation Both($c: Contact) { made: create(name: "n", contact: $c) { id } remove(id: "r-1") __typename }`);
    const records = auditRecords({
      service: 'registry',
      identity: staff,
      operation: document.definitions[0] as OperationDefinitionNode,
      document,
      schema,
      variables: { c: { organizationId: 'o-1', note: 'private', memberIds: ['m-1'] } },
      data: { made: { id: 't-1' }, remove: null },
      errors: [{ message: 'no', path: ['remove'], extensions: { code: 'FORBIDDEN' } }],
      requestId: 'req-1',
      now: new Date('2026-01-01T00:00:00Z'),
    });
    expect(records).toEqual([
      {
        service: 'registry',
        userId: 'u-1',
        role: 'REGIONAL_STAFF',
        regionCode: '710000000',
        keyId: null,
        operation: 'create',
        operationName: 'Both',
        targetIds: ['o-1', 'm-1', 't-1'],
        outcome: 'OK',
        occurredAt: '2026-01-01T00:00:00.000Z',
        requestId: 'req-1',
      },
      {
        service: 'registry',
        userId: 'u-1',
        role: 'REGIONAL_STAFF',
        regionCode: '710000000',
        keyId: null,
        operation: 'remove',
        operationName: 'Both',
        targetIds: ['r-1'],
        outcome: 'FORBIDDEN',
        occurredAt: '2026-01-01T00:00:00.000Z',
        requestId: 'req-1',
      },
    ]);
  });

  it('take the id of the record a payload wraps when the payload has none of its own', () => {
    const wrapping = buildSchema(`
      type Query { ok: Boolean }
      type Key { id: ID! }
      type Created { secret: String!, apiKey: Key! }
      type Mutation { createKey(name: String!): Created }
    `);
    const document = parse('mutation { createKey(name: "partner") { secret apiKey { id } } }');
    const [record] = auditRecords({
      service: 'identity',
      identity: staff,
      operation: document.definitions[0] as OperationDefinitionNode,
      document,
      schema: wrapping,
      variables: {},
      data: { createKey: { secret: 'never-audited', apiKey: { id: 'k-1' } } },
      errors: [],
      requestId: 'req-2',
      now: new Date('2026-01-01T00:00:00Z'),
    });
    expect(record.targetIds).toEqual(['k-1']);
  });

  it('use a request-level error for every field, and skip queries', () => {
    const records = auditRecords({
      service: 'gateway',
      identity: null,
      operation: operationOf('mutation { remove(id: "r-2") }'),
      requestId: null,
      errors: [{ message: 'x', extensions: { code: 'RATE_LIMITED' } }],
    });
    expect(records).toMatchObject([{ operation: 'remove', outcome: 'RATE_LIMITED', targetIds: ['r-2'], userId: null, role: null }]);
    expect(auditRecords({ service: 'x', identity: staff, operation: operationOf('{ ok }'), requestId: null })).toEqual([]);
  });

  it('keep the client’s operation name, not the one the gateway gives its fetch', () => {
    expect(clientOperationName('Register__registry__0')).toBe('Register');
    expect(clientOperationName('Register')).toBe('Register');
    expect(clientOperationName(undefined)).toBeNull();
  });

  it('find the operation by name or the only one, from text when GraphQL did not parse it', () => {
    expect(findOperation(undefined, 'query A { ok } mutation B { remove(id: "1") }', 'B')?.operation).toBe('mutation');
    expect(findOperation(undefined, 'query A { ok } mutation B { remove(id: "1") }', null)).toBeUndefined();
    expect(findOperation(undefined, '{ not closed', null)).toBeUndefined();
  });
});

describe('the signed identity of a partner and of internal calls', () => {
  const secret = 'kit-audit-test-secret';
  it('keeps a partner’s scopes and key id', () => {
    const partner = { userId: 'k-1', role: Role.PARTNER, regionCode: null, scopes: ['registry:read'], keyId: 'k-1' };
    expect(verifyGatewaySignature(signIdentity(partner, secret), secret)).toEqual({ valid: true, identity: partner });
  });

  it('tells the gateway’s own calls from the callers it forwards', () => {
    expect(verifyGatewaySignature(signIdentity(null, secret, Date.now(), 'gateway'), secret)).toEqual({ valid: true, identity: null, internalCaller: 'gateway' });
    expect(verifyGatewaySignature(signIdentity(staff, secret), secret)).toEqual({ valid: true, identity: staff });
  });
});
