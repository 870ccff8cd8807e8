import { RULES } from '../expectations';
import { inputOf, read, type OperationRule } from './rule';

/** Identity: who is signed in, sessions, staff accounts and credentials. */
export const IDENTITY_OPERATIONS: Record<string, OperationRule> = {
  // ----- identity -----
  // Anonymous callers get null: the dashboard asks who is signed in before anyone is.
  'Query.me': { expect: { ...RULES.ownAccount, anonymous: 'ok', portal: 'ok' }, regional: false, document: '{ me { id role } }' },
  'Query.staffAccounts': { expect: RULES.adminOnly, regional: false, document: '{ staffAccounts(first: 5) { edges { node { id } } } }' },
  'Query.apiKeys': { expect: RULES.adminOnly, regional: false, document: '{ apiKeys(first: 5) { edges { node { id } } } }' },
  'Query.auditLog': { expect: RULES.adminOnly, regional: false, document: '{ auditLog(first: 5) { edges { node { operation } } } }' },
  // One's own password, given the current one: a wrong one is refused naming the field, whatever the staff role.
  'Mutation.changePassword': {
    expect: { ...RULES.ownAccount, admin: 'BAD_USER_INPUT', staffOwn: 'BAD_USER_INPUT', staffOther: 'BAD_USER_INPUT', analyst: 'BAD_USER_INPUT' },
    regional: false,
    document: 'mutation { changePassword(currentPassword: "not-the-current-password", newPassword: "matrix-new-password-2026") }',
  },
  'Mutation.createStaffAccount': {
    expect: RULES.adminOnly,
    regional: false,
    document: 'mutation($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id } }',
    variables: (c) => ({
      input: {
        email: `${c.caller.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@matrix.birge.kz`,
        name: 'Жаңа қызметкер',
        role: 'ANALYST',
        password: 'matrix-password-2026',
      },
    }),
    snapshot: (c, v) => read(c.admin, '{ staffAccounts(first: 200) { edges { node { email } } } }', {}).then((d) => JSON.stringify(d).includes(String(inputOf(v).email))),
  },
  'Mutation.deactivateStaffAccount': {
    expect: RULES.adminOnly,
    regional: false,
    document: 'mutation($id: ID!) { deactivateStaffAccount(id: $id) { id active } }',
    variables: async (c) => ({ id: (await c.fixtures.staffAccount()).id }),
    snapshot: (c, v) =>
      read(c.admin, '{ staffAccounts(first: 200) { edges { node { id active } } } }', {}).then((d) => JSON.stringify(d).includes(`"id":"${String(v.id)}","active":true`)),
  },
  'Mutation.createApiKey': {
    expect: RULES.adminOnly,
    regional: false,
    document: 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }',
    variables: (c) => ({
      input: { name: `Matrix key ${c.caller} ${Math.random().toString(36).slice(2, 8)}`, scopes: ['registry:read'], expiresAt: new Date(Date.now() + 86_400_000).toISOString() },
    }),
    snapshot: (c, v) => read(c.admin, '{ apiKeys(first: 200) { edges { node { name } } } }', {}).then((d) => JSON.stringify(d).includes(String(inputOf(v).name))),
  },
  'Mutation.revokeApiKey': {
    expect: RULES.adminOnly,
    regional: false,
    document: 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }',
    variables: async (c) => ({ id: (await c.fixtures.apiKey()).id }),
    snapshot: (c, v) => read(c.admin, '{ apiKeys(first: 200, activeOnly: true) { edges { node { id } } } }', {}).then((d) => JSON.stringify(d).includes(String(v.id))),
  },
  'Mutation.login': {
    expect: RULES.credentials,
    regional: false,
    document: 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { expiresAt } }',
    variables: (c) => ({ ...c.fixtures.adminCredentials }),
  },
  'Mutation.refreshSession': {
    expect: RULES.credentials,
    regional: false,
    document: 'mutation($refreshToken: String!) { refreshSession(refreshToken: $refreshToken) { expiresAt } }',
    variables: async (c) => ({ refreshToken: (await c.fixtures.session()).refreshToken }),
  },
  'Mutation.logout': {
    expect: RULES.credentials,
    regional: false,
    document: 'mutation($refreshToken: String!) { logout(refreshToken: $refreshToken) }',
    variables: async (c) => ({ refreshToken: (await c.fixtures.session()).refreshToken }),
  },
};
