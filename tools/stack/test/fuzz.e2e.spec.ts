/**
 * A fuzz run generated from the published schema: every root field, each argument given wrong
 * types, boundary numbers, empty and huge text and lists, Kazakh, right-to-left and emoji text,
 * NUL characters and halves of surrogate pairs, SQL and script injection; as an anonymous caller,
 * each staff role and a partner key. No answer may be a 5xx, every error must carry a code, and
 * nothing internal (file paths, addresses, SQL, stack frames) may leave the gateway.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
} from 'graphql';
import { seedDemoAccounts } from '../src/demo-accounts';
import { callGateway, signIn } from '../src/gateway-client';
import { ROOT } from '../src/processes';
import { startStack, type RunningStack } from '../src/stack';

jest.setTimeout(900_000);

const schema = buildSchema(readFileSync(path.join(ROOT, 'apps/gateway/api-schema.graphql'), 'utf8'));
const UUID = '018f0000-0000-7000-8000-000000000000';
const LEAK =
  /\/(?:work|home|root|usr|tmp)\/|node_modules|\bat [\w.<>]+ \(|\bSELECT\b|\bINSERT INTO\b|\bUPDATE \w+ SET\b|relation "|violates|duplicate key|syntax error at|ECONNREFUSED|127\.0\.0\.1|localhost:\d+|\.ts:\d+/i;

/** A value the field would take: the first enum value, required input fields filled, one list element. */
function plausible(type: GraphQLInputType, name: string): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [plausible(nullable.ofType, name)];
  if (isEnumType(nullable)) return nullable.getValues()[0].value;
  if (isInputObjectType(nullable)) {
    return Object.fromEntries(
      Object.values(nullable.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, plausible(f.type, f.name)]),
    );
  }
  switch (nullable.name) {
    case 'Int':
      return name === 'first' ? 10 : 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return true;
    case 'DateTimeISO':
      return new Date().toISOString();
    default:
      if (/code$/i.test(name)) return '710000000';
      if (nullable.name === 'ID') return UUID;
      return /email/i.test(name) ? 'fuzz@birge.kz' : /day|date|on$/i.test(name) ? '2026-01-15' : 'Жастар ұйымы';
  }
}

const TEXTS = [
  '',
  ' ',
  'x'.repeat(30_000),
  'Қазақстан Республикасы, Әлихан Бөкейхан көшесі',
  'مرحبا بالعالم — שלום',
  '👩🏽‍🚒🚀🇰🇿',
  'a\u0000b',
  'a\ud800b',
  "' OR 1=1; DROP TABLE registry.organization; --",
  '<script>alert(document.cookie)</script>',
  '../../../../etc/passwd',
  '${jndi:ldap://x}',
];

/** Values that are wrong, or right at an edge, for an input of this type. */
function hostile(type: GraphQLInputType, name: string): unknown[] {
  const named = getNamedType(type);
  const nullable = getNullableType(type);
  const values: unknown[] = [null];
  if (isListType(nullable)) {
    values.push(
      [],
      Array.from({ length: 2000 }, () => plausible(nullable.ofType, name)),
      'not a list',
      [null],
    );
    return values;
  }
  if (isInputObjectType(nullable)) {
    values.push({}, 'not an object', { ...(plausible(nullable, name) as object), unknownField: 1 });
    for (const field of Object.values(nullable.getFields())) {
      for (const value of hostile(field.type, field.name).slice(1, 6)) values.push({ ...(plausible(nullable, name) as object), [field.name]: value });
    }
    return values;
  }
  if (isEnumType(named)) return [...values, 'NOT_A_VALUE', 1];
  if (isScalarType(named)) {
    switch (named.name) {
      case 'Int':
        return [...values, 0, -1, 2147483647, 2147483648, -2147483649, 1.5, 'one'];
      case 'Float':
        return [...values, -1e308, 1e308, 'x'];
      case 'Boolean':
        return [...values, 'true', 0];
      case 'DateTimeISO':
        return [...values, 'yesterday', '9999-12-31T23:59:59Z', '0001-01-01T00:00:00Z', '2026-02-30T00:00:00Z', 0];
      default:
        return [...values, 12345, ...TEXTS];
    }
  }
  return values;
}

function typeText(type: GraphQLInputType): string {
  return type.toString();
}

function selection(type: GraphQLNamedType): string {
  return isCompositeType(type) ? '{ __typename }' : '';
}

interface Case {
  label: string;
  query: string;
  variables: Record<string, unknown>;
}

/** For a root field: its plausible call, then each argument in turn made hostile. */
function casesOf(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, everyValue: boolean): Case[] {
  const definitions = field.args.map((arg) => `$${arg.name}: ${typeText(arg.type)}`).join(', ');
  const call = field.args.length ? `${field.name}(${field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})` : field.name;
  const query = `${operation} Fuzz${definitions ? `(${definitions})` : ''} { ${call} ${selection(getNamedType(field.type))} }`;
  const base = Object.fromEntries(field.args.filter((arg) => isNonNullType(arg.type)).map((arg) => [arg.name, plausible(arg.type, arg.name)]));
  const cases: Case[] = [{ label: `${field.name}()`, query, variables: base }];
  if (!everyValue) return cases;
  for (const arg of field.args) {
    hostile(arg.type, arg.name).forEach((value, index) => cases.push({ label: `${field.name}(${arg.name} #${index})`, query, variables: { ...base, [arg.name]: value } }));
  }
  return cases;
}

describe('fuzzing every root field through the gateway', () => {
  let stack: RunningStack;
  const callers: { name: string; headers: Record<string, string>; everyValue: boolean }[] = [];

  beforeAll(async () => {
    stack = await startStack({
      logLevel: 'error',
      env: { NODE_ENV: 'test', API_KEY_RATE_LIMIT_PER_MINUTE: '100000', API_KEY_RATE_LIMIT_BURST: '100000' },
      devIdentityFallback: false,
    });
    const accounts = await seedDemoAccounts(stack.databaseUrl);
    const token = async (role: string) => {
      const account = accounts.find((a) => a.role === role && a.active)!;
      return signIn(stack.gatewayUrl, account.email, account.password);
    };
    const admin = await token('REPUBLICAN_ADMIN');
    const key = await callGateway<{ createApiKey: { secret: string } }>(
      stack.gatewayUrl,
      { bearer: admin },
      'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
      { input: { name: 'Fuzz partner', scopes: ['registry:read', 'assistance:read', 'analytics:read'], expiresAt: new Date(Date.now() + 86400_000).toISOString() } },
    );
    callers.push(
      { name: 'republican admin', headers: { authorization: `Bearer ${admin}` }, everyValue: true },
      { name: 'anonymous', headers: {}, everyValue: false },
      { name: 'partner', headers: { 'x-api-key': key.createApiKey.secret }, everyValue: false },
    );
    for (const role of [...new Set(accounts.map((a) => a.role))].filter((r) => r !== 'REPUBLICAN_ADMIN')) {
      callers.push({ name: role, headers: { authorization: `Bearer ${await token(role)}` }, everyValue: false });
    }
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('answers every call below 500, with a code on every error and nothing internal', async () => {
    const roots = [
      ...Object.values(schema.getQueryType()!.getFields()).map((field) => ['query', field] as const),
      // Signing out ends the session the other calls use: fuzzed last, by name.
      ...Object.values(schema.getMutationType()!.getFields())
        .sort((a, b) => Number(a.name === 'logout') - Number(b.name === 'logout'))
        .map((field) => ['mutation', field] as const),
    ];
    const problems: string[] = [];
    let sent = 0;
    const statuses = new Map<number, number>();
    for (const caller of callers) {
      for (const [operation, field] of roots) {
        for (const fuzz of casesOf(operation, field, caller.everyValue)) {
          const response = await fetch(stack.gatewayUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...caller.headers },
            body: JSON.stringify({ query: fuzz.query, variables: fuzz.variables }),
          });
          sent += 1;
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          const text = await response.text();
          const where = `${caller.name} ${fuzz.label}`;
          if (process.env.FUZZ_DEBUG && fuzz.label.endsWith('()')) console.log(where, response.status, text.slice(0, 300));
          if (response.status >= 500) problems.push(`${where}: HTTP ${response.status} ${text.slice(0, 200)}`);
          let body: { errors?: { message?: string; extensions?: { code?: unknown } }[] };
          try {
            body = JSON.parse(text);
          } catch {
            problems.push(`${where}: not JSON: ${text.slice(0, 100)}`);
            continue;
          }
          for (const error of body.errors ?? []) {
            if (typeof error.extensions?.code !== 'string') problems.push(`${where}: error without a code: ${error.message}`);
            if (error.extensions?.code === 'INTERNAL_SERVER_ERROR') problems.push(`${where}: INTERNAL_SERVER_ERROR: ${error.message}`);
          }
          const leaked = LEAK.exec(JSON.stringify(body.errors ?? []));
          if (leaked) problems.push(`${where}: leaks "${leaked[0]}": ${JSON.stringify(body.errors).slice(0, 200)}`);
        }
      }
    }
    console.log(`fuzz: ${sent} calls, HTTP statuses ${JSON.stringify(Object.fromEntries(statuses))}, ${problems.length} problems`);
    expect(problems).toEqual([]);
    expect(sent).toBeGreaterThan(1000);
  });
});
