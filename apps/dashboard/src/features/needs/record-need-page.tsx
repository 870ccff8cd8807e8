import { useMutation } from '@apollo/client/react';
import { NEED_LIMITS, NeedKind, NeedTheme } from '@birge/shared-reference';
import { useState } from 'react';
import { z } from 'zod';
import { regionOf, useViewer } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { FormCard } from '../../ui/form-card';
import { FieldSet, FormField, OtherFieldErrors } from '../../ui/form-field';
import { requiredText, useSchemaForm } from '../../ui/schema-form';
import { RegionSelectField } from '../reference/region-select';
import { useRegionOptions } from '../reference/use-region-options';
import { NEED_KINDS, NEED_THEMES } from './need-filter';
import { RecordNeedMutation } from './needs.graphql';
import { changedEvidence, EvidenceChoices, NO_EVIDENCE, type EvidenceIds } from './evidence-choices';

const KNOWN_FIELDS = ['regionCode', 'districtCode', 'theme', 'kind', 'narrative', 'firstNoticedOn', 'evidence.organizationIds', 'evidence.assistanceRequestIds', 'evidence.trainingIds'];

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
  const { t, name } = useI18n();
  const viewer = useViewer();
  const ownRegion = regionOf(viewer);
  const [query] = useSearchParams();
  const regions = useRegionOptions();
  const { form, fieldErrors, errors, failure, submitting, submit, setField } = useSchemaForm(recordNeedSchema, {
    defaultValues: { regionCode: ownRegion ?? query.get('region') ?? '', districtCode: '', theme: '', kind: 'MOVEMENT', narrative: '', firstNoticedOn: '' },
  });
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
      <FormCard testId="record-need-form" title={t('needForm.details')} onSubmit={onSubmit} failure={failure} fieldsMessage={t('common.correctFields')} submitting={submitting} submitLabel={t('needForm.submit')}>
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
        <FormField label={t('need.district')} errors={errors['districtCode']} name="districtCode">
          {(control) => (
            <select {...control} {...register('districtCode')}>
              <option value="">{t('needs.wholeRegion')}</option>
              {(region?.districts ?? []).map((district) => (
                <option key={district.code} value={district.code}>
                  {name(district.name)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('needForm.theme')} errors={errors['theme']} name="theme">
          {(control) => (
            <select {...control} {...register('theme')}>
              <option value="">{t('common.choose')}</option>
              {NEED_THEMES.map((theme) => (
                <option key={theme} value={theme}>
                  {t(`needTheme.${theme}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FieldSet legend={t('need.kind')} errors={errors['kind']} name="kind">
          {NEED_KINDS.map((kind) => (
            <label key={kind} className="checkbox">
              <input type="radio" value={kind} {...register('kind')} />
              <span>{t(`needKind.${kind}`)}</span>
            </label>
          ))}
        </FieldSet>
        <FormField label={t('need.narrative')} errors={errors['narrative']} name="narrative">
          {(control) => <textarea {...control} {...register('narrative')} rows={6} />}
        </FormField>
        <FormField label={t('needForm.firstNoticedOn')} errors={errors['firstNoticedOn']} name="firstNoticedOn">
          {(control) => <input {...control} {...register('firstNoticedOn')} type="date" />}
        </FormField>
        <EvidenceChoices regionCode={regionCode} value={evidence} onChange={setEvidence} errors={errors} />
        <OtherFieldErrors errors={fieldErrors} knownFields={KNOWN_FIELDS} />
      </FormCard>
    </section>
  );
}
