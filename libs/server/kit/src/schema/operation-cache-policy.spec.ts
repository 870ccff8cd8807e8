import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { buildSchema, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { CACHE_CONTROL_SDL } from './cache-hints';
import { operationCachePolicy, operationCachePolicyPlugin } from './operation-cache-policy';

const schema = buildSchema(`
${CACHE_CONTROL_SDL.replace(' @federation__inaccessible', '')}
type Query {
  regions: [Region!]! @cacheControl(maxAge: 60, scope: PUBLIC)
  region(code: String!): Region
  me: Account @cacheControl(maxAge: 30, scope: PRIVATE)
  version: String
  count: Int @cacheControl(maxAge: 10)
}
type Region @cacheControl(maxAge: 60, scope: PUBLIC) {
  code: String!
  name: Text!
  districts: [District!]!
  account: Account
}
type District @cacheControl(maxAge: 120, scope: PUBLIC) { code: String! name: Text! }
type Text @cacheControl(inheritMaxAge: true) { kk: String! ru: String! }
type Account { id: ID! }
`);

const rootValue = {
  regions: () => [{ code: '10', name: { kk: 'А', ru: 'А' }, districts: [{ code: '101', name: { kk: 'Б', ru: 'Б' } }], account: { id: '1' } }],
  region: () => ({ code: '10', name: { kk: 'А', ru: 'А' }, districts: [], account: null }),
  me: () => ({ id: '1' }),
  version: () => '1',
  count: () => 3,
};

function policyOf(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error('no operation');
  return operationCachePolicy(schema, document, operation);
}

async function header(query: string, plugins: ConstructorParameters<typeof ApolloServer>[0]['plugins']) {
  const server = new ApolloServer({ schema, rootValue, plugins });
  await server.start();
  try {
    const response = await server.executeOperation({ query });
    return response.http.headers.get('cache-control');
  } finally {
    await server.stop();
  }
}

const QUERIES = [
  '{ regions { code name { kk } } }',
  '{ regions { code districts { code name { ru } } } }',
  '{ regions { code account { id } } }',
  '{ region(code: "10") { code } }',
  '{ me { id } }',
  '{ regions { code } me { id } }',
  '{ version }',
  '{ count }',
  '{ count regions { code } }',
  '{ regions { ...R } } fragment R on Region { code name { kk } }',
  '{ regions { ... on Region { districts { code } } } }',
  '{ __typename }',
];

describe('operationCachePolicy', () => {
  it('takes the lowest maxAge of the selected fields, PUBLIC unless one is PRIVATE', () => {
    expect(policyOf('{ regions { code name { kk } } }')).toEqual({ maxAge: 60 });
    expect(policyOf('{ regions { districts { code name { ru } } } }')).toEqual({ maxAge: 60 });
    expect(policyOf('{ region(code: "10") { code } }')).toEqual({ maxAge: 60 });
    expect(policyOf('{ regions { code } me { id } }')).toEqual({ maxAge: 30, scope: 'PRIVATE' });
    expect(policyOf('{ count regions { code } }')).toMatchObject({ maxAge: 10 });
  });

  it('makes an answer uncacheable for a root field or an object without a hint, through fragments too', () => {
    expect(policyOf('{ version }').maxAge).toBe(0);
    expect(policyOf('{ regions { code account { id } } }').maxAge).toBe(0);
    expect(policyOf('{ regions { ...R } } fragment R on Region { account { id } }').maxAge).toBe(0);
    expect(policyOf('{ regions { ... on Region { account { id } } } }').maxAge).toBe(0);
  });

  it.each(QUERIES)('sets the same Cache-Control as Apollo’s per-field plugin: %s', async (query) => {
    const apollo = await header(query, [ApolloServerPluginCacheControl()]);
    const ours = await header(query, [ApolloServerPluginCacheControlDisabled(), operationCachePolicyPlugin()]);
    expect(ours).toBe(apollo);
  });

  it('says no-store for an answer with errors', async () => {
    expect(await header('{ regions { nope } }', [ApolloServerPluginCacheControlDisabled(), operationCachePolicyPlugin()])).toBe('no-store');
  });
});
