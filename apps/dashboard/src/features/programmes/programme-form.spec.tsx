import { fireEvent, screen, within } from '@testing-library/react';
import { badUserInput, fill, inputMock } from '../../testing/forms';
import { renderWithProviders } from '../../testing/render';
import { ProgrammeForm } from './programme-form';
import { CreateGrantProgrammeMutation } from './programmes.graphql';

function fillProgramme() {
  fill('Title (Kazakh)', 'Жасыл гранттар');
  fill('Title (Russian)', 'Зелёные гранты');
  fill('Title (English)', ' Green grants ');
  fill('Funder', 'Civic Fund');
  fill('Applications open on', '2026-12-01');
  fill('Applications close on', '2026-12-31');
}

describe('ProgrammeForm', () => {
  it('asks for the title in every language, the funder and the dates, then sends the programme', async () => {
    let sent: Record<string, unknown> | undefined;
    renderWithProviders(<ProgrammeForm />, {
      locale: 'en',
      mocks: [inputMock(CreateGrantProgrammeMutation, (input) => (sent = input), { data: { createGrantProgramme: { __typename: 'GrantProgramme', id: 'p1' } } })],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect((await screen.findByTestId('field-error-title.kk')).textContent).toBe('This field is required');
    for (const field of ['title.ru', 'title.en', 'funder.name', 'opensOn', 'closesOn'])
      expect(screen.getByTestId(`field-error-${field}`).textContent).toBe('This field is required');
    expect(screen.queryByTestId('field-error-link')).toBeNull();

    fillProgramme();
    fill('Largest amount, ₸', '3000000');
    const directions = screen.getByLabelText('Direction') as HTMLSelectElement;
    for (const option of Array.from(directions.options)) option.selected = option.value === 'TAZA_ALEM' || option.value === 'BILIM';
    fireEvent.change(directions);
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect((await screen.findByRole('status')).textContent).toBe('The programme was added to the catalog.');
    expect(sent).toEqual({
      title: { kk: 'Жасыл гранттар', ru: 'Зелёные гранты', en: 'Green grants' },
      funder: { kind: 'OTHER', name: 'Civic Fund' },
      opensOn: '2026-12-01',
      closesOn: '2026-12-31',
      directions: ['BILIM', 'TAZA_ALEM'],
      amountMax: 3000000,
    });
    expect((screen.getByLabelText('Title (Kazakh)') as HTMLInputElement).value).toBe('');
  });

  it('marks the fields the server refused, a nested one too', async () => {
    const refused = badUserInput(
      { field: 'input.closesOn', code: 'INVALID_PERIOD', message: 'closes before it opens' },
      { field: 'input.title.en', code: 'TOO_LONG', message: 'at most 300 characters' },
    );
    renderWithProviders(<ProgrammeForm />, { locale: 'en', mocks: [inputMock(CreateGrantProgrammeMutation, () => undefined, { errors: [refused] })] });
    fillProgramme();
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect((await screen.findByTestId('field-error-closesOn')).textContent).toBe('The end must be after the start');
    expect(screen.getByTestId('field-error-title.en').textContent).toBe('Too long');
    expect(within(screen.getByTestId('programme-form')).getByTestId('form-error').textContent).toBe('Not saved. Correct the marked fields.');
    expect(screen.queryByRole('status')).toBeNull();
  });
});
