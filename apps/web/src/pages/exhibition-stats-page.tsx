import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { getExhibition, getStats } from '../api/exhibitions';
import type { ExhibitionStats } from '../api/types';
import { BarChart, type Bar } from '../components/bar-chart';
import { useAsync, useLang } from '../components/hooks';
import { useHsName } from '../components/hs-picker';
import { LoadError, Loading } from '../components/status';
import { formatDate, formatMoney, formatNumber } from '../i18n/format';
import type { Lang } from '../i18n/languages';
import { exhibitionTitle } from '../components/exhibition-text';

const count = (label: string, value: number, lang: Lang): Bar => ({
  label,
  value,
  display: formatNumber(value, lang),
});

/** Weekly activity as columns, one group per ISO week, with the figures in a table below. */
function Weekly({ weeks }: { weeks: ExhibitionStats['weekly'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const kinds = ['submissions', 'approvals', 'bids', 'matches', 'awards'] as const;
  const max = Math.max(1, ...weeks.flatMap((w) => kinds.map((k) => w[k])));
  const group = kinds.length * 8 + 12;
  return (
    <figure className="chart weekly">
      <figcaption>{t('stats.weekly')}</figcaption>
      <svg
        className="weekly__svg"
        viewBox={`0 0 ${Math.max(group * weeks.length, 120)} 64`}
        aria-hidden="true"
        focusable="false"
      >
        {weeks.map((w, i) =>
          kinds.map((k, j) => {
            const h = (w[k] / max) * 60;
            return (
              <rect
                key={`${w.weekStart}-${k}`}
                className={`weekly__bar weekly__bar--${j}`}
                x={i * group + j * 8}
                y={62 - h}
                width={7}
                height={Math.max(h, 0.5)}
              />
            );
          }),
        )}
      </svg>
      <ul className="legend" aria-hidden="true">
        {kinds.map((k, j) => (
          <li key={k}>
            <span className={`legend__swatch weekly__bar--${j}`} /> {t(`stats.${k}`)}
          </li>
        ))}
      </ul>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('stats.weekly')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('stats.week')}</th>
              {kinds.map((k) => (
                <th key={k} scope="col">
                  {t(`stats.${k}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.weekStart}>
                <th scope="row">{formatDate(w.weekStart, lang)}</th>
                {kinds.map((k) => (
                  <td key={k}>{formatNumber(w[k], lang)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

/** The exhibition's figures as charts: proposals, activity, sectors and money per currency. */
export function ExhibitionStatsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const hsName = useHsName();
  const { id = '' } = useParams();
  const x = useAsync(() => getExhibition(id), [id]);
  const stats = useAsync(() => getStats(id), [id]);
  if (stats.error) return <LoadError error={stats.error} />;
  if (!stats.data) return <Loading />;
  const s = stats.data;
  const byStatus = (['pending', 'approved', 'changes_requested', 'rejected'] as const).map((k) =>
    count(t(`status.submission.${k}`), s.submissions.byStatus[k], lang),
  );
  const activity = [
    count(t('stats.approvedNeeds'), s.submissions.byStatus.approved, lang),
    count(t('stats.matches'), s.matches.made, lang),
    count(t('stats.suppliersMatched'), s.matches.suppliers, lang),
    count(t('stats.bids'), s.bids.received, lang),
    count(t('stats.needsWithBids'), s.bids.needsWithBids, lang),
    count(t('stats.awards'), s.awards.count, lang),
  ];
  const sectors = s.needsBySector.map((r) => {
    const name = hsName(r.hsChapter);
    return {
      label: name ? `${r.hsChapter} — ${name}` : r.hsChapter,
      value: r.approved,
      display: t('stats.approvedOf', {
        approved: formatNumber(r.approved, lang),
        submitted: formatNumber(r.submitted, lang),
      }),
    };
  });
  const money = [
    ...s.importValueTargeted.map((m) => ({
      label: `${t('stats.importValueTargeted')} (${m.currency})`,
      value: Number(m.amount),
      display: formatMoney(m, lang),
    })),
    ...s.awards.valueAwarded.map((m) => ({
      label: `${t('stats.valueAwarded')} (${m.currency})`,
      value: Number(m.amount),
      display: formatMoney(m, lang),
    })),
  ];
  return (
    <section className="card">
      <h1>{t('stats.title', { title: x.data ? exhibitionTitle(x.data, lang) : '' })}</h1>
      <nav className="actions" aria-label={t('exhibitions.pages')}>
        <Link to={`/exhibitions/${id}/board`}>{t('exhibitions.board')}</Link>
        <Link to={`/exhibitions/${id}`}>{t('exhibitions.catalog')}</Link>
      </nav>
      <p className="muted">
        {t('stats.submissionsTotal', {
          count: s.submissions.total,
          n: formatNumber(s.submissions.total, lang),
        })}
      </p>
      <div className="charts">
        <BarChart title={t('stats.byStatus')} bars={byStatus} />
        <BarChart title={t('stats.activity')} bars={activity} />
        {sectors.length ? <BarChart title={t('stats.bySector')} bars={sectors} /> : null}
        {money.length ? <BarChart title={t('stats.money')} bars={money} /> : null}
      </div>
      {s.weekly.length ? <Weekly weeks={s.weekly} /> : null}
    </section>
  );
}
