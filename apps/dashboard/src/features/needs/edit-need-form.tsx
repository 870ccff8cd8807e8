import { useMutation } from '@apollo/client/react';
import { NEED_LIMITS, NeedKind, NeedTheme } from '@birge/shared-reference';
import { useState } from 'react';
import { z } from 'zod';
import type { NeedPageQuery, UpdateNeedInput } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { FormActions } from '../../ui/form-actions';
import { OtherFieldErrors } from '../../ui/form-field';
import { FormFailure } from '../../ui/form-failure';
import { requiredText, useSchemaForm } from '../../ui/schema-form';
import { useRegionOptions } from '../reference/use-region-options';
import { NeedFields } from './need-fields';
import { UpdateNeedMutation } from './needs.graphql';
import { changedEvidence, EvidenceChoices, type EvidenceIds } from './evidence-choices';

type Need = NonNullable<NeedPageQuery['need']>;

const KNOWN_FIELDS = ['districtCode', 'theme', 'kind', 'narrative', 'firstNoticedOn', 'evidence.organizationIds', 'evidence.assistanceRequestIds', 'evidence.trainingIds'];

const editNeedSchema = z.object({
  districtCode: z.string(),
  theme: z.enum(NeedTheme),
  kind: z.enum(NeedKind),
  narrative: requiredText(NEED_LIMITS.narrativeMaxLength),
  firstNoticedOn: z.string(),
});

/**
 * Corrects an open entry: district (within its region), theme, kind, narrative, the day it was
 * first noticed and the records it rests on. Only what changed is sent, with the version read.
 */
export function EditNeedForm({ need, onDone, onCancel, onReload }: { need: Need; onDone: () => void; onCancel: () => void; onReload: () => void }) {
  const { t } = useI18n();
  const regions = useRegionOptions();
  const { form, fieldErrors, errors, failure, submitting, submit } = useSchemaForm(editNeedSchema, {
    defaultValues: { districtCode: need.district?.code ?? '', theme: need.theme, kind: need.kind, narrative: need.narrative ?? '', firstNoticedOn: need.firstNoticedOn },
  });
  const { register } = form;
  const before: EvidenceIds = { organizationIds: need.evidence.organizationIds, assistanceRequestIds: need.evidence.assistanceRequestIds, trainingIds: need.evidence.trainingIds };
  const [evidence, setEvidence] = useState<EvidenceIds>(before);
  const [update] = useMutation(UpdateNeedMutation);
  const region = regions.data?.regions.find((candidate) => candidate.code === need.region?.code);

  const onSubmit = submit(async (values) => {
    const input: UpdateNeedInput = { id: need.id, version: need.version };
    if (values.districtCode !== (need.district?.code ?? '')) input.districtCode = values.districtCode || null;
    if (values.theme !== need.theme) input.theme = values.theme;
    if (values.kind !== need.kind) input.kind = values.kind;
    if (values.narrative !== (need.narrative ?? '')) input.narrative = values.narrative;
    if (values.firstNoticedOn && values.firstNoticedOn !== need.firstNoticedOn) input.firstNoticedOn = values.firstNoticedOn;
    const changed = changedEvidence(evidence, before);
    if (changed) input.evidence = changed;
    await update({ variables: { input } });
    onDone();
  });

  return (
    <form className="form card inset" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="edit-need-form">
      <h3>{t('need.edit')}</h3>
      <FormFailure error={failure} fieldsMessage={t('common.correctFields')} onReload={onReload} />
      <NeedFields register={register} errors={errors} districts={region?.districts ?? []} firstNoticedLabel={t('need.firstNoticedOn')} />
      <EvidenceChoices regionCode={need.region?.code ?? ''} value={evidence} onChange={setEvidence} errors={errors} />
      <OtherFieldErrors errors={fieldErrors} knownFields={KNOWN_FIELDS} />
      <FormActions submitting={submitting} submitLabel={t('need.saveChanges')} onCancel={onCancel} />
    </form>
  );
}
