import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { z } from 'zod';
import { accountIdOf, useViewer } from '../../auth/session';
import type { StaffRole } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { ActionButton } from '../../ui/action-button';
import { DataTable } from '../../ui/data-table';
import { FormCard } from '../../ui/form-card';
import { formControls } from '../../ui/form-controls';
import { FormField } from '../../ui/form-field';
import { PagedList } from '../../ui/paged-list';
import { useSchemaForm } from '../../ui/schema-form';
import { RegionSelectField } from '../reference/region-select';
import { CreateStaffAccountMutation, DeactivateStaffAccountMutation, STAFF_PAGE_SIZE, StaffAccountsQuery } from './staff.graphql';

export const STAFF_ROLES = ['REPUBLICAN_ADMIN', 'REGIONAL_STAFF', 'ANALYST'] as const satisfies readonly StaffRole[];
const FIELDS = ['email', 'name', 'role', 'regionCode', 'password'] as const;

/** A new account's checks before sending: every field but the region, which regional staff need. */
export const staffAccountSchema = z
  .object({
    email: z.string().trim().min(1, 'REQUIRED'),
    name: z.string().trim().min(1, 'REQUIRED'),
    role: z.string().pipe(z.enum(STAFF_ROLES)),
    regionCode: z.string(),
    password: z.string().min(1, 'REQUIRED'),
  })
  .refine((input) => input.role !== 'REGIONAL_STAFF' || input.regionCode !== '', { path: ['regionCode'], message: 'REQUIRED' })
  .transform(({ regionCode, ...input }) => ({ ...input, ...(input.role === 'REGIONAL_STAFF' ? { regionCode } : {}) }));

const EMPTY_ACCOUNT = { email: '', name: '', role: '', regionCode: '', password: '' };

function CreateStaffAccountForm() {
  const { t } = useI18n();
  const schemaForm = useSchemaForm(staffAccountSchema, { defaultValues: EMPTY_ACCOUNT });
  const { form, errors, submit, setField } = schemaForm;
  const { register, setValue, watch } = form;
  const [created, setCreated] = useState<string | null>(null);
  const [create] = useMutation(CreateStaffAccountMutation, { refetchQueries: ['StaffAccounts', 'StaffDirectory'], awaitRefetchQueries: true });

  const onSubmit = submit(async (input) => {
    setCreated(null);
    const { data } = await create({ variables: { input } });
    setCreated(data?.createStaffAccount.email ?? null);
    form.reset(EMPTY_ACCOUNT);
  });

  const field = formControls(register, errors);
  return (
    <FormCard
      testId="create-staff-form"
      messages="staff.create"
      form={schemaForm}
      onSubmit={onSubmit}
      fieldsMessage={t('staff.create.failed')}
      done={created && t('staff.create.done', { email: created })}
      knownFields={FIELDS}
    >
      {field.input('email', t('login.email'), { type: 'email', autoComplete: 'off' })}
      {field.input('name', t('staff.name'))}
      <FormField label={t('staff.role')} errors={errors['role']} name="role">
        {(control) => (
          <select {...control} {...register('role', { onChange: () => setValue('regionCode', '') })}>
            <option value="">{t('common.choose')}</option>
            {STAFF_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`role.${role}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {watch('role') === 'REGIONAL_STAFF' && (
        <RegionSelectField
          label={t('organization.region')}
          value={watch('regionCode')}
          onChange={(code) => setField('regionCode', code)}
          onlyRegion={null}
          errors={errors['regionCode']}
        />
      )}
      {field.input('password', t('staff.password'), { type: 'password', autoComplete: 'new-password' })}
      <p className="muted small">{t('staff.passwordHint')}</p>
    </FormCard>
  );
}

function DeactivateButton({ id }: { id: string }) {
  const { t } = useI18n();
  const [deactivate] = useMutation(DeactivateStaffAccountMutation);
  return <ActionButton label={t('staff.deactivate')} confirm={t('staff.deactivateConfirm')} action={() => deactivate({ variables: { id } })} />;
}

export function StaffPage() {
  const { t, name, formatDate, formatNumber } = useI18n();
  const viewer = useViewer();
  const myId = accountIdOf(viewer);
  const accounts = useQuery(StaffAccountsQuery, { variables: { first: STAFF_PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  return (
    <section>
      <h1>{t('staff.title')}</h1>
      <div className="two-columns">
        <div>
          <PagedList query={accounts} connection={accounts.data?.staffAccounts} empty={t('staff.empty')}>
            {(nodes, connection) => (
              <>
                <p className="muted">{t('organizations.total', { count: formatNumber(connection.totalCount) })}</p>
                <DataTable testId="staff-table" columns={[t('staff.name'), t('staff.role'), t('staff.lastLogin'), t('staff.state')]}>
                  {nodes.map((node) => (
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
              </>
            )}
          </PagedList>
        </div>
        <CreateStaffAccountForm />
      </div>
    </section>
  );
}
