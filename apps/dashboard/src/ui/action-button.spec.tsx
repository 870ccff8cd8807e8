import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nProvider } from '../i18n/i18n';
import { deferred } from '../testing/deferred';
import { ActionButton } from './action-button';

function renderButton(action: () => Promise<unknown>, confirm?: string) {
  return render(
    <I18nProvider initialLocale="en">
      <ActionButton label="Cancel the booking" confirm={confirm} action={action} />
    </I18nProvider>,
  );
}

describe('ActionButton', () => {
  afterEach(() => jest.restoreAllMocks());

  it('runs the action once, disabled until it ends', async () => {
    const answer = deferred<unknown>();
    const action = jest.fn(() => answer.promise);
    renderButton(action);
    const button = screen.getByRole('button', { name: 'Cancel the booking' }) as HTMLButtonElement;
    fireEvent.click(button);
    expect(action).toHaveBeenCalledTimes(1);
    expect(button.disabled).toBe(true);
    answer.resolve({});
    await waitFor(() => expect(button.disabled).toBe(false));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('asks first when told to, and a "no" runs nothing', () => {
    const action = jest.fn(() => Promise.resolve());
    const ask = jest.spyOn(window, 'confirm').mockReturnValue(false);
    renderButton(action, 'Deactivate the account?');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel the booking' }));
    expect(ask).toHaveBeenCalledWith('Deactivate the account?');
    expect(action).not.toHaveBeenCalled();
  });

  it('says why the action failed under the button, until the next press', async () => {
    const refused = new CombinedGraphQLErrors({ errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] });
    const action = jest.fn().mockRejectedValueOnce(refused).mockReturnValueOnce(deferred<unknown>().promise);
    renderButton(action);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel the booking' }));
    expect((await screen.findByRole('alert')).textContent).not.toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel the booking' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });
});
