import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { acceptInvitation, previewInvitation } from '../api/meetings';
import { useSession } from '../auth/session-context';
import { FormError, Notice } from '../components/field';
import { useAsync, useLang } from '../components/hooks';
import { LoadError, Loading } from '../components/status';
import { formatDate } from '../i18n/format';

/** The invitation link: sign up (or in), then join the fair's meetings with your company. */
export function JoinMeetingsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { me } = useSession();
  const invitation = useAsync(() => previewInvitation(token), [token]);
  const [error, setError] = useState<string | null>(null);
  if (invitation.error) return <LoadError error={invitation.error} />;
  if (!invitation.data) return <Loading />;
  const inv = invitation.data;
  // The exhibition's title isolated for direction (a Persian title in a Turkish sentence).
  const [before, after = ''] = t('join.title', { exhibition: '\u0000' }).split('\u0000');
  const back = `/meetings/join?token=${encodeURIComponent(token)}`;
  const orgs = (me?.memberships ?? []).filter(
    (m) =>
      m.organization.kinds.includes('manufacturer') || m.organization.kinds.includes('supplier'),
  );
  return (
    <div className="join-meetings">
      <h1>
        {before}
        <bdi>{inv.exhibitionTitle}</bdi>
        {after}
      </h1>
      {inv.status !== 'open' ? (
        <Notice>{t(`join.${inv.status}`)}</Notice>
      ) : (
        <>
          <p>{t('join.intro', { until: formatDate(inv.expiresAt, lang) })}</p>
          <FormError message={error} />
          {!me ? (
            <div className="row">
              <Link className="button" to={`/signup?next=${encodeURIComponent(back)}`}>
                {t('join.signUp')}
              </Link>
              <Link
                className="button button--secondary"
                to={`/signin?next=${encodeURIComponent(back)}`}
              >
                {t('join.signIn')}
              </Link>
            </div>
          ) : orgs.length === 0 ? (
            <p className="muted">{t('join.noOrg')}</p>
          ) : (
            orgs.map((m) => (
              <button
                key={m.organizationId}
                type="button"
                onClick={() =>
                  void acceptInvitation(token, m.organizationId)
                    .then(() => navigate(`/exhibitions/${inv.exhibitionId}/meetings`))
                    .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
                }
              >
                {t('join.joinAs', { name: m.organization.name })}
              </button>
            ))
          )}
        </>
      )}
    </div>
  );
}
