import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import {
  closeExhibition,
  createExhibition,
  getExhibition,
  publishExhibition,
  updateExhibition,
  type Exhibition,
  type ExhibitionInput,
  type ExhibitionSection,
} from '../api/exhibitions';
import { splitProblem } from '../api/problem';
import { CountrySelect } from '../components/country-select';
import { DeadlineInput } from '../components/deadline-input';
import { Field, FormError, Notice } from '../components/field';
import { useLang } from '../components/hooks';
import { Loading, StatusBadge } from '../components/status';

const FIELDS = [
  'title',
  'description',
  'city',
  'province',
  'country',
  'startsAt',
  'endsAt',
  'submissionDeadline',
  'hsChapters',
  'isic',
  'sections',
];
const days = (n: number) =>
  new Date(Math.ceil((Date.now() + n * 86400_000) / 3600_000) * 3600_000).toISOString();
const list = (s: string) =>
  s
    .split(/[,،\s]+/)
    .map((x) => x.trim())
    .filter(Boolean);

/** Create or edit an exhibition: where, when, which sectors, and the sections of its catalog. */
export function ExhibitionFormPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { id } = useParams();
  const navigate = useNavigate();
  const [loaded, setLoaded] = useState<Exhibition | null>(null);
  const [draft, setDraft] = useState<ExhibitionInput | null>(
    id
      ? null
      : {
          title: '',
          description: '',
          language: lang,
          city: '',
          province: '',
          country: lang === 'tr' ? 'TR' : 'IR',
          startsAt: days(30),
          endsAt: days(90),
          submissionDeadline: days(20),
          hsChapters: [],
          isic: [],
          sections: [],
        },
  );
  const [chapters, setChapters] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    if (!id) return;
    getExhibition(id)
      .then((x) => {
        setLoaded(x);
        setDraft({ ...x });
        setChapters((x.hsChapters ?? []).join(', '));
      })
      .catch((e) => setFormError(splitProblem(e, []).form));
  }, [id]);
  if (!draft) return formError ? <FormError message={formError} /> : <Loading />;
  const set = <K extends keyof ExhibitionInput>(k: K, v: ExhibitionInput[K]) =>
    setDraft((d) => (d ? { ...d, [k]: v } : d));
  const sections = draft.sections ?? [];
  const setSection = (i: number, s: ExhibitionSection) =>
    set(
      'sections',
      sections.map((x, j) => (j === i ? s : x)),
    );

  const payload = (): ExhibitionInput => ({
    title: draft.title,
    description: draft.description || undefined,
    language: draft.language,
    translations: draft.translations,
    city: draft.city,
    province: draft.province || undefined,
    country: draft.country,
    startsAt: draft.startsAt,
    endsAt: draft.endsAt,
    submissionDeadline: draft.submissionDeadline || undefined,
    hsChapters: list(chapters),
    isic: draft.isic,
    sections: sections.filter((s) => s.key && s.title),
  });
  const fail = (err: unknown) => {
    const { fields, form } = splitProblem(err, FIELDS);
    setErrors(fields);
    setFormError(form ?? (Object.keys(fields).length ? t('form.fixErrors') : null));
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErrors({});
    setFormError(null);
    try {
      if (id) {
        setLoaded(await updateExhibition(id, payload()));
        setSaved(t('exhibitionForm.saved'));
      } else {
        const x = await createExhibition(payload());
        navigate(`/exhibitions/${x.id}/board`);
      }
    } catch (err) {
      fail(err);
    }
  };
  const lifecycle = async (fn: () => Promise<Exhibition>, message: string) => {
    try {
      setLoaded(await fn());
      setSaved(message);
    } catch (err) {
      fail(err);
    }
  };

  return (
    <section className="card">
      <div className="card__head">
        <h1>{id ? t('exhibitionForm.editTitle') : t('exhibitionForm.newTitle')}</h1>
        {loaded ? <StatusBadge kind="exhibition" status={loaded.status} /> : null}
      </div>
      {id ? (
        <p className="actions">
          <Link to={`/exhibitions/${id}/board`}>{t('exhibitions.board')}</Link> ·{' '}
          <Link to={`/exhibitions/${id}`}>{t('exhibitions.catalog')}</Link> ·{' '}
          <Link to={`/exhibitions/${id}/stats`}>{t('exhibitions.stats')}</Link>
        </p>
      ) : null}
      <form onSubmit={submit} noValidate>
        {saved ? <Notice>{saved}</Notice> : null}
        <FormError message={formError} />
        <Field label={t('exhibition.title')} error={errors.title} required>
          <input value={draft.title} onChange={(e) => set('title', e.target.value)} />
        </Field>
        <Field label={t('exhibition.description')} error={errors.description}>
          <textarea
            rows={3}
            value={draft.description ?? ''}
            onChange={(e) => set('description', e.target.value)}
          />
        </Field>
        <div className="row">
          <Field label={t('exhibition.city')} error={errors.city} required>
            <input value={draft.city} onChange={(e) => set('city', e.target.value)} />
          </Field>
          <Field label={t('common.province')} error={errors.province}>
            <input value={draft.province ?? ''} onChange={(e) => set('province', e.target.value)} />
          </Field>
          <Field label={t('common.country')} error={errors.country} required>
            <CountrySelect value={draft.country} onChange={(v) => set('country', v)} />
          </Field>
        </div>
        <DeadlineInput
          legend={t('exhibition.startsAt')}
          value={draft.startsAt}
          onChange={(v) => set('startsAt', v)}
          error={errors.startsAt}
        />
        <DeadlineInput
          legend={t('exhibition.endsAt')}
          value={draft.endsAt}
          onChange={(v) => set('endsAt', v)}
          error={errors.endsAt}
        />
        <DeadlineInput
          legend={t('exhibition.submissionDeadline')}
          value={draft.submissionDeadline ?? ''}
          onChange={(v) => set('submissionDeadline', v)}
          error={errors.submissionDeadline}
        />
        <Field
          label={t('exhibition.hsChapters')}
          error={errors.hsChapters}
          hint={t('exhibitionForm.chaptersHint')}
        >
          <input dir="ltr" value={chapters} onChange={(e) => setChapters(e.target.value)} />
        </Field>
        <fieldset>
          <legend>{t('exhibition.sections')}</legend>
          {errors.sections ? <p className="error">{errors.sections}</p> : null}
          {sections.map((s, i) => (
            <div className="row" key={i}>
              <Field label={t('exhibitionForm.sectionKey')}>
                <input
                  dir="ltr"
                  value={s.key}
                  onChange={(e) => setSection(i, { ...s, key: e.target.value })}
                />
              </Field>
              <Field label={t('exhibitionForm.sectionTitle')}>
                <input
                  value={s.title}
                  onChange={(e) => setSection(i, { ...s, title: e.target.value })}
                />
              </Field>
              <button
                type="button"
                className="button--secondary"
                onClick={() =>
                  set(
                    'sections',
                    sections.filter((_, j) => j !== i),
                  )
                }
              >
                {t('exhibitionForm.removeSection')}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button--secondary"
            onClick={() =>
              set('sections', [...sections, { key: `s${sections.length + 1}`, title: '' }])
            }
          >
            {t('exhibitionForm.addSection')}
          </button>
        </fieldset>
        <div className="actions">
          <button type="submit">{id ? t('common.save') : t('exhibitionForm.create')}</button>
          {id && loaded?.status === 'draft' ? (
            <button
              type="button"
              onClick={() =>
                void lifecycle(() => publishExhibition(id), t('exhibitionForm.published'))
              }
            >
              {t('exhibitionForm.publish')}
            </button>
          ) : null}
          {id && loaded?.status === 'published' ? (
            <button
              type="button"
              className="button--secondary"
              onClick={() => void lifecycle(() => closeExhibition(id), t('exhibitionForm.closed'))}
            >
              {t('exhibitionForm.close')}
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
