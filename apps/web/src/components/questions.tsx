import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { splitProblem } from '../api/problem';
import { answerQuestion, askQuestion } from '../api/tender';
import type { Need, Question } from '../api/types';
import { formatDateTime } from '../i18n/format';
import { Field, FormError, Notice } from './field';
import { useLang } from './hooks';
import { LoadError, Loading } from './status';

/** The owner's answer to one question, optionally for NDA signers only. */
function AnswerForm({
  need,
  question,
  onDone,
}: {
  need: Need;
  question: Question;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [ndaOnly, setNdaOnly] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setFormError(null);
    try {
      await answerQuestion(need.id, question.id, text, ndaOnly);
      onDone();
    } catch (err) {
      const { fields, form } = splitProblem(err, ['text', 'ndaOnly']);
      setError(fields.text ?? fields.ndaOnly ?? null);
      setFormError(form);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="answer-form">
      <FormError message={formError} />
      <Field label={t('tender.yourAnswer')} error={error} hint={t('tender.answerHint')}>
        <textarea rows={3} value={text} onChange={(e) => setText(e.target.value)} />
      </Field>
      {need.ndaRequired ? (
        <label className="choice">
          <input type="checkbox" checked={ndaOnly} onChange={(e) => setNdaOnly(e.target.checked)} />
          <span>{t('tender.ndaOnly')}</span>
        </label>
      ) : null}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {t('tender.answer')}
        </button>
      </div>
    </form>
  );
}

/**
 * Clarifications: suppliers ask until `clarificationsUntil`, the owner answers in the open,
 * everyone reads the answers. Who asked is never shown (the API does not say).
 */
export function Questions({
  need,
  questions,
  error,
  isOwner,
  canAsk,
  now,
  onChanged,
}: {
  need: Need;
  questions: Question[] | undefined;
  error: unknown;
  isOwner: boolean;
  /** A signed-in supplier member who does not own the need. */
  canAsk: boolean;
  now: number;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [text, setText] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const open = need.status === 'open' && Date.parse(need.clarificationsUntil) > now;
  const until = formatDateTime(need.clarificationsUntil, lang);

  const ask = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setSent(false);
    setFieldError(null);
    setFormError(null);
    try {
      await askQuestion(need.id, text);
      setText('');
      setSent(true);
      onChanged();
    } catch (err) {
      const { fields, form } = splitProblem(err, ['text']);
      setFieldError(fields.text ?? null);
      setFormError(form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="questions">
      <p className="muted">
        {open
          ? t('tender.questionsUntil', { date: until })
          : t('tender.questionsClosed', { date: until })}
      </p>
      {canAsk && open ? (
        <form onSubmit={(e) => void ask(e)} noValidate>
          {sent ? <Notice>{t('tender.questionSent')}</Notice> : null}
          <FormError message={formError} />
          <Field label={t('tender.yourQuestion')} error={fieldError} hint={t('tender.askHint')}>
            <textarea rows={3} value={text} onChange={(e) => setText(e.target.value)} />
          </Field>
          <div className="actions">
            <button type="submit" disabled={busy}>
              {t('tender.ask')}
            </button>
          </div>
        </form>
      ) : null}
      {error ? (
        <LoadError error={error} />
      ) : !questions ? (
        <Loading />
      ) : questions.length ? (
        <ul className="list">
          {questions.map((q) => (
            <li key={q.id} className="list__item question">
              <p className="question__meta">
                <strong>{t('tender.question')}</strong>{' '}
                <time className="muted" dateTime={q.createdAt}>
                  {formatDateTime(q.createdAt, lang)}
                </time>
              </p>
              <p className="question__text" dir="auto">
                {q.text}
              </p>
              {q.answer !== null ? (
                <div className="question__answer">
                  <p className="question__meta">
                    <strong>{t('tender.answerLabel')}</strong>{' '}
                    {q.answeredAt ? (
                      <time className="muted" dateTime={q.answeredAt}>
                        {formatDateTime(q.answeredAt, lang)}
                      </time>
                    ) : null}{' '}
                    {q.ndaOnly ? (
                      <span className="tag tag--nda">{t('tender.ndaOnlyTag')}</span>
                    ) : null}
                  </p>
                  <p className="question__text" dir="auto">
                    {q.answer}
                  </p>
                </div>
              ) : isOwner && need.status === 'open' ? (
                <AnswerForm need={need} question={q} onDone={onChanged} />
              ) : (
                <p className="muted">{t('tender.notAnswered')}</p>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('tender.noQuestions')}</p>
      )}
    </div>
  );
}
