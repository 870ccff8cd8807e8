import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { act, renderHook } from '@testing-library/react';
import { z } from 'zod';
import { useSchemaForm } from './schema-form';

const schema = z.object({
  name: z.string().trim().min(1),
  email: z.email().or(z.literal('')),
  seats: z.string().regex(/^\d*$/, 'NOT_AN_INTEGER'),
  tags: z.array(z.string()).max(2),
});

const badInput = (fields: { field: string; code: string; message: string }[]) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields } }] });

function renderForm(serverFields?: Record<string, string>) {
  return renderHook(() => useSchemaForm(schema, { defaultValues: { name: '', email: '', seats: '', tags: [] }, ...(serverFields ? { serverFields } : {}) }));
}

describe('useSchemaForm', () => {
  it('marks the fields the schema refuses with the server codes, and sends nothing', async () => {
    const { result } = renderForm();
    const save = jest.fn().mockResolvedValue(undefined);
    act(() => {
      result.current.form.setValue('email', 'not-an-address');
      result.current.form.setValue('seats', 'ten');
      result.current.form.setValue('tags', ['a', 'b', 'c']);
    });
    await act(() => result.current.submit(save)());
    expect(save).not.toHaveBeenCalled();
    expect(result.current.fieldErrors).toEqual([
      { field: 'name', code: 'REQUIRED', message: '' },
      { field: 'email', code: 'INVALID_EMAIL', message: '' },
      { field: 'seats', code: 'NOT_AN_INTEGER', message: '' },
      { field: 'tags', code: 'TOO_MANY', message: '' },
    ]);
    expect(result.current.failure).toBeNull();
  });

  it('sends the parsed values and lays the server errors on the same fields, the rest kept for the form', async () => {
    const { result } = renderForm({ title: 'name' });
    const refused = badInput([
      { field: 'input.title', code: 'LENGTH', message: 'must be 2 to 200 characters' },
      { field: 'input.title', code: 'DUPLICATE_KEY', message: 'taken' },
      { field: 'input.organizationId', code: 'UNKNOWN_ORGANIZATION', message: 'no such organization' },
    ]);
    const save = jest.fn().mockRejectedValue(refused);
    act(() => result.current.form.setValue('name', '  Q  '));
    await act(() => result.current.submit(save)());
    expect(save).toHaveBeenCalledWith({ name: 'Q', email: '', seats: '', tags: [] });
    expect(result.current.failure).toBe(refused);
    expect(result.current.errors['name']).toEqual([
      { field: 'name', code: 'LENGTH', message: 'must be 2 to 200 characters' },
      { field: 'name', code: 'DUPLICATE_KEY', message: 'taken' },
    ]);
    expect(result.current.errors['organizationId']).toEqual([{ field: 'organizationId', code: 'UNKNOWN_ORGANIZATION', message: 'no such organization' }]);

    // The next submit starts afresh: the server's marks and the failure go when it succeeds.
    save.mockResolvedValue(undefined);
    act(() => result.current.form.setValue('name', 'Qazvolunteer'));
    await act(() => result.current.submit(save)());
    expect(result.current.fieldErrors).toEqual([]);
    expect(result.current.failure).toBeNull();
  });

  it('keeps a failure without named fields above the form only', async () => {
    const { result } = renderForm();
    const forbidden = new CombinedGraphQLErrors({ errors: [{ message: 'Not allowed', extensions: { code: 'FORBIDDEN' } }] });
    act(() => result.current.form.setValue('name', 'Qazvolunteer'));
    await act(() => result.current.submit(() => Promise.reject(forbidden))());
    expect(result.current.failure).toBe(forbidden);
    expect(result.current.fieldErrors).toEqual([]);
  });
});
