import { useMutation, useQuery } from '@apollo/client/react';
import { Direction } from '@birge/shared-reference';
import { useState } from 'react';
import { z } from 'zod';
import { regionOf, useViewer } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { FormCard } from '../../ui/form-card';
import { FormField, OtherFieldErrors } from '../../ui/form-field';
import { useSchemaForm } from '../../ui/schema-form';
import { RegionSelectField } from '../reference/region-select';
import { CreateJointEventMutation, InviteOptionsQuery } from './joint-events.graphql';

export const EVENT_KINDS = ['ROUND_TABLE', 'FORUM', 'MEETING', 'OTHER'] as const;
const FIELDS = ['regionCode', 'kind', 'title', 'heldOn', 'place', 'directions', 'agreed', 'stateBodyIds', 'sponsorIds', 'organizationIds', 'invited'] as const;
const required = z.string().trim().min(1, 'REQUIRED');

/** A joint event's checks before sending, and the invitations it sends: the state bodies and sponsors chosen from the directory. */
export const jointEventSchema = z
  .object({
    regionCode: required,
    kind: z.enum(EVENT_KINDS),
    title: z.string().trim().min(3, 'INVALID_LENGTH'),
    heldOn: required,
    place: z.string().trim(),
    agreed: z.string().trim(),
    directions: z.array(z.enum(Direction)),
    stateBodyIds: z.array(z.string()),
    sponsorIds: z.array(z.string()),
    organizationIds: z.array(z.string()),
  })
  .transform(({ regionCode, place, agreed, stateBodyIds, sponsorIds, organizationIds, ...input }) => ({
    ...input,
    ...(regionCode ? { regionCode } : {}),
    ...(place ? { place } : {}),
    ...(agreed ? { agreed } : {}),
    invited: [
      ...organizationIds.map((id) => ({ kind: 'ORGANIZATION' as const, id })),
      ...stateBodyIds.map((id) => ({ kind: 'STATE_BODY' as const, id })),
      ...sponsorIds.map((id) => ({ kind: 'SPONSOR' as const, id })),
    ],
  }));

type Values = z.input<typeof jointEventSchema>;

/** Records a joint event of the writer's region (the republican office chooses the region), inviting the region's organizations and state bodies and sponsors of the directory. */
export function JointEventForm() {
  const { t, name } = useI18n();
  const viewer = useViewer();
  const ownRegion = regionOf(viewer);
  const empty: Values = { regionCode: ownRegion ?? '', kind: 'ROUND_TABLE', title: '', heldOn: '', place: '', agreed: '', directions: [], stateBodyIds: [], sponsorIds: [], organizationIds: [] };
  const [done, setDone] = useState(false);
  const { form, fieldErrors, errors, failure, submitting, submit, setField } = useSchemaForm(jointEventSchema, { defaultValues: empty });
  const { register } = form;
  const regionCode = form.watch('regionCode');
  const options = useQuery(InviteOptionsQuery, { variables: { regionCode: regionCode || null }, skip: !regionCode });
  const [create] = useMutation(CreateJointEventMutation, { refetchQueries: ['JointEvents'] });

  const onSubmit = submit(async (input) => {
    setDone(false);
    await create({ variables: { input } });
    form.reset(empty);
    setDone(true);
  });

  const text = (field: 'title' | 'heldOn' | 'place', label: string, type = 'text') => (
    <FormField label={label} errors={errors[field]} name={field}>
      {(control) => <input {...control} {...register(field)} type={type} />}
    </FormField>
  );

  return (
    <FormCard testId="joint-event-form" title={t('events.form.title')} onSubmit={onSubmit} failure={failure} fieldsMessage={t('common.correctFields')} submitting={submitting} submitLabel={t('events.form.submit')}>
      {done && (
        <p className="status status-success" role="status">
          {t('events.form.done')}
        </p>
      )}
      <RegionSelectField label={t('board.filter.region')} value={regionCode} onChange={(code) => setField('regionCode', code)} onlyRegion={ownRegion} errors={errors['regionCode']} />
      <FormField label={t('events.form.kind')} errors={errors['kind']} name="kind">
        {(control) => (
          <select {...control} {...register('kind')}>
            {EVENT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`events.kind.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {text('title', t('events.form.name'))}
      <div className="form-row">
        {text('heldOn', t('events.form.heldOn'), 'date')}
        {text('place', t('events.form.place'))}
      </div>
      <FormField label={t('events.form.organizations')} errors={errors['organizationIds']} name="organizationIds">
        {(control) => (
          <select {...control} {...register('organizationIds')} multiple size={4}>
            {options.data?.organizations.edges.map(({ node }) => (
              <option key={node.id} value={node.id}>
                {node.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('events.form.stateBodies')} errors={errors['stateBodyIds']} name="stateBodyIds">
        {(control) => (
          <select {...control} {...register('stateBodyIds')} multiple size={4}>
            {options.data?.stateBodies.edges.map(({ node }) => (
              <option key={node.id} value={node.id}>
                {name(node.name)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('events.form.sponsors')} errors={errors['sponsorIds']} name="sponsorIds">
        {(control) => (
          <select {...control} {...register('sponsorIds')} multiple size={4}>
            {options.data?.sponsors.edges.map(({ node }) => (
              <option key={node.id} value={node.id}>
                {node.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('programmes.filter.direction')} errors={errors['directions']} name="directions">
        {(control) => (
          <select {...control} {...register('directions')} multiple size={4}>
            {Object.values(Direction).map((code) => (
              <option key={code} value={code}>
                {t(`direction.${code}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('events.agreed')} errors={errors['agreed']} name="agreed">
        {(control) => <textarea {...control} {...register('agreed')} rows={3} />}
      </FormField>
      <OtherFieldErrors errors={fieldErrors} knownFields={[...FIELDS]} />
    </FormCard>
  );
}
