import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="card">
      <h1>{t('common.notFound')}</h1>
      <Link to="/">{t('nav.home')}</Link>
    </section>
  );
}
