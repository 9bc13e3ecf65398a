import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  arrangeSubmission,
  getExhibition,
  listSubmissions,
  publishExhibition,
  reviewSubmission,
  type Review,
  type Submission,
  type SubmissionStatus,
} from '../api/exhibitions';
import { splitProblem } from '../api/problem';
import { Field, FormError } from '../components/field';
import { useAsync } from '../components/hooks';
import { LoadError, Loading, StatusBadge } from '../components/status';

const COLUMNS: SubmissionStatus[] = ['pending', 'approved', 'rejected', 'changes_requested'];

function SubmissionCard({
  exhibitionId,
  s,
  sections,
  onChanged,
}: {
  exhibitionId: string;
  s: Submission;
  sections: { key: string; title: string }[];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const title = s.need?.title ?? s.needId;
  const run = (p: Promise<unknown>) =>
    p.then(onChanged).catch((e) => setError(splitProblem(e, []).form));
  const review = (r: Review) => run(reviewSubmission(exhibitionId, s.id, r, reason || undefined));
  return (
    <li className="board__card">
      <Link to={`/needs/${s.needId}`}>{title}</Link>
      {s.need?.hsCodes?.length ? (
        <p className="muted" dir="ltr">
          {s.need.hsCodes.join(', ')}
        </p>
      ) : null}
      {s.reason ? (
        <p className="muted">
          {t('board.reason')}: {s.reason}
        </p>
      ) : null}
      <FormError message={error} />
      {s.status !== 'approved' ? (
        <>
          <Field label={t('board.reasonLabel', { title })}>
            <input value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
          <div className="actions">
            <button
              type="button"
              onClick={() => void review('approve')}
              aria-label={t('board.approveOf', { title })}
            >
              {t('board.approve')}
            </button>
            {s.status !== 'rejected' ? (
              <button
                type="button"
                className="button--secondary"
                onClick={() => void review('reject')}
                aria-label={t('board.rejectOf', { title })}
              >
                {t('board.reject')}
              </button>
            ) : null}
            {s.status === 'pending' ? (
              <button
                type="button"
                className="button--secondary"
                onClick={() => void review('request-changes')}
                aria-label={t('board.changesOf', { title })}
              >
                {t('board.requestChanges')}
              </button>
            ) : null}
          </div>
        </>
      ) : (
        <div className="arrange">
          <Field label={t('board.section', { title })}>
            <select
              value={s.section ?? ''}
              onChange={(e) =>
                void run(arrangeSubmission(exhibitionId, s.id, { section: e.target.value }))
              }
            >
              <option value="">{t('common.none')}</option>
              {sections.map((x) => (
                <option key={x.key} value={x.key}>
                  {x.title}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('board.order', { title })}>
            <input
              type="number"
              min={0}
              dir="ltr"
              defaultValue={s.order ?? 0}
              onBlur={(e) =>
                void run(arrangeSubmission(exhibitionId, s.id, { order: Number(e.target.value) }))
              }
            />
          </Field>
          <label className="choice">
            <input
              type="checkbox"
              checked={Boolean(s.featured)}
              onChange={(e) =>
                void run(arrangeSubmission(exhibitionId, s.id, { featured: e.target.checked }))
              }
            />
            <span>{t('board.featured')}</span>
          </label>
        </div>
      )}
    </li>
  );
}

/** The organiser's board: submissions by state; approved ones get a section, an order and a star. */
export function CurationBoardPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const exhibition = useAsync(() => getExhibition(id), [id]);
  const subs = useAsync(() => listSubmissions(id), [id]);
  const [error, setError] = useState<string | null>(null);
  if (exhibition.error) return <LoadError error={exhibition.error} />;
  if (!exhibition.data) return <Loading />;
  const x = exhibition.data;
  return (
    <section className="card">
      <div className="card__head">
        <h1>{t('board.title', { title: x.title })}</h1>
        <StatusBadge kind="exhibition" status={x.status} />
      </div>
      <p className="actions">
        <Link to={`/exhibitions/${id}/edit`}>{t('exhibitions.edit')}</Link> ·{' '}
        <Link to={`/exhibitions/${id}`}>{t('exhibitions.catalog')}</Link> ·{' '}
        <Link to={`/exhibitions/${id}/stats`}>{t('exhibitions.stats')}</Link>
        {x.status === 'draft' ? (
          <>
            {' '}
            <button
              type="button"
              onClick={() =>
                void publishExhibition(id)
                  .then(() => exhibition.reload())
                  .catch((e) => setError(splitProblem(e, []).form))
              }
            >
              {t('exhibitionForm.publish')}
            </button>
          </>
        ) : null}
      </p>
      <FormError message={error} />
      {subs.error ? <LoadError error={subs.error} /> : null}
      {subs.data ? (
        <div className="board">
          {COLUMNS.map((col) => {
            const items = subs
              .data!.filter((s) => s.status === col)
              .sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
            return (
              <section key={col} className="board__column" aria-labelledby={`col-${col}`}>
                <h2 id={`col-${col}`} className="h3">
                  <StatusBadge kind="submission" status={col} /> ({items.length})
                </h2>
                <ul>
                  {items.map((s) => (
                    <SubmissionCard
                      key={s.id}
                      exhibitionId={id}
                      s={s}
                      sections={x.sections ?? []}
                      onChanged={() => void subs.reload()}
                    />
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      ) : subs.loading ? (
        <Loading />
      ) : null}
    </section>
  );
}
