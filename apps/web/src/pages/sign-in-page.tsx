import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { safeNext } from '../components/safe-next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { login } from '../api/identity';
import { splitProblem } from '../api/problem';
import { useSession } from '../auth/session-context';
import { Field, FormError } from '../components/field';

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const { reload } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await login(email, password);
      await reload();
      void navigate(safeNext(searchParams.get('next')));
    } catch (err) {
      const { fields, form, status } = splitProblem(err, ['email', 'password']);
      setErrors(fields);
      setFormError(status === 401 ? t('auth.wrongCredentials') : form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card narrow">
      <h1>{t('auth.signInTitle')}</h1>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormError message={formError} />
        <Field label={t('auth.email')} error={errors.email} required>
          <input
            type="email"
            autoComplete="email"
            dir="ltr"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </Field>
        <Field label={t('auth.password')} error={errors.password} required>
          <input
            type="password"
            autoComplete="current-password"
            dir="ltr"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </Field>
        <button type="submit" disabled={busy}>
          {t('auth.signIn')}
        </button>
      </form>
      <p>
        {t('auth.noAccount')} <Link to="/signup">{t('auth.signUpLink')}</Link>
      </p>
    </section>
  );
}
