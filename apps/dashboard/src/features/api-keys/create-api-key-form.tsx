import { useMutation } from '@apollo/client/react';
import { API_KEY_SCOPES } from '@birge/shared-reference';
import { z } from 'zod';
import { useI18n } from '../../i18n/i18n';
import { FormCard } from '../../ui/form-card';
import { formControls } from '../../ui/form-controls';
import { FieldSet } from '../../ui/form-field';
import { useSchemaForm } from '../../ui/schema-form';
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

/** What the form checks before sending; the values it sends are the schema's output. */
export const createApiKeySchema = z
  .object({
    name: z.string().trim().min(1, 'REQUIRED'),
    scopes: z.array(z.enum(API_KEY_SCOPES)).min(1, 'REQUIRED'),
    expiresAt: z
      .string()
      .min(1, 'REQUIRED')
      .transform((day, context) => expiryFromDay(day) ?? (context.addIssue({ code: 'custom', input: day, message: 'INVALID_DATE' }), z.NEVER)),
    rateLimitPerMinute: z.string().trim().regex(/^\d*$/, 'NOT_AN_INTEGER'),
  })
  .transform(({ rateLimitPerMinute, ...input }) => ({ ...input, ...(rateLimitPerMinute ? { rateLimitPerMinute: Number(rateLimitPerMinute) } : {}) }));

function emptyForm(): z.input<typeof createApiKeySchema> {
  return { name: '', scopes: [], expiresAt: todayIsoDay(addDays(new Date(), DEFAULT_TERM_DAYS)), rateLimitPerMinute: '' };
}

/** Name, scopes, expiry and an optional rate limit; the created key's secret goes to `onCreated` only. */
export function CreateApiKeyForm({ onCreated }: { onCreated: (key: CreatedKey) => void }) {
  const { t } = useI18n();
  const schemaForm = useSchemaForm(createApiKeySchema, { defaultValues: emptyForm() });
  const { form, errors, submit } = schemaForm;
  const { register } = form;
  const [create] = useMutation(CreateApiKeyMutation, { refetchQueries: ['ApiKeys'], awaitRefetchQueries: true });

  const onSubmit = submit(async (input) => {
    const { data } = await create({ variables: { input } });
    if (data) onCreated({ name: data.createApiKey.apiKey.name, secret: data.createApiKey.secret });
    form.reset(emptyForm());
  });

  const field = formControls(register, errors);
  return (
    <FormCard testId="create-api-key-form" messages="apiKeys.create" form={schemaForm} onSubmit={onSubmit} fieldsMessage={t('apiKeys.create.failed')} knownFields={FIELDS}>
      {field.input('name', t('apiKeys.name'), { autoComplete: 'off' })}
      <p className="muted small">{t('apiKeys.nameHint')}</p>
      <FieldSet legend={t('apiKeys.scopes')} errors={errors['scopes']} name="scopes">
        <div className="checkbox-grid">
          {API_KEY_SCOPES.map((scope) => (
            <label key={scope} className="checkbox">
              <input type="checkbox" value={scope} {...register('scopes')} />
              <span>
                {t(`apiScope.${scope}`)} <code className="muted small">{scope}</code>
              </span>
            </label>
          ))}
        </div>
      </FieldSet>
      {field.input('expiresAt', t('apiKeys.expiresAt'), { type: 'date' })}
      <p className="muted small">{t('apiKeys.create.expiresHint')}</p>
      {field.input('rateLimitPerMinute', t('apiKeys.create.rateLimit'), { inputMode: 'numeric' })}
      <p className="muted small">{t('apiKeys.create.rateLimitHint')}</p>
    </FormCard>
  );
}
