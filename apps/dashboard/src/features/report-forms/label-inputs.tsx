import type { FieldError } from '../../errors/graphql-errors';
import { LOCALES } from '../../i18n/i18n';
import { useI18n } from '../../i18n/i18n';
import { FormField } from '../../ui/form-field';
import type { LabelDraft } from './form-draft';

/**
 * A text of the form in Kazakh, Russian and English (the form is shown in all three): one input
 * per language, each with the errors the API names on `<path>.<language>`.
 */
export function LabelInputs({
  label,
  value,
  onChange,
  path,
  errors,
  multiline = false,
}: {
  label: string;
  value: LabelDraft;
  onChange: (value: LabelDraft) => void;
  path: string;
  errors: Record<string, FieldError[]>;
  multiline?: boolean;
}) {
  const { t } = useI18n();
  return (
    <div className="report-label-inputs">
      {LOCALES.map((lang, index) => (
        <FormField
          key={lang}
          label={t('reportDesigner.inLanguage', { label, language: t(`language.${lang}`) })}
          errors={[...(index === 0 ? (errors[path] ?? []) : []), ...(errors[`${path}.${lang}`] ?? [])]}
          name={`${path}.${lang}`}
        >
          {(control) =>
            multiline ? (
              <textarea {...control} rows={2} value={value[lang]} onChange={(event) => onChange({ ...value, [lang]: event.target.value })} />
            ) : (
              <input {...control} type="text" lang={lang} value={value[lang]} onChange={(event) => onChange({ ...value, [lang]: event.target.value })} />
            )
          }
        </FormField>
      ))}
    </div>
  );
}
