import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { safeNext } from '../components/safe-next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { register } from '../api/identity';
import { splitProblem } from '../api/problem';
import { CREATE_ORGANIZATION_DTO_KINDS as KINDS } from '../api/enums';
import type { OrganizationKind } from '../api/types';
import { useSession } from '../auth/session-context';
import { CountrySelect } from '../components/country-select';
import { Field, FormError } from '../components/field';
import { useLang } from '../components/hooks';

const FIELDS = [
  'email',
  'password',
  'name',
  'organization.name',
  'organization.kinds',
  'organization.country',
  'organization.province',
];

/** Create an account and its organisation; the kind decides what the home page offers. */
export function SignUpPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const { reload } = useSession();
  const [form, setForm] = useState({
    name: '',
    email: '',
    password: '',
    orgName: '',
    kinds: [] as OrganizationKind[],
    country: lang === 'tr' ? 'TR' : 'IR',
    province: '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!form.kinds.length) {
      setErrors({ 'organization.kinds': t('auth.chooseKind') });
      return;
    }
    setBusy(true);
    try {
      await register({
        email: form.email,
        password: form.password,
        name: form.name,
        language: lang,
        organization: {
          name: form.orgName,
          kinds: form.kinds,
          country: form.country,
          province: form.province || undefined,
          language: lang,
        },
      });
      await reload();
      void navigate(safeNext(searchParams.get('next')));
    } catch (err) {
      const { fields, form: message } = splitProblem(err, FIELDS);
      setErrors(fields);
      setFormError(message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card narrow">
      <h1>{t('auth.signUpTitle')}</h1>
      <p className="lead">{t('auth.signUpLead')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormError message={formError} />
        <fieldset className={errors['organization.kinds'] ? 'field--error' : undefined}>
          <legend>{t('auth.kindQuestion')}</legend>
          {KINDS.map((kind) => (
            <label key={kind} className="choice">
              <input
                type="checkbox"
                checked={form.kinds.includes(kind)}
                onChange={(e) =>
                  set(
                    'kinds',
                    e.target.checked ? [...form.kinds, kind] : form.kinds.filter((k) => k !== kind),
                  )
                }
              />
              <span>
                <strong>{t(`kind.${kind}`)}</strong> — {t(`kind.${kind}Hint`)}
              </span>
            </label>
          ))}
          {errors['organization.kinds'] ? (
            <p className="error">{errors['organization.kinds']}</p>
          ) : null}
        </fieldset>
        <Field label={t('auth.name')} error={errors.name} required>
          <input
            autoComplete="name"
            value={form.name}
            onChange={(e) => set('name', e.target.value)}
          />
        </Field>
        <Field label={t('auth.orgName')} error={errors['organization.name']} required>
          <input
            autoComplete="organization"
            value={form.orgName}
            onChange={(e) => set('orgName', e.target.value)}
          />
        </Field>
        <div className="row">
          <Field label={t('common.country')} error={errors['organization.country']} required>
            <CountrySelect value={form.country} onChange={(v) => set('country', v)} />
          </Field>
          <Field label={t('common.province')} error={errors['organization.province']}>
            <input value={form.province} onChange={(e) => set('province', e.target.value)} />
          </Field>
        </div>
        <Field label={t('auth.email')} error={errors.email} required>
          <input
            type="email"
            autoComplete="email"
            dir="ltr"
            value={form.email}
            onChange={(e) => set('email', e.target.value)}
          />
        </Field>
        <Field
          label={t('auth.password')}
          error={errors.password}
          hint={t('auth.passwordHint')}
          required
        >
          <input
            type="password"
            autoComplete="new-password"
            dir="ltr"
            value={form.password}
            onChange={(e) => set('password', e.target.value)}
          />
        </Field>
        <button type="submit" disabled={busy}>
          {t('auth.signUp')}
        </button>
      </form>
      <p>
        {t('auth.haveAccount')} <Link to="/signin">{t('auth.signInLink')}</Link>
      </p>
    </section>
  );
}
