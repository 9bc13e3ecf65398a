import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { getOrganization } from '../api/identity';
import { useSession } from '../auth/session-context';
import { Attachments } from '../components/attachments';
import { useCountryName } from '../components/country-select';
import { useAsync, useLang } from '../components/hooks';
import { LoadError, Loading } from '../components/status';
import { joinList } from '../i18n/format';

/** An organisation's public page: who it is, and its certificates (its members add them). */
export function OrganizationPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const country = useCountryName();
  const { id = '' } = useParams();
  const { me } = useSession();
  const org = useAsync(() => getOrganization(id), [id]);
  if (org.loading && !org.data) return <Loading />;
  if (org.error || !org.data) return <LoadError error={org.error} />;
  const o = org.data;
  const member = Boolean(me?.memberships.some((m) => m.organizationId === o.id));
  const name = o.translations[lang]?.name ?? o.name;
  const description = o.translations[lang]?.description ?? o.description;
  return (
    <>
      <article className="card">
        <header className="card__head">
          <h1 dir="auto">{name}</h1>
          {o.verified ? <span className="badge badge--awarded">{t('org.verified')}</span> : null}
        </header>
        <p className="muted">
          {joinList(
            [o.kinds.map((k) => t(`kind.${k}`)).join(' · '), country(o.country), o.province],
            lang,
          )}
        </p>
        {description ? (
          <p className="prose" dir="auto">
            {description}
          </p>
        ) : null}
        {o.knowledgeBasedCertificate ? (
          <p>
            <span className="mark mark--sealed">{t('org.knowledgeBased')}</span>{' '}
            <bdi dir="ltr">{o.knowledgeBasedCertificate}</bdi>
          </p>
        ) : null}
      </article>
      <Attachments
        target={{ type: 'organization', id: o.id }}
        title={t('files.certificatesTitle')}
        canChange={member}
      />
    </>
  );
}
