import { useQuery } from '@apollo/client/react';
import { NEED_LIMITS } from '@birge/shared-reference';
import type { FieldError } from '../../errors/graphql-errors';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { FieldSet } from '../../ui/form-field';
import { NeedEvidenceOptionsQuery } from './needs.graphql';

/** The records a need rests on, by kind, as the forms keep them. */
export interface EvidenceIds {
  organizationIds: string[];
  assistanceRequestIds: string[];
  trainingIds: string[];
}

export const NO_EVIDENCE: EvidenceIds = { organizationIds: [], assistanceRequestIds: [], trainingIds: [] };

/** The kinds of evidence, in the order the forms show them, each with its legend. */
const EVIDENCE_KINDS = [
  { key: 'organizationIds', legend: 'needForm.organizations' },
  { key: 'assistanceRequestIds', legend: 'needForm.requests' },
  { key: 'trainingIds', legend: 'needForm.trainings' },
] as const satisfies readonly { key: keyof EvidenceIds; legend: MessageKey }[];

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
  const choices: Record<keyof EvidenceIds, Choice[]> = {
    organizationIds: data?.organizations?.edges.map(({ node }) => ({ id: node.id, label: node.name })) ?? [],
    assistanceRequestIds:
      data?.assistanceRequests?.edges.map(({ node }) => ({
        id: node.id,
        label: `${t(`assistanceSubtype.${node.subtype}`)} · ${node.organization?.name ?? t('common.unavailable')} · ${formatDate(node.createdAt)}`,
      })) ?? [],
    trainingIds: data?.trainings?.edges.map(({ node }) => ({ id: node.id, label: `${node.topic} · ${formatDate(node.startsAt)}` })) ?? [],
  };
  return (
    <>
      {EVIDENCE_KINDS.map(({ key, legend }) => (
        <Choices
          key={key}
          legend={t(legend)}
          name={`evidence.${key}`}
          choices={choices[key]}
          chosen={value[key]}
          onChange={(ids) => onChange({ ...value, [key]: ids })}
          errors={errors[`evidence.${key}`]}
          empty={empty}
        />
      ))}
    </>
  );
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));

/** The evidence lists that differ from `before` (all of them when there is no before), for the API's input. */
export function changedEvidence(value: EvidenceIds, before: EvidenceIds = NO_EVIDENCE): Partial<EvidenceIds> | null {
  const changed: Partial<EvidenceIds> = {};
  for (const { key } of EVIDENCE_KINDS) if (!same(value[key], before[key])) changed[key] = value[key];
  return Object.keys(changed).length ? changed : null;
}
