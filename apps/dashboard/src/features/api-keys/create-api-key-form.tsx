import { useMutation } from '@apollo/client/react';
import { API_KEY_SCOPES, type ApiKeyScope } from '@birge/shared-reference';
import { useState, type FormEvent } from 'react';
import type { FieldError } from '../../errors/graphql-errors';
import { useI18n } from '../../i18n/i18n';
import { FormCard } from '../../ui/form-card';
import { useFormErrors } from '../../ui/form-errors';
import { FieldSet, FormField, OtherFieldErrors } from '../../ui/form-field';
import { addDays, todayIsoDay } from '../reference/dates';
import { CreateApiKeyMutation } from './api-keys.graphql';

const FIELDS = ['name', 'scopes', 'expiresAt', 'rateLimitPerMinute'] as const;

/** The identity service allows at most 366 days; a year is the usual term of a partner agreement. */
const DEFAULT_TERM_DAYS = 365;

export interface CreatedKey {
  name: string;
  secret: string;
}

/** Midnight (local time) at the start of the chosen day, as the instant the key stops working. */
export function expiryFromDay(day: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const date = new Date(`${day}T00:00`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function emptyForm() {
  return { name: '', scopes: [] as ApiKeyScope[], expiresOn: todayIsoDay(addDays(new Date(), DEFAULT_TERM_DAYS)), rateLimitPerMinute: '' };
}

/** Name, scopes, expiry and an optional rate limit; the created key's secret goes to `onCreated` only. */
export function CreateApiKeyForm({ onCreated }: { onCreated: (key: CreatedKey) => void }) {
  const { t } = useI18n();
  const [form, setForm] = useState(emptyForm);
  const { fieldErrors, errors, failure, setFieldErrors, setFailure, fail } = useFormErrors();
  const [create, { loading }] = useMutation(CreateApiKeyMutation, { refetchQueries: ['ApiKeys'], awaitRefetchQueries: true });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const missing: FieldError[] = [];
    if (!form.name.trim()) missing.push({ field: 'name', code: 'REQUIRED', message: 'is required' });
    if (form.scopes.length === 0) missing.push({ field: 'scopes', code: 'REQUIRED', message: 'is required' });
    const expiresAt = expiryFromDay(form.expiresOn);
    if (!expiresAt) missing.push({ field: 'expiresAt', code: form.expiresOn ? 'INVALID_DATE' : 'REQUIRED', message: 'is required' });
    const rate = form.rateLimitPerMinute.trim();
    if (rate && !/^\d+$/.test(rate)) missing.push({ field: 'rateLimitPerMinute', code: 'NOT_AN_INTEGER', message: 'must be a whole number' });
    setFieldErrors(missing);
    if (missing.length > 0 || !expiresAt) return;
    try {
      const { data } = await create({
        variables: { input: { name: form.name.trim(), scopes: form.scopes, expiresAt, ...(rate ? { rateLimitPerMinute: Number(rate) } : {}) } },
      });
      if (data) onCreated({ name: data.createApiKey.apiKey.name, secret: data.createApiKey.secret });
      setForm(emptyForm());
    } catch (error) {
      fail(error);
    }
  }

  return (
    <FormCard
      testId="create-api-key-form"
      title={t('apiKeys.create.title')}
      onSubmit={onSubmit}
      failure={failure}
      fieldsMessage={t('apiKeys.create.failed')}
      submitting={loading}
      submitLabel={t('apiKeys.create.submit')}
    >
      <FormField label={t('apiKeys.name')} errors={errors['name']} name="name">
        {(control) => <input {...control} type="text" autoComplete="off" value={form.name} onChange={(event) => setForm((previous) => ({ ...previous, name: event.target.value }))} />}
      </FormField>
      <p className="muted small">{t('apiKeys.nameHint')}</p>
      <FieldSet legend={t('apiKeys.scopes')} errors={errors['scopes']} name="scopes">
        <div className="checkbox-grid">
          {API_KEY_SCOPES.map((scope) => (
            <label key={scope} className="checkbox">
              <input
                type="checkbox"
                name="scopes"
                value={scope}
                checked={form.scopes.includes(scope)}
                onChange={(event) =>
                  setForm((previous) => ({ ...previous, scopes: event.target.checked ? [...previous.scopes, scope] : previous.scopes.filter((other) => other !== scope) }))
                }
              />
              <span>
                {t(`apiScope.${scope}`)} <code className="muted small">{scope}</code>
              </span>
            </label>
          ))}
        </div>
      </FieldSet>
      <FormField label={t('apiKeys.expiresAt')} errors={errors['expiresAt']} name="expiresAt">
        {(control) => <input {...control} type="date" value={form.expiresOn} onChange={(event) => setForm((previous) => ({ ...previous, expiresOn: event.target.value }))} />}
      </FormField>
      <p className="muted small">{t('apiKeys.create.expiresHint')}</p>
      <FormField label={t('apiKeys.create.rateLimit')} errors={errors['rateLimitPerMinute']} name="rateLimitPerMinute">
        {(control) => (
          <input
            {...control}
            type="text"
            inputMode="numeric"
            value={form.rateLimitPerMinute}
            onChange={(event) => setForm((previous) => ({ ...previous, rateLimitPerMinute: event.target.value }))}
          />
        )}
      </FormField>
      <p className="muted small">{t('apiKeys.create.rateLimitHint')}</p>
      <OtherFieldErrors errors={fieldErrors} knownFields={FIELDS} />
    </FormCard>
  );
}
