import { useTranslation } from 'react-i18next';
import type { Amendment } from '../api/types';
import { formatDateTime, formatNumber } from '../i18n/format';
import { useCountryName } from './country-select';
import { useLang } from './hooks';
import { LoadError, Loading } from './status';
import { changeList, termLabelKey, termValueText, type Change } from './term-changes';

/** Each changed term: its value before, struck out, and after. */
export function ChangeList({ changes, label }: { changes: Change[]; label: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const country = useCountryName();
  const text = (c: Change, v: unknown) => termValueText(c.field, v, lang, t, country);
  return (
    <ul className="changes" aria-label={label}>
      {changes.map((c) => (
        <li key={c.field} className="change">
          <span className="change__field">
            {t(termLabelKey(c.field), { defaultValue: c.field })}
          </span>
          {c.confidential ? (
            <span className="muted">{t('tender.confidentialChange')}</span>
          ) : (
            <span className="change__values">
              <del dir="auto">
                <span className="sr-only">{t('tender.before')}: </span>
                {text(c, c.before)}
              </del>
              <span className="change__arrow" aria-hidden="true" />
              <ins dir="auto">
                <span className="sr-only">{t('tender.after')}: </span>
                {text(c, c.after)}
              </ins>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The need's amendments, newest first: when, why, and every term before and after. */
export function AmendmentList({
  amendments,
  error,
}: {
  amendments: Amendment[] | undefined;
  error: unknown;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  if (error) return <LoadError error={error} />;
  if (!amendments) return <Loading />;
  if (!amendments.length) return <p className="muted">{t('tender.noAmendments')}</p>;
  return (
    <ul className="list amendments">
      {amendments.map((a, i) => (
        <li key={a.id} className="amendment">
          <h3 className="h3">
            {t('tender.amendmentN', { n: formatNumber(amendments.length - i, lang) })}{' '}
            <time dateTime={a.createdAt} className="muted">
              {formatDateTime(a.createdAt, lang)}
            </time>
          </h3>
          <p>
            <strong>{t('tender.rationale')}:</strong> <bdi>{a.rationale}</bdi>
          </p>
          {a.deadlineExtended ? <p className="alert">{t('tender.deadlineExtended')}</p> : null}
          <ChangeList
            changes={changeList(a.changes)}
            label={t('tender.changesOf', { n: formatNumber(amendments.length - i, lang) })}
          />
        </li>
      ))}
    </ul>
  );
}
