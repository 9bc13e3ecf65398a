import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { myCapabilities } from '../api/capabilities';
import { CapabilityList } from '../components/capability-list';
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
      {caps.data ? <CapabilityList items={caps.data.items} /> : <Loading />}
    </section>
  );
}
