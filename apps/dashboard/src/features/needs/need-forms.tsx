import { useMutation } from '@apollo/client/react';
import { NEED_LIMITS } from '@birge/shared-reference';
import { useState, type FormEvent } from 'react';
import type { FieldError } from '../../errors/graphql-errors';
import type { NeedStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { useFormErrors } from '../../ui/form-errors';
import { FormField, OtherFieldErrors } from '../../ui/form-field';
import { FormFailure } from '../../ui/form-failure';
import { ChangeNeedStatusMutation, CommentOnNeedMutation } from './needs.graphql';

/** A required text of at most `max` characters: the form says so before anything is sent. */
export function textProblems(field: string, value: string, max: number): FieldError[] {
  if (!value.trim()) return [{ field, code: 'REQUIRED', message: 'is required' }];
  if (value.length > max) return [{ field, code: 'TOO_LONG', message: `must be at most ${max} characters` }];
  return [];
}

/** Moves an entry to one of its allowed statuses; the comment (why) is kept in its history. */
export function NeedStatusForm({ needId, version, status, onDone, onCancel, onReload }: { needId: string; version: number; status: NeedStatus; onDone: () => void; onCancel: () => void; onReload: () => void }) {
  const { t } = useI18n();
  const [comment, setComment] = useState('');
  const { fieldErrors, errors, failure, setFieldErrors, setFailure, fail } = useFormErrors();
  const [change, { loading }] = useMutation(ChangeNeedStatusMutation);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const problems = textProblems('comment', comment, NEED_LIMITS.commentMaxLength);
    setFieldErrors(problems);
    if (problems.length > 0) return;
    try {
      await change({ variables: { input: { id: needId, version, status, comment: comment.trim() } } });
      onDone();
    } catch (error) {
      fail(error);
    }
  }

  return (
    <form className="form card inset" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="need-status-form">
      <h3>{t('need.moveTo', { status: t(`needStatus.${status}`) })}</h3>
      <FormFailure error={failure} fieldsMessage={t('common.correctFields')} onReload={onReload} />
      <FormField label={t('need.statusComment')} errors={errors['comment']} name="comment">
        {(control) => <textarea {...control} rows={3} value={comment} onChange={(event) => setComment(event.target.value)} />}
      </FormField>
      <OtherFieldErrors errors={fieldErrors.filter((error) => error.code !== 'INVALID_TRANSITION')} knownFields={['comment']} />
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('common.saving') : t('need.confirmMove')}
        </button>
      </div>
    </form>
  );
}

/** Adds a message to an entry's thread. */
export function NeedCommentForm({ needId }: { needId: string }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const { fieldErrors, errors, failure, setFieldErrors, setFailure, fail } = useFormErrors();
  const [comment, { loading }] = useMutation(CommentOnNeedMutation);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const problems = textProblems('text', text, NEED_LIMITS.commentMaxLength);
    setFieldErrors(problems);
    if (problems.length > 0) return;
    try {
      await comment({ variables: { input: { id: needId, text: text.trim() } } });
      setText('');
    } catch (error) {
      fail(error);
    }
  }

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="need-comment-form">
      <FormFailure error={failure} fieldsMessage={t('common.correctFields')} />
      <FormField label={t('need.comment')} errors={errors['text']} name="text">
        {(control) => <textarea {...control} rows={3} value={text} onChange={(event) => setText(event.target.value)} />}
      </FormField>
      <OtherFieldErrors errors={fieldErrors} knownFields={['text']} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('common.saving') : t('need.addComment')}
        </button>
      </div>
    </form>
  );
}
