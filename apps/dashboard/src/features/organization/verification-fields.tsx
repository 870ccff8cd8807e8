import type { FieldValues, Path, UseFormRegister } from 'react-hook-form';
import { z } from 'zod';
import type { FieldError } from '../../errors/graphql-errors';
import type { CheckOutcome, VerificationMethod } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { FormField } from '../../ui/form-field';
import { CHECK_OUTCOMES, oneOf, VERIFICATION_METHODS } from '../reference/catalog';
import { EVIDENCE_ACCEPT } from './evidence-files';

const isOutcome = oneOf(CHECK_OUTCOMES);
const isMethod = oneOf(VERIFICATION_METHODS);

export const checkOutcomeSchema = z.custom<CheckOutcome>((value) => typeof value === 'string' && isOutcome(value));
export const verificationMethodSchema = z.custom<VerificationMethod>((value) => typeof value === 'string' && isMethod(value));

/** Errors of `evidence`, `evidence.0`, ... all belong under the file control. */
export function evidenceErrors(errors: readonly FieldError[]): FieldError[] {
  return errors.filter((error) => error.field === 'evidence' || error.field.startsWith('evidence.'));
}

/** The outcome of a check, one of CHECK_OUTCOMES. */
export function OutcomeField<Values extends FieldValues>({ register, errors }: { register: UseFormRegister<Values>; errors?: FieldError[] }) {
  const { t } = useI18n();
  return (
    <FormField label={t('verification.outcome')} errors={errors} name="outcome">
      {(control) => (
        <select {...control} {...register('outcome' as Path<Values>)}>
          {CHECK_OUTCOMES.map((value) => (
            <option key={value} value={value}>
              {t(`checkOutcome.${value}`)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/** The evidence files of a check: chosen files replace the previous choice. */
export function EvidenceField({ label, fieldErrors, onChange }: { label: string; fieldErrors: readonly FieldError[]; onChange: (files: File[]) => void }) {
  return (
    <FormField label={label} errors={evidenceErrors(fieldErrors)} name="evidence">
      {(control) => <input {...control} type="file" multiple accept={EVIDENCE_ACCEPT} onChange={(event) => onChange([...(event.target.files ?? [])])} />}
    </FormField>
  );
}
