import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { FormFailure } from '../../ui/form-failure';
import { useActionFailure } from '../../ui/use-action-failure';
import { LoadingOrError } from '../../ui/status';
import { GuideDownload } from './guide-file';
import { AnnouncementGuidesQuery, GuideChoicesQuery, SetAnnouncementGuidesMutation } from './guides.graphql';

/** How many guides an announcement links (the server refuses more: TOO_MANY_GUIDES). */
export const MAX_ANNOUNCEMENT_GUIDES = 5;
/** How many of the library's guides the picker offers, by title. */
const CHOICES = 100;

/** The guides linked to an announcement; its writers add and remove them while it is a draft or scheduled. */
export function AnnouncementGuides({ announcementId, editable }: { announcementId: string; editable: boolean }) {
  const { t } = useI18n();
  const selectId = useId();
  const { data, loading, error, refetch } = useQuery(AnnouncementGuidesQuery, { variables: { id: announcementId } });
  const choices = useQuery(GuideChoicesQuery, { variables: { first: CHOICES }, skip: !editable });
  const [save, { loading: saving }] = useMutation(SetAnnouncementGuidesMutation);
  const [chosen, setChosen] = useState('');
  const { failure, run } = useActionFailure();
  const announcement = data?.announcement;
  if (!announcement) return <LoadingOrError loading={loading} error={error} onRetry={() => void refetch()} />;
  const linked = announcement.guides.flatMap((guide) => (guide ? [guide] : []));
  const ids = linked.map((guide) => guide.id);
  const offered = (choices.data?.guides.edges ?? []).map((edge) => edge.node).filter((guide) => !ids.includes(guide.id));
  const change = (guideIds: string[]) =>
    run(async () => {
      await save({ variables: { id: announcementId, version: announcement.version, guideIds } });
      setChosen('');
    });

  return (
    <div data-testid={`announcement-guides-${announcementId}`}>
      <FormFailure error={failure} onReload={() => void refetch()} />
      {linked.length === 0 ? (
        <p className="muted small">{t('guides.announcement.none')}</p>
      ) : (
        <ul className="plain-list">
          {linked.map((guide) => {
            const latest = guide.versions.find((version) => version.number === guide.latestVersionNumber) ?? guide.versions[0];
            return (
              <li key={guide.id} className="small">
                <span lang={guide.language === 'KK' ? 'kk' : 'ru'}>{guide.title}</span> {latest && <GuideDownload guideId={guide.id} version={latest} />}
                {editable && (
                  <button type="button" className="button button-secondary button-small" disabled={saving} onClick={() => void change(ids.filter((id) => id !== guide.id))}>
                    {t('guides.announcement.remove', { title: guide.title })}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {editable && ids.length < MAX_ANNOUNCEMENT_GUIDES && (
        <div className="form-row">
          <label htmlFor={selectId}>{t('guides.announcement.choose')}</label>
          <select id={selectId} value={chosen} onChange={(event) => setChosen(event.target.value)}>
            <option value="">—</option>
            {offered.map((guide) => (
              <option key={guide.id} value={guide.id}>
                {guide.title}
              </option>
            ))}
          </select>
          <button type="button" className="button button-small" disabled={!chosen || saving} onClick={() => void change([...ids, chosen])}>
            {t('guides.announcement.add')}
          </button>
        </div>
      )}
    </div>
  );
}

/** The announcement's guides under their own "Guides" disclosure, read only once opened (one query per opened announcement). */
export function AnnouncementGuidesDisclosure({ announcementId, editable }: { announcementId: string; editable: boolean }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('guides.announcement.title')}</summary>
      {open && <AnnouncementGuides announcementId={announcementId} editable={editable} />}
    </details>
  );
}
