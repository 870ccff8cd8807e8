import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { accountIdOf, useViewer } from '../../auth/session';
import type { FieldError } from '../../errors/graphql-errors';
import type { StaffRole } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { DataTable } from '../../ui/data-table';
import { FormCard } from '../../ui/form-card';
import { useFormErrors } from '../../ui/form-errors';
import { FormFailure } from '../../ui/form-failure';
import { FormField, OtherFieldErrors } from '../../ui/form-field';
import { LoadMore } from '../../ui/load-more';
import { EmptyState, LoadingOrError } from '../../ui/status';
import { RegionSelectField } from '../reference/region-select';
import { CreateStaffAccountMutation, DeactivateStaffAccountMutation, STAFF_PAGE_SIZE, StaffAccountsQuery } from './staff.graphql';

export const STAFF_ROLES: readonly StaffRole[] = ['REPUBLICAN_ADMIN', 'REGIONAL_STAFF', 'ANALYST'];
const FIELDS = ['email', 'name', 'role', 'regionCode', 'password'] as const;

function CreateStaffAccountForm() {
  const { t } = useI18n();
  const [form, setForm] = useState({ email: '', name: '', role: '' as StaffRole | '', regionCode: '', password: '' });
  const { fieldErrors, errors, failure, setFieldErrors, setFailure, fail } = useFormErrors();
  const [created, setCreated] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreateStaffAccountMutation, { refetchQueries: ['StaffAccounts', 'StaffDirectory'], awaitRefetchQueries: true });
  const set = (key: keyof typeof form) => (value: string) => setForm((previous) => ({ ...previous, [key]: value }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    setCreated(null);
    const missing: FieldError[] = [];
    for (const field of ['email', 'name', 'role', 'password'] as const) if (!form[field].trim()) missing.push({ field, code: 'REQUIRED', message: 'is required' });
    if (form.role === 'REGIONAL_STAFF' && !form.regionCode) missing.push({ field: 'regionCode', code: 'REQUIRED', message: 'is required' });
    setFieldErrors(missing);
    if (missing.length > 0 || !form.role) return;
    try {
      const { data } = await create({
        variables: {
          input: {
            email: form.email.trim(),
            name: form.name.trim(),
            role: form.role,
            password: form.password,
            ...(form.role === 'REGIONAL_STAFF' ? { regionCode: form.regionCode } : {}),
          },
        },
      });
      setCreated(data?.createStaffAccount.email ?? null);
      setForm({ email: '', name: '', role: '', regionCode: '', password: '' });
    } catch (error) {
      fail(error);
    }
  }

  return (
    <FormCard
      testId="create-staff-form"
      title={t('staff.create.title')}
      onSubmit={onSubmit}
      failure={failure}
      fieldsMessage={t('staff.create.failed')}
      submitting={loading}
      submitLabel={t('staff.create.submit')}
    >
      {created && (
        <p className="status status-success" role="status">
          {t('staff.create.done', { email: created })}
        </p>
      )}
      <FormField label={t('login.email')} errors={errors['email']} name="email">
        {(control) => <input {...control} type="email" autoComplete="off" value={form.email} onChange={(event) => set('email')(event.target.value)} />}
      </FormField>
      <FormField label={t('staff.name')} errors={errors['name']} name="name">
        {(control) => <input {...control} type="text" value={form.name} onChange={(event) => set('name')(event.target.value)} />}
      </FormField>
      <FormField label={t('staff.role')} errors={errors['role']} name="role">
        {(control) => (
          <select {...control} value={form.role} onChange={(event) => setForm((previous) => ({ ...previous, role: STAFF_ROLES.find((role) => role === event.target.value) ?? '', regionCode: '' }))}>
            <option value="">{t('common.choose')}</option>
            {STAFF_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`role.${role}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {form.role === 'REGIONAL_STAFF' && <RegionSelectField label={t('organization.region')} value={form.regionCode} onChange={set('regionCode')} onlyRegion={null} errors={errors['regionCode']} />}
      <FormField label={t('staff.password')} errors={errors['password']} name="password">
        {(control) => <input {...control} type="password" autoComplete="new-password" value={form.password} onChange={(event) => set('password')(event.target.value)} />}
      </FormField>
      <p className="muted small">{t('staff.passwordHint')}</p>
      <OtherFieldErrors errors={fieldErrors} knownFields={FIELDS} />
    </FormCard>
  );
}

function DeactivateButton({ id }: { id: string }) {
  const { t } = useI18n();
  const [failure, setFailure] = useState<unknown>(null);
  const [deactivate, { loading }] = useMutation(DeactivateStaffAccountMutation);
  return (
    <>
      <button
        type="button"
        className="button button-secondary button-small"
        disabled={loading}
        onClick={() => {
          if (!window.confirm(t('staff.deactivateConfirm'))) return;
          setFailure(null);
          deactivate({ variables: { id } }).catch(setFailure);
        }}
      >
        {t('staff.deactivate')}
      </button>
      <FormFailure error={failure} />
    </>
  );
}

export function StaffPage() {
  const { t, name, formatDate, formatNumber } = useI18n();
  const viewer = useViewer();
  const myId = accountIdOf(viewer);
  const { data, loading, error, refetch, fetchMore } = useQuery(StaffAccountsQuery, { variables: { first: STAFF_PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const connection = data?.staffAccounts;
  return (
    <section>
      <h1>{t('staff.title')}</h1>
      <div className="two-columns">
        <div>
          {!connection && <LoadingOrError loading={loading} error={error} onRetry={() => void refetch()} />}
          {connection && connection.edges.length === 0 && <EmptyState>{t('staff.empty')}</EmptyState>}
          {connection && connection.edges.length > 0 && (
            <>
              <p className="muted">{t('organizations.total', { count: formatNumber(connection.totalCount) })}</p>
              <DataTable testId="staff-table" columns={[t('staff.name'), t('staff.role'), t('staff.lastLogin'), t('staff.state')]}>
                {connection.edges.map(({ node }) => (
                  <tr key={node.id} className={node.active ? undefined : 'inactive'}>
                    <th scope="row">
                      {node.name}
                      <div className="muted small">{node.email}</div>
                    </th>
                    <td>
                      {t(`role.${node.role}`)}
                      {node.region && <div className="muted small">{name(node.region.name)}</div>}
                    </td>
                    <td className="nowrap">{node.lastLoginAt ? formatDate(node.lastLoginAt) : '—'}</td>
                    <td>
                      {node.active ? t('staff.active') : t('staff.inactive')}
                      {node.active && node.id !== myId && (
                        <div>
                          <DeactivateButton id={node.id} />
                        </div>
                      )}
                    </td>
                  </tr>
                ))}
              </DataTable>
              <LoadMore pageInfo={connection.pageInfo} onLoad={(after) => fetchMore({ variables: { after } })} />
            </>
          )}
        </div>
        <CreateStaffAccountForm />
      </div>
    </section>
  );
}
