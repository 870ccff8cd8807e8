import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { badUserInput } from '../../testing/forms';
import { renderWithProviders, type Mocks } from '../../testing/render';
import { CreateGuideMutation, GUIDES_PAGE_SIZE, GuidesQuery } from './guides.graphql';
import { GuidesPage } from './guides-page';
import { guideData, guideVersion } from './guides-testing';

const version = (guideId: string, number: number, fileName: string) => guideVersion(guideId, number, fileName, 2048);

const guide = (id: string, title: string, over: Record<string, unknown> = {}) =>
  guideData(id, title, { latestVersionNumber: 2, version: 2, versions: [version(id, 2, 'zhargy-2026.pdf'), version(id, 1, 'zhargy.pdf')], ...over });

const page = (nodes: ReturnType<typeof guide>[]) => ({
  data: {
    guides: {
      __typename: 'GuideConnection',
      totalCount: nodes.length,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      edges: nodes.map((node) => ({ __typename: 'GuideEdge', cursor: node.id, node })),
    },
  },
});

function mocks(extra: Mocks = []): Mocks {
  return [
    {
      request: { query: GuidesQuery, variables: { filter: {}, first: GUIDES_PAGE_SIZE } },
      result: page([
        guide('g1', 'Қоғамдық бірлестік жарғысы'),
        guide('g2', 'Отчёт по гранту', {
          language: 'RU',
          subtypes: ['GRANT_AND_REPORTING_DOCUMENTS'],
          latestVersionNumber: 1,
          version: 1,
          versions: [version('g2', 1, 'otchet.docx')],
        }),
      ]),
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    {
      request: { query: GuidesQuery, variables: { filter: { language: 'RU', subtype: 'GRANT_AND_REPORTING_DOCUMENTS' }, first: GUIDES_PAGE_SIZE } },
      result: page([]),
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    ...extra,
  ];
}

describe('GuidesPage', () => {
  beforeEach(() => {
    window.location.hash = '#/guides';
  });

  it('lists guides with their latest version first and the older ones under all versions', async () => {
    renderWithProviders(<GuidesPage />, { locale: 'en', mocks: mocks() });
    const list = await screen.findByTestId('guide-list');
    await waitFor(() => expect(list.querySelectorAll(':scope > li')).toHaveLength(2));
    const first = within(screen.getByTestId('guide-g1'));
    expect(first.getByText(/Latest version 2: zhargy-2026.pdf \(2 KB\)/)).toBeTruthy();
    expect(first.getByRole('button', { name: 'Download version 2' })).toBeTruthy();
    expect(first.getByText('All versions (2)')).toBeTruthy();
    expect(first.getByRole('button', { name: 'Download version 1' })).toBeTruthy();
    expect(first.getByText('Kazakh')).toBeTruthy();
    expect(within(screen.getByTestId('guide-g2')).getByText('Russian')).toBeTruthy();
    expect(screen.getByText('2 guides')).toBeTruthy();
  });

  it('narrows by language and kind of help from the address, with an empty state', async () => {
    window.location.hash = '#/guides?language=RU&subtype=GRANT_AND_REPORTING_DOCUMENTS';
    renderWithProviders(<GuidesPage />, { locale: 'ru', mocks: mocks() });
    expect(await screen.findByText('Нет руководств по этому фильтру.')).toBeTruthy();
    expect((within(screen.getByRole('search')).getByLabelText('Язык документа') as HTMLSelectElement).value).toBe('RU');
  });

  it('uploads a guide with its file, and marks the file the server refused', async () => {
    let sent: Record<string, unknown> | undefined;
    const create = (result: Mocks[number]['result']): Mocks[number] => ({
      request: {
        query: CreateGuideMutation,
        variables: (variables: Record<string, unknown>) => {
          sent = variables['input'] as Record<string, unknown>;
          return true;
        },
      },
      result,
    });
    renderWithProviders(<GuidesPage />, {
      locale: 'en',
      mocks: mocks([
        create({
          errors: [badUserInput({ field: 'file.contentBase64', code: 'ATTACHMENT_TOO_LARGE', message: 'too large' })],
        }),
        create({ data: { createGuide: guide('g3', 'Грант өтінімі', { latestVersionNumber: 1, version: 1, versions: [version('g3', 1, 'otinim.txt')] }) } }),
      ]),
    });
    const form = within(await screen.findByTestId('guide-form'));
    fireEvent.click(form.getByRole('button', { name: 'Upload' }));
    expect((await screen.findByTestId('field-error-title')).textContent).toBe('This field is required');
    expect(screen.getByTestId('field-error-file').textContent).toBe('This field is required');

    fireEvent.change(form.getByLabelText('Title'), { target: { value: ' Грант өтінімі ' } });
    fireEvent.change(form.getByLabelText('Document language'), { target: { value: 'KK' } });
    const subtypes = form.getByLabelText('Kind of help') as HTMLSelectElement;
    for (const option of Array.from(subtypes.options)) option.selected = option.value === 'GRANT_AND_REPORTING_DOCUMENTS';
    fireEvent.change(subtypes);
    const file = new File(['Өтінім үлгісі'], 'otinim.txt', { type: 'text/plain' });
    fireEvent.change(form.getByLabelText('File (PDF, DOCX, XLSX, TXT)'), { target: { files: [file] } });
    fireEvent.click(form.getByRole('button', { name: 'Upload' }));
    await waitFor(() => expect(screen.getByTestId('field-error-file').textContent).toBe('The file is too large'));

    fireEvent.click(form.getByRole('button', { name: 'Upload' }));
    expect((await screen.findByRole('status')).textContent).toBe('The guide was added to the library.');
    expect(sent).toEqual({
      title: 'Грант өтінімі',
      language: 'KK',
      subtypes: ['GRANT_AND_REPORTING_DOCUMENTS'],
      directions: [],
      file: { fileName: 'otinim.txt', mimeType: 'text/plain', contentBase64: Buffer.from('Өтінім үлгісі', 'utf8').toString('base64') },
    });
  });
});
