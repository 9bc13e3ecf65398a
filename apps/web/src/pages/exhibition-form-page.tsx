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
} from '../api/exhibitions';
import { splitProblem } from '../api/problem';
import type { CreateExhibition, Exhibition } from '../api/types';
import { CountrySelect } from '../components/country-select';
import { DeadlineInput } from '../components/deadline-input';
import { ConfirmButton } from '../components/confirm-button';
import { Field, FormError, Notice } from '../components/field';
import { useLang } from '../components/hooks';
import { Loading, StatusBadge } from '../components/status';
import { toAsciiDigits } from '../i18n/format';
import type { Lang } from '../i18n/languages';
import { sectionKey } from './section-key';

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
/** A whole hour `n` days from now. */
const days = (n: number) =>
  new Date(Math.ceil((Date.now() + n * 86400_000) / 3600_000) * 3600_000).toISOString();
const list = (s: string) =>
  toAsciiDigits(s)
    .split(/[,،\s]+/)
    .map((x) => x.trim())
    .filter(Boolean)
    .map((c) => (c.length === 1 ? `0${c}` : c));

/** A section as edited: `saved` sections keep their key (the catalog and CSVs use it). */
interface SectionDraft {
  key: string;
  title: string;
  saved: boolean;
}

interface Draft {
  title: string;
  description: string;
  city: string;
  province: string;
  country: string;
  startsAt: string;
  endsAt: string;
  submissionDeadline: string;
  hsChapters: string;
  sections: SectionDraft[];
}

function fromExhibition(x: Exhibition): Draft {
  return {
    title: x.title,
    description: x.description,
    city: x.city,
    province: x.province ?? '',
    country: x.country,
    startsAt: x.startsAt,
    endsAt: x.endsAt,
    submissionDeadline: x.submissionDeadline,
    hsChapters: x.hsChapters.join(', '),
    sections: x.sections.map((s) => ({ key: s.key, title: s.title, saved: true })),
  };
}

function emptyDraft(lang: Lang): Draft {
  return {
    title: '',
    description: '',
    city: '',
    province: '',
    country: lang === 'tr' ? 'TR' : 'IR',
    startsAt: days(30),
    endsAt: days(32),
    submissionDeadline: days(20),
    hsChapters: '',
    sections: [{ key: '', title: '', saved: false }],
  };
}

/** Create or edit an exhibition: where, when, which sectors, and the sections of its catalog. */
export function ExhibitionFormPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { id } = useParams();
  const navigate = useNavigate();
  const [loaded, setLoaded] = useState<Exhibition | null>(null);
  const [draft, setDraft] = useState<Draft | null>(id ? null : emptyDraft(lang));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!id) return;
    getExhibition(id)
      .then((x) => {
        setLoaded(x);
        setDraft(fromExhibition(x));
      })
      .catch((e) => setFormError(splitProblem(e, []).form));
  }, [id]);
  if (!draft) return formError ? <FormError message={formError} /> : <Loading />;
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) =>
    setDraft((d) => (d ? { ...d, [k]: v } : d));
  const setSection = (i: number, title: string) =>
    set(
      'sections',
      draft.sections.map((s, j) => (j === i ? { ...s, title } : s)),
    );

  /** New sections get a key from their title, unique among the others. */
  const sections = () => {
    const taken = new Set(draft.sections.filter((s) => s.saved).map((s) => s.key));
    return draft.sections
      .filter((s) => s.title.trim())
      .map((s, i) => {
        const key = s.saved ? s.key : sectionKey(s.title, i + 1, taken);
        taken.add(key);
        return { key, title: s.title.trim() };
      });
  };
  const payload = (): CreateExhibition => ({
    title: draft.title.trim(),
    description: draft.description.trim() || undefined,
    language: loaded?.language ?? lang,
    city: draft.city.trim(),
    province: draft.province.trim() || undefined,
    country: draft.country,
    startsAt: draft.startsAt,
    endsAt: draft.endsAt,
    submissionDeadline: draft.submissionDeadline,
    hsChapters: list(draft.hsChapters),
    sections: sections(),
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
    setSaved(null);
    setBusy(true);
    try {
      if (id) {
        const x = await updateExhibition(id, payload());
        setLoaded(x);
        setDraft(fromExhibition(x));
        setSaved(t('exhibitionForm.saved'));
      } else {
        const x = await createExhibition(payload());
        void navigate(`/exhibitions/${x.id}/board`, { state: { created: true } });
      }
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };
  const lifecycle = async (fn: () => Promise<Exhibition>, message: string) => {
    setErrors({});
    setFormError(null);
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
        <nav className="actions" aria-label={t('exhibitions.pages')}>
          <Link to={`/exhibitions/${id}/board`}>{t('exhibitions.board')}</Link>
          <Link to={`/exhibitions/${id}`}>{t('exhibitions.catalog')}</Link>
          <Link to={`/exhibitions/${id}/stats`}>{t('exhibitions.stats')}</Link>
        </nav>
      ) : (
        <p className="lead">{t('exhibitionForm.lead')}</p>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        {saved ? <Notice>{saved}</Notice> : null}
        <FormError message={formError} />
        <Field label={t('exhibition.title')} error={errors.title} required>
          <input value={draft.title} onChange={(e) => set('title', e.target.value)} />
        </Field>
        <Field label={t('exhibition.description')} error={errors.description}>
          <textarea
            rows={3}
            value={draft.description}
            onChange={(e) => set('description', e.target.value)}
          />
        </Field>
        <div className="row">
          <Field label={t('exhibition.city')} error={errors.city} required>
            <input value={draft.city} onChange={(e) => set('city', e.target.value)} />
          </Field>
          <Field label={t('common.province')} error={errors.province}>
            <input value={draft.province} onChange={(e) => set('province', e.target.value)} />
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
          value={draft.submissionDeadline}
          onChange={(v) => set('submissionDeadline', v)}
          error={errors.submissionDeadline}
        />
        <Field
          label={t('exhibition.hsChapters')}
          error={errors.hsChapters}
          hint={t('exhibitionForm.chaptersHint')}
        >
          <input
            dir="ltr"
            inputMode="numeric"
            value={draft.hsChapters}
            onChange={(e) => set('hsChapters', e.target.value)}
          />
        </Field>
        <fieldset>
          <legend>{t('exhibition.sections')}</legend>
          <p className="hint">{t('exhibitionForm.sectionsHint')}</p>
          {errors.sections ? <p className="error">{errors.sections}</p> : null}
          <ol className="sections">
            {draft.sections.map((s, i) => (
              <li key={i} className="row">
                <Field label={t('exhibitionForm.sectionTitle', { n: i + 1 })}>
                  <input value={s.title} onChange={(e) => setSection(i, e.target.value)} />
                </Field>
                <button
                  type="button"
                  className="button--secondary"
                  aria-label={t('exhibitionForm.removeSectionOf', { n: i + 1 })}
                  onClick={() =>
                    set(
                      'sections',
                      draft.sections.filter((_, j) => j !== i),
                    )
                  }
                >
                  {t('exhibitionForm.removeSection')}
                </button>
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="button--secondary"
            onClick={() =>
              set('sections', [...draft.sections, { key: '', title: '', saved: false }])
            }
          >
            {t('exhibitionForm.addSection')}
          </button>
        </fieldset>
        <div className="actions">
          <button type="submit" disabled={busy}>
            {id ? t('common.save') : t('exhibitionForm.create')}
          </button>
          {id && loaded?.status === 'draft' ? (
            <ConfirmButton
              secondary
              label={t('exhibitionForm.publish')}
              question={t('confirm.publishExhibition')}
              yes={t('confirm.publishYes')}
              onConfirm={() =>
                void lifecycle(() => publishExhibition(id), t('exhibitionForm.published'))
              }
            />
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
