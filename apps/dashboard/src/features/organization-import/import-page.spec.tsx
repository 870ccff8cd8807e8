import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithProviders, type Mocks } from '../../testing/render';
import { MAX_CSV_BYTES } from './import-file';
import { ImportPage } from './import-page';
import { ImportOrganizationsMutation } from './organization-import.graphql';

const HEADER = 'name,kind,region_code,directions';
const BAD = `${HEADER}\nҚамқор,INITIATIVE_GROUP,100000000,QAMQOR\nЖарқын болашақ,NGO,100000000,BILIM\n`;
const GOOD = `${HEADER}\nҚамқор,INITIATIVE_GROUP,100000000,QAMQOR\n`;
const EXISTING = '0b7c2a52-4c1e-4a57-9d1a-0f0f6a3a1b22';

const report = (overrides: Record<string, unknown>) => ({
  data: {
    importOrganizations: {
      __typename: 'ImportReport',
      ok: true,
      dryRun: true,
      rowCount: 1,
      created: 0,
      updated: 0,
      unchanged: 0,
      errorCount: 0,
      errors: [],
      ...overrides,
    },
  },
});

const rowError = (line: number, column: string, code: string, existingId: string | null = null) => ({
  __typename: 'ImportRowError',
  line,
  column,
  code,
  message: `${code} (server)`,
  existingId,
});

function pick(text: string, name = 'organizations.csv') {
  fireEvent.change(screen.getByLabelText('CSV файлы (UTF-8)'), { target: { files: [new File([text], name, { type: 'text/csv' })] } });
}

describe('ImportPage', () => {
  it('checks first and lists each bad row by line and column, translated, with no way to import', async () => {
    const mocks: Mocks = [
      {
        request: { query: ImportOrganizationsMutation, variables: { csv: BAD, dryRun: true } },
        result: report({
          ok: false,
          rowCount: 2,
          errorCount: 3,
          errors: [rowError(3, 'bin', 'INVALID_BIN'), rowError(3, 'bin', 'DUPLICATE_BIN', EXISTING), rowError(3, '', 'SOMETHING_NEW')],
        }),
      },
    ];
    renderWithProviders(<ImportPage />, { mocks });
    pick(BAD);
    fireEvent.click(screen.getByRole('button', { name: 'Тексеру (ештеңе жазбай)' }));

    const view = await screen.findByTestId('import-report');
    expect(within(view).getByTestId('import-verdict').textContent).toBe('Файлда қателер бар: ештеңе импортталмады. Файлды түзетіп, қайта тексеріңіз.');
    const rows = within(view)
      .getAllByTestId('import-error')
      .map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['3', 'bin', 'БСН дұрыс емес: 12 сан және дұрыс бақылау разряды керек'],
      ['3', 'bin', 'Бұл БСН басқа жазбада бар Бар жазбаны ашу'],
      ['3', 'бүкіл жол', 'Қате: SOMETHING_NEW (server)'],
    ]);
    expect(within(view).getByRole('link', { name: 'Бар жазбаны ашу' }).getAttribute('href')).toBe(`#/organizations/${EXISTING}`);
    expect(within(view).getByTestId('import-error-table')).toBeTruthy();
    expect(within(screen.getByTestId('import-error-table')).getAllByRole('row')).toHaveLength(4);
    expect(screen.queryByRole('button', { name: /^Импорттау/ })).toBeNull();
  });

  it('imports a checked file and reports what it created; a second import reports nothing changed', async () => {
    const mocks: Mocks = [
      { request: { query: ImportOrganizationsMutation, variables: { csv: GOOD, dryRun: true } }, result: report({ created: 1 }) },
      { request: { query: ImportOrganizationsMutation, variables: { csv: GOOD, dryRun: false } }, result: report({ dryRun: false, created: 1 }) },
      { request: { query: ImportOrganizationsMutation, variables: { csv: GOOD, dryRun: true } }, result: report({ unchanged: 1 }) },
      { request: { query: ImportOrganizationsMutation, variables: { csv: GOOD, dryRun: false } }, result: report({ dryRun: false, unchanged: 1 }) },
    ];
    renderWithProviders(<ImportPage />, { mocks });
    pick(GOOD);
    fireEvent.click(screen.getByRole('button', { name: 'Тексеру (ештеңе жазбай)' }));
    expect((await screen.findByTestId('import-verdict')).textContent).toBe('Файл дұрыс: импорттауға дайын. Әзірге ештеңе жазылған жоқ.');
    fireEvent.click(screen.getByRole('button', { name: 'Импорттау (1 жол)' }));
    await waitFor(() => expect(screen.getByTestId('import-verdict').textContent).toBe('Файл импортталды.'));
    const stat = (id: string) => within(screen.getByTestId(`import-${id}`)).getByRole('definition').textContent;
    expect([stat('rows'), stat('created'), stat('updated'), stat('unchanged'), stat('errors')]).toEqual(['1', '1', '0', '0', '0']);

    fireEvent.click(screen.getByRole('button', { name: 'Тексеру (ештеңе жазбай)' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Импорттау (1 жол)' }));
    await waitFor(() => expect(screen.getByTestId('import-verdict').textContent).toBe('Импортталды: барлық жазба бұрыннан бар, ештеңе өзгермеді.'));
    expect(stat('unchanged')).toBe('1');
    expect(stat('created')).toBe('0');
  });

  it('asks for a file before checking anything', async () => {
    renderWithProviders(<ImportPage />, { mocks: [] });
    fireEvent.click(screen.getByRole('button', { name: 'Тексеру (ештеңе жазбай)' }));
    expect((await screen.findByTestId('field-error-file')).textContent).toBe('Міндетті өріс');
    expect(screen.queryByTestId('import-report')).toBeNull();
  });

  it('refuses a file that is not UTF-8 or too large without sending it', async () => {
    renderWithProviders(<ImportPage />, { mocks: [], locale: 'en' });
    // "Қамқор" in Windows-1251 bytes is not valid UTF-8.
    fireEvent.change(screen.getByLabelText('CSV file (UTF-8)'), {
      target: { files: [new File([new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0xca, 0xe0, 0xec])], 'cp1251.csv')] },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Check (dry run)' }));
    expect((await screen.findByTestId('field-error-file')).textContent).toBe('The file is not UTF-8; save it as UTF-8');

    fireEvent.change(screen.getByLabelText('CSV file (UTF-8)'), { target: { files: [new File([new Uint8Array(MAX_CSV_BYTES + 1)], 'big.csv')] } });
    fireEvent.click(screen.getByRole('button', { name: 'Check (dry run)' }));
    expect((await screen.findByTestId('field-error-file')).textContent).toMatch(/^The file is too large/);
    expect(screen.queryByTestId('import-report')).toBeNull();

    // Smaller than the limit on disk, larger as the JSON text the request carries (each line break escaped as two characters).
    fireEvent.change(screen.getByLabelText('CSV file (UTF-8)'), { target: { files: [new File(['name\n'.repeat(Math.ceil((MAX_CSV_BYTES * 0.9) / 5))], 'escaped.csv')] } });
    fireEvent.click(screen.getByRole('button', { name: 'Check (dry run)' }));
    await waitFor(() => expect(screen.getByTestId('field-error-file').textContent).toMatch(/^The file is too large/), { timeout: 20_000 });
    expect(screen.queryByTestId('import-report')).toBeNull();
    // Reading and escaping two files of about 16 MiB in jsdom takes seconds.
  }, 40_000);
});
