import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { regionOf, useViewer } from '../../auth/session';
import type { FieldError } from '../../errors/graphql-errors';
import type { AnnouncementTopic, CreateAnnouncementInput } from '../../gql/graphql';
import { LOCALES, useI18n, type Locale } from '../../i18n/i18n';
import { Link, useNavigate } from 'react-router';
import { useFormErrors } from '../../ui/form-errors';
import { FieldSet, FormField, OtherFieldErrors } from '../../ui/form-field';
import { FormFailure } from '../../ui/form-failure';
import { DIRECTIONS, ORGANIZATION_KINDS, VERIFICATION_STATUSES } from '../reference/catalog';
import { localInputToIso } from '../reference/dates';
import { RegionSelectField } from '../reference/region-select';
import { EMPTY_TARGET, targetInputOf, toggle, type TargetForm } from './announcement-target';
import { CreateAnnouncementMutation, SendAnnouncementMutation } from './announcements.graphql';
import { AudiencePreview } from './audience-preview';

const TOPICS: readonly AnnouncementTopic[] = ['GRANT', 'PROGRAMME', 'EVENT', 'OTHER'];
const KNOWN_FIELDS = ['topic', 'language', 'title', 'body', 'link', 'scheduledAt', 'target.regionCodes', 'target.directions'];

/** One list of the target: a checkbox per value, none ticked meaning any. */
function TickList<T extends string>({
  legend,
  name,
  errors,
  values,
  chosen,
  label,
  onChange,
}: {
  legend: string;
  name: string;
  errors?: FieldError[];
  values: readonly T[];
  chosen: readonly T[];
  label: (value: T) => string;
  onChange: (next: T[]) => void;
}) {
  return (
    <FieldSet legend={legend} errors={errors} name={name}>
      {values.map((value) => (
        <label key={value} className="checkbox">
          <input type="checkbox" checked={chosen.includes(value)} onChange={(event) => onChange(toggle(chosen, value, event.target.checked))} />
          <span>{label(value)}</span>
        </label>
      ))}
    </FieldSet>
  );
}

/**
 * Writes an announcement: its text in one language, who it is for (region, directions, kinds,
 * verification), with the audience counted live beside it; saved as a draft, scheduled, or sent at once.
 */
export function AnnouncementComposerPage() {
  const navigate = useNavigate();
  const { t, locale } = useI18n();
  const viewer = useViewer();
  const ownRegion = regionOf(viewer);
  const [form, setForm] = useState({ topic: 'GRANT' as AnnouncementTopic, language: locale as Locale, title: '', body: '', link: '', scheduledAt: '' });
  const [target, setTarget] = useState<TargetForm>({ ...EMPTY_TARGET, regionCode: ownRegion ?? '' });
  const { fieldErrors, errors, failure, setFieldErrors, setFailure, fail } = useFormErrors();
  const evictList = { update: (cache: { evict: (options: { fieldName: string }) => boolean; gc: () => string[] }) => void (cache.evict({ fieldName: 'announcements' }), cache.gc()) };
  const [create, creating] = useMutation(CreateAnnouncementMutation, evictList);
  const [send, sending] = useMutation(SendAnnouncementMutation, evictList);
  const set = (key: keyof typeof form) => (value: string) => setForm((previous) => ({ ...previous, [key]: value }));

  async function submit(sendNow: boolean) {
    setFailure(null);
    const problems: FieldError[] = [];
    if (form.title.trim().length < 3) problems.push({ field: 'title', code: 'TOO_SHORT', message: 'must be at least 3 characters' });
    if (!form.body.trim()) problems.push({ field: 'body', code: 'REQUIRED', message: 'is required' });
    setFieldErrors(problems);
    if (problems.length) return;
    const input: CreateAnnouncementInput = { topic: form.topic, language: form.language, title: form.title.trim(), body: form.body.trim(), target: targetInputOf(target) };
    if (form.link.trim()) input.link = form.link.trim();
    const scheduledAt = sendNow ? null : localInputToIso(form.scheduledAt);
    if (scheduledAt) input.scheduledAt = scheduledAt;
    try {
      const { data } = await create({ variables: { input } });
      if (data && sendNow) await send({ variables: { id: data.createAnnouncement.id } });
      if (data) navigate('/announcements');
    } catch (error) {
      fail(error);
    }
  }
  const busy = creating.loading || sending.loading;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submit(false);
  };

  return (
    <section>
      <Link to="/announcements" className="back-link">
        {t('announcementForm.back')}
      </Link>
      <h1>{t('announcementForm.title')}</h1>
      <div className="composer">
        <form className="form card" noValidate data-testid="announcement-form" onSubmit={onSubmit}>
          <h2>{t('announcementForm.details')}</h2>
          <FormFailure error={failure} fieldsMessage={t('common.correctFields')} />
          <FormField label={t('announcementForm.topic')} errors={errors['topic']} name="topic">
            {(control) => (
              <select {...control} value={form.topic} onChange={(event) => set('topic')(event.target.value)}>
                {TOPICS.map((topic) => (
                  <option key={topic} value={topic}>
                    {t(`announcements.topic.${topic}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField label={t('announcementForm.language')} errors={errors['language']} name="language">
            {(control) => (
              <select {...control} value={form.language} onChange={(event) => set('language')(event.target.value)}>
                {LOCALES.map((language) => (
                  <option key={language} value={language}>
                    {t(`language.${language}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField label={t('announcementForm.subject')} errors={errors['title']} name="title">
            {(control) => <input {...control} type="text" maxLength={200} value={form.title} onChange={(event) => set('title')(event.target.value)} />}
          </FormField>
          <FormField label={t('announcementForm.body')} errors={errors['body']} name="body">
            {(control) => <textarea {...control} rows={8} maxLength={5000} value={form.body} onChange={(event) => set('body')(event.target.value)} />}
          </FormField>
          <FormField label={t('announcementForm.link')} errors={errors['link']} name="link">
            {(control) => <input {...control} type="url" placeholder="https://" value={form.link} onChange={(event) => set('link')(event.target.value)} />}
          </FormField>
          <RegionSelectField
            label={t('announcementForm.region')}
            value={target.regionCode}
            onChange={(regionCode) => setTarget((previous) => ({ ...previous, regionCode }))}
            onlyRegion={ownRegion}
            errors={errors['target.regionCodes']}
            name="target.regionCodes"
            emptyLabel={t('announcements.wholeCountry')}
          />
          <TickList
            legend={t('announcementForm.directions')}
            name="directions"
            errors={errors['target.directions']}
            values={DIRECTIONS}
            chosen={target.directions}
            label={(direction) => t(`direction.${direction}`)}
            onChange={(directions) => setTarget((previous) => ({ ...previous, directions }))}
          />
          <TickList
            legend={t('announcementForm.kinds')}
            name="organizationKinds"
            values={ORGANIZATION_KINDS}
            chosen={target.organizationKinds}
            label={(kind) => t(`organizationKind.${kind}`)}
            onChange={(organizationKinds) => setTarget((previous) => ({ ...previous, organizationKinds }))}
          />
          <TickList
            legend={t('announcementForm.verification')}
            name="verificationStatuses"
            values={VERIFICATION_STATUSES.filter((status) => status !== 'EXPIRED')}
            chosen={target.verificationStatuses}
            label={(status) => t(`verificationStatus.${status}`)}
            onChange={(verificationStatuses) => setTarget((previous) => ({ ...previous, verificationStatuses }))}
          />
          <FormField label={t('announcementForm.scheduleAt')} errors={errors['scheduledAt']} name="scheduledAt">
            {(control) => <input {...control} type="datetime-local" value={form.scheduledAt} onChange={(event) => set('scheduledAt')(event.target.value)} />}
          </FormField>
          <OtherFieldErrors errors={fieldErrors} knownFields={KNOWN_FIELDS} />
          <div className="form-actions">
            <button type="submit" className="button button-secondary" disabled={busy}>
              {busy ? t('common.saving') : form.scheduledAt ? t('announcementForm.schedule') : t('announcementForm.saveDraft')}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => void submit(true)} data-testid="send-now">
              {t('announcementForm.sendNow')}
            </button>
          </div>
        </form>
        <AudiencePreview target={targetInputOf(target)} />
      </div>
    </section>
  );
}
