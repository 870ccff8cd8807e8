import { ApolloServer } from '@apollo/server';
import { buildSchema } from 'graphql';
import { chargeListsToBudget, requestBudgetPlugin } from './request-budget.plugin';

const schema = chargeListsToBudget(buildSchema('type Query { items(n: Int!): [Item!]! } type Item { id: Int! items(n: Int!): [Item!]! }'));
const items = ({ n }: { n: number }) => Array.from({ length: n }, (_, id) => ({ id, items }));

async function run(query: string, budget: { maxResolvedFields: number; deadlineMs: number }, slowFieldMs = 0) {
  const server = new ApolloServer({
    schema,
    rootValue: { items },
    fieldResolver: (source: Record<string, unknown>, args, _context, info) => {
      const value = source[info.fieldName];
      if (slowFieldMs) {
        const until = performance.now() + slowFieldMs;
        while (performance.now() < until);
      }
      return typeof value === 'function' ? value(args) : value;
    },
    plugins: [requestBudgetPlugin(budget)],
  });
  await server.start();
  try {
    const response = await server.executeOperation({ query });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult;
  } finally {
    await server.stop();
  }
}

describe('requestBudgetPlugin', () => {
  it('answers a request within its budget as it is', async () => {
    const result = await run('{ items(n: 10) { id items(n: 10) { id } } }', { maxResolvedFields: 1000, deadlineMs: 5000 });
    expect(result.errors).toBeUndefined();
    expect((result.data?.items as unknown[]).length).toBe(10);
  });

  it('stops a request past its field budget with one coded error and no data', async () => {
    const result = await run('{ items(n: 100) { id items(n: 100) { id items(n: 100) { id } } } }', { maxResolvedFields: 5000, deadlineMs: 60_000 });
    expect(result.data).toBeNull();
    expect(result.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'REQUEST_TOO_LARGE', maxResolvedFields: 5000 }) })]);
  });

  it('charges each element of a list with the fields selected under it, fragments included', async () => {
    const budget = { maxResolvedFields: 1000, deadlineMs: 5000 };
    expect((await run('{ items(n: 400) { id } }', budget)).errors).toBeUndefined();
    const wider = await run('{ items(n: 400) { id ...F } } fragment F on Item { a: id b: id }', budget);
    expect(wider.errors?.[0].extensions?.code).toBe('REQUEST_TOO_LARGE');
  });

  it('refuses a list whose elements would go past the budget before building any of them', async () => {
    let built = 0;
    const counting = ({ n }: { n: number }) =>
      Array.from({ length: n }, (_, id) => ({
        get id() {
          built += 1;
          return id;
        },
      }));
    const server = new ApolloServer({ schema, rootValue: { items: counting }, plugins: [requestBudgetPlugin({ maxResolvedFields: 1000, deadlineMs: 5000 })] });
    await server.start();
    const response = await server.executeOperation({ query: '{ items(n: 100000) { id } }' });
    await server.stop();
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    expect(response.body.singleResult.errors?.[0].extensions?.code).toBe('REQUEST_TOO_LARGE');
    expect(built).toBe(0);
  });

  it('stops a request that runs past its deadline', async () => {
    const started = performance.now();
    const result = await run('{ items(n: 1000) { id items(n: 10) { id } } }', { maxResolvedFields: 1_000_000, deadlineMs: 200 }, 0.05);
    expect(result.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'REQUEST_DEADLINE_EXCEEDED', deadlineMs: 200 }) })]);
    // 22,000 fields at 0.05 ms each would take over a second.
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
