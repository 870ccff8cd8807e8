import { GraphQLTestClient } from '@birge/server-testing';
import { seedDemoAccounts } from '../../src/demo-accounts';
import { signIn } from '../../src/gateway-client';
import { startStack, type RunningStack } from '../../src/stack';

/** Clients of the gateway signed in as the demo accounts, with the administrator's token (for the demo loaders). */
export interface DemoSignIns {
  adminToken: string;
  admin: GraphQLTestClient;
  staff: GraphQLTestClient;
  analyst: GraphQLTestClient;
}

/**
 * Seeds the demo accounts `npm start` makes and signs in as them through the gateway, as the
 * dashboard does: the republican administrator, a regional staff member (of `staffRegion` when
 * given) and an analyst, each client sending only its bearer token.
 */
export async function signInDemoAccounts(stack: RunningStack, staffRegion?: string): Promise<DemoSignIns> {
  const accounts = await seedDemoAccounts(stack.databaseUrl);
  const token = (role: string) => {
    const account = accounts.find((candidate) => candidate.role === role && (role !== 'REGIONAL_STAFF' || !staffRegion || candidate.regionCode === staffRegion));
    if (!account) throw new Error(`no demo account for ${role}`);
    return signIn(stack.gatewayUrl, account.email, account.password);
  };
  const client = (bearer: string) => new GraphQLTestClient(stack.gatewayUrl, { unsigned: true, headers: { authorization: `Bearer ${bearer}` } });
  const adminToken = await token('REPUBLICAN_ADMIN');
  return { adminToken, admin: client(adminToken), staff: client(await token('REGIONAL_STAFF')), analyst: client(await token('ANALYST')) };
}

/** A running stack for the file's tests, signed in as the demo accounts (see signInDemoAccounts). */
export interface DemoStack extends DemoSignIns {
  stack: RunningStack;
}

/**
 * Starts the whole stack for the file's tests (test mode, no development identity fallback, `env`
 * on top) and signs in as the demo accounts; stopped after the file's tests.
 */
export function demoStack(options: { env?: Record<string, string>; staffRegion?: string } = {}): DemoStack {
  const demo = {} as DemoStack;
  beforeAll(async () => {
    demo.stack = await startStack({ logLevel: 'warn', devIdentityFallback: false, env: { NODE_ENV: 'test', ...options.env } });
    Object.assign(demo, await signInDemoAccounts(demo.stack, options.staffRegion));
  });
  afterAll(async () => {
    await demo.stack?.stop();
  });
  return demo;
}
