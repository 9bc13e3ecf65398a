import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { reviseBid, submitBid, withdrawBid } from '../api/bids';
import { confirmBid } from '../api/tender';
import { splitProblem } from '../api/problem';
import type { Bid, Need } from '../api/types';
import { formatDate, formatMoney } from '../i18n/format';
import { editableNumber } from '../i18n/numbers';
import { ConfirmButton } from './confirm-button';
import { DeadlineInput } from './deadline-input';
import { Field, FormError } from './field';
import { useFormSend } from './form-send';
import { useLang } from './hooks';
import {
  MoneyInput,
  moneyPayload,
  readNumber,
  useNumberFollowsLanguage,
  type MoneyDraft,
} from './money-input';
import { StatusBadge } from './status';
import { NumberInput } from './number-input';

const FIELDS = [
  'price.amount',
  'price.currency',
  'price',
  'quantity',
  'leadTimeDays',
  'localContentPercent',
  'proposal',
  'validUntil',
];

/** A supplier's sealed bid on a need: submit, revise or withdraw before the deadline. */
export function BidForm({
  need,
  existing,
  onSaved,
  onStart,
}: {
  need: Need;
  existing?: Bid;
  /** After a save, with the message to show (the form may be drawn anew). */
  onSaved: (message: string) => void;
  /** When a save or withdrawal starts: the page clears its older banners. */
  onStart?: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [price, setPrice] = useState<MoneyDraft>({
    amount: editableNumber(existing?.price?.amount, lang),
    currency: existing?.price?.currency ?? need.targetPrice?.currency ?? 'EUR',
  });
  const [quantity, setQuantity] = useState(
    editableNumber(existing?.quantity ?? need.quantityPerYear, lang),
  );
  const [leadTimeDays, setLeadTimeDays] = useState(editableNumber(existing?.leadTimeDays, lang));
  const [local, setLocal] = useState(editableNumber(existing?.localContentPercent, lang));
  const [proposal, setProposal] = useState(existing?.proposal ?? '');
  const [validUntil, setValidUntil] = useState(
    existing?.validUntil ?? new Date(Date.parse(need.bidDeadline) + 60 * 86400_000).toISOString(),
  );
  useNumberFollowsLanguage(quantity, setQuantity);
  useNumberFollowsLanguage(leadTimeDays, setLeadTimeDays);
  useNumberFollowsLanguage(local, setLocal);
  const { busy, setBusy, errors, formError, setFormError, send } = useFormSend(FIELDS);
  const live = existing && existing.status !== 'withdrawn';
  // After an amendment a save is the re-confirmation, with the revision in the same step.
  const confirming = Boolean(live && existing?.confirmationRequired);

  /** A whole number typed the reader's way; refused before sending if it could mean two. */
  const num = (s: string, field: string, decimals = 0) => {
    const v = readNumber(s, lang, field, t, decimals);
    return v === undefined ? undefined : Number(v);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    onStart?.();
    await send(async () => {
      const body = {
        price: moneyPayload(price, lang, 'price', t) ?? { amount: '', currency: price.currency },
        quantity: num(quantity, 'quantity', 3) as number,
        leadTimeDays: num(leadTimeDays, 'leadTimeDays') as number,
        localContentPercent: num(local, 'localContentPercent'),
        proposal,
        validUntil,
      };
      if (confirming && existing) await confirmBid(existing.id, body);
      else if (live && existing) await reviseBid(existing.id, body);
      else await submitBid(need.id, body);
      onSaved(
        confirming ? t('tender.reconfirmed') : live ? t('bidForm.revised') : t('bidForm.submitted'),
      );
    });
  };
  const withdraw = async () => {
    if (!existing) return;
    onStart?.();
    setFormError(null);
    setBusy(true);
    try {
      await withdrawBid(existing.id);
      onSaved(t('bidForm.withdrawn'));
    } catch (err) {
      setFormError(splitProblem(err, []).form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate id="bid-form">
      {live && existing ? (
        <p>
          {t('bidForm.yourBid', {
            price: formatMoney(existing.price, lang),
            date: formatDate(existing.createdAt, lang),
          })}{' '}
          <StatusBadge kind="bid" status={existing.status} />
        </p>
      ) : null}
      <p className="hint">{t('bidForm.sealedHint')}</p>
      <FormError message={formError} />
      <MoneyInput
        label={t('bid.price')}
        name="price"
        value={price}
        onChange={setPrice}
        errors={errors}
        required
      />
      <div className="row">
        <Field label={t('bid.quantity')} error={errors.quantity} required>
          <NumberInput decimal value={quantity} onChange={setQuantity} />
        </Field>
        <Field label={t('bid.leadTimeDays')} error={errors.leadTimeDays} required>
          <NumberInput value={leadTimeDays} onChange={setLeadTimeDays} />
        </Field>
        <Field label={t('bid.localContentPercent')} error={errors.localContentPercent}>
          <NumberInput value={local} onChange={setLocal} />
        </Field>
      </div>
      <Field label={t('bid.proposal')} error={errors.proposal} required>
        <textarea rows={5} value={proposal} onChange={(e) => setProposal(e.target.value)} />
      </Field>
      <DeadlineInput
        legend={t('bid.validUntil')}
        value={validUntil}
        onChange={setValidUntil}
        error={errors.validUntil}
      />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {confirming
            ? t('tender.reviseAndReconfirm')
            : live
              ? t('bidForm.revise')
              : t('bidForm.submit')}
        </button>
        {live ? (
          <ConfirmButton
            secondary
            disabled={busy}
            label={t('bidForm.withdraw')}
            question={t('confirm.withdrawBid')}
            yes={t('confirm.withdrawYes')}
            onConfirm={() => void withdraw()}
          />
        ) : null}
      </div>
    </form>
  );
}
