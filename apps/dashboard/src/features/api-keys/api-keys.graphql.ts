import { graphql } from '../../gql';

export const API_KEYS_PAGE_SIZE = 20;

export const ApiKeyFieldsFragment = graphql(`
  fragment ApiKeyFields on ApiKey {
    id
    name
    prefix
    scopes
    rateLimitPerMinute
    expiresAt
    createdAt
    revokedAt
    lastUsedAt
    active
  }
`);

export const ApiKeysQuery = graphql(`
  query ApiKeys($activeOnly: Boolean, $first: Int, $after: String) {
    apiKeys(activeOnly: $activeOnly, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...ApiKeyFields
        }
      }
    }
  }
`);

export const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        ...ApiKeyFields
      }
    }
  }
`);

export const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      ...ApiKeyFields
    }
  }
`);
