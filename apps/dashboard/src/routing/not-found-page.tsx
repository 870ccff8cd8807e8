import { useI18n } from '../i18n/i18n';
import { EmptyState } from '../ui/status';

export function NotFoundPage() {
  const { t } = useI18n();
  return <EmptyState>{t('common.notFoundPage')}</EmptyState>;
}
