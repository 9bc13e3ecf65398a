import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { myCapabilities } from '../api/capabilities';
import { useAsync } from '../components/hooks';
import { LoadError, Loading } from '../components/status';

export function CapabilitiesPage() {
  const { t } = useTranslation();
  const caps = useAsync(() => myCapabilities(), []);
  return (
    <section className="card">
      <div className="card__head">
        <h1>{t('capabilities.title')}</h1>
        <Link className="button" to="/capabilities/new">
          {t('home.addCapability')}
        </Link>
      </div>
      {caps.error ? <LoadError error={caps.error} /> : null}
      {caps.data ? (
        caps.data.items.length ? (
          <ul className="list">
            {caps.data.items.map((c) => (
              <li key={c.id} className="list__item">
                <Link to={`/capabilities/${c.id}/edit`} className="list__title">
                  <bdi>{c.title}</bdi>
                </Link>
                <span className="list__meta" dir="ltr">
                  {c.hsCodes.join(', ')}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('home.noCapabilitiesYet')}</p>
        )
      ) : (
        <Loading />
      )}
    </section>
  );
}
