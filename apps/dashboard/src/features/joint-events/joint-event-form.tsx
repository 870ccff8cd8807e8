import { useMutation, useQuery } from '@apollo/client/react';
import { Direction } from '@birge/shared-reference';
import { z } from 'zod';
import { regionOf, useViewer } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { FormCard } from '../../ui/form-card';
import { formControls } from '../../ui/form-controls';
import { useSchemaForm } from '../../ui/schema-form';
import { useAddForm } from '../../ui/use-add-form';
import { directionChoices } from '../reference/reference-choices';
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
  const i18n = useI18n();
  const { t, name } = i18n;
  const ownRegion = regionOf(useViewer());
  const empty: Values = {
    regionCode: ownRegion ?? '',
    kind: 'ROUND_TABLE',
    title: '',
    heldOn: '',
    place: '',
    agreed: '',
    directions: [],
    stateBodyIds: [],
    sponsorIds: [],
    organizationIds: [],
  };
  const schemaForm = useSchemaForm(jointEventSchema, { defaultValues: empty });
  const { form, errors, setField } = schemaForm;
  const regionCode = form.watch('regionCode');
  const options = useQuery(InviteOptionsQuery, { variables: { regionCode: regionCode || null }, skip: !regionCode });
  const [create] = useMutation(CreateJointEventMutation, { refetchQueries: ['JointEvents'] });
  const { done, onSubmit } = useAddForm(schemaForm, empty, (input) => create({ variables: { input } }));
  const field = formControls(form.register, errors);
  const invitable = options.data;

  return (
    <FormCard testId="joint-event-form" messages="events.form" form={schemaForm} onSubmit={onSubmit} done={done} knownFields={FIELDS}>
      <RegionSelectField
        label={t('board.filter.region')}
        value={regionCode}
        onChange={(code) => setField('regionCode', code)}
        onlyRegion={ownRegion}
        errors={errors['regionCode']}
      />
      {field.select(
        'kind',
        t('events.form.kind'),
        EVENT_KINDS.map((kind) => ({ value: kind, label: t(`events.kind.${kind}`) })),
      )}
      {field.input('title', t('events.form.name'))}
      <div className="form-row">
        {field.input('heldOn', t('events.form.heldOn'), { type: 'date' })}
        {field.input('place', t('events.form.place'))}
      </div>
      {field.select('organizationIds', t('events.form.organizations'), invitable?.organizations.edges.map(({ node }) => ({ value: node.id, label: node.name })) ?? [], {
        multiple: true,
      })}
      {field.select('stateBodyIds', t('events.form.stateBodies'), invitable?.stateBodies.edges.map(({ node }) => ({ value: node.id, label: name(node.name) })) ?? [], {
        multiple: true,
      })}
      {field.select('sponsorIds', t('events.form.sponsors'), invitable?.sponsors.edges.map(({ node }) => ({ value: node.id, label: node.name })) ?? [], { multiple: true })}
      {field.select('directions', t('programmes.filter.direction'), directionChoices(i18n), { multiple: true })}
      {field.textarea('agreed', t('events.agreed'), 3)}
    </FormCard>
  );
}
