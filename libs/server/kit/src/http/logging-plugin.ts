import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context/request-context';

/** One structured log line per operation, with its duration and error codes. */
export function loggingPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, errors }) {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          contextValue.logger.info({ operationName, ms: Math.round(ms * 100) / 100, errors: errors?.map((e) => e.extensions?.code ?? 'ERROR') }, 'graphql operation');
        },
      };
    },
  };
}
