import { ApolloServer } from '@apollo/server';
import { createLogger } from '@birge/server-kit';
import { Role, type Identity } from '@birge/shared-reference';
import type { GatewayContext } from './gateway.context';
import { inflightAnswersPlugin } from './inflight-answers';

const staff = (userId: string): Identity => ({ userId, role: Role.REGIONAL_STAFF, regionCode: '710000000' });

describe('identical reads of one caller in flight, executed once', () => {
  let executions: string[] = [];
  let failNext = false;
  const server = new ApolloServer<GatewayContext>({
    typeDefs: 'type Query { whoami(tag: String): String } type Mutation { touch: String }',
    resolvers: {
      Query: {
        whoami: async (_root: unknown, args: { tag?: string }, context: GatewayContext) => {
          executions.push(context.identity?.userId ?? 'anonymous');
          await new Promise((resolve) => setTimeout(resolve, 30));
          if (failNext) throw new Error('failed');
          return `${context.identity?.userId ?? 'anonymous'}:${args.tag ?? ''}`;
        },
      },
      Mutation: {
        touch: async (_root: unknown, _args: unknown, context: GatewayContext) => {
          executions.push(`touch:${context.identity?.userId}`);
          await new Promise((resolve) => setTimeout(resolve, 30));
          return 'ok';
        },
      },
    },
    plugins: [inflightAnswersPlugin({ waitMs: 5000 })],
  });
  const ask = async (identity: Identity | null, query = '{ whoami(tag: "a") }') => {
    const response = await server.executeOperation({ query }, { contextValue: { requestId: 'r', identity, logger: createLogger('test', 'silent') } });
    return response.body.kind === 'single' ? response.body.singleResult : null;
  };

  beforeAll(() => server.start());
  afterAll(() => server.stop());
  beforeEach(() => {
    executions = [];
    failNext = false;
  });

  it('executes N identical concurrent reads of the same caller once, each getting the answer', async () => {
    const answers = await Promise.all(Array.from({ length: 6 }, () => ask(staff('u-1'))));
    expect(executions).toEqual(['u-1']);
    expect(answers.map((answer) => answer?.data)).toEqual(Array.from({ length: 6 }, () => ({ whoami: 'u-1:a' })));
  });

  it("never gives one caller's answer to another, nor one document's to another", async () => {
    const answers = await Promise.all([ask(staff('u-1')), ask(staff('u-2')), ask(null), ask(staff('u-1'), '{ whoami(tag: "b") }')]);
    expect(executions.sort()).toEqual(['anonymous', 'u-1', 'u-1', 'u-2']);
    expect(answers.map((answer) => answer?.data?.whoami)).toEqual(['u-1:a', 'u-2:a', 'anonymous:a', 'u-1:b']);
  });

  it('never shares mutations, and lets each go ahead itself when the shared execution failed', async () => {
    await Promise.all([ask(staff('u-1'), 'mutation { touch }'), ask(staff('u-1'), 'mutation { touch }')]);
    expect(executions).toEqual(['touch:u-1', 'touch:u-1']);
    executions = [];
    failNext = true;
    const answers = await Promise.all([ask(staff('u-1')), ask(staff('u-1'))]);
    expect(executions).toEqual(['u-1', 'u-1']);
    expect(answers.every((answer) => answer?.errors?.length)).toBe(true);
  });
});
