import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, type GraphQLObjectType } from 'graphql';
import { startStack, type RunningStack } from '../src/stack';
import { CALLERS, OTHER_REGION, OWN_REGION, clientFor, signInCallers, type Caller, type Clients } from './authorization/callers';
import { describeOutcome, matches } from './authorization/expectations';
import { Fixtures } from './authorization/fixtures';
import { OPERATIONS, type CaseContext } from './authorization/operations';

jest.setTimeout(120_000);

const API_SCHEMA = buildSchema(readFileSync(path.resolve(__dirname, '../../../apps/gateway/api-schema.graphql'), 'utf8'));
/** Every query and mutation clients can call, read from the published API schema. */
const ROOT_FIELDS = (['Query', 'Mutation'] as const).flatMap((type) => Object.keys((API_SCHEMA.getType(type) as GraphQLObjectType).getFields()).map((field) => `${type}.${field}`));

/** Regional staff are tried on their own region and on another; a rule without regions needs one try. */
function callersOf(field: string): Caller[] {
  const rule = OPERATIONS[field];
  if (!rule) return [];
  return rule.regional ? [...CALLERS] : CALLERS.filter((caller) => caller !== 'staffOther');
}

/**
 * Every role × own/other region × every operation of the API schema, through the gateway with
 * every service running and real credentials (demo accounts signed in, partner keys issued by
 * the admin): allowed calls succeed, refused ones carry the expected code and reason and change
 * nothing.
 */
describe('authorization matrix', () => {
  let stack: RunningStack;
  let clients: Clients;
  let fixtures: Fixtures;

  beforeAll(async () => {
    stack = await startStack({ logLevel: 'warn', env: { NODE_ENV: 'test', DEV_IDENTITY_FALLBACK: 'false' } });
    clients = await signInCallers(stack.gatewayUrl, stack.databaseUrl);
    fixtures = new Fixtures(clients.admin);
  }, 300_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('has a rule for every query and mutation of the API schema, and none for an operation that is gone', () => {
    expect(ROOT_FIELDS.filter((field) => !OPERATIONS[field])).toEqual([]);
    expect(Object.keys(OPERATIONS).filter((field) => !ROOT_FIELDS.includes(field))).toEqual([]);
  });

  describe.each(ROOT_FIELDS.filter((field) => OPERATIONS[field]))('%s', (field) => {
    const rule = OPERATIONS[field];
    const fieldName = field.split('.')[1];

    it.each(callersOf(field))('as %s', async (caller) => {
      const context: CaseContext = { fixtures, admin: clients.admin, clients, caller, region: caller === 'staffOwn' ? OWN_REGION : OTHER_REGION };
      const variables = (await rule.variables?.(context)) ?? {};
      const expected = rule.expect[caller];
      const before = expected !== 'ok' && rule.snapshot ? await rule.snapshot(context, variables) : undefined;

      const response = await clientFor(clients, caller).request<Record<string, unknown>>(rule.document, variables);
      const outcome = describeOutcome(response);
      if (!matches(outcome, expected)) {
        expect({ outcome, message: response.errors?.[0]?.message, path: response.errors?.[0]?.path }).toEqual({ outcome: expected });
      }
      if (expected === 'ok') {
        expect(response.data?.[fieldName]).not.toBeUndefined();
      } else {
        expect(response.data?.[fieldName] ?? null).toBeNull();
        if (rule.snapshot) expect(await rule.snapshot(context, variables)).toEqual(before);
      }
    });
  });
});
