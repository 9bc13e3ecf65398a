import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { mySubmissions, resubmit } from '../api/exhibitions';
import { splitProblem } from '../api/problem';
import type { Submission } from '../api/types';
import { FormError, Notice } from '../components/field';
import { MoreButton, usePaged } from '../components/paged';
import { LoadError, Loading } from '../components/status';
import { SubmissionDecision } from '../components/submission-decision';

/** A need owner's proposals to exhibitions: the organisers' decisions, reasons, resubmission. */
export function SubmissionsPage() {
  const { t } = useTranslation();
  const list = usePaged<Submission>((cursor) => mySubmissions({ cursor }), []);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const again = async (s: Submission) => {
    setError(null);
    setDone(null);
    try {
      await resubmit(s.exhibitionId, s.id);
      setDone(t('submissions.resubmitted'));
      await list.reload();
    } catch (e) {
      setError(splitProblem(e, []).form);
    }
  };
  return (
    <section className="card">
      <h1>{t('submissions.title')}</h1>
      <p className="lead">{t('submissions.lead')}</p>
      {done ? <Notice>{done}</Notice> : null}
      <FormError message={error} />
      {list.error ? <LoadError error={list.error} /> : null}
      {!list.items && !list.error ? <Loading /> : null}
      {list.items ? (
        list.items.length ? (
          <ul className="list">
            {list.items.map((s) => (
              <li key={s.id} className="list__item">
                <span className="list__title">
                  <Link to={`/needs/${s.needId}`}>{s.need?.title ?? s.needId}</Link>
                  {' → '}
                  <Link to={`/exhibitions/${s.exhibitionId}`}>
                    {s.exhibition?.title ?? s.exhibitionId}
                  </Link>
                </span>
                <SubmissionDecision
                  submission={s}
                  at={s.decidedAt ?? s.submittedAt}
                  onResubmit={() => void again(s)}
                >
                  <Link className="button button--secondary" to={`/needs/${s.needId}/edit`}>
                    {t('submissions.editNeed')}
                  </Link>
                </SubmissionDecision>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('submissions.none')}</p>
        )
      ) : null}
      <MoreButton paged={list} />
    </section>
  );
}
