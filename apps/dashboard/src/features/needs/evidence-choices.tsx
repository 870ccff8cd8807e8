import { useQuery } from '@apollo/client/react';
import { NEED_LIMITS } from '@birge/shared-reference';
import type { FieldError } from '../../errors/graphql-errors';
import { useI18n } from '../../i18n/i18n';
import { FieldSet } from '../../ui/form-field';
import { NeedEvidenceOptionsQuery } from './needs.graphql';

/** The records a need rests on, by kind, as the forms keep them. */
export interface EvidenceIds {
  organizationIds: string[];
  assistanceRequestIds: string[];
  trainingIds: string[];
}

export const NO_EVIDENCE: EvidenceIds = { organizationIds: [], assistanceRequestIds: [], trainingIds: [] };

interface Choice {
  id: string;
  label: string;
}

function Choices({
  legend,
  name,
  choices,
  chosen,
  onChange,
  errors,
  empty,
}: {
  legend: string;
  name: string;
  choices: Choice[];
  chosen: string[];
  onChange: (ids: string[]) => void;
  errors?: FieldError[];
  empty: string;
}) {
  // A record chosen before but not among today's choices (another page of the list) stays chosen.
  const shown = [...choices, ...chosen.filter((id) => !choices.some((choice) => choice.id === id)).map((id) => ({ id, label: id.slice(0, 8) }))];
  return (
    <FieldSet legend={legend} errors={errors} name={name}>
      {shown.length === 0 ? (
        <p className="muted small">{empty}</p>
      ) : (
        <div className="need-evidence-choices">
          {shown.map((choice) => (
            <label key={choice.id} className="checkbox">
              <input
                type="checkbox"
                checked={chosen.includes(choice.id)}
                disabled={!chosen.includes(choice.id) && chosen.length >= NEED_LIMITS.evidenceMaxPerKind}
                onChange={(event) => onChange(event.target.checked ? [...chosen, choice.id] : chosen.filter((id) => id !== choice.id))}
              />
              <span>{choice.label}</span>
            </label>
          ))}
        </div>
      )}
    </FieldSet>
  );
}

/**
 * The region's organizations, assistance requests and trainings to point to as evidence; nothing
 * to choose until a region is. Each list loads on its own, so one subgraph away leaves the others.
 */
export function EvidenceChoices({
  regionCode,
  value,
  onChange,
  errors,
}: {
  regionCode: string;
  value: EvidenceIds;
  onChange: (value: EvidenceIds) => void;
  errors: Record<string, FieldError[]>;
}) {
  const { t, formatDate } = useI18n();
  const { data } = useQuery(NeedEvidenceOptionsQuery, { variables: { regionCode }, skip: !regionCode, errorPolicy: 'all' });
  const empty = regionCode ? t('needForm.nothingToChoose') : t('needs.filter.chooseRegionFirst');
  const organizations = data?.organizations?.edges.map(({ node }) => ({ id: node.id, label: node.name })) ?? [];
  const requests =
    data?.assistanceRequests?.edges.map(({ node }) => ({
      id: node.id,
      label: `${t(`assistanceSubtype.${node.subtype}`)} · ${node.organization?.name ?? t('common.unavailable')} · ${formatDate(node.createdAt)}`,
    })) ?? [];
  const trainings = data?.trainings?.edges.map(({ node }) => ({ id: node.id, label: `${node.topic} · ${formatDate(node.startsAt)}` })) ?? [];
  const set = (key: keyof EvidenceIds) => (ids: string[]) => onChange({ ...value, [key]: ids });
  return (
    <>
      <Choices
        legend={t('needForm.organizations')}
        name="evidence.organizationIds"
        choices={organizations}
        chosen={value.organizationIds}
        onChange={set('organizationIds')}
        errors={errors['evidence.organizationIds']}
        empty={empty}
      />
      <Choices
        legend={t('needForm.requests')}
        name="evidence.assistanceRequestIds"
        choices={requests}
        chosen={value.assistanceRequestIds}
        onChange={set('assistanceRequestIds')}
        errors={errors['evidence.assistanceRequestIds']}
        empty={empty}
      />
      <Choices
        legend={t('needForm.trainings')}
        name="evidence.trainingIds"
        choices={trainings}
        chosen={value.trainingIds}
        onChange={set('trainingIds')}
        errors={errors['evidence.trainingIds']}
        empty={empty}
      />
    </>
  );
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));

/** The evidence lists that differ from `before` (all of them when there is no before), for the API's input. */
export function changedEvidence(value: EvidenceIds, before: EvidenceIds = NO_EVIDENCE): Partial<EvidenceIds> | null {
  const changed: Partial<EvidenceIds> = {};
  for (const key of ['organizationIds', 'assistanceRequestIds', 'trainingIds'] as const) if (!same(value[key], before[key])) changed[key] = value[key];
  return Object.keys(changed).length ? changed : null;
}
