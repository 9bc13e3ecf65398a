import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import {
  createCapability,
  deleteCapability,
  getCapability,
  updateCapability,
} from '../api/capabilities';
import { capabilityMatches } from '../api/matches';
import { splitProblem } from '../api/problem';
import type { Capability, CapabilityMatch, CreateCapability } from '../api/types';
import { CountrySelect } from '../components/country-select';
import { Field, FormError, Notice } from '../components/field';
import { useFormSend } from '../components/form-send';
import { useLang } from '../components/hooks';
import { HsPicker } from '../components/hs-picker';
import { MatchReasons, Score } from '../components/match-list';
import { MoreButton, usePaged } from '../components/paged';
import { LoadError, Loading } from '../components/status';
import { toAsciiDigits } from '../i18n/format';
import { emptyListing, listingDraft, listingPayload } from '../components/listing';
import type { ListingDraft } from '../components/listing';
import { DescriptionFields } from '../components/listing-fields';
import { TRANSLATION_FIELDS } from '../components/translations-fields';
import { NumberInput } from '../components/number-input';

interface Draft extends ListingDraft {
  processes: string;
  materials: string;
  certifications: string;
  capacityPerYear: string;
  unit: string;
  trl: string;
  localContentPercent: string;
  country: string;
  province: string;
  references: string;
}

const FIELDS = [
  ...TRANSLATION_FIELDS,
  'title',
  'description',
  'hsCodes',
  'isic',
  'processes',
  'materials',
  'certifications',
  'capacityPerYear',
  'unit',
  'trl',
  'localContentPercent',
  'country',
  'province',
  'references',
];
const list = (s: string) =>
  s
    .split(/[,،\n]/)
    .map((x) => x.trim())
    .filter(Boolean);
const num = (s: string) => (toAsciiDigits(s).trim() === '' ? undefined : Number(toAsciiDigits(s)));
const opt = (s: string) => (s.trim() ? s.trim() : undefined);

function fromCapability(c: Capability): Draft {
  return {
    ...listingDraft(c),
    processes: c.processes.join(', '),
    materials: c.materials.join(', '),
    certifications: c.certifications.join(', '),
    capacityPerYear: c.capacityPerYear?.toString() ?? '',
    unit: c.unit ?? '',
    trl: c.trl?.toString() ?? '',
    localContentPercent: c.localContentPercent?.toString() ?? '',
    country: c.country,
    province: c.province ?? '',
    references: c.references.join('\n'),
  };
}

function toPayload(d: Draft): CreateCapability {
  return {
    ...listingPayload(d),
    processes: list(d.processes),
    materials: list(d.materials),
    certifications: list(d.certifications),
    capacityPerYear: num(d.capacityPerYear),
    unit: opt(d.unit),
    trl: num(d.trl),
    localContentPercent: num(d.localContentPercent),
    country: d.country,
    province: opt(d.province),
    references: list(d.references),
  };
}

function CapabilityMatches({ id }: { id: string }) {
  const { t } = useTranslation();
  const matches = usePaged<CapabilityMatch>((cursor) => capabilityMatches(id, cursor), [id]);
  if (matches.error) return <LoadError error={matches.error} />;
  if (!matches.items) return <Loading />;
  if (!matches.items.length) return <p>{t('matches.noNeeds')}</p>;
  return (
    <>
      <ol className="matches">
        {matches.items.map((m) => (
          <li key={m.need.id} className="match">
            <div className="match__head">
              <Link to={`/needs/${m.need.id}`}>
                <bdi>{m.need.title}</bdi>
              </Link>{' '}
              — <bdi>{m.organization.name}</bdi>
              <Score score={m.score} />
            </div>
            <MatchReasons reasons={m.reasons} />
          </li>
        ))}
      </ol>
      <MoreButton paged={matches} />
    </>
  );
}

/** What a supplier can make: the more precise, the better the needs it is matched with. */
export function CapabilityFormPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { id } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const empty: Draft = {
    ...emptyListing(lang),
    processes: '',
    materials: '',
    certifications: '',
    capacityPerYear: '',
    unit: '',
    trl: '',
    localContentPercent: '',
    country: lang === 'tr' ? 'TR' : 'IR',
    province: '',
    references: '',
  };
  const [draft, setDraft] = useState<Draft | null>(id ? null : empty);
  const { busy, errors, formError, setFormError, send } = useFormSend(FIELDS);
  const [saved, setSaved] = useState(
    Boolean((location.state as { created?: boolean } | null)?.created),
  );

  useEffect(() => {
    if (id)
      getCapability(id)
        .then((c) => setDraft(fromCapability(c)))
        .catch((e) => setFormError(splitProblem(e, []).form));
  }, [id]);
  if (!draft) return formError ? <FormError message={formError} /> : <Loading />;
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) =>
    setDraft((d) => (d ? { ...d, [k]: v } : d));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    await send(async () => {
      if (id) {
        await updateCapability(id, toPayload(draft));
        setSaved(true);
      } else {
        const c = await createCapability(toPayload(draft));
        void navigate(`/capabilities/${c.id}/edit`, { state: { created: true } });
        setSaved(true);
      }
    });
  };

  return (
    <>
      <section className="card">
        <h1>{id ? t('capabilityForm.editTitle') : t('capabilityForm.newTitle')}</h1>
        <p className="lead">{t('capabilityForm.lead')}</p>
        <form onSubmit={(e) => void submit(e)} noValidate>
          {saved ? <Notice>{t('capabilityForm.saved')}</Notice> : null}
          <FormError message={formError} />
          <Field label={t('capability.title')} error={errors.title} required>
            <input value={draft.title} onChange={(e) => set('title', e.target.value)} />
          </Field>
          <DescriptionFields
            label={t('capability.description')}
            draft={draft}
            onDescription={(v) => set('description', v)}
            onTranslations={(v) => set('translations', v)}
            error={(f) => errors[f]}
          />
          <HsPicker
            legend={t('capability.hsCodes')}
            value={draft.hsCodes}
            onChange={(v) => set('hsCodes', v)}
            error={errors.hsCodes}
            max={30}
          />
          <Field
            label={t('capability.processes')}
            error={errors.processes}
            hint={t('form.commaSeparated')}
          >
            <input value={draft.processes} onChange={(e) => set('processes', e.target.value)} />
          </Field>
          <Field
            label={t('capability.materials')}
            error={errors.materials}
            hint={t('form.commaSeparated')}
          >
            <input value={draft.materials} onChange={(e) => set('materials', e.target.value)} />
          </Field>
          <Field
            label={t('capability.certifications')}
            error={errors.certifications}
            hint={t('form.commaSeparated')}
          >
            <input
              value={draft.certifications}
              onChange={(e) => set('certifications', e.target.value)}
            />
          </Field>
          <div className="row">
            <Field label={t('capability.capacityPerYear')} error={errors.capacityPerYear}>
              <NumberInput
                decimal
                value={draft.capacityPerYear}
                onChange={(v) => set('capacityPerYear', v)}
              />
            </Field>
            <Field label={t('need.unit')} error={errors.unit}>
              <input value={draft.unit} onChange={(e) => set('unit', e.target.value)} />
            </Field>
          </div>
          <div className="row">
            <Field
              label={t('capability.trl')}
              error={errors.trl}
              hint={t('capabilityForm.trlHint')}
            >
              <select value={draft.trl} onChange={(e) => set('trl', e.target.value)}>
                <option value="">{t('common.none')}</option>
                {[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => (
                  <option key={n} value={n}>
                    {t('capabilityForm.trlLevel', {
                      n: new Intl.NumberFormat(lang === 'fa' ? 'fa-IR' : lang).format(n),
                    })}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('capability.localContentPercent')} error={errors.localContentPercent}>
              <NumberInput
                value={draft.localContentPercent}
                onChange={(v) => set('localContentPercent', v)}
              />
            </Field>
            <Field label={t('need.isic')} error={errors.isic}>
              <NumberInput value={draft.isic} onChange={(v) => set('isic', v)} />
            </Field>
          </div>
          <div className="row">
            <Field label={t('common.country')} error={errors.country} required>
              <CountrySelect value={draft.country} onChange={(v) => set('country', v)} />
            </Field>
            <Field label={t('common.province')} error={errors.province}>
              <input value={draft.province} onChange={(e) => set('province', e.target.value)} />
            </Field>
          </div>
          <Field
            label={t('capability.references')}
            error={errors.references}
            hint={t('capabilityForm.referencesHint')}
          >
            <textarea
              rows={3}
              value={draft.references}
              onChange={(e) => set('references', e.target.value)}
            />
          </Field>
          <div className="actions">
            <button type="submit" disabled={busy}>
              {t('capabilityForm.save')}
            </button>
            {id ? (
              <button
                type="button"
                className="button--secondary"
                disabled={busy}
                onClick={() =>
                  void deleteCapability(id)
                    .then(() => navigate('/capabilities'))
                    .catch((e) => setFormError(splitProblem(e, []).form))
                }
              >
                {t('capabilityForm.delete')}
              </button>
            ) : null}
          </div>
        </form>
      </section>
      {id ? (
        <section className="card" aria-labelledby="cap-matches">
          <h2 id="cap-matches">{t('capabilityForm.matchesTitle')}</h2>
          <CapabilityMatches id={id} />
        </section>
      ) : null}
    </>
  );
}
