import { fireEvent, screen, waitFor } from '@testing-library/react';
import { staffDirectoryMock } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { ReportPage } from './report-page';
import { ReportPageQuery } from './reports.graphql';
import { ExportReportQuery } from './reports-export.graphql';
import { REPORT_ID, reportData } from './reports-testing';

describe('ReportPage: Download', () => {
  afterEach(() => jest.restoreAllMocks());

  it("downloads the report as a PDF in the reader's language and saves the file", async () => {
    URL.createObjectURL = jest.fn(() => 'blob:report');
    URL.revokeObjectURL = jest.fn();
    const saved: string[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    const exported = jest.fn(() => ({
      data: {
        exportReport: {
          __typename: 'ExportFile',
          fileName: 'birge-report-100000000-2026-Q3.pdf',
          contentType: 'application/pdf',
          contentBase64: Buffer.from('%PDF-1.7').toString('base64'),
          byteSize: 8,
        },
      },
    }));
    renderWithProviders(<ReportPage id={REPORT_ID} />, {
      mocks: [
        { request: { query: ReportPageQuery, variables: { id: REPORT_ID } }, result: { data: { report: reportData({ status: 'SUBMITTED' }) } } },
        staffDirectoryMock(),
        { request: { query: ExportReportQuery, variables: { id: REPORT_ID, format: 'PDF', language: 'EN' } }, result: exported },
      ],
      locale: 'en',
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Download PDF' }));
    await waitFor(() => expect(saved).toEqual(['birge-report-100000000-2026-Q3.pdf']));
    expect(exported).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('group', { name: 'Download the report' })).toBeTruthy();
  });
});
