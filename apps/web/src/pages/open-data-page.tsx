import { useTranslation } from 'react-i18next';

/** The Open Contracting (OCDS 1.1) feeds: what they hold and where to read them. */
export function OpenDataPage() {
  const { t } = useTranslation();
  const releases = '/api/v1/ocds/releases';
  return (
    <>
      <h1>{t('openData.title')}</h1>
      <section className="card feeds" aria-labelledby="open-data-intro">
        <h2 id="open-data-intro" className="h3">
          {t('openData.whatTitle')}
        </h2>
        <p>{t('openData.intro')}</p>
        <p className="hint">{t('openData.never')}</p>
      </section>
      <section className="card feeds" aria-labelledby="open-data-feeds">
        <h2 id="open-data-feeds" className="h3">
          {t('openData.feedsTitle')}
        </h2>
        <div>
          <h3 className="h3">
            <a href={releases} type="application/json">
              {t('openData.releases')}
            </a>
          </h3>
          <p>{t('openData.releasesHint')}</p>
          <code dir="ltr">GET {releases}?since=…&amp;cursor=…</code>
        </div>
        <div>
          <h3 className="h3">{t('openData.record')}</h3>
          <p>{t('openData.recordHint')}</p>
          <code dir="ltr">GET /api/v1/needs/:id/ocds</code>
        </div>
        <div>
          <h3 className="h3">{t('openData.exhibition')}</h3>
          <p>{t('openData.exhibitionHint')}</p>
          <code dir="ltr">GET /api/v1/exhibitions/:id/ocds</code>
        </div>
        <p className="hint">
          {t('openData.standard')}{' '}
          <a href="https://standard.open-contracting.org/1.1/" rel="noreferrer">
            standard.open-contracting.org
          </a>
        </p>
      </section>
    </>
  );
}
