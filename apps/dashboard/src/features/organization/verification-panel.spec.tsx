import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { OrganizationPageQuery } from '../../gql/graphql';
import { badUserInput } from '../../testing/forms';
import { renderWithProviders, type Mocks } from '../../testing/render';
import { LETTER_WRITER_OPTIONS, LetterWriterOptionsQuery } from './letter-writer.graphql';
import { DecideVerificationMutation, RecordVerificationCheckMutation, UpdateVerificationCheckMutation } from './organization.graphql';
import { VerificationPanel } from './verification-panel';

type Organization = NonNullable<OrganizationPageQuery['organization']>;

const ID = '6f1c1a52-4c1e-4a57-9d1a-0f0f6a3a1b11';

const pendingCheck = {
  __typename: 'VerificationCheck',
  id: 'v1',
  method: 'VISIT',
  outcome: 'PENDING',
  notes: null,
  personalDataHidden: null,
  checkedBy: 'u1',
  checkedAt: '2026-11-21T10:00:00.000Z',
  evidenceHidden: null,
  letterFrom: null,
  evidence: [],
};
const PARTNER = '0b7c7d1e-2f4a-4c8e-9a51-3d2f6e1a9b10';
const letterCheck = {
  ...pendingCheck,
  id: 'v2',
  method: 'RECOMMENDATION_LETTER',
  outcome: 'PASSED',
  letterFrom: {
    __typename: 'StateBody',
    id: 'b1',
    bodyName: { __typename: 'LocalizedText', kk: 'Астана қаласының әкімдігі', ru: 'Акимат города Астаны', en: 'Astana city akimat' },
  },
};

const organization = {
  __typename: 'Organization',
  id: ID,
  region: { __typename: 'Region', code: '710000000' },
  verification: { __typename: 'Verification', status: 'UNVERIFIED', verifiedAt: null, reverificationDueAt: null, checks: [pendingCheck, letterCheck], history: [] },
} as unknown as Organization;

function renderPanel(mocks: Mocks) {
  const onChanged = jest.fn();
  renderWithProviders(<VerificationPanel organization={organization} nameOf={() => 'Әсел'} writable onChanged={onChanged} />, { mocks });
  return onChanged;
}

describe('VerificationPanel', () => {
  it('asks for the reason of a decision before sending it, then sends the verdict with the trimmed reason', async () => {
    const input = { organizationId: ID, decision: 'REJECTED', reason: 'Хат жалған' };
    const onChanged = renderPanel([
      { request: { query: DecideVerificationMutation, variables: { input } }, result: { data: { decideVerification: { __typename: 'Verification', status: 'REJECTED' } } } },
    ]);
    const form = screen.getByTestId('decision-form');

    fireEvent.change(within(form).getByLabelText('Себебі'), { target: { value: '   ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Шешім қабылдау' }));
    expect((await within(form).findByTestId('field-error-reason')).textContent).toBe('Міндетті өріс');
    expect(onChanged).not.toHaveBeenCalled();

    fireEvent.click(within(form).getByRole('radio', { name: 'Қабылдамау' }));
    fireEvent.change(within(form).getByLabelText('Себебі'), { target: { value: '  Хат жалған ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Шешім қабылдау' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    expect(within(form).queryByTestId('field-error-reason')).toBeNull();
    expect((within(form).getByLabelText('Себебі') as HTMLTextAreaElement).value).toBe('');
    expect((within(form).getByRole('radio', { name: 'Қабылдамау' }) as HTMLInputElement).checked).toBe(true);
  });

  it("changes a check's outcome without files and closes its form", async () => {
    const input = { checkId: 'v1', outcome: 'FAILED' };
    const onChanged = renderPanel([
      {
        request: { query: UpdateVerificationCheckMutation, variables: { input } },
        result: { data: { updateVerificationCheck: { __typename: 'VerificationCheck', id: 'v1', method: 'VISIT', outcome: 'FAILED' } } },
      },
    ]);
    fireEvent.click(within(screen.getByTestId('method-VISIT')).getByRole('button', { name: 'Нәтижесін өзгерту' }));
    const form = screen.getByTestId('update-check-v1');
    expect((within(form).getByLabelText('Нәтижесі') as HTMLSelectElement).value).toBe('PENDING');
    fireEvent.change(within(form).getByLabelText('Нәтижесі'), { target: { value: 'FAILED' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Нәтижені сақтау' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    expect(screen.queryByTestId('update-check-v1')).toBeNull();
  });

  it('refuses a file of a type the registry does not take under the file control, sending nothing', async () => {
    const onChanged = renderPanel([]);
    fireEvent.click(within(screen.getByTestId('method-VISIT')).getByRole('button', { name: 'Нәтижесін өзгерту' }));
    const form = screen.getByTestId('update-check-v1');
    fireEvent.change(within(form).getByLabelText('Қосымша дәлелдер (міндетті емес)'), { target: { files: [new File(['MZ'], 'tool.exe', { type: 'application/x-msdownload' })] } });
    fireEvent.click(within(form).getByRole('button', { name: 'Нәтижені сақтау' }));
    expect((await within(form).findByTestId('field-error-evidence')).textContent).toBe('Бұл файл түріне рұқсат жоқ (PDF, PNG, JPEG, DOCX, TXT)');
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('names who wrote a letter, linked to its entry in the directory', () => {
    renderPanel([]);
    const letter = within(screen.getByTestId('method-RECOMMENDATION_LETTER')).getByTestId('letter-from');
    expect(letter.textContent).toBe('Хат жіберген: Астана қаласының әкімдігі');
    expect(within(letter).getByRole('link').getAttribute('href')).toBe(
      '#/directory?region=all&q=%D0%90%D1%81%D1%82%D0%B0%D0%BD%D0%B0+%D2%9B%D0%B0%D0%BB%D0%B0%D1%81%D1%8B%D0%BD%D1%8B%D2%A3+%D3%99%D0%BA%D1%96%D0%BC%D0%B4%D1%96%D0%B3%D1%96',
    );
    expect(within(screen.getByTestId('method-VISIT')).queryByTestId('letter-from')).toBeNull();
  });

  it("offers the National Volunteer Network's partners for its letter, sends the one chosen and shows the registry's refusal under it", async () => {
    const options = {
      request: {
        query: LetterWriterOptionsQuery,
        variables: { search: null, sponsorKind: 'NATIONAL_NETWORK_PARTNER', regionCode: '710000000', withStateBodies: false, first: LETTER_WRITER_OPTIONS },
      },
      result: {
        data: {
          sponsors: { __typename: 'SponsorConnection', totalCount: 1, edges: [{ __typename: 'SponsorEdge', node: { __typename: 'Sponsor', id: PARTNER, name: 'Жастар желісі' } }] },
        },
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    };
    const input = { organizationId: ID, method: 'NVN_PARTNER_LETTER', outcome: 'PASSED', notes: null, letterFromEntryId: PARTNER, evidence: [] };
    const refused = badUserInput({ field: 'letterFromEntryId', code: 'NOT_NVN_PARTNER', message: 'not a partner' });
    const onChanged = renderPanel([
      options,
      { request: { query: RecordVerificationCheckMutation, variables: { input } }, result: { errors: [refused] } },
      {
        request: { query: RecordVerificationCheckMutation, variables: { input } },
        result: { data: { recordVerificationCheck: { __typename: 'VerificationCheck', id: 'v3', method: 'NVN_PARTNER_LETTER', outcome: 'PASSED' } } },
      },
    ]);
    const method = screen.getByTestId('method-NVN_PARTNER_LETTER');
    fireEvent.click(within(method).getByRole('button', { name: 'Тексеруді жазу' }));
    const form = within(method).getByTestId('record-check-form');
    const writer = within(form).getByLabelText('Хатты кім жазды') as HTMLSelectElement;
    await within(writer).findByRole('option', { name: 'Жастар желісі' });
    expect(within(writer).queryByRole('group', { name: 'Мемлекеттік органдар' })).toBeNull();
    fireEvent.change(writer, { target: { value: PARTNER } });

    fireEvent.click(within(form).getByRole('button', { name: 'Тексеруді сақтау' }));
    expect((await within(form).findByTestId('field-error-letterFromEntryId')).textContent).toBe('Ұлттық ерікті желісінің серіктесін таңдаңыз');
    expect(onChanged).not.toHaveBeenCalled();
    fireEvent.click(within(form).getByRole('button', { name: 'Тексеруді сақтау' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
  });

  it('asks no writer for a check that is not a letter', () => {
    renderPanel([]);
    const method = screen.getByTestId('method-VISIT');
    fireEvent.click(within(method).getByRole('button', { name: 'Тексеруді жазу' }));
    const form = within(method).getByTestId('record-check-form');
    expect(within(form).queryByLabelText('Хатты кім жазды')).toBeNull();
  });
});
