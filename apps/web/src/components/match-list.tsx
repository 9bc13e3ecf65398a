import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { needMatches } from '../api/matches';
import { inviteToBid } from '../api/needs';
import { ApiError, splitProblem } from '../api/problem';
import type { NeedMatch } from '../api/types';
import { formatScore } from '../i18n/format';
import { useLang } from './hooks';
import { RequestMeetingButton } from './request-meeting';
import { MoreButton, usePaged } from './paged';
import { LoadError, Loading } from './status';

/** Why a match was made, worded by the server in the reader's language. */
export function MatchReasons({ reasons }: { reasons: string[] }) {
  const { t } = useTranslation();
  return (
    <ul className="reasons" aria-label={t('matches.reasons')}>
      {reasons.map((r, i) => (
        <li key={i}>{r}</li>
      ))}
    </ul>
  );
}

/** Score as a bar and a percentage, read out as "Fit 87%". */
export function Score({ score }: { score: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <span
      className="score"
      role="img"
      aria-label={t('matches.scoreLabel', { score: formatScore(score, lang) })}
    >
      <span
        className="score__bar"
        style={{ inlineSize: `${Math.round(Math.max(0, Math.min(1, score)) * 100)}%` }}
      />
      <span className="score__text" aria-hidden="true">
        {formatScore(score, lang)}
      </span>
    </span>
  );
}

/** How long after publishing an empty list means "still matching" rather than "nobody fits". */
const MATCHING_WINDOW_MS = 2 * 60_000;
const POLL_MS = 2_000;

/**
 * Ranked candidate suppliers for a need, with their reasons, and "invite to bid". Matching runs
 * in the worker after publishing: while the need is fresh and the list empty, it says "finding
 * makers…" and looks again every two seconds, so the matches appear without a reload.
 */
export function MatchList({
  needId,
  canInvite,
  publishedAt,
}: {
  needId: string;
  canInvite: boolean;
  publishedAt?: string | null;
}) {
  const { t } = useTranslation();
  const matches = usePaged<NeedMatch>((cursor) => needMatches(needId, cursor), [needId]);
  const [invited, setInvited] = useState<Record<string, 'ok' | 'already' | string>>({});
  const [now, setNow] = useState(() => Date.now());
  const publishedMs = publishedAt ? Date.parse(publishedAt) : NaN;
  const searching =
    matches.items !== undefined &&
    matches.items.length === 0 &&
    now - publishedMs < MATCHING_WINDOW_MS;
  const { reload } = matches;
  useEffect(() => {
    if (!searching) return;
    const timer = setTimeout(() => {
      setNow(Date.now());
      void reload();
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [searching, now, reload]);

  if (matches.error) return <LoadError error={matches.error} />;
  if (!matches.items) return <Loading />;
  if (searching)
    return (
      <p className="muted" role="status" aria-live="polite">
        {t('matches.finding')}
      </p>
    );
  if (!matches.items.length) return <p>{t('matches.none')}</p>;

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
    <>
      <ol className="matches">
        {matches.items.map((m) => {
          const state = invited[m.organization.id];
          return (
            <li key={m.capability.id} className="match">
              <div className="match__head">
                <strong>
                  <bdi>{m.organization.name}</bdi>
                </strong>{' '}
                — <bdi>{m.capability.title}</bdi>
                <Score score={m.score} />
              </div>
              <MatchReasons reasons={m.reasons} />
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
              <RequestMeetingButton
                organizationId={m.organization.id}
                organizationName={m.organization.name}
                needId={needId}
              />
            </li>
          );
        })}
      </ol>
      <MoreButton paged={matches} />
    </>
  );
}
