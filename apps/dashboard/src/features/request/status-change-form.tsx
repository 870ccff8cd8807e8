import { useMutation } from '@apollo/client/react';
import { OUTCOMES_BY_SUBTYPE, OUTCOMES_REQUIRING_LINK, type AssistanceSubtype as ReferenceSubtype } from '@birge/shared-reference';
import { useState } from 'react';
import { z } from 'zod';
import { groupByField } from '../../errors/graphql-errors';
import type { AssistanceOutcomeResult, AssistanceRequestStatus, AssistanceSubtype, ChangeAssistanceRequestStatusInput } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { FormActions } from '../../ui/form-actions';
import { FormField, OtherFieldErrors } from '../../ui/form-field';
import { FormFailure } from '../../ui/form-failure';
import { useSchemaForm } from '../../ui/schema-form';
import { StateBodySelect } from '../directory/state-body-select';
import { ChangeAssistanceRequestStatusMutation } from './request.graphql';

export function outcomesOf(subtype: AssistanceSubtype): readonly AssistanceOutcomeResult[] {
  return OUTCOMES_BY_SUBTYPE[subtype as ReferenceSubtype] as readonly AssistanceOutcomeResult[];
}

export function requiresLink(result: string): boolean {
  return result !== '' && (OUTCOMES_REQUIRING_LINK as readonly string[]).includes(result);
}

const KNOWN_FIELDS = [
  'comment',
  'status',
  'outcome',
  'outcome.result',
  'outcome.note',
  'outcome.link',
  'referral',
  'referral.stateBody',
  'referral.stateBodyId',
  'referral.referredOn',
  'referral.note',
];

/**
 * What a move needs before sending: a reason to decline, an outcome (and its link when the
 * outcome is a publication) to resolve, a state body to refer to. Its output is the move's input
 * without the request's id and version.
 */
function statusChangeSchema(status: AssistanceRequestStatus) {
  return z
    .object({
      comment: z.string().trim(),
      outcome: z.object({
        result: z.union([z.literal(''), z.custom<AssistanceOutcomeResult>((value) => typeof value === 'string')]),
        note: z.string().trim(),
        link: z.string().trim(),
      }),
      referral: z.object({ stateBody: z.string().trim(), stateBodyId: z.string(), referredOn: z.string(), note: z.string().trim() }),
    })
    .superRefine(({ comment, outcome, referral }, context) => {
      const required = (...path: string[]) => context.addIssue({ code: 'custom', path, input: '', message: 'REQUIRED' });
      if (status === 'DECLINED' && !comment) required('comment');
      if (status === 'RESOLVED' && !outcome.result) required('outcome', 'result');
      if (status === 'RESOLVED' && requiresLink(outcome.result) && !outcome.link) required('outcome', 'link');
      if (status === 'WAITING_ON_STATE_BODY' && !referral.stateBodyId && !referral.stateBody) required('referral', 'stateBody');
    })
    .transform(({ comment, outcome, referral }) => {
      const input: Omit<ChangeAssistanceRequestStatusInput, 'id' | 'version'> = { status };
      if (comment) input.comment = comment;
      if (status === 'RESOLVED' && outcome.result)
        input.outcome = { result: outcome.result, ...(outcome.note ? { note: outcome.note } : {}), ...(outcome.link ? { link: outcome.link } : {}) };
      if (status === 'WAITING_ON_STATE_BODY') {
        input.referral = {
          ...(referral.stateBodyId ? { stateBodyId: referral.stateBodyId } : { stateBody: referral.stateBody }),
          ...(referral.referredOn ? { referredOn: referral.referredOn } : {}),
          ...(referral.note ? { note: referral.note } : {}),
        };
      }
      return input;
    });
}

interface Props {
  requestId: string;
  version: number;
  subtype: AssistanceSubtype;
  status: AssistanceRequestStatus;
  /** The request's region: its state bodies are offered for a referral. */
  regionCode?: string | null;
  onDone: () => void;
  onCancel: () => void;
  onReload: () => void;
}

/** Moves a request to one of its allowed statuses, with what that status needs (outcome, referral, reason). */
export function StatusChangeForm({ requestId, version, subtype, status, regionCode = null, onDone, onCancel, onReload }: Props) {
  const { t } = useI18n();
  const [schema] = useState(() => statusChangeSchema(status));
  const only = outcomesOf(subtype);
  const {
    form,
    fieldErrors: allFieldErrors,
    failure,
    submitting,
    submit,
    setField,
  } = useSchemaForm(schema, {
    defaultValues: {
      comment: '',
      outcome: { result: only.length === 1 ? (only[0] ?? '') : '', note: '', link: '' },
      referral: { stateBody: '', stateBodyId: '', referredOn: '', note: '' },
    },
  });
  const { register, watch } = form;
  const [change] = useMutation(ChangeAssistanceRequestStatusMutation);
  const fieldErrors = allFieldErrors.filter((fieldError) => fieldError.code !== 'INVALID_TRANSITION');
  const errors = groupByField(fieldErrors);
  const result = watch('outcome.result');
  const stateBodyId = watch('referral.stateBodyId');

  const onSubmit = submit(async (move) => {
    await change({ variables: { input: { id: requestId, version, ...move } } });
    onDone();
  });

  return (
    <form className="form card inset" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="status-change-form">
      <h3>{t('request.moveTo', { status: t(`status.${status}`) })}</h3>
      <FormFailure error={failure} fieldsMessage={t('common.correctFields')} onReload={onReload} />

      {status === 'RESOLVED' && (
        <>
          <FormField label={t('request.outcome.result')} errors={errors['outcome.result'] ?? errors['outcome']} name="outcome.result">
            {(control) => (
              <select {...control} {...register('outcome.result')}>
                <option value="">{t('common.choose')}</option>
                {outcomesOf(subtype).map((candidate) => (
                  <option key={candidate} value={candidate}>
                    {t(`outcome.${candidate}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField label={requiresLink(result) ? t('request.outcome.linkRequired') : t('request.outcome.link')} errors={errors['outcome.link']} name="outcome.link">
            {(control) => <input {...control} {...register('outcome.link')} type="url" placeholder="https://" />}
          </FormField>
          <FormField label={t('request.outcome.note')} errors={errors['outcome.note']} name="outcome.note">
            {(control) => <textarea {...control} {...register('outcome.note')} rows={2} />}
          </FormField>
        </>
      )}

      {status === 'WAITING_ON_STATE_BODY' && (
        <>
          <StateBodySelect regionCode={regionCode} value={stateBodyId} onChange={(id) => setField('referral.stateBodyId', id)} errors={errors['referral.stateBodyId']} />
          {!stateBodyId && (
            <FormField label={t('request.referral.stateBody')} errors={errors['referral.stateBody'] ?? errors['referral']} name="referral.stateBody">
              {(control) => <input {...control} {...register('referral.stateBody')} type="text" />}
            </FormField>
          )}
          <FormField label={t('request.referral.referredOn')} errors={errors['referral.referredOn']} name="referral.referredOn">
            {(control) => <input {...control} {...register('referral.referredOn')} type="date" />}
          </FormField>
          <FormField label={t('request.referral.note')} errors={errors['referral.note']} name="referral.note">
            {(control) => <textarea {...control} {...register('referral.note')} rows={2} />}
          </FormField>
        </>
      )}

      <FormField label={status === 'DECLINED' ? t('request.reasonRequired') : t('request.reason')} errors={errors['comment']} name="comment">
        {(control) => <textarea {...control} {...register('comment')} rows={2} />}
      </FormField>
      <OtherFieldErrors errors={fieldErrors} knownFields={KNOWN_FIELDS} />

      <FormActions submitting={submitting} submitLabel={t('request.confirmMove')} onCancel={onCancel} />
    </form>
  );
}
