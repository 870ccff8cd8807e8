import { useMutation } from '@apollo/client/react';
import { z } from 'zod';
import { useSession } from '../../auth/session';
import { LoginMutation } from '../../auth/auth.graphql';
import { describeError } from '../../errors/graphql-errors';
import { useI18n } from '../../i18n/i18n';
import { useNavigate } from 'react-router';
import { FormField } from '../../ui/form-field';
import { useSchemaForm } from '../../ui/schema-form';

const loginSchema = z.object({ email: z.string().trim().min(1, 'REQUIRED'), password: z.string().min(1, 'REQUIRED') });

export function LoginPage({ next = '/' }: { next?: string }) {
  const navigate = useNavigate();
  const i18n = useI18n();
  const { t } = i18n;
  const { signIn } = useSession();
  const { form, errors, failure, submitting, submit } = useSchemaForm(loginSchema, { defaultValues: { email: '', password: '' } });
  const [login] = useMutation(LoginMutation);

  const onSubmit = submit(async (credentials) => {
    const { data } = await login({ variables: credentials });
    if (!data) return;
    signIn(data.login);
    form.setValue('password', '');
    navigate(next === '/login' ? '/' : next);
  });

  return (
    <section className="login">
      <form className="form card login-card" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="login-form">
        <h1>{t('login.title')}</h1>
        <p className="muted">{t('login.intro')}</p>
        {failure != null && (
          <div className="status status-error" role="alert" data-testid="login-error">
            {describeError(i18n, failure)}
          </div>
        )}
        <FormField label={t('login.email')} errors={errors['email']} name="email">
          {(control) => <input {...control} {...form.register('email')} type="email" autoComplete="username" />}
        </FormField>
        <FormField label={t('login.password')} errors={errors['password']} name="password">
          {(control) => <input {...control} {...form.register('password')} type="password" autoComplete="current-password" />}
        </FormField>
        <div className="form-actions">
          <button type="submit" className="button" disabled={submitting}>
            {submitting ? t('login.submitting') : t('login.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
