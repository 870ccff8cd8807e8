import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { OrganizationPageQuery } from '../../gql/graphql';
import { renderWithProviders, type Mocks } from '../../testing/render';
import { DecideVerificationMutation, UpdateVerificationCheckMutation } from './organization.graphql';
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
  evidence: [],
};

const organization = {
  __typename: 'Organization',
  id: ID,
  verification: { __typename: 'Verification', status: 'UNVERIFIED', verifiedAt: null, reverificationDueAt: null, checks: [pendingCheck], history: [] },
} as unknown as Organization;

function renderPanel(mocks: Mocks) {
  const onChanged = jest.fn();
  renderWithProviders(<VerificationPanel organization={organization} nameOf={() => 'Әсел'} writable onChanged={onChanged} />, { mocks });
  return onChanged;
}

describe('VerificationPanel', () => {
  it('asks for the reason of a decision before sending it, then sends the verdict with the trimmed reason', async () => {
    const input = { organizationId: ID, decision: 'REJECTED', reason: 'Хат жалған' };
    const onChanged = renderPanel([{ request: { query: DecideVerificationMutation, variables: { input } }, result: { data: { decideVerification: { __typename: 'Verification', status: 'REJECTED' } } } }]);
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
      { request: { query: UpdateVerificationCheckMutation, variables: { input } }, result: { data: { updateVerificationCheck: { __typename: 'VerificationCheck', id: 'v1', method: 'VISIT', outcome: 'FAILED' } } } },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Нәтижесін өзгерту' }));
    const form = screen.getByTestId('update-check-v1');
    expect((within(form).getByLabelText('Нәтижесі') as HTMLSelectElement).value).toBe('PENDING');
    fireEvent.change(within(form).getByLabelText('Нәтижесі'), { target: { value: 'FAILED' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Нәтижені сақтау' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    expect(screen.queryByTestId('update-check-v1')).toBeNull();
  });

  it('refuses a file of a type the registry does not take under the file control, sending nothing', async () => {
    const onChanged = renderPanel([]);
    fireEvent.click(screen.getByRole('button', { name: 'Нәтижесін өзгерту' }));
    const form = screen.getByTestId('update-check-v1');
    fireEvent.change(within(form).getByLabelText('Қосымша дәлелдер (міндетті емес)'), { target: { files: [new File(['MZ'], 'tool.exe', { type: 'application/x-msdownload' })] } });
    fireEvent.click(within(form).getByRole('button', { name: 'Нәтижені сақтау' }));
    expect((await within(form).findByTestId('field-error-evidence')).textContent).toBe('Бұл файл түріне рұқсат жоқ (PDF, PNG, JPEG, DOCX, TXT)');
    expect(onChanged).not.toHaveBeenCalled();
  });
});
