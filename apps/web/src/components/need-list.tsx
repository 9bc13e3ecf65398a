import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Need } from '../api/types';
import { formatDeadlineShort, zoneOfCountry } from '../i18n/format';
import { useLang } from './hooks';
import { needText } from './need-text';
import { StatusBadge } from './status';
import { TranslatedMark } from './translated-mark';

type NeedRow = Pick<Need, 'id' | 'title' | 'status' | 'bidDeadline'> & Partial<Need>;

/** Needs as a list of links with status and deadline. */
export function NeedList({ needs, showStatus = true }: { needs: NeedRow[]; showStatus?: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!needs.length) return <p className="muted">{t('needs.none')}</p>;
  return (
    <ul className="list">
      {needs.map((n) => {
        const text = needText(n, lang);
        return (
          <li key={n.id} className="list__item">
            <Link to={`/needs/${n.id}`} className="list__title">
              <bdi>{text.title}</bdi>
            </Link>
            {text.translatedFrom ? (
              <>
                {' '}
                <TranslatedMark from={text.translatedFrom} short />
              </>
            ) : null}
            <span className="list__meta">
              {showStatus ? <StatusBadge kind="need" status={n.status} /> : null}{' '}
              {n.bidDeadline
                ? t('needs.deadlineShort', {
                    date: formatDeadlineShort(
                      n.bidDeadline,
                      n.timeZone ?? zoneOfCountry(n.country),
                      lang,
                    ),
                  })
                : null}
              {n.hsCodes?.length ? (
                <>
                  {' · '}
                  <span dir="ltr">{n.hsCodes.join(', ')}</span>
                </>
              ) : null}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
