import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Capability } from '../api/types';

/** One's own capabilities as links to their edit form, with their HS codes. */
export function CapabilityList({
  items,
}: {
  items: Pick<Capability, 'id' | 'title' | 'hsCodes'>[];
}) {
  const { t } = useTranslation();
  if (!items.length) return <p>{t('home.noCapabilitiesYet')}</p>;
  return (
    <ul className="list">
      {items.map((c) => (
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
  );
}
