import { fireEvent, screen, waitFor } from '@testing-library/react';
import { captureSavedFiles, exportFileResult } from '../../testing/downloads';
import { ABAI, regionOptionsMock } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { ExportNeedsQuery } from './needs-export.graphql';
import { NEEDS_PAGE_SIZE, NeedsQuery } from './needs.graphql';
import { NeedsPage } from './needs-page';

const CONTENT = '\uFEFFӨңір,Тақырып\r\nАбай облысы,Қаржыландыру\r\n';

describe('NeedsPage: Download', () => {
  afterEach(() => jest.restoreAllMocks());

  it("downloads the register filtered as the address says, in the reader's language, and saves the file", async () => {
    window.location.hash = `#/needs?region=${ABAI.code}&status=OPEN`;
    const filter = { regionCode: ABAI.code, status: 'OPEN' };
    const saved = captureSavedFiles();
    const exported = exportFileResult('exportNeeds', 'birge-needs-100000000-2026-12-07.csv', 'text/csv; charset=utf-8', CONTENT);
    renderWithProviders(<NeedsPage />, {
      mocks: [
        regionOptionsMock(),
        {
          request: { query: NeedsQuery, variables: { filter, first: NEEDS_PAGE_SIZE } },
          result: { data: { needs: { __typename: 'NeedConnection', totalCount: 0, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [] } } },
        },
        { request: { query: ExportNeedsQuery, variables: { format: 'CSV', filter, language: 'RU' } }, result: exported },
      ],
      locale: 'ru',
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Скачать CSV' }));
    await waitFor(() => expect(saved.map((file) => file.fileName)).toEqual(['birge-needs-100000000-2026-12-07.csv']));
    expect(exported).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('group', { name: 'Скачать реестр' })).toBeTruthy();
  });
});
