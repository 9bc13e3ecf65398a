import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { needMatches, type MatchReasonObject } from '../api/matches';
import { inviteToBid } from '../api/needs';
import { ApiError, splitProblem } from '../api/problem';
import { formatScore } from '../i18n/format';
import { useAsync, useLang } from './hooks';
import { Loading } from './status';

/** A reason as the reader's language says it when we know its code, else the API's text. */
export function useReasonText(): (r: string | MatchReasonObject) => string {
  const { t, i18n } = useTranslation();
  return (r) => {
    if (typeof r === 'string') return r;
    const key = `reason.${r.code}`;
    return i18n.exists(key) ? t(key, r.params ?? {}) : r.text;
  };
}

/** Ranked candidate suppliers for a need, with their reasons, and "invite to bid". */
export function MatchList({ needId, canInvite }: { needId: string; canInvite: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const reason = useReasonText();
  const matches = useAsync(() => needMatches(needId), [needId]);
  const [invited, setInvited] = useState<Record<string, 'ok' | 'already' | string>>({});

  if (matches.loading && !matches.data) return <Loading />;
  if (matches.error) {
    const unavailable = matches.error instanceof ApiError && matches.error.status === 404;
    return (
      <p className="muted">{unavailable ? t('matches.unavailable') : t('common.loadFailed')}</p>
    );
  }
  const items = matches.data ?? [];
  if (!items.length) return <p>{t('matches.none')}</p>;

  const invite = async (organizationId: string) => {
    try {
      await inviteToBid(needId, organizationId);
      setInvited((s) => ({ ...s, [organizationId]: 'ok' }));
    } catch (e) {
      const already = e instanceof ApiError && e.status === 409;
      setInvited((s) => ({
        ...s,
        [organizationId]: already ? 'already' : (splitProblem(e, []).form ?? ''),
      }));
    }
  };

  return (
    <ol className="matches">
      {items.map((m) => {
        const state = invited[m.organization.id];
        return (
          <li key={m.capability.id} className="match">
            <div className="match__head">
              <strong>{m.organization.name}</strong> — {m.capability.title}
              <span
                className="score"
                aria-label={t('matches.scoreLabel', { score: formatScore(m.score, lang) })}
              >
                <span
                  className="score__bar"
                  style={{ inlineSize: `${Math.round(Math.max(0, Math.min(1, m.score)) * 100)}%` }}
                />
                <span className="score__text">{formatScore(m.score, lang)}</span>
              </span>
            </div>
            <ul className="reasons" aria-label={t('matches.reasons')}>
              {m.reasons.map((r, i) => (
                <li key={i}>{reason(r)}</li>
              ))}
            </ul>
            {canInvite ? (
              state === 'ok' || state === 'already' ? (
                <p className="ok" role="status">
                  {state === 'ok' ? t('matches.invited') : t('matches.alreadyInvited')}
                </p>
              ) : (
                <>
                  <button
                    type="button"
                    onClick={() => void invite(m.organization.id)}
                    aria-label={t('matches.inviteOrg', { name: m.organization.name })}
                  >
                    {t('matches.invite')}
                  </button>
                  {state ? <p className="error">{state}</p> : null}
                </>
              )
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
