import { useEffect, useState } from 'react';
import { unitName } from '@niaz/text';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { myBids } from '../api/bids';
import { listExhibitions, mySubmissions, resubmit, submitNeed } from '../api/exhibitions';
import { getOrganization } from '../api/identity';
import { needOcdsUrl } from '../api/open-data';
import { acceptNda, cancelNeed, closeNeed, detailViews, getNeed, publishNeed } from '../api/needs';
import { ApiError, splitProblem } from '../api/problem';
import { auditTrail, listAmendments, listQuestions, repostNeed, verifyAudit } from '../api/tender';
import type { Exhibition, Need } from '../api/types';
import { useSession } from '../auth/session-context';
import { AmendmentList } from '../components/amendments';
import { AuditTimeline, OpeningMoment } from '../components/audit-timeline';
import { Attachments } from '../components/attachments';
import { BidForm } from '../components/bid-form';
import { BidsCompare } from '../components/bids-compare';
import { useCountryName } from '../components/country-select';
import { ConfirmButton } from '../components/confirm-button';
import { Field, FormError, Notice } from '../components/field';
import { useAsync, useLang, useNow } from '../components/hooks';
import { useHsName } from '../components/hs-picker';
import { MatchList } from '../components/match-list';
import { RequestMeetingButton } from '../components/request-meeting';
import { Questions } from '../components/questions';
import { ReconfirmNotice } from '../components/reconfirm-notice';
import { SubmissionDecision } from '../components/submission-decision';
import { Tabs } from '../components/tabs';
import { needText } from '../components/need-text';
import { termValueText } from '../components/term-changes';
import { LoadError, Loading, StatusBadge } from '../components/status';
import { TranslatedMark } from '../components/translated-mark';
import {
  formatDateTime,
  formatInZones,
  formatMoney,
  formatNumber,
  formatPercent,
  joinList,
  readerTimeZone,
} from '../i18n/format';

function HsCodes({ codes }: { codes: string[] }) {
  const name = useHsName();
  return (
    <ul className="chips">
      {codes.map((c) => (
        <li key={c} className="chip">
          <span dir="ltr" className="code">
            {c}
          </span>{' '}
          {name(c)}
        </li>
      ))}
    </ul>
  );
}

/** Close or cancel with the reason bidders and organisers will read. */
function ReasonAction({
  label,
  onConfirm,
}: {
  label: string;
  onConfirm: (reason: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!open)
    return (
      <button type="button" className="button--secondary" onClick={() => setOpen(true)}>
        {label}
      </button>
    );
  return (
    <div className="inline-form">
      <Field label={t('needPage.reason')} error={error} hint={t('needPage.reasonHint')}>
        <input value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <button
        type="button"
        onClick={() =>
          void onConfirm(reason).catch((e) => {
            const { fields, form } = splitProblem(e, ['reason']);
            setError(fields.reason ?? form);
          })
        }
      >
        {label}
      </button>{' '}
      <button type="button" className="button--secondary" onClick={() => setOpen(false)}>
        {t('common.cancel')}
      </button>
    </div>
  );
}

function SubmitToExhibition({ needId, canPropose }: { needId: string; canPropose: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const published = useAsync(() => listExhibitions(), []);
  const invited = useAsync(() => listExhibitions({ invited: true }), []);
  const mine = useAsync(() => mySubmissions({ needId }), [needId]);
  const [choice, setChoice] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const proposedTo = new Set((mine.data?.items ?? []).map((s) => s.exhibitionId));
  const byId = new Map<string, Exhibition>();
  for (const x of [...(invited.data?.items ?? []), ...(published.data?.items ?? [])])
    if (x.status !== 'closed' && Date.parse(x.submissionDeadline) > Date.now()) byId.set(x.id, x);
  const open = canPropose ? [...byId.values()].filter((x) => !proposedTo.has(x.id)) : [];
  const run = async (fn: () => Promise<unknown>, message: string) => {
    setError(null);
    setDone(null);
    try {
      await fn();
      setDone(message);
      setChoice('');
      await mine.reload();
    } catch (e) {
      setError(splitProblem(e, []).form);
    }
  };
  if (!open.length && !mine.data?.items.length) return null;
  return (
    <section className="card" aria-labelledby="need-exhibit">
      <h2 id="need-exhibit">{t('needPage.exhibitTitle')}</h2>
      {done ? <Notice>{done}</Notice> : null}
      <FormError message={error} />
      {mine.data?.items.length ? (
        <ul className="list" aria-label={t('submissions.title')}>
          {mine.data.items.map((s) => (
            <li key={s.id} className="list__item">
              <Link to={`/exhibitions/${s.exhibitionId}`} className="list__title">
                {s.exhibition?.title ?? s.exhibitionId}
              </Link>
              <SubmissionDecision
                submission={s}
                at={s.decidedAt}
                onResubmit={() =>
                  void run(() => resubmit(s.exhibitionId, s.id), t('submissions.resubmitted'))
                }
              />
            </li>
          ))}
        </ul>
      ) : null}
      {open.length ? (
        <div className="inline-form">
          <Field label={t('needPage.exhibition')}>
            <select value={choice} onChange={(e) => setChoice(e.target.value)}>
              <option value="">{t('common.choose')}</option>
              {open.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.translations[lang]?.title ?? x.title} — {x.city}
                </option>
              ))}
            </select>
          </Field>
          <button
            type="button"
            disabled={!choice}
            onClick={() => void run(() => submitNeed(choice, needId), t('needPage.submitted'))}
          >
            {t('needPage.submitToExhibition')}
          </button>
        </div>
      ) : null}
    </section>
  );
}

/** A need: the public part for all, details after the NDA, and each role's actions. */
export function NeedPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const { me, orgOf } = useSession();
  const country = useCountryName();
  const need = useAsync(() => getNeed(id), [id, me?.user.id]);
  const org = useAsync(
    () => (need.data ? getOrganization(need.data.organizationId) : Promise.resolve(null)),
    [need.data?.organizationId],
  );
  const mine = useAsync(
    () => (me && orgOf('supplier') ? myBids() : Promise.resolve(null)),
    [me?.user.id, id],
  );
  const published = Boolean(need.data?.publishedAt);
  const amendments = useAsync(
    () => (published ? listAmendments(id) : Promise.resolve(null)),
    [id, published, need.data?.amendmentCount],
  );
  const questions = useAsync(
    () => (published ? listQuestions(id) : Promise.resolve(null)),
    [id, published, me?.user.id],
  );
  // The record is the owner's, the admins' and the bidders'; anyone else gets no tab.
  const record = useAsync(
    async () =>
      me && published
        ? Promise.all([auditTrail(id), verifyAudit(id)]).catch(() => null)
        : Promise.resolve(null),
    [id, published, me?.user.id, need.data?.status, need.data?.updatedAt, mine.data],
  );
  const [tab, setTab] = useState('questions');
  const [actionError, setActionError] = useState<string | null>(null);
  const [ndaChecked, setNdaChecked] = useState(false);
  const [original, setOriginal] = useState(false);
  const [bidNotice, setBidNotice] = useState<string | null>(null);
  const now = useNow(1000);
  // "Published"/"saved" greets the arrival only: the next action clears it, so no old banner
  // stands beside a new error.
  const [flashCleared, setFlashCleared] = useState(false);
  const flash = flashCleared ? undefined : (location.state as { saved?: string } | null)?.saved;
  // A new arrival (e.g. at the draft a repost made) greets again.
  useEffect(() => setFlashCleared(false), [location.key]);

  if (need.loading && !need.data) return <Loading />;
  if (need.error || !need.data) return <LoadError error={need.error} />;
  const n: Need = need.data;
  // The owner's words in the reader's language when given; the original one click away.
  const text = needText(n, lang);
  const shown = original ? { title: n.title, description: n.description } : text;
  const isOwner = Boolean(me?.memberships.some((m) => m.organizationId === n.organizationId));
  const supplier = orgOf('supplier');
  const deadlinePassed = Date.parse(n.bidDeadline) <= now;
  const myBid = mine.data?.items.find((b) => b.needId === n.id && b.status !== 'withdrawn');
  const mustReconfirm = Boolean(
    myBid?.confirmationRequired && n.status === 'open' && !deadlinePassed,
  );
  const showAmendments = () => {
    setTab('amendments');
    document.getElementById('need-tender')?.scrollIntoView();
  };
  const reloadBids = () => {
    void mine.reload();
    void record.reload();
  };
  const auditEntries = record.data?.[0].items ?? [];
  // A finished tender runs again only as a new draft (the server's isRepostable).
  const repostable =
    n.status !== 'draft' &&
    (deadlinePassed || ['closed', 'cancelled', 'awarded', 'expired'].includes(n.status));

  const act = async (fn: () => Promise<unknown>) => {
    setActionError(null);
    setFlashCleared(true);
    setBidNotice(null);
    try {
      await fn();
      await need.reload();
    } catch (e) {
      setActionError(splitProblem(e, []).form);
      throw e;
    }
  };

  return (
    <>
      {flash === 'published' ? <Notice>{t('needPage.publishedNotice')}</Notice> : null}
      {flash === 'saved' ? <Notice>{t('needPage.savedNotice')}</Notice> : null}
      {flash === 'reposted' ? <Notice>{t('tender.reposted')}</Notice> : null}
      {mustReconfirm && myBid ? (
        <ReconfirmNotice
          bid={myBid}
          deadline={n.bidDeadline}
          onConfirmed={() => {
            setBidNotice(t('tender.reconfirmed'));
            reloadBids();
          }}
          onRevise={() => {
            const form = document.getElementById('bid-form');
            form?.scrollIntoView();
            form?.querySelector<HTMLInputElement>('input')?.focus();
          }}
        />
      ) : null}
      <article className="card need">
        <header className="card__head">
          <h1 dir="auto">{shown.title}</h1>
          <StatusBadge kind="need" status={n.status} />
        </header>
        {text.translatedFrom ? (
          <p className="translated">
            <TranslatedMark from={text.translatedFrom} />{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => setOriginal((o) => !o)}
              aria-pressed={original}
            >
              {original ? t('need.showTranslation') : t('need.showOriginal')}
            </button>
          </p>
        ) : null}
        <p className="muted">
          {org.data ? (
            <>
              <Link to={`/organizations/${org.data.id}`}>
                <bdi>{org.data.name}</bdi>
              </Link>
              {org.data.verified ? ` · ${t('org.verified')}` : ''} ·{' '}
            </>
          ) : null}
          {joinList([country(n.country), n.province], lang)}
        </p>
        {!isOwner && supplier && org.data ? (
          <RequestMeetingButton
            organizationId={org.data.id}
            organizationName={org.data.name}
            needId={n.id}
          />
        ) : null}
        <dl className="facts">
          <div>
            <dt>{t('need.bidDeadline')}</dt>
            <dd>
              {formatInZones(n.bidDeadline, n.timeZone, readerTimeZone(), lang).map((z, i) => (
                <span key={z.timeZone} className="zoned-time">
                  {i > 0 ? <>{t('needPage.yourTime')}: </> : null}
                  <time dateTime={n.bidDeadline}>{z.text}</time>{' '}
                  <span className="muted">({z.zoneName})</span>
                </span>
              ))}
              {deadlinePassed && n.status === 'open' ? ` · ${t('needPage.deadlinePassed')}` : null}
            </dd>
          </div>
          {n.quantityPerYear !== null ? (
            <div>
              <dt>{t('need.quantityPerYear')}</dt>
              <dd>
                {formatNumber(n.quantityPerYear, lang)} <bdi>{unitName(n.unit, lang)}</bdi>
              </dd>
            </div>
          ) : null}
          {n.targetPrice ? (
            <div>
              <dt>{t('need.targetPrice')}</dt>
              <dd>{formatMoney(n.targetPrice, lang)}</dd>
            </div>
          ) : null}
          {n.annualImportValue ? (
            <div>
              <dt>{t('need.annualImportValue')}</dt>
              <dd>{formatMoney(n.annualImportValue, lang)}</dd>
            </div>
          ) : null}
          {n.importOrigin ? (
            <div>
              <dt>{t('need.importOrigin')}</dt>
              <dd>{country(n.importOrigin)}</dd>
            </div>
          ) : null}
          {n.minLocalContentPercent !== null ? (
            <div>
              <dt>{t('need.minLocalContentPercent')}</dt>
              <dd>{formatPercent(n.minLocalContentPercent, lang)}</dd>
            </div>
          ) : null}
          {n.bidCurrency ? (
            <div>
              <dt>{t('tender.fields.bidCurrency')}</dt>
              <dd>{t(`currency.${n.bidCurrency}`, { defaultValue: n.bidCurrency })}</dd>
            </div>
          ) : null}
          {n.awardCriteria ? (
            <div>
              <dt>{t('tender.fields.awardCriteria')}</dt>
              <dd>{termValueText('awardCriteria', n.awardCriteria, lang, t)}</dd>
            </div>
          ) : null}
          {n.requiredCertifications.length ? (
            <div>
              <dt>{t('need.requiredCertifications')}</dt>
              <dd>{joinList(n.requiredCertifications, lang)}</dd>
            </div>
          ) : null}
          {n.isic ? (
            <div>
              <dt>{t('need.isic')}</dt>
              <dd dir="ltr">{n.isic}</dd>
            </div>
          ) : null}
        </dl>
        <h2 className="h3">{t('need.hsCodes')}</h2>
        <HsCodes codes={n.hsCodes} />
        {shown.description ? (
          <p className="prose" dir="auto">
            {shown.description}
          </p>
        ) : null}
        {n.specification ? (
          <>
            <h2 className="h3">{t('need.specification')}</h2>
            <p className="prose" dir="auto">
              {n.specification}
            </p>
          </>
        ) : null}
        {n.amendmentCount > 0 ? (
          <p className="alert">
            {t('tender.amendedTimes', {
              count: n.amendmentCount,
              n: formatNumber(n.amendmentCount, lang),
            })}{' '}
            <button type="button" className="link-button" onClick={showAmendments}>
              {t('tender.seeChanges')}
            </button>
          </p>
        ) : null}
        {n.publishedAt ? (
          <p className="open-data-link">
            <a href={needOcdsUrl(n.id)} type="application/json">
              {t('openData.needLink')}
            </a>{' '}
            <span className="muted">{t('openData.needLinkHint')}</span>
          </p>
        ) : null}
        {n.closeReason ? (
          <p className="alert">
            {t('needPage.closeReason')}: {n.closeReason}
          </p>
        ) : null}

        <section aria-labelledby="need-details" className="details">
          <h2 id="need-details" className="h3">
            {t('need.details')}
          </h2>
          {'details' in n && n.details !== undefined ? (
            n.details ? (
              <p className="prose" dir="auto">
                {n.details}
              </p>
            ) : (
              <p className="muted">{t('needPage.noDetails')}</p>
            )
          ) : n.detailsLocked ? (
            supplier && !isOwner ? (
              <div className="nda">
                <p>{t('needPage.ndaExplain')}</p>
                <label className="choice">
                  <input
                    type="checkbox"
                    checked={ndaChecked}
                    onChange={(e) => setNdaChecked(e.target.checked)}
                  />
                  <span>{t('needPage.ndaAgree')}</span>
                </label>
                <button
                  type="button"
                  disabled={!ndaChecked}
                  onClick={() => void act(() => acceptNda(n.id)).catch(() => undefined)}
                >
                  {t('needPage.ndaAccept')}
                </button>
              </div>
            ) : (
              <p className="muted">
                {me ? t('needPage.ndaSuppliersOnly') : t('needPage.ndaSignIn')}
              </p>
            )
          ) : (
            <p className="muted">{t('needPage.noDetails')}</p>
          )}
        </section>
        <FormError message={actionError} />
        {isOwner ? (
          <div className="actions" role="group" aria-label={t('needPage.ownerActions')}>
            {n.status === 'draft' ? (
              <ConfirmButton
                label={t('needPage.publish')}
                question={t('confirm.publishNeed')}
                yes={t('confirm.publishYes')}
                onConfirm={() => void act(() => publishNeed(n.id)).catch(() => undefined)}
              />
            ) : null}
            {n.status === 'draft' || n.status === 'open' ? (
              <Link className="button button--secondary" to={`/needs/${n.id}/edit`}>
                {n.publishedAt ? t('tender.amend') : t('needPage.edit')}
              </Link>
            ) : null}
            {n.status === 'open' || n.status === 'evaluating' ? (
              <ReasonAction
                label={t('needPage.close')}
                onConfirm={(r) => act(() => closeNeed(n.id, r))}
              />
            ) : null}
            {repostable ? (
              <ConfirmButton
                secondary
                label={t('tender.repost')}
                question={t('tender.repostQuestion')}
                yes={t('tender.repostYes')}
                onConfirm={() =>
                  void act(async () => {
                    const copy = await repostNeed(n.id);
                    void navigate(`/needs/${copy.id}`, { state: { saved: 'reposted' } });
                  }).catch(() => undefined)
                }
              />
            ) : null}
            {n.status === 'draft' || n.status === 'open' || n.status === 'evaluating' ? (
              <ReasonAction
                label={t('needPage.cancel')}
                onConfirm={(r) => act(() => cancelNeed(n.id, r))}
              />
            ) : null}
          </div>
        ) : null}
      </article>

      <Attachments
        key={`${n.id}-${'details' in n ? 'details' : 'public'}`}
        target={{ type: 'need', id: n.id }}
        title={t('files.needTitle')}
        canChange={isOwner && (n.status === 'draft' || n.status === 'open')}
        confidentialOption
        rationaleRequired={isOwner && n.status !== 'draft'}
        showLog={isOwner}
        ndaGate={
          !isOwner && n.detailsLocked
            ? supplier
              ? t('files.ndaGate')
              : t('files.ndaGateSignIn')
            : null
        }
      />
      {isOwner && n.status !== 'draft' ? (
        <section className="card" aria-labelledby="need-bids">
          <h2 id="need-bids">{t('needPage.bidsTitle')}</h2>
          <OpeningMoment entries={auditEntries} />
          <BidsCompare need={n} onChanged={() => void need.reload()} />
        </section>
      ) : null}
      {isOwner && n.status !== 'draft' ? (
        <section className="card" aria-labelledby="need-matches">
          <h2 id="need-matches">{t('needPage.matchesTitle')}</h2>
          <p className="hint">{t('needPage.matchesHint')}</p>
          <MatchList needId={n.id} canInvite={n.status === 'open'} publishedAt={n.publishedAt} />
        </section>
      ) : null}
      {isOwner && n.status !== 'draft' ? (
        <SubmitToExhibition needId={n.id} canPropose={n.status === 'open'} />
      ) : null}
      {isOwner && n.status !== 'draft' ? <DetailViews needId={n.id} /> : null}

      {!isOwner && supplier ? (
        <section className="card" aria-labelledby="need-bid">
          <h2 id="need-bid">{myBid ? t('needPage.yourBid') : t('needPage.placeBid')}</h2>
          {bidNotice ? <Notice>{bidNotice}</Notice> : null}
          {n.status === 'open' && !deadlinePassed ? (
            mine.loading && !mine.data ? (
              <Loading />
            ) : (
              <BidForm
                key={myBid?.id ?? 'new'}
                need={n}
                existing={myBid}
                onStart={() => {
                  setBidNotice(null);
                  setFlashCleared(true);
                }}
                onSaved={(message) => {
                  setBidNotice(message);
                  reloadBids();
                }}
              />
            )
          ) : (
            <>
              <OpeningMoment entries={auditEntries} />
              <p>
                {myBid
                  ? t('needPage.bidStatus', { status: t(`status.bid.${myBid.status}`) })
                  : t('needPage.biddingClosed')}
              </p>
              {myBid?.status === 'lapsed' ? (
                <p className="alert">{t('tender.lapsedExplain')}</p>
              ) : null}
            </>
          )}
        </section>
      ) : null}
      {!isOwner && supplier && myBid ? (
        <Attachments
          target={{ type: 'bid', id: myBid.id }}
          title={t('files.bidTitle')}
          canChange={n.status === 'open' && !deadlinePassed}
          sealed
        />
      ) : null}
      {published ? (
        <section className="card" id="need-tender" aria-label={t('tender.tabsLabel')}>
          <Tabs
            label={t('tender.tabsLabel')}
            selected={tab}
            onSelect={setTab}
            tabs={[
              {
                id: 'questions',
                label: t('tender.questionsTab', {
                  n: formatNumber(questions.data?.items.length ?? 0, lang),
                }),
                content: (
                  <Questions
                    need={n}
                    questions={questions.data?.items}
                    error={questions.error}
                    isOwner={isOwner}
                    canAsk={Boolean(supplier) && !isOwner}
                    now={now}
                    onChanged={() => void questions.reload()}
                  />
                ),
              },
              {
                id: 'amendments',
                label: t('tender.amendmentsTab', { n: formatNumber(n.amendmentCount, lang) }),
                content: (
                  <AmendmentList amendments={amendments.data?.items} error={amendments.error} />
                ),
              },
              ...(record.data
                ? [
                    {
                      id: 'record',
                      label: t('tender.recordTab'),
                      content: <AuditTimeline entries={auditEntries} verdict={record.data[1]} />,
                    },
                  ]
                : []),
            ]}
          />
        </section>
      ) : null}
      {!me && n.status === 'open' ? (
        <p className="card">
          <Link to="/signup">{t('needPage.signUpToBid')}</Link>
        </p>
      ) : null}
    </>
  );
}

function DetailViews({ needId }: { needId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const views = useAsync(() => detailViews(needId), [needId]);
  if (!views.data || views.error instanceof ApiError) return null;
  return (
    <section className="card" aria-labelledby="need-views">
      <h2 id="need-views">{t('needPage.viewsTitle')}</h2>
      {views.data.items.length ? (
        <ul className="list">
          {views.data.items.map((v) => (
            <li key={v.id} className="list__item">
              <span>
                {v.userName}
                {v.organizationName ? (
                  <>
                    {' '}
                    — <bdi>{v.organizationName}</bdi>
                  </>
                ) : null}
              </span>
              <span className="list__meta">{formatDateTime(v.viewedAt, lang)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('needPage.noViews')}</p>
      )}
    </section>
  );
}
