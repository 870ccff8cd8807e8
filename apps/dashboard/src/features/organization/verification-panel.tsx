import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { fieldErrorsOf, groupByField, type FieldError } from '../../errors/graphql-errors';
import type { CheckOutcome, OrganizationPageQuery, VerificationDecision, VerificationMethod } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { FormField, OtherFieldErrors } from '../../ui/form-field';
import { AccessHidden } from '../../ui/access';
import { FormFailure } from '../../ui/form-failure';
import { CHECK_OUTCOMES, oneOf, VERIFICATION_METHODS } from '../reference/catalog';
import { formatSize } from './format-size';
import { checkEvidenceFiles, EVIDENCE_ACCEPT, saveBase64, toEvidenceInput } from './evidence-files';
import { DecideVerificationMutation, EvidenceContentQuery, RecordVerificationCheckMutation, UpdateVerificationCheckMutation } from './organization.graphql';

type Organization = NonNullable<OrganizationPageQuery['organization']>;
type Verification = Organization['verification'];
type Check = Verification['checks'][number];

const isOutcome = oneOf(CHECK_OUTCOMES);
const isMethod = oneOf(VERIFICATION_METHODS);

/** Errors of `evidence`, `evidence.0`, ... all belong under the file control. */
function evidenceErrors(errors: readonly FieldError[]): FieldError[] {
  return errors.filter((error) => error.field === 'evidence' || error.field.startsWith('evidence.'));
}

function EvidenceDownload({ organizationId, fileId, fileName }: { organizationId: string; fileId: string; fileName: string }) {
  const { t } = useI18n();
  const client = useApolloClient();
  const [failure, setFailure] = useState<unknown>(null);
  async function download() {
    setFailure(null);
    try {
      // Not kept in the cache: contents can be large and are needed once.
      const { data } = await client.query({ query: EvidenceContentQuery, variables: { id: organizationId }, fetchPolicy: 'no-cache' });
      const file = data?.organization?.verification.checks.flatMap((check) => check.evidence ?? []).find((candidate) => candidate.id === fileId);
      if (file?.contentBase64) saveBase64(file.contentBase64, file.mimeType, file.fileName || fileName);
    } catch (error) {
      setFailure(error);
    }
  }
  return (
    <>
      <button type="button" className="button button-link button-small" onClick={() => void download()}>
        {t('verification.download')}
      </button>
      <FormFailure error={failure} />
    </>
  );
}

/** A check's outcome changed (e.g. PENDING → PASSED), optionally with notes and more files. */
function UpdateCheckForm({ check, onDone }: { check: Check; onDone: () => void }) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<CheckOutcome>(check.outcome);
  const [files, setFiles] = useState<File[]>([]);
  const [fieldErrors, setFieldErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [update, { loading }] = useMutation(UpdateVerificationCheckMutation);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const refused = checkEvidenceFiles(files);
    setFieldErrors(refused);
    if (refused.length) return;
    try {
      await update({ variables: { input: { checkId: check.id, outcome, ...(files.length ? { evidence: await toEvidenceInput(files) } : {}) } } });
      setFiles([]);
      onDone();
    } catch (error) {
      setFieldErrors(fieldErrorsOf(error));
      setFailure(error);
    }
  }

  const errors = groupByField(fieldErrors);
  return (
    <form className="form inline-form" onSubmit={(event) => void submit(event)} noValidate data-testid={`update-check-${check.id}`}>
      <FormFailure error={failure} fieldsMessage={t('common.correctFields')} />
      <FormField label={t('verification.outcome')} errors={errors['outcome']} name="outcome">
        {(control) => (
          <select {...control} value={outcome} onChange={(event) => isOutcome(event.target.value) && setOutcome(event.target.value)}>
            {CHECK_OUTCOMES.map((value) => (
              <option key={value} value={value}>
                {t(`checkOutcome.${value}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('verification.moreEvidence')} errors={evidenceErrors(fieldErrors)} name="evidence">
        {(control) => <input {...control} type="file" multiple accept={EVIDENCE_ACCEPT} onChange={(event) => setFiles([...(event.target.files ?? [])])} />}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button button-secondary" disabled={loading}>
          {loading ? t('common.saving') : t('verification.updateCheck')}
        </button>
      </div>
    </form>
  );
}

/** A new check by one of the five methods, with its evidence files. */
function RecordCheckForm({ organizationId, method: initialMethod, onDone }: { organizationId: string; method: VerificationMethod; onDone: () => void }) {
  const { t } = useI18n();
  const [method, setMethod] = useState<VerificationMethod>(initialMethod);
  const [outcome, setOutcome] = useState<CheckOutcome>('PASSED');
  const [notes, setNotes] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [fieldErrors, setFieldErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [record, { loading }] = useMutation(RecordVerificationCheckMutation);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const refused = checkEvidenceFiles(files);
    setFieldErrors(refused);
    if (refused.length) return;
    try {
      const evidence = await toEvidenceInput(files);
      await record({ variables: { input: { organizationId, method, outcome, notes: notes.trim() || null, evidence } } });
      setNotes('');
      setFiles([]);
      onDone();
    } catch (error) {
      setFieldErrors(fieldErrorsOf(error));
      setFailure(error);
    }
  }

  const errors = groupByField(fieldErrors);
  return (
    <form className="form inset" onSubmit={(event) => void submit(event)} noValidate data-testid="record-check-form">
      <h3>{t('verification.recordCheck')}</h3>
      <FormFailure error={failure} fieldsMessage={t('common.correctFields')} />
      <FormField label={t('verification.method')} errors={errors['method']} name="method">
        {(control) => (
          <select {...control} value={method} onChange={(event) => isMethod(event.target.value) && setMethod(event.target.value)}>
            {VERIFICATION_METHODS.map((value) => (
              <option key={value} value={value}>
                {t(`verificationMethod.${value}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('verification.outcome')} errors={errors['outcome']} name="outcome">
        {(control) => (
          <select {...control} value={outcome} onChange={(event) => isOutcome(event.target.value) && setOutcome(event.target.value)}>
            {CHECK_OUTCOMES.map((value) => (
              <option key={value} value={value}>
                {t(`checkOutcome.${value}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('verification.notes')} errors={errors['notes']} name="notes">
        {(control) => <textarea {...control} rows={2} value={notes} onChange={(event) => setNotes(event.target.value)} />}
      </FormField>
      <FormField label={t('verification.evidence')} errors={evidenceErrors(fieldErrors)} name="evidence">
        {(control) => <input {...control} type="file" multiple accept={EVIDENCE_ACCEPT} onChange={(event) => setFiles([...(event.target.files ?? [])])} />}
      </FormField>
      <p className="muted small">{t('verification.evidenceHint')}</p>
      <OtherFieldErrors errors={fieldErrors.filter((error) => !error.field.startsWith('evidence'))} knownFields={['method', 'outcome', 'notes']} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('common.saving') : t('verification.save')}
        </button>
      </div>
    </form>
  );
}

function DecisionForm({ organizationId, onDone }: { organizationId: string; onDone: () => void }) {
  const { t } = useI18n();
  const [decision, setDecision] = useState<VerificationDecision>('VERIFIED');
  const [reason, setReason] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [decide, { loading }] = useMutation(DecideVerificationMutation);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const missing: FieldError[] = reason.trim() ? [] : [{ field: 'reason', code: 'REQUIRED', message: 'is required' }];
    setFieldErrors(missing);
    if (missing.length) return;
    try {
      await decide({ variables: { input: { organizationId, decision, reason: reason.trim() } } });
      setReason('');
      onDone();
    } catch (error) {
      setFieldErrors(fieldErrorsOf(error));
      setFailure(error);
    }
  }

  const errors = groupByField(fieldErrors);
  return (
    <form className="form inset" onSubmit={(event) => void submit(event)} noValidate data-testid="decision-form">
      <h3>{t('verification.decision')}</h3>
      <FormFailure error={failure} fieldsMessage={t('common.correctFields')} />
      <fieldset className="form-field">
        <legend>{t('verification.verdict')}</legend>
        <div className="rating-choices">
          {(['VERIFIED', 'REJECTED'] as const).map((value) => (
            <label key={value} className="rating-choice">
              <input type="radio" name="decision" value={value} checked={decision === value} onChange={() => setDecision(value)} />
              <span>{t(`verificationDecision.${value}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <FormField label={t('verification.reason')} errors={errors['reason']} name="reason">
        {(control) => <textarea {...control} rows={2} value={reason} onChange={(event) => setReason(event.target.value)} />}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button" disabled={loading}>
          {t('verification.decide')}
        </button>
      </div>
    </form>
  );
}

/**
 * The memo's five methods as a checklist: each with its latest check (outcome, notes, who and
 * when, evidence), the derived status with its re-verification date, decisions and the history.
 */
export function VerificationPanel({ organization, nameOf, writable, onChanged }: { organization: Organization; nameOf: (id: string | null | undefined) => string; writable: boolean; onChanged: () => void }) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const verification = organization.verification;
  const [recording, setRecording] = useState<VerificationMethod | null>(null);
  const [editing, setEditing] = useState<string | null>(null);

  return (
    <section className="card verification" data-testid="verification">
      <div className="request-head">
        <h2>{t('verification.title')}</h2>
        <span className={`badge badge-large verification-${verification.status.toLowerCase()}`} data-testid="verification-status">
          {t(`verificationStatus.${verification.status}`)}
        </span>
      </div>
      <p className="small">
        {verification.verifiedAt && <span>{t('verification.verifiedAt', { date: formatDate(verification.verifiedAt) })} · </span>}
        {verification.reverificationDueAt ? (
          <span data-testid="reverification-due">{t('verification.reverifyBy', { date: formatDate(verification.reverificationDueAt) })}</span>
        ) : (
          <span className="muted">{t('verification.rule')}</span>
        )}
      </p>

      <ol className="checklist" data-testid="verification-checklist">
        {VERIFICATION_METHODS.map((method) => {
          const checks = verification.checks.filter((check) => check.method === method);
          return (
            <li key={method} className="checklist-item" data-testid={`method-${method}`}>
              <div className="request-head">
                <strong>{t(`verificationMethod.${method}`)}</strong>
                {checks[0] ? (
                  <span className={`badge outcome-${checks[0].outcome.toLowerCase()}`}>{t(`checkOutcome.${checks[0].outcome}`)}</span>
                ) : (
                  <span className="badge">{t('verification.notChecked')}</span>
                )}
              </div>
              {checks.map((check) => (
                <div key={check.id} className="check" data-testid="verification-check">
                  <div className="muted small">
                    {t(`checkOutcome.${check.outcome}`)} · {formatDate(check.checkedAt)} · {nameOf(check.checkedBy)}
                  </div>
                  {check.notes && <p className="request-description">{check.notes}</p>}
                  {check.personalDataHidden && (
                    <p>
                      <AccessHidden reason={check.personalDataHidden} />
                    </p>
                  )}
                  {check.evidence == null && check.evidenceHidden && (
                    <p className="small" data-testid="evidence-hidden">
                      {t('verification.evidenceFiles')}: <AccessHidden reason={check.evidenceHidden} />
                    </p>
                  )}
                  {check.evidence && check.evidence.length > 0 && (
                    <ul className="attachment-list">
                      {check.evidence.map((file) => (
                        <li key={file.id}>
                          {file.fileName == null ? <AccessHidden reason={file.personalDataHidden} /> : <span>{file.fileName}</span>}{' '}
                          <span className="muted small">{formatSize(file.sizeBytes, i18n)}</span>{' '}
                          {!file.personalDataHidden && <EvidenceDownload organizationId={organization.id} fileId={file.id} fileName={file.fileName ?? file.id} />}
                        </li>
                      ))}
                    </ul>
                  )}
                  {writable &&
                    (editing === check.id ? (
                      <UpdateCheckForm
                        check={check}
                        onDone={() => {
                          setEditing(null);
                          onChanged();
                        }}
                      />
                    ) : (
                      <button type="button" className="button button-link button-small" onClick={() => setEditing(check.id)}>
                        {t('verification.changeOutcome')}
                      </button>
                    ))}
                </div>
              ))}
              {writable && recording !== method && (
                <button type="button" className="button button-secondary button-small" onClick={() => setRecording(method)}>
                  {t('verification.addCheck')}
                </button>
              )}
              {writable && recording === method && (
                <RecordCheckForm
                  organizationId={organization.id}
                  method={method}
                  onDone={() => {
                    setRecording(null);
                    onChanged();
                  }}
                />
              )}
            </li>
          );
        })}
      </ol>

      {writable && <DecisionForm organizationId={organization.id} onDone={onChanged} />}

      <h3>{t('verification.history')}</h3>
      {verification.history.length === 0 ? (
        <p className="muted">{t('verification.noHistory')}</p>
      ) : (
        <ol className="timeline" data-testid="verification-history">
          {verification.history.map((entry, index) => (
            <li key={`${entry.at}-${index}`} className="timeline-entry">
              <div className="timeline-text">
                {entry.decision
                  ? t('verification.history.decision', { decision: t(`verificationDecision.${entry.decision}`) })
                  : t(`verification.history.${entry.kind === 'CHECK_UPDATED' || entry.kind === 'MERGED' ? entry.kind : 'CHECK_RECORDED'}`)}
                {entry.statusBefore !== entry.statusAfter &&
                  ` · ${t('verification.history.status', { from: t(`verificationStatus.${entry.statusBefore}`), to: t(`verificationStatus.${entry.statusAfter}`) })}`}
              </div>
              {entry.reason && <div className="request-description">{entry.reason}</div>}
              {entry.personalDataHidden && (
                <div>
                  <AccessHidden reason={entry.personalDataHidden} />
                </div>
              )}
              <div className="muted small">
                {formatDate(entry.at)} · {nameOf(entry.actor)}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
