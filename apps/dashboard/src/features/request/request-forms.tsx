import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { fieldErrorsOf, groupByField, type FieldError } from '../../errors/graphql-errors';
import { useI18n } from '../../i18n/i18n';
import { FormField, OtherFieldErrors } from '../../ui/form-field';
import { FormFailure } from '../../ui/form-failure';
import type { StaffOption } from '../reference/use-staff-names';
import {
  AddAssistanceRequestAttachmentMutation,
  AssignAssistanceRequestMutation,
  AttachmentContentQuery,
  CommentOnAssistanceRequestMutation,
  RateAssistanceRequestMutation,
  RecordStateBodyAnswerMutation,
} from './request.graphql';

const required = (field: string): FieldError => ({ field, code: 'REQUIRED', message: 'is required' });

/** Common state of the small forms: field errors, the whole failure, and how to reset them. */
function useFormState() {
  const [fieldErrors, setFieldErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  return {
    fieldErrors,
    failure,
    errors: groupByField(fieldErrors),
    start(missing: FieldError[] = []) {
      setFailure(null);
      setFieldErrors(missing);
      return missing.length === 0;
    },
    fail(error: unknown) {
      setFieldErrors(fieldErrorsOf(error));
      setFailure(error);
    },
  };
}

export function AssignForm({ requestId, version, assigneeId, options, myId, onReload }: { requestId: string; version: number; assigneeId: string | null; options: StaffOption[]; myId: string | null; onReload: () => void }) {
  const { t } = useI18n();
  const [choice, setChoice] = useState(assigneeId ?? '');
  const state = useFormState();
  const [assign, { loading }] = useMutation(AssignAssistanceRequestMutation);

  async function save(next: string | null) {
    if (!state.start()) return;
    try {
      await assign({ variables: { input: { id: requestId, version, assigneeId: next } } });
    } catch (error) {
      state.fail(error);
    }
  }

  const choices = options.some((option) => option.id === assigneeId) || !assigneeId ? options : [...options, { id: assigneeId, name: assigneeId, regionCode: null }];
  return (
    <form
      className="form inline-form"
      data-testid="assign-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save(choice || null);
      }}
    >
      <FormFailure error={state.failure} fieldsMessage={t('common.correctFields')} onReload={onReload} />
      <FormField label={t('request.assignee')} errors={state.errors['assigneeId']} name="assigneeId">
        {(control) => (
          <select {...control} value={choice} onChange={(event) => setChoice(event.target.value)}>
            <option value="">{t('request.unassigned')}</option>
            {choices.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className="form-actions">
        {myId && myId !== assigneeId && (
          <button type="button" className="button button-secondary" disabled={loading} onClick={() => void save(myId)}>
            {t('request.assignToMe')}
          </button>
        )}
        <button type="submit" className="button" disabled={loading || choice === (assigneeId ?? '')}>
          {t('request.assign')}
        </button>
      </div>
    </form>
  );
}

export function CommentForm({ requestId }: { requestId: string }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const state = useFormState();
  const [comment, { loading }] = useMutation(CommentOnAssistanceRequestMutation);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!state.start(text.trim() ? [] : [required('text')])) return;
    try {
      await comment({ variables: { input: { id: requestId, text: text.trim() } } });
      setText('');
    } catch (error) {
      state.fail(error);
    }
  }

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="comment-form">
      <FormFailure error={state.failure} fieldsMessage={t('common.correctFields')} />
      <FormField label={t('request.comment')} errors={state.errors['text']} name="text">
        {(control) => <textarea {...control} rows={2} value={text} onChange={(event) => setText(event.target.value)} />}
      </FormField>
      <OtherFieldErrors errors={state.fieldErrors} knownFields={['text']} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={loading}>
          {t('request.addComment')}
        </button>
      </div>
    </form>
  );
}

export function StateBodyAnswerForm({ requestId, version, referralId, onReload }: { requestId: string; version: number; referralId: string; onReload: () => void }) {
  const { t } = useI18n();
  const [answer, setAnswer] = useState('');
  const [answeredOn, setAnsweredOn] = useState('');
  const state = useFormState();
  const [record, { loading }] = useMutation(RecordStateBodyAnswerMutation);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!state.start(answer.trim() ? [] : [required('answer')])) return;
    try {
      await record({ variables: { input: { id: requestId, version, referralId, answer: answer.trim(), ...(answeredOn ? { answeredOn } : {}) } } });
    } catch (error) {
      state.fail(error);
    }
  }

  return (
    <form className="form inset" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="answer-form">
      <FormFailure error={state.failure} fieldsMessage={t('common.correctFields')} onReload={onReload} />
      <FormField label={t('request.referral.answer')} errors={state.errors['answer']} name="answer">
        {(control) => <textarea {...control} rows={2} value={answer} onChange={(event) => setAnswer(event.target.value)} />}
      </FormField>
      <FormField label={t('request.referral.answeredOn')} errors={state.errors['answeredOn']} name="answeredOn">
        {(control) => <input {...control} type="date" value={answeredOn} onChange={(event) => setAnsweredOn(event.target.value)} />}
      </FormField>
      <OtherFieldErrors errors={state.fieldErrors} knownFields={['answer', 'answeredOn']} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={loading}>
          {t('request.referral.recordAnswer')}
        </button>
      </div>
    </form>
  );
}

export function RatingForm({ requestId, version, onReload }: { requestId: string; version: number; onReload: () => void }) {
  const { t } = useI18n();
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState('');
  const state = useFormState();
  const [rate, { loading }] = useMutation(RateAssistanceRequestMutation);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!state.start(score > 0 ? [] : [required('score')])) return;
    try {
      await rate({ variables: { input: { id: requestId, version, score, ...(comment.trim() ? { comment: comment.trim() } : {}) } } });
    } catch (error) {
      state.fail(error);
    }
  }

  const scoreErrors = state.errors['score'];
  return (
    <form className="form card" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="rating-form">
      <h2>{t('request.rating.title')}</h2>
      <FormFailure error={state.failure} fieldsMessage={t('common.correctFields')} onReload={onReload} />
      <fieldset className={scoreErrors ? 'form-field form-field-invalid' : 'form-field'}>
        <legend>{t('request.rating.score')}</legend>
        <div className="rating-choices">
          {[1, 2, 3, 4, 5].map((value) => (
            <label key={value} className="rating-choice">
              <input type="radio" name="score" value={value} checked={score === value} onChange={() => setScore(value)} />
              <span>{value}</span>
            </label>
          ))}
        </div>
        {scoreErrors && (
          <ul className="field-errors" data-testid="field-error-score">
            {scoreErrors.map((error) => (
              <li key={error.code}>{t('errors.field.REQUIRED')}</li>
            ))}
          </ul>
        )}
      </fieldset>
      <FormField label={t('request.rating.comment')} errors={state.errors['comment']} name="rating-comment">
        {(control) => <textarea {...control} rows={2} value={comment} onChange={(event) => setComment(event.target.value)} />}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button" disabled={loading}>
          {t('request.rating.submit')}
        </button>
      </div>
    </form>
  );
}

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
}

export function AttachmentUpload({ requestId, version, onReload }: { requestId: string; version: number; onReload: () => void }) {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const state = useFormState();
  const [attach, { loading }] = useMutation(AddAssistanceRequestAttachmentMutation);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!state.start(file ? [] : [required('file')]) || !file) return;
    try {
      const contentBase64 = await readAsBase64(file);
      await attach({ variables: { input: { requestId, version, fileName: file.name, mimeType: file.type || 'application/octet-stream', contentBase64 } } });
      setFile(null);
      (event.target as HTMLFormElement).reset();
    } catch (error) {
      state.fail(error);
    }
  }

  return (
    <form className="form inline-form" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="attachment-form">
      <FormFailure error={state.failure} fieldsMessage={t('common.correctFields')} onReload={onReload} />
      <FormField label={t('request.attachments.file')} errors={state.errors['file'] ?? state.errors['contentBase64'] ?? state.errors['fileName'] ?? state.errors['mimeType']} name="file">
        {(control) => <input {...control} type="file" accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.txt" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button" disabled={loading}>
          {t('request.attachments.upload')}
        </button>
      </div>
    </form>
  );
}

/** Downloads an attachment's content on demand (the list does not carry it). */
export function AttachmentDownload({ requestId, attachmentId, fileName }: { requestId: string; attachmentId: string; fileName: string }) {
  const { t } = useI18n();
  const client = useApolloClient();
  const [failure, setFailure] = useState<unknown>(null);

  async function download() {
    setFailure(null);
    try {
      const { data } = await client.query({ query: AttachmentContentQuery, variables: { id: requestId }, fetchPolicy: 'network-only' });
      const attachment = data?.assistanceRequest?.attachments.find((candidate) => candidate.id === attachmentId);
      if (!attachment?.contentBase64) return;
      const bytes = Uint8Array.from(atob(attachment.contentBase64), (char) => char.charCodeAt(0));
      const url = URL.createObjectURL(new Blob([bytes], { type: attachment.mimeType }));
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = fileName;
      anchor.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <>
      <button type="button" className="button button-link button-small" onClick={() => void download()}>
        {t('request.attachments.download')}
      </button>
      <FormFailure error={failure} />
    </>
  );
}
