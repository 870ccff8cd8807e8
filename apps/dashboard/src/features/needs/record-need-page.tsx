import { useMutation } from '@apollo/client/react';
import { NEED_LIMITS, NeedKind, NeedTheme } from '@birge/shared-reference';
import { useState } from 'react';
import { z } from 'zod';
import { regionOf, useViewer } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { FormCard } from '../../ui/form-card';
import { requiredText, useSchemaForm } from '../../ui/schema-form';
import { RegionSelectField } from '../reference/region-select';
import { useRegionOptions } from '../reference/use-region-options';
import { NeedFields } from './need-fields';
import { RecordNeedMutation } from './needs.graphql';
import { changedEvidence, EvidenceChoices, NO_EVIDENCE, type EvidenceIds } from './evidence-choices';

const KNOWN_FIELDS = [
  'regionCode',
  'districtCode',
  'theme',
  'kind',
  'narrative',
  'firstNoticedOn',
  'evidence.organizationIds',
  'evidence.assistanceRequestIds',
  'evidence.trainingIds',
];

/** A need's checks before sending: region, theme and narrative; the district and the day are optional. */
export const recordNeedSchema = z
  .object({
    regionCode: z.string().min(1, 'REQUIRED'),
    districtCode: z.string(),
    theme: z.string().pipe(z.enum(NeedTheme)),
    kind: z.enum(NeedKind),
    narrative: requiredText(NEED_LIMITS.narrativeMaxLength),
    firstNoticedOn: z.string(),
  })
  .transform(({ districtCode, firstNoticedOn, ...input }) => ({ ...input, ...(districtCode ? { districtCode } : {}), ...(firstNoticedOn ? { firstNoticedOn } : {}) }));

/** Records a need of a region (regional staff: their own), optionally of one of its districts. */
export function RecordNeedPage() {
  const navigate = useNavigate();
  const { t } = useI18n();
  const viewer = useViewer();
  const ownRegion = regionOf(viewer);
  const [query] = useSearchParams();
  const regions = useRegionOptions();
  const schemaForm = useSchemaForm(recordNeedSchema, {
    defaultValues: { regionCode: ownRegion ?? query.get('region') ?? '', districtCode: '', theme: '', kind: 'MOVEMENT', narrative: '', firstNoticedOn: '' },
  });
  const { form, errors, submit, setField } = schemaForm;
  const { register, watch } = form;
  const regionCode = watch('regionCode');
  const [evidence, setEvidence] = useState<EvidenceIds>(NO_EVIDENCE);
  // The register's lists are read again when next shown: the new entry sorts first in them.
  const [record] = useMutation(RecordNeedMutation, {
    update(cache) {
      cache.evict({ fieldName: 'needs' });
      cache.gc();
    },
  });
  const region = regions.data?.regions.find((candidate) => candidate.code === regionCode);

  const onSubmit = submit(async (values) => {
    const chosen = changedEvidence(evidence);
    const { data } = await record({ variables: { input: { ...values, ...(chosen ? { evidence: chosen } : {}) } } });
    if (data) navigate(`/needs/${data.recordNeed.id}`);
  });

  return (
    <section>
      <Link to="/needs" className="back-link">
        {t('need.backToRegister')}
      </Link>
      <h1>{t('needForm.title')}</h1>
      <FormCard testId="record-need-form" messages="needForm" title={t('needForm.details')} form={schemaForm} onSubmit={onSubmit} knownFields={KNOWN_FIELDS}>
        <p className="muted small">{t('needForm.unscored')}</p>
        <RegionSelectField
          label={t('organization.region')}
          value={regionCode}
          onChange={(code) => {
            setField('regionCode', code);
            setField('districtCode', '');
            setEvidence(NO_EVIDENCE);
          }}
          onlyRegion={ownRegion}
          errors={errors['regionCode']}
        />
        <NeedFields register={register} errors={errors} districts={region?.districts ?? []} chooseTheme firstNoticedLabel={t('needForm.firstNoticedOn')} />
        <EvidenceChoices regionCode={regionCode} value={evidence} onChange={setEvidence} errors={errors} />
      </FormCard>
    </section>
  );
}
