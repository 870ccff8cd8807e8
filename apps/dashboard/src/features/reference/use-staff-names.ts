import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { isAdmin, useViewer } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { StaffDirectoryQuery } from './staff.graphql';

export interface StaffOption {
  id: string;
  name: string;
  regionCode: string | null;
}

/**
 * Names for the user ids the assistance API returns (assignees, timeline authors). Only republican
 * administrators may list staff accounts; others know their own name and see the rest as ids.
 */
export function useStaffDirectory(): { options: StaffOption[]; nameOf: (id: string | null | undefined) => string } {
  const { t } = useI18n();
  const viewer = useViewer();
  const admin = isAdmin(viewer);
  const { data } = useQuery(StaffDirectoryQuery, { variables: { filter: { active: true } }, skip: !admin, errorPolicy: 'all', fetchPolicy: 'cache-first' });
  return useMemo(() => {
    const options: StaffOption[] =
      data?.staffAccounts.edges.map(({ node }) => ({ id: node.id, name: node.name, regionCode: node.region?.code ?? null })) ??
      (viewer.kind === 'account' ? [{ id: viewer.account.id, name: viewer.account.name, regionCode: viewer.account.region?.code ?? null }] : []);
    const names = new Map(options.map((option) => [option.id, option.name]));
    const nameOf = (id: string | null | undefined) => {
      if (!id) return t('request.unassigned');
      if (viewer.kind === 'account' && viewer.account.id === id) return t('request.me', { name: viewer.account.name });
      return names.get(id) ?? t('request.staffId', { id: id.slice(0, 8) });
    };
    return { options, nameOf };
  }, [data, viewer, t]);
}
