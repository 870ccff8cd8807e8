import { Link } from 'react-router';
import type { OrganizationsQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { DataTable } from '../../ui/data-table';

type Edge = OrganizationsQuery['organizations']['edges'][number];

/** One row per organization: its names, kind and status, place, directions, verification and when it was registered. */
export function OrganizationsTable({ edges }: { edges: readonly Edge[] }) {
  const { t, name, formatDate } = useI18n();
  return (
    <DataTable
      testId="organizations-table"
      columns={[
        t('organizations.column.name'),
        t('organizations.column.kind'),
        t('organizations.column.place'),
        t('organizations.column.directions'),
        t('organizations.column.verification'),
        t('organization.createdAt'),
      ]}
    >
      {edges.map(({ node }) => {
        const otherNames = [node.nameKk, node.nameRu, node.nameLatin].filter((other): other is string => Boolean(other) && other !== node.name);
        return (
          <tr key={node.id}>
            <th scope="row">
              <Link to={`/organizations/${node.id}`}>{node.name}</Link>
              {otherNames.length > 0 && <div className="muted small">{[...new Set(otherNames)].join(' · ')}</div>}
            </th>
            <td>
              {t(`organizationKind.${node.kind}`)}
              {node.status !== 'ACTIVE' && <div className="muted small">{t(`organizationStatus.${node.status}`)}</div>}
            </td>
            <td>
              {name(node.region.name)}
              {node.district && <span className="muted"> · {name(node.district.name)}</span>}
            </td>
            <td>
              <ul className="tags">
                {node.directions.map((direction) => (
                  <li key={direction} className="tag">
                    {t(`direction.${direction}`)}
                  </li>
                ))}
              </ul>
            </td>
            <td>
              <span className={`badge verification-${node.verificationStatus.toLowerCase()}`}>{t(`verificationStatus.${node.verificationStatus}`)}</span>
            </td>
            <td className="nowrap">{formatDate(node.createdAt)}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}
