import { useMutation } from '@apollo/client/react';
import { OUTCOMES_BY_SUBTYPE, OUTCOMES_REQUIRING_LINK, type AssistanceSubtype as ReferenceSubtype } from '@birge/shared-reference';
import { useState, type FormEvent } from 'react';
import { fieldErrorsOf, groupByField, type FieldError } from '../../errors/graphql-errors';
import type { AssistanceOutcomeResult, AssistanceRequestStatus, AssistanceSubtype, ChangeAssistanceRequestStatusInput } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { FormField, OtherFieldErrors } from '../../ui/form-field';
import { FormFailure } from '../../ui/form-failure';
import { StateBodySelect } from '../directory/state-body-select';
import { ChangeAssistanceRequestStatusMutation } from './request.graphql';

export function outcomesOf(subtype: AssistanceSubtype): readonly AssistanceOutcomeResult[] {
  return OUTCOMES_BY_SUBTYPE[subtype as ReferenceSubtype] as readonly AssistanceOutcomeResult[];
}

export function requiresLink(result: AssistanceOutcomeResult | ''): boolean {
  return result !== '' && (OUTCOMES_REQUIRING_LINK as readonly string[]).includes(result);
}

const KNOWN_FIELDS = ['comment', 'status', 'outcome', 'outcome.result', 'outcome.note', 'outcome.link', 'referral', 'referral.stateBody', 'referral.stateBodyId', 'referral.referredOn', 'referral.note'];

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
  const [comment, setComment] = useState('');
  const [result, setResult] = useState<AssistanceOutcomeResult | ''>(() => {
    const only = outcomesOf(subtype);
    return only.length === 1 ? (only[0] ?? '') : '';
  });
  const [note, setNote] = useState('');
  const [link, setLink] = useState('');
  const [stateBody, setStateBody] = useState('');
  const [stateBodyId, setStateBodyId] = useState('');
  const [referredOn, setReferredOn] = useState('');
  const [referralNote, setReferralNote] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [change, { loading }] = useMutation(ChangeAssistanceRequestStatusMutation);
  const errors = groupByField(fieldErrors);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const missing: FieldError[] = [];
    const required = (field: string) => missing.push({ field, code: 'REQUIRED', message: 'is required' });
    if (status === 'DECLINED' && !comment.trim()) required('comment');
    if (status === 'RESOLVED' && !result) required('outcome.result');
    if (status === 'RESOLVED' && requiresLink(result) && !link.trim()) required('outcome.link');
    if (status === 'WAITING_ON_STATE_BODY' && !stateBodyId && !stateBody.trim()) required('referral.stateBody');
    setFieldErrors(missing);
    if (missing.length > 0) return;
    const input: ChangeAssistanceRequestStatusInput = { id: requestId, version, status };
    if (comment.trim()) input.comment = comment.trim();
    if (status === 'RESOLVED' && result) input.outcome = { result, ...(note.trim() ? { note: note.trim() } : {}), ...(link.trim() ? { link: link.trim() } : {}) };
    if (status === 'WAITING_ON_STATE_BODY') {
      input.referral = {
        ...(stateBodyId ? { stateBodyId } : { stateBody: stateBody.trim() }),
        ...(referredOn ? { referredOn } : {}),
        ...(referralNote.trim() ? { note: referralNote.trim() } : {}),
      };
    }
    try {
      await change({ variables: { input } });
      onDone();
    } catch (error) {
      setFieldErrors(fieldErrorsOf(error).filter((fieldError) => fieldError.code !== 'INVALID_TRANSITION'));
      setFailure(error);
    }
  }

  return (
    <form className="form card inset" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="status-change-form">
      <h3>{t('request.moveTo', { status: t(`status.${status}`) })}</h3>
      <FormFailure error={failure} fieldsMessage={t('common.correctFields')} onReload={onReload} />

      {status === 'RESOLVED' && (
        <>
          <FormField label={t('request.outcome.result')} errors={errors['outcome.result'] ?? errors['outcome']} name="outcome.result">
            {(control) => (
              <select
                {...control}
                value={result}
                onChange={(event) => setResult(outcomesOf(subtype).find((candidate) => candidate === event.target.value) ?? '')}
              >
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
            {(control) => <input {...control} type="url" placeholder="https://" value={link} onChange={(event) => setLink(event.target.value)} />}
          </FormField>
          <FormField label={t('request.outcome.note')} errors={errors['outcome.note']} name="outcome.note">
            {(control) => <textarea {...control} rows={2} value={note} onChange={(event) => setNote(event.target.value)} />}
          </FormField>
        </>
      )}

      {status === 'WAITING_ON_STATE_BODY' && (
        <>
          <StateBodySelect regionCode={regionCode} value={stateBodyId} onChange={setStateBodyId} errors={errors['referral.stateBodyId']} />
          {!stateBodyId && (
            <FormField label={t('request.referral.stateBody')} errors={errors['referral.stateBody'] ?? errors['referral']} name="referral.stateBody">
              {(control) => <input {...control} type="text" value={stateBody} onChange={(event) => setStateBody(event.target.value)} />}
            </FormField>
          )}
          <FormField label={t('request.referral.referredOn')} errors={errors['referral.referredOn']} name="referral.referredOn">
            {(control) => <input {...control} type="date" value={referredOn} onChange={(event) => setReferredOn(event.target.value)} />}
          </FormField>
          <FormField label={t('request.referral.note')} errors={errors['referral.note']} name="referral.note">
            {(control) => <textarea {...control} rows={2} value={referralNote} onChange={(event) => setReferralNote(event.target.value)} />}
          </FormField>
        </>
      )}

      <FormField label={status === 'DECLINED' ? t('request.reasonRequired') : t('request.reason')} errors={errors['comment']} name="comment">
        {(control) => <textarea {...control} rows={2} value={comment} onChange={(event) => setComment(event.target.value)} />}
      </FormField>
      <OtherFieldErrors errors={fieldErrors} knownFields={KNOWN_FIELDS} />

      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('common.saving') : t('request.confirmMove')}
        </button>
      </div>
    </form>
  );
}
