import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import {
  getExhibition,
  inviteOrganization,
  listInvitations,
  listSubmissions,
  placeSubmission,
  publishExhibition,
  reviewSubmission,
  type Review,
} from '../api/exhibitions';
import { ApiError, splitProblem } from '../api/problem';
import { searchNeeds } from '../api/search';
import type { ExhibitionSection, Submission, SubmissionStatus } from '../api/types';
import { ConfirmButton } from '../components/confirm-button';
import { Field, FormError, Notice } from '../components/field';
import { useAsync, useDebounced, useLang } from '../components/hooks';
import { LoadError, Loading, StatusBadge } from '../components/status';
import { formatNumber, toAsciiDigits } from '../i18n/format';
import { sectionTitle } from '../components/exhibition-text';

const COLUMNS: SubmissionStatus[] = ['pending', 'approved', 'changes_requested', 'rejected'];
/** Button text and its accessible name ("Approve …") per decision. */
const LABELS: Record<Review, [string, string]> = {
  approve: ['board.approve', 'board.approveOf'],
  reject: ['board.reject', 'board.rejectOf'],
  'request-changes': ['board.requestChanges', 'board.changesOf'],
};

/** Reject and request-changes need a reason the proposer reads; approve takes one too. */
function Decide({
  title,
  actions,
  run,
}: {
  title: string;
  actions: Review[];
  run: (review: Review, reason: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const go = (review: Review) =>
    run(review, reason.trim()).catch((e: unknown) => {
      const { fields, form } = splitProblem(e, ['reason']);
      setError(fields.reason ?? form);
    });
  return (
    <div className="decide">
      <Field label={t('board.reasonLabel', { title })} error={error} hint={t('board.reasonHint')}>
        <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <div className="actions">
        {actions.map((review) => (
          <button
            key={review}
            type="button"
            className={review === 'approve' ? undefined : 'button--secondary'}
            onClick={() => void go(review)}
            aria-label={t(LABELS[review][1], { title })}
          >
            {t(LABELS[review][0])}
          </button>
        ))}
      </div>
    </div>
  );
}

function Placement({
  s,
  title,
  sections,
  place,
}: {
  s: Submission;
  title: string;
  sections: ExhibitionSection[];
  place: (body: { section?: string | null; order?: number; featured?: boolean }) => Promise<void>;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  // What the organiser chose shows at once; the saved values come back with the list.
  const [order, setOrder] = useState(String(s.order));
  const [section, setSection] = useState(s.section ?? '');
  const [featured, setFeatured] = useState(s.featured);
  useEffect(() => setOrder(String(s.order)), [s.order]);
  useEffect(() => setSection(s.section ?? ''), [s.section]);
  useEffect(() => setFeatured(s.featured), [s.featured]);
  return (
    <div className="arrange">
      <Field label={t('board.section', { title })}>
        <select
          value={section}
          onChange={(e) => {
            setSection(e.target.value);
            void place({ section: e.target.value || null });
          }}
        >
          <option value="">{t('board.noSection')}</option>
          {sections.map((x) => (
            <option key={x.key} value={x.key}>
              {sectionTitle(x, lang)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('board.order', { title })} hint={t('board.orderHint')}>
        <input
          inputMode="numeric"
          dir="ltr"
          value={order}
          onChange={(e) => setOrder(e.target.value)}
          onBlur={() => {
            const n = Number(toAsciiDigits(order));
            if (Number.isInteger(n) && n !== s.order) void place({ order: n });
          }}
        />
      </Field>
      <label className="choice">
        <input
          type="checkbox"
          checked={featured}
          onChange={(e) => {
            setFeatured(e.target.checked);
            void place({ featured: e.target.checked });
          }}
        />
        <span>{t('board.featuredOf', { title })}</span>
      </label>
    </div>
  );
}

function SubmissionCard({
  exhibitionId,
  s,
  sections,
  editable,
  onChanged,
}: {
  exhibitionId: string;
  s: Submission;
  sections: ExhibitionSection[];
  editable: boolean;
  onChanged: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const title = s.need?.title ?? s.needId;
  const review = async (r: Review, reason: string) => {
    await reviewSubmission(exhibitionId, s.id, r, reason || undefined);
    await onChanged();
  };
  const place = async (body: { section?: string | null; order?: number; featured?: boolean }) => {
    setError(null);
    try {
      await placeSubmission(exhibitionId, s.id, body);
      await onChanged();
    } catch (e) {
      setError(splitProblem(e, []).form);
    }
  };
  return (
    <li className={`board__card${s.featured ? ' featured' : ''}`}>
      <Link to={`/needs/${s.needId}`} className="list__title">
        {title}
      </Link>
      {s.organization ? (
        <p className="muted" dir="auto">
          {s.organization.name}
        </p>
      ) : null}
      {s.reason ? (
        <p className="muted">
          {t('board.reason')}: <bdi>{s.reason}</bdi>
        </p>
      ) : null}
      <FormError message={error} />
      {!editable ? null : s.status === 'pending' ? (
        <Decide title={title} actions={['approve', 'reject', 'request-changes']} run={review} />
      ) : s.status === 'approved' ? (
        <>
          <Placement s={s} title={title} sections={sections} place={place} />
          <details className="more">
            <summary>{t('board.otherDecisions')}</summary>
            <Decide title={title} actions={['request-changes', 'reject']} run={review} />
          </details>
        </>
      ) : s.status === 'changes_requested' ? (
        <details className="more">
          <summary>{t('board.otherDecisions')}</summary>
          <Decide title={title} actions={['reject']} run={review} />
        </details>
      ) : null}
    </li>
  );
}

/** Invite manufacturers: found by their name or by what they need (published needs). */
function Invitations({ exhibitionId }: { exhibitionId: string }) {
  const { t } = useTranslation();
  const invited = useAsync(() => listInvitations(exhibitionId), [exhibitionId]);
  const [q, setQ] = useState('');
  const settled = useDebounced(q.trim(), 300);
  const found = useAsync(
    () => (settled ? searchNeeds({ q: settled, limit: 50 }) : Promise.resolve(null)),
    [settled],
  );
  const [error, setError] = useState<string | null>(null);
  const invitedIds = new Set((invited.data ?? []).map((i) => i.organizationId));
  const orgs = new Map<string, { id: string; name: string; needs: string[] }>();
  for (const hit of found.data?.items ?? []) {
    const o = orgs.get(hit.organization.id) ?? { ...hit.organization, needs: [] };
    o.needs.push(hit.title);
    orgs.set(o.id, o);
  }
  const invite = async (organizationId: string) => {
    setError(null);
    try {
      await inviteOrganization(exhibitionId, organizationId);
      await invited.reload();
    } catch (e) {
      setError(
        e instanceof ApiError && e.status === 409
          ? t('board.alreadyInvited')
          : splitProblem(e, []).form,
      );
    }
  };
  return (
    <section className="card" aria-labelledby="board-invite">
      <h2 id="board-invite">{t('board.inviteTitle')}</h2>
      <p className="hint">{t('board.inviteLead')}</p>
      <FormError message={error} />
      {invited.data?.length ? (
        <>
          <h3>{t('board.invitedTitle')}</h3>
          <ul className="chips" aria-label={t('board.invitedTitle')}>
            {invited.data.map((i) => (
              <li key={i.id} className="chip">
                {i.organization?.name ?? i.organizationId}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Field label={t('board.findManufacturer')} hint={t('board.findManufacturerHint')}>
        <input type="search" value={q} onChange={(e) => setQ(e.target.value)} autoComplete="off" />
      </Field>
      {settled && found.data ? (
        orgs.size ? (
          <ul className="list" aria-label={t('board.foundManufacturers')}>
            {[...orgs.values()].map((o) => (
              <li key={o.id} className="list__item">
                <span className="list__title">
                  <bdi>{o.name}</bdi>
                </span>
                <span className="list__meta">{o.needs.slice(0, 3).join(' · ')}</span>
                {invitedIds.has(o.id) ? (
                  <span className="ok">{t('board.invited')}</span>
                ) : (
                  <span>
                    <button
                      type="button"
                      onClick={() => void invite(o.id)}
                      aria-label={t('board.inviteOrg', { name: o.name })}
                    >
                      {t('board.invite')}
                    </button>
                  </span>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('board.noManufacturers')}</p>
        )
      ) : null}
    </section>
  );
}

/** The organiser's board: proposals by state; approved ones get a section, an order, a star. */
export function CurationBoardPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { id = '' } = useParams();
  const location = useLocation();
  const exhibition = useAsync(() => getExhibition(id), [id]);
  const subs = useAsync(() => listSubmissions(id), [id]);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(
    (location.state as { created?: boolean } | null)?.created ? t('board.created') : null,
  );
  useEffect(() => {
    // Proposals arrive while the board is open: look again when the organiser comes back.
    const again = () => void subs.reload();
    window.addEventListener('focus', again);
    return () => window.removeEventListener('focus', again);
  }, [subs.reload]);
  if (exhibition.error) return <LoadError error={exhibition.error} />;
  if (!exhibition.data) return <Loading />;
  const x = exhibition.data;
  const editable = x.status !== 'closed';
  const publish = () => {
    setError(null);
    publishExhibition(id)
      .then(() => {
        setNotice(t('board.publishedNotice'));
        return exhibition.reload();
      })
      .catch((e) => setError(splitProblem(e, []).form));
  };
  return (
    <>
      <section className="card">
        <div className="card__head">
          <h1>{t('board.title', { title: x.translations[lang]?.title ?? x.title })}</h1>
          <StatusBadge kind="exhibition" status={x.status} />
        </div>
        <nav className="actions" aria-label={t('exhibitions.pages')}>
          <Link to={`/exhibitions/${id}/edit`}>{t('exhibitions.edit')}</Link>
          <Link to={`/exhibitions/${id}`}>{t('exhibitions.catalog')}</Link>
          <Link to={`/exhibitions/${id}/stats`}>{t('exhibitions.stats')}</Link>
        </nav>
        {notice ? <Notice>{notice}</Notice> : null}
        <FormError message={error} />
        {x.status === 'draft' ? (
          <div className="publish">
            <p>{t('board.draftExplain')}</p>
            <ConfirmButton
              label={t('exhibitionForm.publish')}
              question={t('confirm.publishExhibition')}
              yes={t('confirm.publishYes')}
              onConfirm={publish}
            />
          </div>
        ) : null}
      </section>
      {editable ? <Invitations exhibitionId={id} /> : null}
      <section className="card" aria-labelledby="board-proposals">
        <div className="card__head">
          <h2 id="board-proposals">{t('board.proposals')}</h2>
          <button type="button" className="button--secondary" onClick={() => void subs.reload()}>
            {t('board.refresh')}
          </button>
        </div>
        {subs.error ? <LoadError error={subs.error} /> : null}
        {subs.data ? (
          subs.data.length ? (
            <div className="board">
              {COLUMNS.map((col) => {
                const items = subs
                  .data!.filter((s) => s.status === col)
                  .sort((a, b) => Number(b.featured) - Number(a.featured) || a.order - b.order);
                return (
                  <section key={col} className="board__column" aria-labelledby={`col-${col}`}>
                    <h3 id={`col-${col}`}>
                      <StatusBadge kind="submission" status={col} /> (
                      {formatNumber(items.length, lang)})
                    </h3>
                    <ul>
                      {items.map((s) => (
                        <SubmissionCard
                          key={s.id}
                          exhibitionId={id}
                          s={s}
                          sections={x.sections}
                          editable={editable}
                          onChanged={subs.reload}
                        />
                      ))}
                    </ul>
                  </section>
                );
              })}
            </div>
          ) : (
            <p>{t('board.noProposals')}</p>
          )
        ) : (
          <Loading />
        )}
      </section>
    </>
  );
}
