import type { ReactNode } from 'react';
import { canWrite, useViewer } from '../../auth/session';
import type { GuideFieldsFragment as GuideFields } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { GuideDownload } from './guide-file';
import { GuideVersionForm } from './guide-version-form';

/** A guide: its latest version first, the older ones under "all versions", a new version for its keepers. */
export function GuideCard({ guide, onReload, actions, allowNewVersion = true }: { guide: GuideFields; onReload: () => void; actions?: ReactNode; allowNewVersion?: boolean }) {
  const { t, formatNumber } = useI18n();
  const viewer = useViewer();
  const latest = guide.versions.find((version) => version.number === guide.latestVersionNumber) ?? guide.versions[0];
  const older = guide.versions.filter((version) => version.id !== latest?.id);
  return (
    <li className="card" data-testid={`guide-${guide.id}`}>
      <div className="request-head">
        <strong lang={guide.language === 'KK' ? 'kk' : 'ru'}>{guide.title}</strong>
        <span className="badge">{t(`guides.language.${guide.language}`)}</span>
      </div>
      {guide.description && <p className="small">{guide.description}</p>}
      <div className="muted small">{guide.subtypes.map((code) => t(`assistanceSubtype.${code}`)).join(', ') || t('guides.noSubtype')}</div>
      {guide.directions.length > 0 && <div className="muted small">{guide.directions.map((code) => t(`direction.${code}`)).join(', ')}</div>}
      {latest && (
        <div className="small">
          {t('guides.latest', { number: latest.number, fileName: latest.fileName, size: formatNumber(Math.ceil(latest.sizeBytes / 1024)) })}{' '}
          <GuideDownload guideId={guide.id} version={latest} />
        </div>
      )}
      {(older.length > 0 || (allowNewVersion && canWrite(viewer, guide.ownerRegionCode))) && (
        <details>
          <summary>{t('guides.versions', { count: guide.versions.length })}</summary>
          <ul className="plain-list">
            {older.map((version) => (
              <li key={version.id} className="small">
                {t('guides.versionLine', { number: version.number, fileName: version.fileName })}
                {version.note ? ` — ${version.note}` : ''} <GuideDownload guideId={guide.id} version={version} />
              </li>
            ))}
          </ul>
          {allowNewVersion && canWrite(viewer, guide.ownerRegionCode) && <GuideVersionForm guideId={guide.id} version={guide.version} onReload={onReload} />}
        </details>
      )}
      {actions}
    </li>
  );
}
