import { screen, within } from '@testing-library/react';
import { ABAI, ASTANA } from '../../testing/fixtures';
import { renderWithProviders, type Mocks } from '../../testing/render';
import { ReportFormsQuery } from '../report-forms/report-forms.graphql';
import { FORM_ID, REPORT_ID, reportLabel } from '../reports/reports-testing';
import { CompletenessPage } from './completeness-page';
import { ReportingCompletenessQuery } from './completeness.graphql';

const counts = (values: Partial<Record<string, number>> = {}) => ({
  __typename: 'ReportingCounts',
  expected: 0,
  submitted: 0,
  onTime: 0,
  returned: 0,
  accepted: 0,
  overdue: 0,
  drafts: 0,
  notStarted: 0,
  ...values,
});
const TITLE = reportLabel('Тоқсандық есеп', 'Квартальный отчёт', 'Quarterly report');
const region = (code: string, name: unknown) => ({ __typename: 'Region', code, name });

const cell = (regionCode: string, period: string, state: string, overrides: Record<string, unknown> = {}) => ({
  __typename: 'ReportingCell',
  regionCode,
  period,
  dueOn: period === '2026-Q2' ? '2026-07-15' : '2026-10-15',
  state,
  reportId: state === 'NOT_STARTED' ? null : `${REPORT_ID.slice(0, -2)}${regionCode.slice(0, 1)}${period.slice(-1)}`,
  firstSubmittedAt: null,
  submittedOnTime: null,
  overdue: false,
  ...overrides,
});

const formsMock: Mocks[number] = {
  request: { query: ReportFormsQuery, variables: { first: 100 } },
  result: {
    data: {
      reportForms: {
        __typename: 'ReportFormConnection',
        totalCount: 1,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: [
          {
            __typename: 'ReportFormEdge',
            cursor: 'c1',
            node: {
              __typename: 'ReportForm',
              id: FORM_ID,
              title: TITLE,
              periodType: 'QUARTER',
              firstPeriod: '2026-Q2',
              regionCodes: [ABAI.code, ASTANA.code],
              dueDays: 15,
              onTimeWindowDays: 0,
              version: 1,
              updatedAt: '2026-10-01T04:00:00.000Z',
            },
          },
        ],
      },
    },
  },
};

const matrixMock: Mocks[number] = {
  request: { query: ReportingCompletenessQuery, variables: { formId: FORM_ID } },
  result: {
    data: {
      reportingCompleteness: {
        __typename: 'ReportingCompleteness',
        form: { __typename: 'ReportForm', id: FORM_ID, title: TITLE, periodType: 'QUARTER' },
        periods: ['2026-Q2', '2026-Q3'].map((period) => ({
          __typename: 'ReportingPeriodSummary',
          period,
          periodStart: '2026-04-01',
          periodEnd: '2026-06-30',
          dueOn: '2026-07-15',
          counts: counts({ expected: 2 }),
        })),
        regions: [
          { __typename: 'ReportingRegionSummary', regionCode: ABAI.code, region: region(ABAI.code, ABAI.name), counts: counts({ expected: 2 }) },
          { __typename: 'ReportingRegionSummary', regionCode: ASTANA.code, region: region(ASTANA.code, ASTANA.name), counts: counts({ expected: 2 }) },
        ],
        cells: [
          cell(ABAI.code, '2026-Q2', 'ACCEPTED', { firstSubmittedAt: '2026-07-10T04:00:00.000Z', submittedOnTime: true }),
          cell(ASTANA.code, '2026-Q2', 'NOT_STARTED', { overdue: true }),
          cell(ABAI.code, '2026-Q3', 'RETURNED', { firstSubmittedAt: '2026-10-20T04:00:00.000Z', submittedOnTime: false }),
          cell(ASTANA.code, '2026-Q3', 'NOT_STARTED'),
        ],
        overdue: [{ __typename: 'ReportingCell', regionCode: ASTANA.code, region: region(ASTANA.code, ASTANA.name), period: '2026-Q2', dueOn: '2026-07-15', reportId: null }],
        totals: counts({ expected: 4, submitted: 2, onTime: 1, returned: 1, accepted: 1, overdue: 1, notStarted: 2 }),
      },
    },
  },
};

describe('CompletenessPage', () => {
  it('draws regions × periods in words and symbols beside the colour, with a legend, totals and the overdue list', async () => {
    renderWithProviders(<CompletenessPage formId={FORM_ID} />, { mocks: [formsMock, matrixMock], locale: 'en' });
    const matrix = await screen.findByTestId('completeness-matrix');
    expect(
      within(matrix)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Region', '2026-Q2due 2026-07-15', '2026-Q3due 2026-07-15']);
    expect(
      within(matrix)
        .getAllByRole('rowheader')
        .map((header) => header.textContent),
    ).toEqual(['Abai Region', 'Astana']);

    const accepted = screen.getByTestId(`cell-${ABAI.code}-2026-Q2`);
    expect(accepted.textContent).toBe('✔ Acceptedon time');
    expect(accepted.className).toContain('completeness-accepted');
    expect(within(accepted).getByRole('link').getAttribute('href')).toMatch(/^#\/reports\//);
    expect(screen.getByTestId(`cell-${ABAI.code}-2026-Q3`).textContent).toBe('↩ Returnedlate');
    const overdue = screen.getByTestId(`cell-${ASTANA.code}-2026-Q2`);
    expect(overdue.textContent).toBe('! Overdue');
    expect(within(overdue).queryByRole('link')).toBeNull();
    expect(screen.getByTestId(`cell-${ASTANA.code}-2026-Q3`).textContent).toBe('○ Expected');

    expect(
      within(screen.getByTestId('completeness-legend'))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['○Expected', '◐Draft', '!Overdue', '●Submitted', '↩Returned', '✔Accepted']);
    expect(screen.getByTestId('completeness-totals').textContent).toBe('Expected4Submitted2On time1Returned1Accepted1Overdue1');
    expect(screen.getByTestId('completeness-overdue-list').textContent).toBe('! Astana · 2026-Q2 · was due 2026-07-15');
    // The matrix scrolls inside its own box, which the keyboard can reach.
    expect(screen.getByTestId('completeness-scroll').getAttribute('tabindex')).toBe('0');
  });

  it('says when there is no form to show', async () => {
    const none = {
      ...formsMock,
      result: {
        data: { reportForms: { __typename: 'ReportFormConnection', totalCount: 0, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [] } },
      },
    };
    renderWithProviders(<CompletenessPage formId={null} />, { mocks: [none] });
    expect((await screen.findByText('Әзірге есеп нысаны жоқ.')).className).toContain('status-empty');
  });
});
