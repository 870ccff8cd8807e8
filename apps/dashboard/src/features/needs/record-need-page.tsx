import { useMutation } from '@apollo/client/react';
import { NEED_LIMITS } from '@birge/shared-reference';
import { useState, type FormEvent } from 'react';
import { regionOf, useViewer } from '../../auth/session';
import type { FieldError } from '../../errors/graphql-errors';
import type { NeedKind, NeedTheme, RecordNeedInput } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { FormCard } from '../../ui/form-card';
import { useFormErrors } from '../../ui/form-errors';
import { FieldSet, FormField, OtherFieldErrors } from '../../ui/form-field';
import { RegionSelectField } from '../reference/region-select';
import { useRegionOptions } from '../reference/use-region-options';
import { NEED_KINDS, NEED_THEMES } from './need-filter';
import { textProblems } from './need-forms';
import { RecordNeedMutation } from './needs.graphql';
import { changedEvidence, EvidenceChoices, NO_EVIDENCE, type EvidenceIds } from './evidence-choices';

const KNOWN_FIELDS = ['regionCode', 'districtCode', 'theme', 'kind', 'narrative', 'firstNoticedOn', 'evidence.organizationIds', 'evidence.assistanceRequestIds', 'evidence.trainingIds'];

/** Records a need of a region (regional staff: their own), optionally of one of its districts. */
export function RecordNeedPage() {
  const navigate = useNavigate();
  const { t, name } = useI18n();
  const viewer = useViewer();
  const ownRegion = regionOf(viewer);
  const [query] = useSearchParams();
  const regions = useRegionOptions();
  const [form, setForm] = useState({
    regionCode: ownRegion ?? query.get('region') ?? '',
    districtCode: '',
    theme: '' as NeedTheme | '',
    kind: 'MOVEMENT' as NeedKind,
    narrative: '',
    firstNoticedOn: '',
  });
  const [evidence, setEvidence] = useState<EvidenceIds>(NO_EVIDENCE);
  const { fieldErrors, errors, failure, setFieldErrors, setFailure, fail } = useFormErrors();
  // The register's lists are read again when next shown: the new entry sorts first in them.
  const [record, { loading }] = useMutation(RecordNeedMutation, {
    update(cache) {
      cache.evict({ fieldName: 'needs' });
      cache.gc();
    },
  });
  const region = regions.data?.regions.find((candidate) => candidate.code === form.regionCode);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const problems: FieldError[] = [...textProblems('narrative', form.narrative, NEED_LIMITS.narrativeMaxLength)];
    if (!form.regionCode) problems.push({ field: 'regionCode', code: 'REQUIRED', message: 'is required' });
    if (!form.theme) problems.push({ field: 'theme', code: 'REQUIRED', message: 'is required' });
    setFieldErrors(problems);
    if (problems.length > 0 || !form.theme) return;
    const input: RecordNeedInput = { regionCode: form.regionCode, theme: form.theme, kind: form.kind, narrative: form.narrative.trim() };
    if (form.districtCode) input.districtCode = form.districtCode;
    if (form.firstNoticedOn) input.firstNoticedOn = form.firstNoticedOn;
    const chosen = changedEvidence(evidence);
    if (chosen) input.evidence = chosen;
    try {
      const { data } = await record({ variables: { input } });
      if (data) navigate(`/needs/${data.recordNeed.id}`);
    } catch (error) {
      fail(error);
    }
  }

  return (
    <section>
      <Link to="/needs" className="back-link">
        {t('need.backToRegister')}
      </Link>
      <h1>{t('needForm.title')}</h1>
      <FormCard testId="record-need-form" title={t('needForm.details')} onSubmit={onSubmit} failure={failure} fieldsMessage={t('common.correctFields')} submitting={loading} submitLabel={t('needForm.submit')}>
        <p className="muted small">{t('needForm.unscored')}</p>
        <RegionSelectField
          label={t('organization.region')}
          value={form.regionCode}
          onChange={(regionCode) => {
            setForm((previous) => ({ ...previous, regionCode, districtCode: '' }));
            setEvidence(NO_EVIDENCE);
          }}
          onlyRegion={ownRegion}
          errors={errors['regionCode']}
        />
        <FormField label={t('need.district')} errors={errors['districtCode']} name="districtCode">
          {(control) => (
            <select {...control} value={form.districtCode} onChange={(event) => setForm((previous) => ({ ...previous, districtCode: event.target.value }))}>
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
            <select {...control} value={form.theme} onChange={(event) => setForm((previous) => ({ ...previous, theme: NEED_THEMES.find((theme) => theme === event.target.value) ?? '' }))}>
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
              <input type="radio" name="need-kind" value={kind} checked={form.kind === kind} onChange={() => setForm((previous) => ({ ...previous, kind }))} />
              <span>{t(`needKind.${kind}`)}</span>
            </label>
          ))}
        </FieldSet>
        <FormField label={t('need.narrative')} errors={errors['narrative']} name="narrative">
          {(control) => <textarea {...control} rows={6} value={form.narrative} onChange={(event) => setForm((previous) => ({ ...previous, narrative: event.target.value }))} />}
        </FormField>
        <FormField label={t('needForm.firstNoticedOn')} errors={errors['firstNoticedOn']} name="firstNoticedOn">
          {(control) => <input {...control} type="date" value={form.firstNoticedOn} onChange={(event) => setForm((previous) => ({ ...previous, firstNoticedOn: event.target.value }))} />}
        </FormField>
        <EvidenceChoices regionCode={form.regionCode} value={evidence} onChange={setEvidence} errors={errors} />
        <OtherFieldErrors errors={fieldErrors} knownFields={KNOWN_FIELDS} />
      </FormCard>
    </section>
  );
}
