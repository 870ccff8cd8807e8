import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { regionOptionsMock, STAFF_ID, staffDirectoryMock, ASTANA } from '../../testing/fixtures';
import { renderWithProviders, type Mocks } from '../../testing/render';
import { ApiKeysQuery } from '../api-keys/api-keys.graphql';
import { apiKeyData } from '../api-keys/api-keys-testing';
import { auditFilterOf, auditFormFromQuery, auditPathFor } from './audit-filter';
import { AuditLogPage } from './audit-log-page';
import { AuditLogQuery } from './audit-log.graphql';

const KEY_ID = '22222222-2222-4222-8222-222222222222';

const entry = (id: string, overrides: Record<string, unknown> = {}) => ({
  __typename: 'AuditEntry',
  id,
  occurredAt: '2026-11-25T08:00:00.000Z',
  service: 'identity',
  userId: STAFF_ID,
  role: 'REGIONAL_STAFF',
  region: { __typename: 'Region', code: ASTANA.code, name: ASTANA.name },
  keyId: null,
  operation: 'createApiKey',
  operationName: 'CreateApiKey',
  targetIds: [KEY_ID],
  outcome: 'OK',
  requestId: 'req-0123456789',
  ...overrides,
});

function page(
  filter: Record<string, unknown>,
  entries: ReturnType<typeof entry>[],
  next: { hasNextPage: boolean; endCursor: string | null; after?: string; totalCount?: number },
): Mocks[number] {
  return {
    request: { query: AuditLogQuery, variables: { filter, first: 50, ...(next.after ? { after: next.after } : {}) } },
    result: {
      data: {
        auditLog: {
          __typename: 'AuditEntryConnection',
          totalCount: next.totalCount ?? entries.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage: next.hasNextPage, endCursor: next.endCursor },
          edges: entries.map((node) => ({ __typename: 'AuditEntryEdge', cursor: node.id, node })),
        },
      },
    },
  };
}

const keysMock: Mocks[number] = {
  request: { query: ApiKeysQuery, variables: { first: 100 } },
  result: {
    data: {
      apiKeys: {
        __typename: 'ApiKeyConnection',
        totalCount: 1,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: [
          {
            __typename: 'ApiKeyEdge',
            cursor: KEY_ID,
            node: apiKeyData(KEY_ID, { name: 'Demo partner', scopes: ['registry:read'] }),
          },
        ],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const common: Mocks = [regionOptionsMock(), staffDirectoryMock(), keysMock];

describe('audit filter in the address', () => {
  it('keeps only what is set, and gives the API ISO times and a known role', () => {
    const form = auditFormFromQuery(new URLSearchParams('role=PARTNER&operation=%20revokeApiKey%20&from=2026-11-01T00:00&outcome=FORBIDDEN'));
    expect(auditPathFor(form)).toBe('/audit-log?role=PARTNER&operation=revokeApiKey&outcome=FORBIDDEN&from=2026-11-01T00%3A00');
    expect(auditFilterOf(form)).toEqual({ role: 'PARTNER', operation: 'revokeApiKey', outcome: 'FORBIDDEN', from: new Date('2026-11-01T00:00').toISOString() });
    // "Any refusal" asks for every outcome but OK rather than one code.
    expect(auditFilterOf(auditFormFromQuery(new URLSearchParams('outcome=REFUSED')))).toEqual({ refused: true });
    expect(auditFilterOf(auditFormFromQuery(new URLSearchParams('role=KING&to=not-a-date')))).toEqual({});
  });
});

describe('AuditLogPage', () => {
  it('lists entries with who, operation, records and outcome badges, and loads more', async () => {
    const mocks: Mocks = [
      ...common,
      page(
        {},
        [
          entry('e1'),
          entry('e2', {
            userId: KEY_ID,
            keyId: KEY_ID,
            role: 'PARTNER',
            region: null,
            operation: 'createOrganization',
            operationName: null,
            outcome: 'FORBIDDEN',
            service: 'gateway',
            targetIds: [],
          }),
        ],
        { hasNextPage: true, endCursor: 'c2', totalCount: 3 },
      ),
      page({}, [entry('e3', { userId: null, role: null, region: null, operation: 'login', outcome: 'UNAUTHENTICATED' })], {
        hasNextPage: false,
        endCursor: 'c3',
        after: 'c2',
        totalCount: 3,
      }),
    ];
    renderWithProviders(<AuditLogPage />, { mocks, locale: 'en' });
    await screen.findByText('2 of 3 shown');
    await waitFor(() => expect(screen.getAllByTestId('audit-row')[1]?.textContent).toContain('Key: Demo partner'));
    const [staff, partner] = screen.getAllByTestId('audit-row') as [HTMLElement, HTMLElement];
    expect(staff.textContent).toContain('Айгүл Серікова');
    expect(staff.textContent).toContain('Regional staff · Astana');
    expect(within(staff).getByText('createApiKey')).toBeTruthy();
    expect(within(staff).getByTitle(KEY_ID).textContent).toBe(KEY_ID.slice(0, 8));
    expect(within(staff).getByTestId('audit-outcome').textContent).toBe('Done');
    expect(within(partner).getByTestId('audit-outcome').textContent).toBe('Refused · FORBIDDEN');
    expect(partner.textContent).toContain('Service: gateway');

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await screen.findByText('3 of 3 shown');
    expect(screen.getAllByTestId('audit-row')[2]?.textContent).toContain('Anonymous');
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('keeps the entries shown when the next page cannot be loaded, says why, and a retry loads it', async () => {
    window.location.hash = '#/audit-log';
    const next = page({}, [entry('e2')], { hasNextPage: false, endCursor: 'c2', after: 'c1', totalCount: 2 });
    const mocks: Mocks = [
      ...common,
      page({}, [entry('e1')], { hasNextPage: true, endCursor: 'c1', totalCount: 2 }),
      { request: next.request, error: new TypeError('Failed to fetch') },
      next,
    ];
    renderWithProviders(<AuditLogPage />, { mocks, locale: 'en' });
    await screen.findByText('1 of 2 shown');
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Could not reach the server');
    expect(screen.getAllByTestId('audit-row')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await screen.findByText('2 of 2 shown');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('applies the filters through the address and says when nothing matches', async () => {
    window.location.hash = '#/audit-log';
    const mocks: Mocks = [
      ...common,
      page({}, [entry('e1')], { hasNextPage: false, endCursor: 'c1' }),
      page({ role: 'PARTNER', operation: 'revokeApiKey', outcome: 'OK' }, [], { hasNextPage: false, endCursor: null }),
    ];
    renderWithProviders(<AuditLogPage />, { mocks, locale: 'kk' });
    await screen.findAllByTestId('audit-row');
    const filters = screen.getByTestId('audit-filters');
    fireEvent.change(within(filters).getByLabelText('Рөлі'), { target: { value: 'PARTNER' } });
    fireEvent.change(within(filters).getByLabelText('Операция'), { target: { value: 'revokeApiKey' } });
    fireEvent.change(within(filters).getByLabelText('Нәтиже'), { target: { value: 'OK' } });
    fireEvent.click(within(filters).getByRole('button', { name: 'Көрсету' }));
    expect(window.location.hash).toBe('#/audit-log?role=PARTNER&operation=revokeApiKey&outcome=OK');
    expect(await screen.findByText('Сүзгілерге сай жазба жоқ.')).toBeTruthy();
    expect((within(screen.getByTestId('audit-filters')).getByLabelText('Операция') as HTMLInputElement).value).toBe('revokeApiKey');
  });
});
