import { graphql } from '../gql';

export const SessionAccountFields = graphql(`
  fragment SessionAccountFields on StaffAccount {
    id
    email
    name
    role
    active
    region {
      code
      name {
        kk
        ru
        en
      }
    }
  }
`);

/** What a sign-in and a refresh both return: the two tokens with their ends and the account. */
export const AuthSessionFields = graphql(`
  fragment AuthSessionFields on AuthSession {
    accessToken
    expiresAt
    refreshToken
    refreshTokenExpiresAt
    account {
      ...SessionAccountFields
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      ...AuthSessionFields
    }
  }
`);

export const RefreshSessionMutation = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      ...AuthSessionFields
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`);

/**
 * Without a token the gateway either refuses personal queries (production) or acts as the
 * development identity (a republican administrator). The unread count tells which: the API has no
 * field that names the development identity (`me` is null for it).
 */
export const DevIdentityProbeQuery = graphql(`
  query DevIdentityProbe {
    unreadNotificationCount
  }
`);
