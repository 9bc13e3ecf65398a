import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { getExhibition, getStats } from '../api/exhibitions';
import type { MoneyValue } from '../api/types';
import { BarChart } from '../components/bar-chart';
import { useAsync, useLang } from '../components/hooks';
import { LoadError, Loading } from '../components/status';
import { formatMoney, formatNumber } from '../i18n/format';

/** Money figures may come as one amount, a list per currency, or a plain number. */
function moneyList(v: unknown): MoneyValue[] {
  if (Array.isArray(v))
    return v.filter((m): m is MoneyValue => Boolean(m && typeof m === 'object' && 'amount' in m));
  if (v && typeof v === 'object' && 'amount' in v) return [v as MoneyValue];
  return [];
}

/** The exhibition's figures as bar charts: counts, then money per currency. */
export function ExhibitionStatsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { id = '' } = useParams();
  const x = useAsync(() => getExhibition(id), [id]);
  const stats = useAsync(() => getStats(id), [id]);
  if (stats.error) return <LoadError error={stats.error} />;
  if (!stats.data) return <Loading />;
  const s = stats.data;
  const counts = (['needs', 'matches', 'bids', 'awards'] as const).map((k) => ({
    label: t(`stats.${k}`),
    value: Number(s[k] ?? 0),
    display: formatNumber(Number(s[k] ?? 0), lang),
  }));
  const money = [
    ...moneyList(s.importValueTargeted).map((m) => ({
      label: `${t('stats.importValueTargeted')} (${m.currency})`,
      value: Number(m.amount),
      display: formatMoney(m, lang),
    })),
    ...moneyList(s.valueAwarded).map((m) => ({
      label: `${t('stats.valueAwarded')} (${m.currency})`,
      value: Number(m.amount),
      display: formatMoney(m, lang),
    })),
  ];
  return (
    <section className="card">
      <h1>{t('stats.title', { title: x.data?.title ?? '' })}</h1>
      <p className="actions">
        <Link to={`/exhibitions/${id}/board`}>{t('exhibitions.board')}</Link> ·{' '}
        <Link to={`/exhibitions/${id}`}>{t('exhibitions.catalog')}</Link>
      </p>
      <div className="charts">
        <BarChart title={t('stats.activity')} bars={counts} />
        {money.length ? <BarChart title={t('stats.money')} bars={money} /> : null}
      </div>
    </section>
  );
}
