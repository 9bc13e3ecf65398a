import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { catalogCsvUrl, catalogPdfUrl, getCatalog } from '../api/exhibitions';
import { useAsync, useLang } from '../components/hooks';
import { LoadError, Loading } from '../components/status';
import { formatDate } from '../i18n/format';

/** The public catalog of an exhibition: approved needs by section, with CSV and PDF downloads. */
export function CatalogPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { id = '' } = useParams();
  const catalog = useAsync(() => getCatalog(id), [id]);
  if (catalog.error) return <LoadError error={catalog.error} />;
  if (!catalog.data) return <Loading />;
  const { exhibition: x, sections } = catalog.data;
  return (
    <article className="card">
      <h1>{x.translations?.[lang]?.title ?? x.title}</h1>
      <p className="muted">
        {x.city} · {formatDate(x.startsAt, lang)} – {formatDate(x.endsAt, lang)}
      </p>
      {x.description ? <p className="prose">{x.description}</p> : null}
      <p className="actions">
        <a className="button button--secondary" href={catalogCsvUrl(id)} download>
          {t('catalog.csv')}
        </a>
        <a className="button button--secondary" href={catalogPdfUrl(id)} download>
          {t('catalog.pdf')}
        </a>
      </p>
      {sections.length ? (
        sections.map((s) => (
          <section key={s.key} aria-labelledby={`sec-${s.key}`}>
            <h2 id={`sec-${s.key}`}>{s.title}</h2>
            <ul className="list">
              {s.needs.map((n) => (
                <li key={n.id} className={`list__item${n.featured ? ' featured' : ''}`}>
                  <Link to={`/needs/${n.id}`} className="list__title">
                    {n.title}
                  </Link>
                  {n.featured ? <span className="tag">{t('catalog.featured')}</span> : null}
                  {n.hsCodes?.length ? (
                    <span className="list__meta" dir="ltr">
                      {n.hsCodes.join(', ')}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ))
      ) : (
        <p>{t('catalog.empty')}</p>
      )}
    </article>
  );
}
