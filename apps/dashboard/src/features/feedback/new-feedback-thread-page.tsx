import { useMutation } from '@apollo/client/react';
import { FEEDBACK_LIMITS } from '@birge/shared-reference';
import { useState, type FormEvent } from 'react';
import { regionOf, useViewer } from '../../auth/session';
import type { FeedbackTopic } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link, useNavigate } from 'react-router';
import { useFormErrors } from '../../ui/form-errors';
import { FormField, OtherFieldErrors } from '../../ui/form-field';
import { FormFailure } from '../../ui/form-failure';
import { textProblems } from '../needs/need-forms';
import { useRegionOptions } from '../reference/use-region-options';
import { attachmentsOf, FilePicker } from './feedback-composer';
import { FEEDBACK_TOPICS } from './feedback-filter';
import { StartFeedbackThreadMutation, UnreadFeedbackCountQuery } from './feedback.graphql';

/** Opens a thread: regional staff for their own region, the republican office for any region. */
export function NewFeedbackThreadPage() {
  const navigate = useNavigate();
  const { t, name } = useI18n();
  const viewer = useViewer();
  const ownRegion = regionOf(viewer);
  const regions = useRegionOptions();
  const [regionCode, setRegionCode] = useState(ownRegion ?? '');
  const [topic, setTopic] = useState<FeedbackTopic>(FEEDBACK_TOPICS[0]);
  const [subject, setSubject] = useState('');
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const { fieldErrors, errors, failure, setFieldErrors, setFailure, fail } = useFormErrors();
  const [start, { loading }] = useMutation(StartFeedbackThreadMutation, { refetchQueries: [{ query: UnreadFeedbackCountQuery }] });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const problems = [
      ...(regionCode ? [] : [{ field: 'regionCode', code: 'REQUIRED', message: 'is required' }]),
      ...textProblems('subject', subject, FEEDBACK_LIMITS.subjectMaxLength),
      ...textProblems('text', text, FEEDBACK_LIMITS.messageMaxLength),
    ];
    setFieldErrors(problems);
    if (problems.length > 0) return;
    try {
      const result = await start({ variables: { input: { regionCode, topic, subject: subject.trim(), text: text.trim(), attachments: await attachmentsOf(files) } } });
      const id = result.data?.startFeedbackThread.id;
      if (id) navigate(`/feedback/${id}`);
    } catch (error) {
      fail(error);
    }
  }

  return (
    <section>
      <Link to="/feedback" className="back-link">
        {t('feedback.back')}
      </Link>
      <h1>{t('feedback.newThread')}</h1>
      <form className="form card" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="new-feedback-thread">
        <FormFailure error={failure} fieldsMessage={t('common.correctFields')} />
        {!ownRegion && (
          <FormField label={t('feedback.filter.region')} errors={errors['regionCode']} name="regionCode">
            {(control) => (
              <select {...control} value={regionCode} onChange={(event) => setRegionCode(event.target.value)}>
                <option value="">{t('common.choose')}</option>
                {(regions.data?.regions ?? []).map((region) => (
                  <option key={region.code} value={region.code}>
                    {name(region.name)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        <FormField label={t('feedback.topic')} errors={errors['topic']} name="topic">
          {(control) => (
            <select {...control} value={topic} onChange={(event) => setTopic(event.target.value as FeedbackTopic)}>
              {FEEDBACK_TOPICS.map((value) => (
                <option key={value} value={value}>
                  {t(`feedbackTopic.${value}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('feedback.subject')} errors={errors['subject']} name="subject">
          {(control) => <input {...control} value={subject} maxLength={FEEDBACK_LIMITS.subjectMaxLength} onChange={(event) => setSubject(event.target.value)} />}
        </FormField>
        <FormField label={t('feedback.message')} errors={errors['text']} name="text">
          {(control) => <textarea {...control} rows={6} value={text} onChange={(event) => setText(event.target.value)} />}
        </FormField>
        <FilePicker onChange={setFiles} label={t('feedback.files')} />
        <OtherFieldErrors errors={fieldErrors} knownFields={['regionCode', 'topic', 'subject', 'text']} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={loading}>
            {loading ? t('common.saving') : t('feedback.start')}
          </button>
        </div>
      </form>
    </section>
  );
}
