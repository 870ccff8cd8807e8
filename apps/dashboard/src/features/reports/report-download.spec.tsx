import { fireEvent, screen, waitFor } from '@testing-library/react';
import { captureSavedFiles, exportFileResult } from '../../testing/downloads';
import { staffDirectoryMock } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { ReportPage } from './report-page';
import { ReportPageQuery } from './reports.graphql';
import { ExportReportQuery } from './reports-export.graphql';
import { REPORT_ID, reportData } from './reports-testing';

describe('ReportPage: Download', () => {
  afterEach(() => jest.restoreAllMocks());

  it("downloads the report as a PDF in the reader's language and saves the file", async () => {
    const saved = captureSavedFiles();
    const exported = exportFileResult('exportReport', 'birge-report-100000000-2026-Q3.pdf', 'application/pdf', '%PDF-1.7');
    renderWithProviders(<ReportPage id={REPORT_ID} />, {
      mocks: [
        { request: { query: ReportPageQuery, variables: { id: REPORT_ID } }, result: { data: { report: reportData({ status: 'SUBMITTED' }) } } },
        staffDirectoryMock(),
        { request: { query: ExportReportQuery, variables: { id: REPORT_ID, format: 'PDF', language: 'EN' } }, result: exported },
      ],
      locale: 'en',
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Download PDF' }));
    await waitFor(() => expect(saved.map((file) => file.fileName)).toEqual(['birge-report-100000000-2026-Q3.pdf']));
    expect(exported).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('group', { name: 'Download the report' })).toBeTruthy();
  });
});
