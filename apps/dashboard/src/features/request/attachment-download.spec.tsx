import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { AttachmentDownload } from './attachment-download';
import { AttachmentContentQuery } from './request.graphql';
import { saveBase64 } from '../organization/evidence-files';
import { renderWithProviders, type Mocks } from '../../testing/render';

jest.mock('../organization/evidence-files', () => ({ saveBase64: jest.fn() }));

const REQUEST_ID = '66666666-6666-4666-8666-666666666666';

const attachment = (id: string, contentBase64: string) => ({
  __typename: 'AssistanceAttachment',
  id,
  fileName: `${id}.pdf`,
  mimeType: 'application/pdf',
  contentBase64,
  personalDataHidden: null,
});

const contentMock = (result: Mocks[number]['result']): Mocks[number] => ({ request: { query: AttachmentContentQuery, variables: { id: REQUEST_ID } }, result });

describe('AttachmentDownload', () => {
  beforeEach(() => jest.mocked(saveBase64).mockClear());

  it('asks for the content only when pressed and saves the chosen file under the name shown', async () => {
    const data = { assistanceRequest: { __typename: 'AssistanceRequest', id: REQUEST_ID, attachments: [attachment('a1', 'QQ=='), attachment('a2', 'Qg==')] } };
    renderWithProviders(<AttachmentDownload requestId={REQUEST_ID} attachmentId="a2" fileName="letter.pdf" />, { locale: 'en', mocks: [contentMock({ data })] });
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(saveBase64).toHaveBeenCalledWith('Qg==', 'application/pdf', 'letter.pdf'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says why the content could not be had, and a second press tries again', async () => {
    const data = { assistanceRequest: { __typename: 'AssistanceRequest', id: REQUEST_ID, attachments: [attachment('a1', 'QQ==')] } };
    renderWithProviders(<AttachmentDownload requestId={REQUEST_ID} attachmentId="a1" fileName="a1.pdf" />, {
      locale: 'en',
      mocks: [contentMock({ errors: [new GraphQLError('Not allowed', { extensions: { code: 'FORBIDDEN' } })] }), contentMock({ data })],
    });
    fireEvent.click(screen.getByRole('button'));
    await screen.findByRole('alert');
    expect(saveBase64).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(saveBase64).toHaveBeenCalledWith('QQ==', 'application/pdf', 'a1.pdf'));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
