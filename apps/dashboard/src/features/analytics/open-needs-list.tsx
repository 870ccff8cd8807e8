import { useI18n } from '../../i18n/i18n';
import { Link } from 'react-router';
import { Unavailable } from '../../ui/status';
import type { RegisterNeed } from './use-open-needs';

const SHOWN = 5;

/** A region's open needs (theme, status, district), the first few, with a link to all of them in the register. */
export function OpenNeedsList({ regionCode, needs }: { regionCode: string; needs: RegisterNeed[] | null }) {
  const { t, name, formatNumber } = useI18n();
  if (!needs) return <Unavailable />;
  if (needs.length === 0) return <p className="muted">{t('analytics.needs.none')}</p>;
  return (
    <>
      <ul className="region-needs" data-testid={`open-needs-${regionCode}`}>
        {needs.slice(0, SHOWN).map((need) => (
          <li key={need.id}>
            <Link to={`/needs/${need.id}`}>{t(`needTheme.${need.theme}`)}</Link>
            <span className={`badge need-status-${need.status.toLowerCase()}`}>{t(`needStatus.${need.status}`)}</span>
            <span className="muted small">{need.district ? name(need.district.name) : t('analytics.needs.wholeRegion')}</span>
          </li>
        ))}
      </ul>
      <Link to={`/needs?region=${encodeURIComponent(regionCode)}`} className="small">
        {t('analytics.needs.more', { count: formatNumber(needs.length) })}
      </Link>
    </>
  );
}
