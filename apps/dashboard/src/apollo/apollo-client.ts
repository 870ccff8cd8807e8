import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * The cache the app and the component tests share, so pagination merges the same way in both.
 * Connections are keyed by their filter arguments; `after` and `first` only pick a page.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Region: { keyFields: ['code'] },
      District: { keyFields: ['code'] },
      Query: {
        fields: {
          organizations: relayStylePagination(['filter']),
          notifications: relayStylePagination(['unreadOnly']),
        },
      },
      Organization: {
        fields: {
          assistanceRequests: relayStylePagination(),
        },
      },
    },
  });
}

export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: createCache(),
  });
}
