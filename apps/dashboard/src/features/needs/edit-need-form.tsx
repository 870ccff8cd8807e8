import { useMutation } from '@apollo/client/react';
import { NEED_LIMITS } from '@birge/shared-reference';
import { useState, type FormEvent } from 'react';
import type { NeedKind, NeedPageQuery, NeedTheme, UpdateNeedInput } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { useFormErrors } from '../../ui/form-errors';
import { FieldSet, FormField, OtherFieldErrors } from '../../ui/form-field';
import { FormFailure } from '../../ui/form-failure';
import { useRegionOptions } from '../reference/use-region-options';
import { NEED_KINDS, NEED_THEMES } from './need-filter';
import { textProblems } from './need-forms';
import { UpdateNeedMutation } from './needs.graphql';
import { changedEvidence, EvidenceChoices, type EvidenceIds } from './evidence-choices';

type Need = NonNullable<NeedPageQuery['need']>;

const KNOWN_FIELDS = ['districtCode', 'theme', 'kind', 'narrative', 'firstNoticedOn', 'evidence.organizationIds', 'evidence.assistanceRequestIds', 'evidence.trainingIds'];

/**
 * Corrects an open entry: district (within its region), theme, kind, narrative, the day it was
 * first noticed and the records it rests on. Only what changed is sent, with the version read.
 */
export function EditNeedForm({ need, onDone, onCancel, onReload }: { need: Need; onDone: () => void; onCancel: () => void; onReload: () => void }) {
  const { t, name } = useI18n();
  const regions = useRegionOptions();
  const [form, setForm] = useState({ districtCode: need.district?.code ?? '', theme: need.theme, kind: need.kind, narrative: need.narrative ?? '', firstNoticedOn: need.firstNoticedOn });
  const before: EvidenceIds = { organizationIds: need.evidence.organizationIds, assistanceRequestIds: need.evidence.assistanceRequestIds, trainingIds: need.evidence.trainingIds };
  const [evidence, setEvidence] = useState<EvidenceIds>(before);
  const { fieldErrors, errors, failure, setFieldErrors, setFailure, fail } = useFormErrors();
  const [update, { loading }] = useMutation(UpdateNeedMutation);
  const region = regions.data?.regions.find((candidate) => candidate.code === need.region?.code);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const problems = textProblems('narrative', form.narrative, NEED_LIMITS.narrativeMaxLength);
    setFieldErrors(problems);
    if (problems.length > 0) return;
    const input: UpdateNeedInput = { id: need.id, version: need.version };
    if (form.districtCode !== (need.district?.code ?? '')) input.districtCode = form.districtCode || null;
    if (form.theme !== need.theme) input.theme = form.theme;
    if (form.kind !== need.kind) input.kind = form.kind;
    if (form.narrative.trim() !== (need.narrative ?? '')) input.narrative = form.narrative.trim();
    if (form.firstNoticedOn && form.firstNoticedOn !== need.firstNoticedOn) input.firstNoticedOn = form.firstNoticedOn;
    const changed = changedEvidence(evidence, before);
    if (changed) input.evidence = changed;
    try {
      await update({ variables: { input } });
      onDone();
    } catch (error) {
      fail(error);
    }
  }

  return (
    <form className="form card inset" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="edit-need-form">
      <h3>{t('need.edit')}</h3>
      <FormFailure error={failure} fieldsMessage={t('common.correctFields')} onReload={onReload} />
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
          <select {...control} value={form.theme} onChange={(event) => setForm((previous) => ({ ...previous, theme: NEED_THEMES.find((theme) => theme === event.target.value) ?? previous.theme }))}>
            {NEED_THEMES.map((theme: NeedTheme) => (
              <option key={theme} value={theme}>
                {t(`needTheme.${theme}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FieldSet legend={t('need.kind')} errors={errors['kind']} name="kind">
        {NEED_KINDS.map((kind: NeedKind) => (
          <label key={kind} className="checkbox">
            <input type="radio" name="edit-need-kind" value={kind} checked={form.kind === kind} onChange={() => setForm((previous) => ({ ...previous, kind }))} />
            <span>{t(`needKind.${kind}`)}</span>
          </label>
        ))}
      </FieldSet>
      <FormField label={t('need.narrative')} errors={errors['narrative']} name="narrative">
        {(control) => <textarea {...control} rows={6} value={form.narrative} onChange={(event) => setForm((previous) => ({ ...previous, narrative: event.target.value }))} />}
      </FormField>
      <FormField label={t('need.firstNoticedOn')} errors={errors['firstNoticedOn']} name="firstNoticedOn">
        {(control) => <input {...control} type="date" value={form.firstNoticedOn} onChange={(event) => setForm((previous) => ({ ...previous, firstNoticedOn: event.target.value }))} />}
      </FormField>
      <EvidenceChoices regionCode={need.region?.code ?? ''} value={evidence} onChange={setEvidence} errors={errors} />
      <OtherFieldErrors errors={fieldErrors} knownFields={KNOWN_FIELDS} />
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('common.saving') : t('need.saveChanges')}
        </button>
      </div>
    </form>
  );
}
