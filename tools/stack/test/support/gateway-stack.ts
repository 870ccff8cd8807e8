import { GraphQLTestClient } from '@birge/server-testing';
import { startStack, type RunningStack } from '../../src/stack';

/** A running stack and a client of its gateway that sends no identity of its own. */
export interface GatewayStack {
  stack: RunningStack;
  gateway: GraphQLTestClient;
}

/**
 * Starts the whole stack for the file's tests (test mode, with its development identity: without a
 * token a republican administrator acts) and a client of its gateway; stopped after the file's tests.
 */
export function gatewayStack(): GatewayStack {
  const running = {} as GatewayStack;
  beforeAll(async () => {
    running.stack = await startStack({ logLevel: 'warn', env: { NODE_ENV: 'test' } });
    running.gateway = new GraphQLTestClient(running.stack.gatewayUrl, { identity: null });
  });
  afterAll(async () => {
    await running.stack?.stop();
  });
  return running;
}
