import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { z } from 'zod';
import { regionOf, useViewer } from '../../auth/session';
import type { AnnouncementTopic, CreateAnnouncementInput } from '../../gql/graphql';
import { LOCALES, useI18n } from '../../i18n/i18n';
import { Link, useNavigate } from 'react-router';
import { FormField, OtherFieldErrors } from '../../ui/form-field';
import { FormFailure } from '../../ui/form-failure';
import { useSchemaForm } from '../../ui/schema-form';
import { DIRECTIONS, ORGANIZATION_KINDS, VERIFICATION_STATUSES } from '../reference/catalog';
import { localInputToIso } from '../reference/dates';
import { RegionSelectField } from '../reference/region-select';
import { EMPTY_TARGET, targetInputOf, type TargetForm } from './announcement-target';
import { CreateAnnouncementMutation, SendAnnouncementMutation } from './announcements.graphql';
import { AudiencePreview } from './audience-preview';
import { TickList } from './tick-list';

const TOPICS = ['GRANT', 'PROGRAMME', 'EVENT', 'OTHER'] as const satisfies readonly AnnouncementTopic[];
const KNOWN_FIELDS = ['topic', 'language', 'title', 'body', 'link', 'scheduledAt', 'target.regionCodes', 'target.directions'];

/** An announcement's own text before sending; who it is for is checked by the server. */
const announcementSchema = z.object({
  topic: z.enum(TOPICS),
  language: z.enum(LOCALES),
  title: z.string().trim().min(3, 'TOO_SHORT'),
  body: z.string().trim().min(1, 'REQUIRED'),
  link: z.string().trim(),
  scheduledAt: z.string(),
});

/**
 * Writes an announcement: its text in one language, who it is for (region, directions, kinds,
 * verification), with the audience counted live beside it; saved as a draft, scheduled, or sent at once.
 */
export function AnnouncementComposerPage() {
  const navigate = useNavigate();
  const { t, locale } = useI18n();
  const viewer = useViewer();
  const ownRegion = regionOf(viewer);
  const { form, fieldErrors, errors, failure, submitting, submit } = useSchemaForm(announcementSchema, {
    defaultValues: { topic: 'GRANT', language: locale, title: '', body: '', link: '', scheduledAt: '' },
  });
  const { register, watch } = form;
  const [target, setTarget] = useState<TargetForm>({ ...EMPTY_TARGET, regionCode: ownRegion ?? '' });
  const evictList = {
    update: (cache: { evict: (options: { fieldName: string }) => boolean; gc: () => string[] }) => void (cache.evict({ fieldName: 'announcements' }), cache.gc()),
  };
  const [create] = useMutation(CreateAnnouncementMutation, evictList);
  const [send] = useMutation(SendAnnouncementMutation, evictList);

  /** Saves the draft (scheduled when a time is given), or sends it at once. */
  const save = (sendNow: boolean) =>
    submit(async ({ link, scheduledAt, ...text }) => {
      const input: CreateAnnouncementInput = { ...text, target: targetInputOf(target) };
      if (link) input.link = link;
      const instant = sendNow ? null : localInputToIso(scheduledAt);
      if (instant) input.scheduledAt = instant;
      const { data } = await create({ variables: { input } });
      if (data && sendNow) await send({ variables: { id: data.createAnnouncement.id } });
      if (data) navigate('/announcements');
    });
  const onSubmit = save(false);

  return (
    <section>
      <Link to="/announcements" className="back-link">
        {t('announcementForm.back')}
      </Link>
      <h1>{t('announcementForm.title')}</h1>
      <div className="composer">
        <form className="form card" noValidate data-testid="announcement-form" onSubmit={(event) => void onSubmit(event)}>
          <h2>{t('announcementForm.details')}</h2>
          <FormFailure error={failure} fieldsMessage={t('common.correctFields')} />
          <FormField label={t('announcementForm.topic')} errors={errors['topic']} name="topic">
            {(control) => (
              <select {...control} {...register('topic')}>
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
              <select {...control} {...register('language')}>
                {LOCALES.map((language) => (
                  <option key={language} value={language}>
                    {t(`language.${language}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField label={t('announcementForm.subject')} errors={errors['title']} name="title">
            {(control) => <input {...control} {...register('title')} type="text" maxLength={200} />}
          </FormField>
          <FormField label={t('announcementForm.body')} errors={errors['body']} name="body">
            {(control) => <textarea {...control} {...register('body')} rows={8} maxLength={5000} />}
          </FormField>
          <FormField label={t('announcementForm.link')} errors={errors['link']} name="link">
            {(control) => <input {...control} {...register('link')} type="url" placeholder="https://" />}
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
            {(control) => <input {...control} {...register('scheduledAt')} type="datetime-local" />}
          </FormField>
          <OtherFieldErrors errors={fieldErrors} knownFields={KNOWN_FIELDS} />
          <div className="form-actions">
            <button type="submit" className="button button-secondary" disabled={submitting}>
              {submitting ? t('common.saving') : watch('scheduledAt') ? t('announcementForm.schedule') : t('announcementForm.saveDraft')}
            </button>
            <button type="button" className="button" disabled={submitting} onClick={() => void save(true)()} data-testid="send-now">
              {t('announcementForm.sendNow')}
            </button>
          </div>
        </form>
        <AudiencePreview target={targetInputOf(target)} />
      </div>
    </section>
  );
}
