import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { importNeeds, type NeedsImport } from '../api/meetings';
import { Field, FormError, Notice } from '../components/field';
import { useLang } from '../components/hooks';
import { formatDateTime, formatNumber } from '../i18n/format';
import i18next from 'i18next';

/** A refused cell in the reader's language: from its code when the app words it. */
function cellMessage(e: NeedsImport['errors'][number]): string {
  const key = `needsImport.code.${e.code}`;
  return i18next.exists(key)
    ? i18next.t(key, {
        column: i18next.t(`needsImport.column.${e.column}`, { defaultValue: e.column }),
      })
    : e.message;
}

/** Needs from a spreadsheet: choose the file, see the preview and the refused cells, import. */
export function NeedsImportPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [params] = useSearchParams();
  const exhibitionId = params.get('exhibition');
  const participantId = params.get('participant');
  const onBehalf = exhibitionId && participantId ? { exhibitionId, participantId } : undefined;
  const forName = params.get('name');
  const [file, setFile] = useState<File>();
  const [preview, setPreview] = useState<NeedsImport>();
  const [done, setDone] = useState<NeedsImport>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const r = await importNeeds(file, dryRun, onBehalf);
      if (dryRun) setPreview(r);
      else setDone(r);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="needs-import">
      <h1>{t('needsImport.title')}</h1>
      {onBehalf && forName ? (
        <p>
          {t('needsImport.forParticipant')} <bdi>{forName}</bdi>
        </p>
      ) : null}
      <p className="muted">{t('needsImport.intro')}</p>
      <FormError message={error} />
      {done ? (
        <Notice>
          {t('needsImport.done', { count: done.created, n: formatNumber(done.created, lang) })}{' '}
          {onBehalf ? (
            <Link to={`/exhibitions/${onBehalf.exhibitionId}/meetings`}>
              {t('needsImport.back')}
            </Link>
          ) : (
            <Link to="/">{t('needsImport.toNeeds')}</Link>
          )}
        </Notice>
      ) : null}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run(true);
        }}
      >
        <Field label={t('needsImport.file')} hint={t('needsImport.fileHint')}>
          <input
            type="file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setFile(e.target.files?.[0]);
              setPreview(undefined);
              setDone(undefined);
            }}
          />
        </Field>
        <button type="submit" disabled={!file || busy}>
          {t('needsImport.preview')}
        </button>
      </form>
      {preview ? (
        <section className="card" aria-labelledby="import-preview">
          <h2 id="import-preview">{t('needsImport.previewTitle')}</h2>
          <p>
            {t('needsImport.summary', {
              count: preview.rows,
              rows: formatNumber(preview.rows, lang),
              good: formatNumber(preview.preview.length, lang),
              errors: formatNumber(preview.errors.length, lang),
            })}
          </p>
          {preview.errors.length ? (
            <div
              className="table-scroll"
              tabIndex={0}
              role="region"
              aria-label={t('needsImport.errors')}
            >
              <table className="import-errors">
                <caption>{t('needsImport.errors')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('needsImport.row')}</th>
                    <th scope="col">{t('needsImport.columnHead')}</th>
                    <th scope="col">{t('needsImport.problem')}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.errors.map((e, i) => (
                    <tr key={i}>
                      <td>{formatNumber(e.row, lang)}</td>
                      <td dir="auto">
                        {t(`needsImport.column.${e.column}`, { defaultValue: e.column })}
                        {e.cell ? ` (${e.cell})` : ''}
                      </td>
                      <td>{cellMessage(e)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {preview.preview.length ? (
            <div
              className="table-scroll"
              tabIndex={0}
              role="region"
              aria-label={t('needsImport.good')}
            >
              <table>
                <caption>{t('needsImport.good')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('needsImport.row')}</th>
                    <th scope="col">{t('needsImport.column.title')}</th>
                    <th scope="col">{t('needsImport.column.hsCodes')}</th>
                    <th scope="col">{t('needsImport.column.bidDeadline')}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.preview.map((r) => (
                    <tr key={r.row}>
                      <td>{formatNumber(r.row, lang)}</td>
                      <td dir="auto">{r.title}</td>
                      <td dir="ltr">{r.hsCodes.join(' ')}</td>
                      <td>{formatDateTime(r.bidDeadline, lang)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {preview.errors.length ? (
            <p className="muted">{t('needsImport.fixFirst')}</p>
          ) : (
            <button type="button" disabled={busy || !!done} onClick={() => void run(false)}>
              {t('needsImport.confirm', {
                count: preview.rows,
                n: formatNumber(preview.rows, lang),
              })}
            </button>
          )}
        </section>
      ) : null}
    </div>
  );
}
