import { describeFieldError, type FieldError } from '../../errors/graphql-errors';
import { useI18n } from '../../i18n/i18n';
import { FormField } from '../../ui/form-field';
import { EMPTY_PERSON, PERSON_FIELDS, personFieldOf, type ContactPersonState } from './organization-form-state';

/** An organization's contact people (personal data), each with their errors under the field the server named. */
export function ContactPeopleFields({
  people,
  onChange,
  errors,
}: {
  people: ContactPersonState[];
  onChange: (next: ContactPersonState[]) => void;
  errors: Record<string, FieldError[]>;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const updatePerson = (index: number, key: keyof ContactPersonState, value: string) => onChange(people.map((person, at) => (at === index ? { ...person, [key]: value } : person)));
  const personErrors = (index: number, key: keyof ContactPersonState) =>
    Object.entries(errors)
      .filter(([field]) => {
        const of = personFieldOf(field);
        return of?.index === index && of.key === key;
      })
      .flatMap(([, fieldErrors]) => fieldErrors);
  return (
    <fieldset className="form-field contact-people" data-testid="contact-people">
      <legend>{t('organizationForm.contactPeople')}</legend>
      <p className="muted small">{t('organizationForm.personalData')}</p>
      {people.map((person, index) => (
        <div key={index} className="inset contact-person" data-testid={`contact-person-${index}`}>
          <div className="form-row-3">
            {PERSON_FIELDS.map((key) => (
              <FormField key={key} label={t(`organizationForm.person.${key}`)} errors={personErrors(index, key)} name={`contactPeople.${index}.${key}`}>
                {(control) => <input {...control} type="text" value={person[key]} onChange={(event) => updatePerson(index, key, event.target.value)} />}
              </FormField>
            ))}
          </div>
          <label className="checkbox" data-testid={`contact-person-${index}-consent`}>
            <input
              type="checkbox"
              checked={person.emailConsent}
              onChange={(event) => onChange(people.map((other, at) => (at === index ? { ...other, emailConsent: event.target.checked } : other)))}
            />
            <span>{t('organizationForm.person.emailConsent')}</span>
          </label>
          {personErrors(index, 'emailConsent').length > 0 && (
            <ul className="field-errors" data-testid={`field-error-contactPeople.${index}.emailConsent`}>
              {personErrors(index, 'emailConsent').map((error) => (
                <li key={error.code}>{describeFieldError(i18n, error)}</li>
              ))}
            </ul>
          )}
          <button type="button" className="button button-link button-small" onClick={() => onChange(people.filter((_, at) => at !== index))}>
            {t('organizationForm.person.remove')}
          </button>
        </div>
      ))}
      <button type="button" className="button button-secondary button-small" onClick={() => onChange([...people, EMPTY_PERSON])}>
        {t('organizationForm.person.add')}
      </button>
    </fieldset>
  );
}
