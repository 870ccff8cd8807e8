import type { FieldError } from '../../errors/graphql-errors';
import { useI18n } from '../../i18n/i18n';
import { FormField } from '../../ui/form-field';
import { FieldEditor } from './field-editor';
import { newField, type FieldDraft, type SectionDraft } from './form-draft';
import { LabelInputs } from './label-inputs';

type Sources = Parameters<typeof FieldEditor>[0]['sources'];

function moved<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (target < 0 || target >= items.length) return [...items];
  const copy = [...items];
  [copy[index], copy[target]] = [copy[target] as T, copy[index] as T];
  return copy;
}

/** One section of a report form: its key, title in three languages and its fields, added, moved and removed. */
export function SectionEditor({
  section,
  sectionIndex,
  errors,
  sources,
  nextFieldNumber,
  onChange,
  onFieldChange,
  onRemove,
}: {
  section: SectionDraft;
  sectionIndex: number;
  errors: Record<string, FieldError[]>;
  sources: Sources;
  /** A number for a new field's key, never given twice. */
  nextFieldNumber: () => number;
  onChange: (section: SectionDraft) => void;
  onFieldChange: (fieldIndex: number, field: FieldDraft) => void;
  /** Null for the only section. */
  onRemove: (() => void) | null;
}) {
  const { t } = useI18n();
  const path = `sections.${sectionIndex}`;
  return (
    <fieldset className="report-designer-section" data-testid={`designer-section-${sectionIndex}`}>
      <legend>{t('reportDesigner.sectionHeading', { number: sectionIndex + 1 })}</legend>
      {[...(errors[path] ?? []), ...(errors[`${path}.fields`] ?? [])].length > 0 && (
        <ul className="field-errors">
          {[...(errors[path] ?? []), ...(errors[`${path}.fields`] ?? [])].map((error) => (
            <li key={error.code}>{t('reportDesigner.sectionError', { code: error.code })}</li>
          ))}
        </ul>
      )}
      <FormField label={t('reportDesigner.sectionKey')} errors={errors[`${path}.key`]} name={`${path}.key`}>
        {(control) => <input {...control} type="text" value={section.key} spellCheck={false} onChange={(event) => onChange({ ...section, key: event.target.value })} />}
      </FormField>
      <LabelInputs label={t('reportDesigner.sectionTitle')} value={section.title} onChange={(title) => onChange({ ...section, title })} path={`${path}.title`} errors={errors} />
      {section.fields.map((field, fieldIndex) => (
        <FieldEditor
          key={fieldIndex}
          field={field}
          path={`${path}.fields.${fieldIndex}`}
          number={`${sectionIndex + 1}.${fieldIndex + 1}`}
          errors={errors}
          sources={sources}
          onChange={(changed) => onFieldChange(fieldIndex, changed)}
          onRemove={section.fields.length > 1 ? () => onChange({ ...section, fields: section.fields.filter((_, at) => at !== fieldIndex) }) : null}
          onMove={(delta) => onChange({ ...section, fields: moved(section.fields, fieldIndex, delta) })}
        />
      ))}
      <div className="action-buttons">
        <button type="button" className="button button-secondary" onClick={() => onChange({ ...section, fields: [...section.fields, newField(nextFieldNumber())] })}>
          {t('reportDesigner.addField', { number: sectionIndex + 1 })}
        </button>
        {onRemove && (
          <button type="button" className="button button-link" onClick={onRemove}>
            {t('reportDesigner.removeSection', { number: sectionIndex + 1 })}
          </button>
        )}
      </div>
    </fieldset>
  );
}
