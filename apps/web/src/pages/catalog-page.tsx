import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadExhibitionOcds } from '../api/open-data';
import { Link, useParams } from 'react-router';
import {
  catalogCsvUrl,
  catalogPdfUrl,
  getCatalog,
  mySubmissions,
  submitNeed,
} from '../api/exhibitions';
import { listMyNeeds } from '../api/needs';
import { splitProblem } from '../api/problem';
import type { Exhibition } from '../api/types';
import { useSession } from '../auth/session-context';
import { useCountryName } from '../components/country-select';
import { exhibitionTitle, sectionTitle } from '../components/exhibition-text';
import { Field, FormError, Notice } from '../components/field';
import { useAsync, useLang } from '../components/hooks';
import { LoadError, Loading, StatusBadge } from '../components/status';
import {
  formatDate,
  formatDateTime,
  formatDeadlineShort,
  formatMoneyNamed,
  formatNumber,
  joinList,
} from '../i18n/format';
import { unitName } from '@niaz/text';
import { needText } from '../components/need-text';
import { TranslatedMark } from '../components/translated-mark';

/** A manufacturer proposes one of its open needs (published exhibitions, or invited drafts). */
function ProposeNeed({ exhibition }: { exhibition: Exhibition }) {
  const { t } = useTranslation();
  const lang = useLang();
  const needs = useAsync(() => listMyNeeds({ status: 'open', limit: 100 }), []);
  const mine = useAsync(() => mySubmissions({ exhibitionId: exhibition.id }), [exhibition.id]);
  const [choice, setChoice] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const proposed = new Set((mine.data?.items ?? []).map((s) => s.needId));
  const open = (needs.data?.items ?? []).filter((n) => !proposed.has(n.id));
  const submit = async () => {
    setError(null);
    try {
      await submitNeed(exhibition.id, choice);
      setDone(t('catalog.proposed'));
      setChoice('');
      await mine.reload();
    } catch (e) {
      setError(splitProblem(e, []).form);
    }
  };
  return (
    <section className="card" aria-labelledby="catalog-propose">
      <h2 id="catalog-propose">{t('catalog.proposeTitle')}</h2>
      <p className="hint">
        {t('catalog.proposeLead', { date: formatDateTime(exhibition.submissionDeadline, lang) })}
      </p>
      {done ? <Notice>{done}</Notice> : null}
      <FormError message={error} />
      {mine.data?.items.length ? (
        <ul className="list" aria-label={t('catalog.yourProposals')}>
          {mine.data.items.map((s) => (
            <li key={s.id} className="list__item">
              <Link to={`/needs/${s.needId}`} className="list__title">
                {s.need?.title ?? s.needId}
              </Link>
              <span className="list__meta">
                <StatusBadge kind="submission" status={s.status} />
                {s.reason ? (
                  <>
                    {' '}
                    {t('board.reason')}: <bdi>{s.reason}</bdi>
                  </>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {open.length ? (
        <div className="inline-form">
          <Field label={t('catalog.chooseNeed')}>
            <select value={choice} onChange={(e) => setChoice(e.target.value)}>
              <option value="">{t('common.choose')}</option>
              {open.map((n) => (
                <option key={n.id} value={n.id} dir="auto">
                  {n.title}
                </option>
              ))}
            </select>
          </Field>
          <button type="button" disabled={!choice} onClick={() => void submit()}>
            {t('needPage.submitToExhibition')}
          </button>
        </div>
      ) : needs.data ? (
        <p className="muted">{t('catalog.noOpenNeeds')}</p>
      ) : null}
    </section>
  );
}

/** The public catalog of an exhibition: approved needs by section, with CSV and PDF downloads. */
export function CatalogPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const country = useCountryName();
  const { id = '' } = useParams();
  const { me, kinds } = useSession();
  const catalog = useAsync(() => getCatalog(id), [id, me?.user.id]);
  if (catalog.error) return <LoadError error={catalog.error} />;
  if (!catalog.data) return <Loading />;
  const { exhibition: x, sections } = catalog.data;
  const organiser = Boolean(me?.memberships.some((m) => m.organizationId === x.organizationId));
  const canPropose =
    kinds.has('manufacturer') &&
    !organiser &&
    x.status !== 'closed' &&
    Date.parse(x.submissionDeadline) > Date.now();
  const description = x.translations[lang]?.description ?? x.description;
  const filled = sections.filter((s) => s.needs.length);
  return (
    <>
      <article className="card">
        <div className="card__head">
          <h1>{exhibitionTitle(x, lang)}</h1>
          <StatusBadge kind="exhibition" status={x.status} />
        </div>
        <p className="muted">
          {x.organization ? (
            <>
              <bdi>{x.organization.name}</bdi> ·{' '}
            </>
          ) : null}
          {joinList([x.city, x.province, country(x.country)], lang)} ·{' '}
          <time dateTime={x.startsAt}>{formatDate(x.startsAt, lang)}</time> –{' '}
          <time dateTime={x.endsAt}>{formatDate(x.endsAt, lang)}</time>
        </p>
        {description ? <p className="prose">{description}</p> : null}
        {organiser ? (
          <nav className="actions" aria-label={t('exhibitions.pages')}>
            <Link to={`/exhibitions/${id}/board`}>{t('exhibitions.board')}</Link>
            <Link to={`/exhibitions/${id}/edit`}>{t('exhibitions.edit')}</Link>
            <Link to={`/exhibitions/${id}/stats`}>{t('exhibitions.stats')}</Link>
            <button
              type="button"
              className="link-button"
              onClick={() => void downloadExhibitionOcds(id).catch(() => undefined)}
            >
              {t('openData.exhibitionDownload')}
            </button>
          </nav>
        ) : null}
        {x.status === 'published' ? (
          <p>
            <Link className="button" to={`/exhibitions/${id}/meetings`}>
              {t('meetings.open')}
            </Link>
          </p>
        ) : null}
        {x.status === 'draft' ? <p className="alert">{t('catalog.draftNote')}</p> : null}
        <p className="actions">
          <a className="button button--secondary" href={catalogCsvUrl(id, lang)} download>
            {t('catalog.csv')}
          </a>
          <a className="button button--secondary" href={catalogPdfUrl(id, lang)} download>
            {t('catalog.pdf')}
          </a>
        </p>
        <p className="muted">
          {t('catalog.total', {
            count: catalog.data.total,
            n: formatNumber(catalog.data.total, lang),
          })}
        </p>
        {filled.length ? (
          filled.map((s, i) => (
            <section key={s.key ?? `other-${i}`} aria-labelledby={`sec-${i}`}>
              <h2 id={`sec-${i}`}>{s.key ? sectionTitle(s, lang) : t('catalog.otherNeeds')}</h2>
              <ul className="list">
                {s.needs.map((n) => (
                  <li key={n.id} className={`list__item${n.featured ? ' featured' : ''}`}>
                    <span>
                      <Link to={`/needs/${n.id}`} className="list__title">
                        <bdi>{needText(n, lang).title}</bdi>
                      </Link>
                      {needText(n, lang).translatedFrom ? (
                        <>
                          {' '}
                          <TranslatedMark from={n.language} short />
                        </>
                      ) : null}
                      {n.featured ? <span className="tag">{t('catalog.featured')}</span> : null}
                    </span>
                    <span className="list__meta">
                      {n.organization ? (
                        <>
                          <bdi>{n.organization.name}</bdi> ·{' '}
                        </>
                      ) : null}
                      <span dir="ltr">{n.hsCodes.join(', ')}</span>
                      {n.quantityPerYear !== null
                        ? ` · ${formatNumber(n.quantityPerYear, lang)} `
                        : ''}
                      {n.quantityPerYear !== null ? <bdi>{unitName(n.unit, lang)}</bdi> : null}
                      {n.annualImportValue
                        ? ` · ${t('need.annualImportValue')}: ${formatMoneyNamed(n.annualImportValue, lang)}`
                        : ''}
                      {n.importOrigin
                        ? ` · ${t('need.importOrigin')}: ${country(n.importOrigin)}`
                        : ''}
                      {` · ${t('needs.deadlineShort', {
                        date: formatDeadlineShort(n.bidDeadline, n.timeZone, lang),
                      })}`}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ))
        ) : (
          <p>{t('catalog.empty')}</p>
        )}
      </article>
      {canPropose ? <ProposeNeed exhibition={x} /> : null}
    </>
  );
}
