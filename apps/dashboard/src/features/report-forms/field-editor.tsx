import type { FieldError } from '../../errors/graphql-errors';
import type { ReportPrefillSourcesQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { FormField } from '../../ui/form-field';
import { COMMENT_RULES, emptyLabel, FIELD_TYPES, type FieldDraft } from './form-draft';
import { LabelInputs } from './label-inputs';

type Sources = ReportPrefillSourcesQuery['reportPrefillSources'];

/** Which bounds a field type has, and what they count (the API's rule: none for one choice). */
function boundsLabels(type: FieldDraft['type']): {
  min: 'reportDesigner.min.NUMBER' | 'reportDesigner.min.TEXT' | 'reportDesigner.min.PICKS';
  max: 'reportDesigner.max.NUMBER' | 'reportDesigner.max.TEXT' | 'reportDesigner.max.PICKS';
} | null {
  if (type === 'CHOICE') return null;
  if (type === 'NUMBER') return { min: 'reportDesigner.min.NUMBER', max: 'reportDesigner.max.NUMBER' };
  if (type === 'TEXT') return { min: 'reportDesigner.min.TEXT', max: 'reportDesigner.max.TEXT' };
  return { min: 'reportDesigner.min.PICKS', max: 'reportDesigner.max.PICKS' };
}

/**
 * One field of a section in the designer: its key, type, question, hint, whether it is required,
 * bounds, choices, pre-fill source (NUMBER) and comment rule; the API's coded errors under the
 * control they name (`<path>.max`, `<path>.choices.1.key`, ...).
 */
export function FieldEditor({
  field,
  path,
  number,
  errors,
  sources,
  onChange,
  onRemove,
  onMove,
}: {
  field: FieldDraft;
  path: string;
  number: string;
  errors: Record<string, FieldError[]>;
  sources: Sources;
  onChange: (field: FieldDraft) => void;
  onRemove: (() => void) | null;
  onMove: (delta: -1 | 1) => void;
}) {
  const { t, name } = useI18n();
  const set = <K extends keyof FieldDraft>(key: K, value: FieldDraft[K]) => onChange({ ...field, [key]: value });
  const bounds = boundsLabels(field.type);
  const withChoices = field.type === 'CHOICE' || field.type === 'MULTI_CHOICE';
  const heading = t('reportDesigner.fieldHeading', { number });
  return (
    <fieldset className="report-designer-field card inset" data-testid={`designer-field-${path}`}>
      <legend>{heading}</legend>
      <div className="report-designer-row">
        <FormField label={t('reportDesigner.fieldKey')} errors={errors[`${path}.key`]} name={`${path}.key`}>
          {(control) => <input {...control} type="text" value={field.key} spellCheck={false} onChange={(event) => set('key', event.target.value)} />}
        </FormField>
        <FormField label={t('reportDesigner.fieldType')} errors={errors[`${path}.type`]} name={`${path}.type`}>
          {(control) => (
            <select
              {...control}
              value={field.type}
              onChange={(event) => onChange({ ...field, type: FIELD_TYPES.find((type) => type === event.target.value) ?? field.type, prefillSource: '', integer: false })}
            >
              {FIELD_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`reportFieldType.${type}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <LabelInputs label={t('reportDesigner.question')} value={field.label} onChange={(label) => set('label', label)} path={`${path}.label`} errors={errors} />
      <LabelInputs label={t('reportDesigner.help')} value={field.help} onChange={(help) => set('help', help)} path={`${path}.help`} errors={errors} />
      <label className="checkbox">
        <input type="checkbox" checked={field.required} onChange={(event) => set('required', event.target.checked)} />
        <span>{t('reportDesigner.required')}</span>
      </label>
      {bounds && (
        <div className="report-designer-row">
          <FormField label={t(bounds.min)} errors={errors[`${path}.min`]} name={`${path}.min`}>
            {(control) => <input {...control} type="text" inputMode="decimal" value={field.min} onChange={(event) => set('min', event.target.value)} />}
          </FormField>
          <FormField label={t(bounds.max)} errors={errors[`${path}.max`]} name={`${path}.max`}>
            {(control) => <input {...control} type="text" inputMode="decimal" value={field.max} onChange={(event) => set('max', event.target.value)} />}
          </FormField>
        </div>
      )}
      {field.type === 'NUMBER' && (
        <>
          <label className="checkbox">
            <input type="checkbox" checked={field.integer} onChange={(event) => set('integer', event.target.checked)} />
            <span>{t('reportDesigner.integer')}</span>
          </label>
          <FormField label={t('reportDesigner.prefillSource')} errors={errors[`${path}.prefillSource`]} name={`${path}.prefillSource`}>
            {(control) => (
              <select {...control} value={field.prefillSource} onChange={(event) => set('prefillSource', event.target.value)}>
                <option value="">{t('reportDesigner.noPrefill')}</option>
                {sources.map((source) => (
                  <option key={source.key} value={source.key}>
                    {name(source.label)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          {field.prefillSource && <p className="muted small">{name(sources.find((source) => source.key === field.prefillSource)?.description)}</p>}
        </>
      )}
      {withChoices && (
        <fieldset className="report-designer-choices">
          <legend>{t('reportDesigner.choices')}</legend>
          {(errors[`${path}.choices`] ?? []).length > 0 && (
            <ul className="field-errors" data-testid={`field-error-${path}.choices`}>
              {(errors[`${path}.choices`] ?? []).map((error) => (
                <li key={error.code}>{t('reportDesigner.choicesError', { code: error.code })}</li>
              ))}
            </ul>
          )}
          {field.choices.map((choice, index) => (
            <div key={index} className="report-designer-choice">
              <FormField label={t('reportDesigner.choiceKey', { number: index + 1 })} errors={errors[`${path}.choices.${index}.key`]} name={`${path}.choices.${index}.key`}>
                {(control) => (
                  <input
                    {...control}
                    type="text"
                    value={choice.key}
                    spellCheck={false}
                    onChange={(event) =>
                      set(
                        'choices',
                        field.choices.map((other, at) => (at === index ? { ...other, key: event.target.value } : other)),
                      )
                    }
                  />
                )}
              </FormField>
              <LabelInputs
                label={t('reportDesigner.choiceLabel', { number: index + 1 })}
                value={choice.label}
                onChange={(label) =>
                  set(
                    'choices',
                    field.choices.map((other, at) => (at === index ? { ...other, label } : other)),
                  )
                }
                path={`${path}.choices.${index}.label`}
                errors={errors}
              />
              <button
                type="button"
                className="button button-link"
                onClick={() =>
                  set(
                    'choices',
                    field.choices.filter((_, at) => at !== index),
                  )
                }
              >
                {t('reportDesigner.removeChoice', { number: index + 1 })}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => set('choices', [...field.choices, { key: `choice_${field.choices.length + 1}`, label: emptyLabel() }])}
          >
            {t('reportDesigner.addChoice')}
          </button>
        </fieldset>
      )}
      <FormField label={t('reportDesigner.commentRule')} errors={errors[`${path}.commentRule`]} name={`${path}.commentRule`}>
        {(control) => (
          <select {...control} value={field.commentRule} onChange={(event) => set('commentRule', COMMENT_RULES.find((rule) => rule === event.target.value) ?? 'NONE')}>
            {COMMENT_RULES.map((rule) => (
              <option key={rule} value={rule}>
                {t(`reportCommentRule.${rule}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className="action-buttons">
        <button type="button" className="button button-secondary button-small" onClick={() => onMove(-1)} aria-label={t('reportDesigner.moveUp', { field: heading })}>
          ↑
        </button>
        <button type="button" className="button button-secondary button-small" onClick={() => onMove(1)} aria-label={t('reportDesigner.moveDown', { field: heading })}>
          ↓
        </button>
        {onRemove && (
          <button type="button" className="button button-link" onClick={onRemove}>
            {t('reportDesigner.removeField', { field: heading })}
          </button>
        )}
      </div>
    </fieldset>
  );
}
