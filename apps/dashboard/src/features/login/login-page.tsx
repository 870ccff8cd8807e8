import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useSession } from '../../auth/session';
import { LoginMutation } from '../../auth/auth.graphql';
import { describeError, type FieldError } from '../../errors/graphql-errors';
import { useI18n } from '../../i18n/i18n';
import { useNavigate } from 'react-router';
import { FormField } from '../../ui/form-field';

export function LoginPage({ next = '/' }: { next?: string }) {
  const navigate = useNavigate();
  const i18n = useI18n();
  const { t } = i18n;
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [login, { loading }] = useMutation(LoginMutation);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const required: FieldError[] = [];
    if (!email.trim()) required.push({ field: 'email', code: 'REQUIRED', message: 'is required' });
    if (!password) required.push({ field: 'password', code: 'REQUIRED', message: 'is required' });
    setMissing(required);
    if (required.length > 0) return;
    try {
      const { data } = await login({ variables: { email: email.trim(), password } });
      if (!data) return;
      signIn(data.login);
      setPassword('');
      navigate(next === '/login' ? '/' : next);
    } catch (error) {
      setFailure(error);
    }
  }

  const byField = (field: string) => missing.filter((error) => error.field === field);

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
        <FormField label={t('login.email')} errors={byField('email')} name="email">
          {(control) => <input {...control} type="email" autoComplete="username" value={email} onChange={(event) => setEmail(event.target.value)} />}
        </FormField>
        <FormField label={t('login.password')} errors={byField('password')} name="password">
          {(control) => (
            <input {...control} type="password" autoComplete="current-password" value={password} onChange={(event) => setPassword(event.target.value)} />
          )}
        </FormField>
        <div className="form-actions">
          <button type="submit" className="button" disabled={loading}>
            {loading ? t('login.submitting') : t('login.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
