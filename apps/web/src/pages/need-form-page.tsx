import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { createNeed, getNeed, publishNeed, updateNeed } from '../api/needs';
import { splitProblem } from '../api/problem';
import type { CreateNeed, Need } from '../api/types';
import { ChangeList } from '../components/amendments';
import { CountrySelect } from '../components/country-select';
import { DeadlineInput } from '../components/deadline-input';
import { Field, FormError } from '../components/field';
import { useFormSend } from '../components/form-send';
import { useLang } from '../components/hooks';
import { HsPicker } from '../components/hs-picker';
import {
  CurrencyOptions,
  moneyFields,
  MoneyInput,
  moneyPayload,
  readNumber,
  type MoneyDraft,
} from '../components/money-input';
import { Loading } from '../components/status';
import { termChanges, type Change } from '../components/term-changes';
import { TimeZoneSelect } from '../components/time-zone-select';
import { atHourIn, readerTimeZone, zoneOfCountry } from '../i18n/format';
import { fromZonedParts, zonedParts } from '../i18n/calendar';
import type { Lang } from '../i18n/languages';
import { emptyListing, listingDraft, listingPayload } from '../components/listing';
import type { ListingDraft } from '../components/listing';
import { DescriptionFields } from '../components/listing-fields';
import { TRANSLATION_FIELDS } from '../components/translations-fields';
import { editableNumber } from '../i18n/numbers';
import { NumberInput } from '../components/number-input';

interface Draft extends ListingDraft {
  quantityPerYear: string;
  unit: string;
  importOrigin: string;
  annualImportValue: MoneyDraft;
  targetPrice: MoneyDraft;
  requiredCertifications: string;
  specification: string;
  bidDeadline: string;
  country: string;
  province: string;
  timeZone: string;
  deliveryLocation: string;
  details: string;
  ndaRequired: boolean;
  bidsVisibleBeforeDeadline: boolean;
  minLocalContentPercent: string;
  bidCurrency: string;
  /** Weights as typed; all empty means no criteria. */
  awardCriteria: { price: string; localContent: string; leadTimeDays: string };
}

const CRITERIA = ['price', 'localContent', 'leadTimeDays'] as const;
const NO_CRITERIA = { price: '', localContent: '', leadTimeDays: '' };

/** Where a refusal's field errors go: beside the form's inputs, money and criteria parts included. */
const fieldsOf = (d: Draft) => [
  ...TRANSLATION_FIELDS,
  ...moneyFields('annualImportValue'),
  ...moneyFields('targetPrice'),
  ...CRITERIA.map((k) => `awardCriteria.${k}`),
  ...Object.keys(d),
  'rationale',
];

const money = (
  m: { amount: string; currency: string } | null | undefined,
  fallback: string,
  lang: Lang,
): MoneyDraft =>
  m
    ? { amount: editableNumber(m.amount, lang), currency: m.currency }
    : { amount: '', currency: fallback };

function fromNeed(n: Need, lang: Lang): Draft {
  return {
    ...listingDraft(n),
    quantityPerYear: editableNumber(n.quantityPerYear, lang),
    unit: n.unit ?? '',
    importOrigin: n.importOrigin ?? '',
    annualImportValue: money(n.annualImportValue, 'EUR', lang),
    targetPrice: money(n.targetPrice, 'EUR', lang),
    requiredCertifications: n.requiredCertifications.join(', '),
    specification: n.specification ?? '',
    bidDeadline: n.bidDeadline,
    country: n.country,
    province: n.province ?? '',
    timeZone: n.timeZone,
    deliveryLocation: n.deliveryLocation ?? '',
    details: n.details ?? '',
    ndaRequired: n.ndaRequired,
    bidsVisibleBeforeDeadline: n.bidsVisibleBeforeDeadline,
    minLocalContentPercent: editableNumber(n.minLocalContentPercent, lang),
    bidCurrency: n.bidCurrency ?? '',
    awardCriteria: n.awardCriteria
      ? {
          price: editableNumber(n.awardCriteria.price, lang),
          localContent: editableNumber(n.awardCriteria.localContent, lang),
          leadTimeDays: editableNumber(n.awardCriteria.leadTimeDays, lang),
        }
      : NO_CRITERIA,
  };
}

/** A need's zone by default: its country's (Tehran, Istanbul), else the reader's own. */
const defaultZone = (country: string) => zoneOfCountry(country) ?? readerTimeZone();

function emptyDraft(lang: Lang): Draft {
  const currency = lang === 'tr' ? 'TRY' : lang === 'fa' ? 'IRR' : 'EUR';
  const country = lang === 'tr' ? 'TR' : 'IR';
  return {
    ...emptyListing(lang),
    quantityPerYear: '',
    unit: '',
    importOrigin: '',
    annualImportValue: { amount: '', currency },
    targetPrice: { amount: '', currency },
    requiredCertifications: '',
    specification: '',
    // 17:00 in the need's zone, thirty days from now (not whatever hour UTC happens to be).
    bidDeadline: atHourIn(
      new Date(Date.now() + 30 * 86400_000),
      17,
      defaultZone(country),
    ).toISOString(),
    country,
    province: '',
    timeZone: defaultZone(country),
    deliveryLocation: '',
    details: '',
    ndaRequired: true,
    bidsVisibleBeforeDeadline: false,
    minLocalContentPercent: '',
    bidCurrency: '',
    awardCriteria: NO_CRITERIA,
  };
}

/** A number typed the reader's way; refused before sending if it could mean two. */
const num = (s: string, lang: Lang, field: string, t: TFunction, decimals: number) => {
  const v = readNumber(s, lang, field, t, decimals);
  return v === undefined ? undefined : Number(v);
};
const text = (s: string) => (s.trim() === '' ? undefined : s.trim());

function toPayload(d: Draft, lang: Lang, t: TFunction): CreateNeed {
  return {
    ...listingPayload(d),
    quantityPerYear: num(d.quantityPerYear, lang, 'quantityPerYear', t, 3),
    unit: text(d.unit),
    importOrigin: text(d.importOrigin),
    annualImportValue: moneyPayload(d.annualImportValue, lang, 'annualImportValue', t),
    targetPrice: moneyPayload(d.targetPrice, lang, 'targetPrice', t),
    requiredCertifications: d.requiredCertifications
      .split(/[,،]/)
      .map((s) => s.trim())
      .filter(Boolean),
    specification: text(d.specification),
    bidDeadline: d.bidDeadline,
    country: d.country,
    province: text(d.province),
    timeZone: d.timeZone,
    deliveryLocation: text(d.deliveryLocation),
    details: text(d.details),
    ndaRequired: d.ndaRequired,
    bidsVisibleBeforeDeadline: d.bidsVisibleBeforeDeadline,
    minLocalContentPercent: num(d.minLocalContentPercent, lang, 'minLocalContentPercent', t, 0),
    // Empty is null, not absent: an edit clears a currency or weights set before.
    bidCurrency: d.bidCurrency || null,
    awardCriteria: CRITERIA.some((k) => d.awardCriteria[k].trim())
      ? {
          price: num(d.awardCriteria.price, lang, 'awardCriteria.price', t, 0) ?? 0,
          localContent:
            num(d.awardCriteria.localContent, lang, 'awardCriteria.localContent', t, 0) ?? 0,
          leadTimeDays:
            num(d.awardCriteria.leadTimeDays, lang, 'awardCriteria.leadTimeDays', t, 0) ?? 0,
        }
      : null,
  };
}

/**
 * Another zone keeps the deadline's wall clock (17:00 stays 17:00, now in the new zone): the
 * owner picked a day and an hour, then says where.
 */
function rezone(d: Draft, timeZone: string): Draft {
  if (timeZone === d.timeZone || !d.bidDeadline) return { ...d, timeZone };
  const wall = zonedParts(new Date(d.bidDeadline), d.timeZone);
  const moved = fromZonedParts(wall, wall.time, timeZone);
  return { ...d, timeZone, bidDeadline: moved ? moved.toISOString() : d.bidDeadline };
}

/** Only what changed, so an untouched past deadline or cleared optional field is not re-sent. */
function changes(before: CreateNeed, after: CreateNeed): Partial<CreateNeed> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(after) as Array<keyof CreateNeed>) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key]) && after[key] !== undefined)
      out[key] = after[key];
  }
  return out as Partial<CreateNeed>;
}

/** Post a need (draft or straight to published) or edit one. */
export function NeedFormPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { id } = useParams();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft | null>(id ? null : emptyDraft(lang));
  const [original, setOriginal] = useState<Draft | null>(null);
  const [status, setStatus] = useState<Need['status']>('draft');
  const { busy, errors, formError, setFormError, send } = useFormSend(fieldsOf(emptyDraft(lang)));
  // Once published, a change of terms is an amendment: bidders re-confirm, it needs a reason.
  const [rationale, setRationale] = useState('');

  useEffect(() => {
    if (!id) return;
    getNeed(id)
      .then((n) => {
        setDraft(fromNeed(n, lang));
        setOriginal(fromNeed(n, lang));
        setStatus(n.status);
      })
      .catch((e) => setFormError(splitProblem(e, []).form));
  }, [id]);

  if (!draft) return formError ? <FormError message={formError} /> : <Loading />;
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((d) => (d ? { ...d, [key]: value } : d));
  // A zone still at the old country's default follows the country; a chosen one stays.
  const setCountry = (country: string) =>
    setDraft((d) =>
      d
        ? rezone(
            { ...d, country },
            d.timeZone === defaultZone(d.country) ? defaultZone(country) : d.timeZone,
          )
        : d,
    );
  const setZone = (zone: string) => setDraft((d) => (d ? rezone(d, zone) : d));

  const save = (publish: boolean) =>
    send(async () => {
      const payload = toPayload(draft, lang, t);
      let need: Need;
      if (id && original)
        need = await updateNeed(id, {
          ...changes(toPayload(original, lang, t), payload),
          ...(status !== 'draft' && rationale.trim() ? { rationale: rationale.trim() } : {}),
        });
      else need = await createNeed(payload);
      if (publish && need.status === 'draft') need = await publishNeed(need.id);
      void navigate(`/needs/${need.id}`, { state: { saved: publish ? 'published' : 'saved' } });
    });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void save(false);
  };
  const err = (f: string) => errors[f];
  // What the amendment will change, shown before it is sent (unreadable numbers wait).
  let pending: Change[] = [];
  if (status !== 'draft' && original) {
    try {
      const before = toPayload(original, lang, t);
      const sent = changes(before, toPayload(draft, lang, t));
      pending = termChanges(
        before as unknown as Record<string, unknown>,
        sent as Record<string, unknown>,
      );
    } catch {
      pending = [];
    }
  }

  return (
    <section className="card">
      <h1>{id ? t('needForm.editTitle') : t('needForm.newTitle')}</h1>
      <p className="lead">{t('needForm.lead')}</p>
      <form onSubmit={onSubmit} noValidate>
        <FormError message={formError} />
        <Field label={t('need.title')} error={err('title')} hint={t('needForm.titleHint')} required>
          <input
            value={draft.title}
            onChange={(e) => set('title', e.target.value)}
            maxLength={300}
          />
        </Field>
        <DescriptionFields
          label={t('need.description')}
          draft={draft}
          onDescription={(v) => set('description', v)}
          onTranslations={(v) => set('translations', v)}
          error={err}
        />
        <HsPicker
          legend={t('need.hsCodes')}
          value={draft.hsCodes}
          onChange={(v) => set('hsCodes', v)}
          error={err('hsCodes')}
        />
        <div className="row">
          <Field label={t('need.quantityPerYear')} error={err('quantityPerYear')}>
            <NumberInput
              decimal
              value={draft.quantityPerYear}
              onChange={(v) => set('quantityPerYear', v)}
            />
          </Field>
          <Field label={t('need.unit')} error={err('unit')} hint={t('needForm.unitHint')}>
            <input value={draft.unit} onChange={(e) => set('unit', e.target.value)} />
          </Field>
        </div>
        <MoneyInput
          label={t('need.targetPrice')}
          name="targetPrice"
          value={draft.targetPrice}
          onChange={(v) => set('targetPrice', v)}
          errors={errors}
        />
        <div className="row">
          <Field label={t('need.importOrigin')} error={err('importOrigin')}>
            <CountrySelect
              allowEmpty
              value={draft.importOrigin}
              onChange={(v) => set('importOrigin', v)}
            />
          </Field>
          <Field label={t('need.minLocalContentPercent')} error={err('minLocalContentPercent')}>
            <NumberInput
              value={draft.minLocalContentPercent}
              onChange={(v) => set('minLocalContentPercent', v)}
            />
          </Field>
        </div>
        <MoneyInput
          label={t('need.annualImportValue')}
          name="annualImportValue"
          value={draft.annualImportValue}
          onChange={(v) => set('annualImportValue', v)}
          errors={errors}
        />
        <div className="row">
          <Field label={t('common.country')} error={err('country')} required>
            <CountrySelect value={draft.country} onChange={setCountry} />
          </Field>
          <Field label={t('common.province')} error={err('province')}>
            <input value={draft.province} onChange={(e) => set('province', e.target.value)} />
          </Field>
        </div>
        <Field label={t('need.timeZone')} error={err('timeZone')} hint={t('needForm.timeZoneHint')}>
          <TimeZoneSelect value={draft.timeZone} onChange={setZone} />
        </Field>
        <DeadlineInput
          legend={t('need.bidDeadline')}
          value={draft.bidDeadline}
          onChange={(v) => set('bidDeadline', v)}
          error={err('bidDeadline')}
          timeZone={draft.timeZone}
        />
        <details className="more">
          <summary>{t('needForm.more')}</summary>
          <Field label={t('need.isic')} error={err('isic')} hint={t('needForm.isicHint')}>
            <NumberInput value={draft.isic} onChange={(v) => set('isic', v)} />
          </Field>
          <Field
            label={t('need.requiredCertifications')}
            error={err('requiredCertifications')}
            hint={t('form.commaSeparated')}
          >
            <input
              value={draft.requiredCertifications}
              onChange={(e) => set('requiredCertifications', e.target.value)}
            />
          </Field>
          <Field label={t('need.specification')} error={err('specification')}>
            <textarea
              rows={4}
              value={draft.specification}
              onChange={(e) => set('specification', e.target.value)}
            />
          </Field>
          <Field
            label={t('tender.fields.bidCurrency')}
            error={err('bidCurrency')}
            hint={t('tender.bidCurrencyHint')}
          >
            <select value={draft.bidCurrency} onChange={(e) => set('bidCurrency', e.target.value)}>
              <option value="">{t('tender.bidCurrencyAny')}</option>
              <CurrencyOptions />
            </select>
          </Field>
          <fieldset>
            <legend>{t('tender.awardCriteriaLegend')}</legend>
            <p className="hint">{t('tender.awardCriteriaHint')}</p>
            {err('awardCriteria') ? <p className="error">{err('awardCriteria')}</p> : null}
            <div className="row">
              {CRITERIA.map((k) => (
                <Field
                  key={k}
                  label={t(`tender.criteriaLabel.${k}`)}
                  error={err(`awardCriteria.${k}`)}
                >
                  <NumberInput
                    value={draft.awardCriteria[k]}
                    onChange={(v) => set('awardCriteria', { ...draft.awardCriteria, [k]: v })}
                  />
                </Field>
              ))}
            </div>
          </fieldset>
          <Field label={t('need.deliveryLocation')} error={err('deliveryLocation')}>
            <input
              value={draft.deliveryLocation}
              onChange={(e) => set('deliveryLocation', e.target.value)}
            />
          </Field>
        </details>
        <fieldset>
          <legend>{t('needForm.confidential')}</legend>
          <Field label={t('need.details')} error={err('details')} hint={t('needForm.detailsHint')}>
            <textarea
              rows={4}
              value={draft.details}
              onChange={(e) => set('details', e.target.value)}
            />
          </Field>
          <label className="choice">
            <input
              type="checkbox"
              checked={draft.ndaRequired}
              onChange={(e) => set('ndaRequired', e.target.checked)}
            />
            <span>{t('need.ndaRequired')}</span>
          </label>
          <label className="choice">
            <input
              type="checkbox"
              checked={draft.bidsVisibleBeforeDeadline}
              disabled={status !== 'draft'}
              onChange={(e) => set('bidsVisibleBeforeDeadline', e.target.checked)}
            />
            <span>{t('need.bidsVisibleBeforeDeadline')}</span>
          </label>
        </fieldset>
        {pending.length ? (
          <section className="amendment-preview" aria-labelledby="amendment-preview">
            <h2 id="amendment-preview" className="h3">
              {t('tender.previewTitle')}
            </h2>
            <p className="hint">{t('tender.previewHint')}</p>
            <ChangeList changes={pending} label={t('tender.previewTitle')} />
          </section>
        ) : null}
        {status !== 'draft' ? (
          <Field
            label={t('needForm.rationale')}
            error={err('rationale')}
            hint={t('needForm.rationaleHint')}
            required={pending.length > 0}
          >
            <textarea rows={3} value={rationale} onChange={(e) => setRationale(e.target.value)} />
          </Field>
        ) : null}
        <div className="actions">
          {status === 'draft' ? (
            <button type="button" disabled={busy} onClick={() => void save(true)}>
              {id ? t('needForm.saveAndPublish') : t('needForm.publish')}
            </button>
          ) : null}
          <button type="submit" className="button--secondary" disabled={busy}>
            {id ? t('needForm.save') : t('needForm.saveDraft')}
          </button>
        </div>
      </form>
    </section>
  );
}
