import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listExhibitions } from '../api/exhibitions';
import { useSession } from '../auth/session-context';
import { useAsync, useLang } from '../components/hooks';
import { LoadError, Loading, StatusBadge } from '../components/status';
import { formatDate } from '../i18n/format';
import { exhibitionTitle } from '../components/exhibition-text';

/** Published exhibitions for everyone; organisers also reach their own drafts. */
export function ExhibitionsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { kinds } = useSession();
  const list = useAsync(() => listExhibitions(), []);
  return (
    <section className="card">
      <div className="card__head">
        <h1>{t('exhibitions.title')}</h1>
        {kinds.has('organiser') ? (
          <Link className="button" to="/exhibitions/new">
            {t('home.newExhibition')}
          </Link>
        ) : null}
      </div>
      <p className="lead">{t('exhibitions.lead')}</p>
      {list.error ? <LoadError error={list.error} /> : null}
      {list.loading && !list.data ? <Loading /> : null}
      {list.data ? (
        list.data.items.length ? (
          <ul className="list">
            {list.data.items.map((x) => (
              <li key={x.id} className="list__item">
                <Link to={`/exhibitions/${x.id}`} className="list__title">
                  {exhibitionTitle(x, lang)}
                </Link>
                <span className="list__meta">
                  <StatusBadge kind="exhibition" status={x.status} />{' '}
                  {x.organization ? (
                    <>
                      <bdi>{x.organization.name}</bdi> ·{' '}
                    </>
                  ) : null}
                  {x.city} · {formatDate(x.startsAt, lang)} – {formatDate(x.endsAt, lang)}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('exhibitions.none')}</p>
        )
      ) : null}
    </section>
  );
}
