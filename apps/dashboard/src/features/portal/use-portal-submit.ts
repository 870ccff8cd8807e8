import type { FieldValues } from 'react-hook-form';
import type { SchemaForm } from '../../ui/schema-form';
import { useAddForm } from '../../ui/use-add-form';

/**
 * A portal form's submit: `send` goes with the contact's link; a failure is handed to the page
 * first (`onFailure`: a refused link ends it), then marks the form; once sent the page is told
 * (`onSent`) and the form starts again from `empty`, saying it was sent.
 */
export function usePortalSubmit<Input extends FieldValues, Output>(
  schemaForm: Pick<SchemaForm<Input, Output>, 'submit' | 'form'>,
  empty: Input,
  send: (values: Output) => Promise<unknown>,
  { onSent, onFailure }: { onSent: () => void; onFailure: (error: unknown) => void },
) {
  return useAddForm(schemaForm, empty, async (values) => {
    try {
      await send(values);
    } catch (error) {
      onFailure(error);
      throw error;
    }
    onSent();
  });
}
