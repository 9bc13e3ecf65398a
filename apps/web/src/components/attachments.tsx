import { useId, useState } from 'react';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACCEPTED_EXTENSIONS,
  attachmentDownloads,
  type Attachment,
  type AttachmentTarget,
  downloadUrl,
  extensionOf,
  listAttachments,
  MAX_FILE_MB,
  removeAttachment,
  uploadFile,
} from '../api/attachments';
import { ApiError, splitProblem, wordFieldError } from '../api/problem';
import { formatDateTime, localeOf } from '../i18n/format';
import { Field, FormError } from './field';
import { useAsync, useLang } from './hooks';

const MB = 1024 * 1024;

/** "1.2 MB", "640 KB" in the reader's digits. */
export function formatSize(bytes: number, lang: ReturnType<typeof useLang>): string {
  const [value, unit] = bytes >= MB ? [bytes / MB, 'megabyte'] : [bytes / 1024, 'kilobyte'];
  return new Intl.NumberFormat(localeOf(lang), {
    style: 'unit',
    unit,
    // Persian readers get the unit's Persian name; "kB" would sit among Persian digits.
    unitDisplay: lang === 'fa' ? 'long' : 'short',
    maximumFractionDigits: 1,
  }).format(value);
}

/** A padlock drawn inline: emoji fonts are not on every system. */
function LockIcon() {
  return (
    <svg className="icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
      <rect x="3" y="7" width="10" height="8" rx="1.5" fill="currentColor" />
      <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}

interface Upload {
  key: string;
  name: string;
  share: number;
  error: string | null;
}

export interface AttachmentsProps {
  target: AttachmentTarget;
  title: string;
  /** The reader's organisation owns the target and it may still change. */
  canChange: boolean;
  /** Need files may be confidential (behind the NDA). */
  confidentialOption?: boolean;
  /** A published need: each change is an amendment and needs its reason. */
  rationaleRequired?: boolean;
  /** A bid's files: sealed until opening, shown with that mark. */
  sealed?: boolean;
  /** The owner reads who downloaded confidential files. */
  showLog?: boolean;
  /** Confidential files exist behind the NDA the reader has not accepted. */
  ndaGate?: string | null;
  onChanged?: () => void;
}

/**
 * A target's files: drag-and-drop upload with progress for who may change them, the list
 * with sizes, SHA-256 and confidential/sealed marks, downloads (NDA refusals shown), and
 * for owners who downloaded what.
 */
export function Attachments(props: AttachmentsProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const headingId = useId();
  const inputId = useId();
  const files = useAsync(() => listAttachments(props.target), [props.target.type, props.target.id]);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [confidential, setConfidential] = useState(false);
  const [rationale, setRationale] = useState('');
  const [rationaleError, setRationaleError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  const patch = (key: string, change: Partial<Upload>) =>
    setUploads((all) => all.map((u) => (u.key === key ? { ...u, ...change } : u)));

  /** The checks the server makes too, before any byte leaves: worded in the reader's language. */
  const localProblem = (file: File): string | null => {
    if (!ACCEPTED_EXTENSIONS.includes(extensionOf(file.name)))
      return wordFieldError({ field: 'contentType', message: '', code: 'fileTypeNotAccepted' });
    if (file.size === 0) return t('files.empty');
    if (file.size > MAX_FILE_MB * MB)
      return wordFieldError({
        field: 'size',
        message: '',
        code: 'attachmentTooLarge',
        params: { limit: MAX_FILE_MB },
      });
    return null;
  };

  const send = async (list: FileList | File[]) => {
    setError(null);
    setRationaleError(null);
    if (props.rationaleRequired && rationale.trim().length < 3) {
      setRationaleError(t('files.rationaleNeeded'));
      return;
    }
    for (const file of Array.from(list)) {
      const key = `${file.name}-${Date.now()}-${Math.random()}`;
      const problem = localProblem(file);
      setUploads((all) => [...all, { key, name: file.name, share: 0, error: problem }]);
      if (problem) continue;
      try {
        await uploadFile(
          props.target,
          file,
          {
            confidential: props.confidentialOption ? confidential : undefined,
            rationale: props.rationaleRequired ? rationale.trim() : undefined,
          },
          (share) => patch(key, { share }),
        );
        patch(key, { share: 1 });
        setUploads((all) => all.filter((u) => u.key !== key));
        await files.reload();
        props.onChanged?.();
      } catch (e) {
        const { fields, form } = splitProblem(e, ['file', 'size', 'contentType', 'name']);
        if (fields.rationale) setRationaleError(fields.rationale);
        patch(key, {
          error:
            fields.file ??
            fields.size ??
            fields.contentType ??
            fields.name ??
            fields.rationale ??
            form ??
            t('files.failed'),
        });
      }
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    if (props.canChange && e.dataTransfer.files.length) void send(e.dataTransfer.files);
  };

  const items = files.data?.items ?? [];
  return (
    <section className="card files" aria-labelledby={headingId}>
      <h2 id={headingId}>{props.title}</h2>
      {props.sealed ? <p className="hint">{t('files.sealedHint')}</p> : null}
      {items.length ? (
        <ul className="file-list">
          {items.map((f) => (
            <FileRow
              key={f.id}
              file={f}
              sealed={!!props.sealed}
              showLog={!!props.showLog && f.confidential}
              canRemove={props.canChange}
              rationale={props.rationaleRequired ? rationale.trim() : undefined}
              onRemoved={() => {
                void files.reload();
                props.onChanged?.();
              }}
              onError={setError}
            />
          ))}
        </ul>
      ) : files.loading ? null : (
        <p className="muted">{t('files.none')}</p>
      )}
      {props.ndaGate ? (
        <p className="files__gate">
          <LockIcon /> {props.ndaGate}
        </p>
      ) : null}
      <FormError message={error} />
      {props.canChange ? (
        <div className="files__upload">
          {props.rationaleRequired ? (
            <Field
              label={t('files.rationale')}
              error={rationaleError}
              hint={t('files.rationaleHint')}
            >
              <input value={rationale} onChange={(e) => setRationale(e.target.value)} />
            </Field>
          ) : null}
          {props.confidentialOption ? (
            <label className="choice">
              <input
                type="checkbox"
                checked={confidential}
                onChange={(e) => setConfidential(e.target.checked)}
              />
              <span>{t('files.confidential')}</span>
            </label>
          ) : null}
          <div
            className={`dropzone${dragging ? ' dropzone--over' : ''}`}
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
          >
            <label htmlFor={inputId} className="dropzone__label">
              <span aria-hidden="true" className="dropzone__icon">
                ⇪
              </span>
              <span>{t('files.drop')}</span>
              <span className="button button--secondary">{t('files.choose')}</span>
            </label>
            <input
              id={inputId}
              className="sr-only"
              type="file"
              multiple
              accept={ACCEPTED_EXTENSIONS.map((x) => `.${x}`).join(',')}
              onChange={(e) => {
                if (e.target.files?.length) void send(e.target.files);
                e.target.value = '';
              }}
            />
            <p className="hint">
              {t('files.limits', { limit: formatSize(MAX_FILE_MB * MB, lang) })}
            </p>
          </div>
          {uploads.length ? (
            <ul className="uploads" aria-label={t('files.uploading')}>
              {uploads.map((u) => (
                <li key={u.key} className={u.error ? 'upload upload--error' : 'upload'}>
                  <bdi className="upload__name">{u.name}</bdi>
                  {u.error ? (
                    <span className="error" role="alert">
                      {u.error}
                    </span>
                  ) : (
                    <progress max={1} value={u.share} aria-label={u.name} />
                  )}
                  {u.error ? (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => setUploads((all) => all.filter((x) => x.key !== u.key))}
                    >
                      {t('files.dismiss')}
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function FileRow({
  file,
  sealed,
  showLog,
  canRemove,
  rationale,
  onRemoved,
  onError,
}: {
  file: Attachment;
  sealed: boolean;
  showLog: boolean;
  canRemove: boolean;
  rationale?: string;
  onRemoved: () => void;
  onError: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [log, setLog] = useState<Awaited<ReturnType<typeof attachmentDownloads>> | null>(null);

  const download = async () => {
    onError(null);
    try {
      const { url } = await downloadUrl(file.id);
      window.location.assign(url);
    } catch (e) {
      onError(
        e instanceof ApiError && e.status === 403
          ? t('files.ndaRequired')
          : splitProblem(e, []).form,
      );
    }
  };
  const remove = async () => {
    onError(null);
    try {
      await removeAttachment(file.id, rationale);
      onRemoved();
    } catch (e) {
      const { fields, form } = splitProblem(e, ['rationale']);
      onError(fields.rationale ?? form);
    }
  };

  return (
    <li className="file">
      <span className={`file__kind file__kind--${file.kind}`} aria-hidden="true">
        {file.kind.toUpperCase()}
      </span>
      <div className="file__body">
        <bdi className="file__name">{file.name}</bdi>
        <span className="file__meta">
          {formatSize(file.size, lang)}
          {file.confidential && !sealed ? (
            <span className="mark mark--confidential">
              <LockIcon /> {t('files.confidentialMark')}
            </span>
          ) : null}
          {sealed ? (
            <span className="mark mark--sealed">
              <LockIcon /> {t('files.sealedMark')}
            </span>
          ) : null}
        </span>
        <span className="file__sum">
          SHA-256:{' '}
          {file.checksum ? (
            <code dir="ltr" title={file.checksum}>
              {file.checksum.slice(0, 16)}…
            </code>
          ) : (
            <span className="muted">{t('files.checksumPending')}</span>
          )}
        </span>
        {log ? (
          log.items.length ? (
            <ul className="file__log" aria-label={t('files.logTitle', { name: file.name })}>
              {log.items.map((d) => (
                <li key={d.id}>
                  {d.userName}
                  {d.organizationName ? (
                    <>
                      {' '}
                      — <bdi>{d.organizationName}</bdi>
                    </>
                  ) : null}{' '}
                  <span className="muted">{formatDateTime(d.downloadedAt, lang)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('files.logEmpty')}</p>
          )
        ) : null}
      </div>
      <div className="file__actions">
        <button
          type="button"
          className="button--secondary"
          aria-label={t('files.downloadNamed', { name: file.name })}
          onClick={() => void download()}
        >
          {t('files.download')}
        </button>
        {showLog ? (
          <button
            type="button"
            className="link-button"
            onClick={() =>
              void (log
                ? Promise.resolve(setLog(null))
                : attachmentDownloads(file.id).then(setLog, (e: unknown) =>
                    onError(splitProblem(e, []).form),
                  ))
            }
          >
            {t('files.log')}
          </button>
        ) : null}
        {canRemove ? (
          <button
            type="button"
            className="link-button"
            aria-label={t('files.removeNamed', { name: file.name })}
            onClick={() => void remove()}
          >
            {t('files.remove')}
          </button>
        ) : null}
      </div>
    </li>
  );
}

/** An opened bid's files in the comparison: names, sizes and downloads (logged). */
export function BidFiles({ bidId }: { bidId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const files = useAsync(() => listAttachments({ type: 'bid', id: bidId }), [bidId]);
  const [error, setError] = useState<string | null>(null);
  const items = files.data?.items ?? [];
  if (!items.length) return <span className="muted">{files.loading ? '' : t('files.none')}</span>;
  return (
    <ul className="bid-files">
      {items.map((f) => (
        <li key={f.id}>
          <button
            type="button"
            className="link-button"
            aria-label={t('files.downloadNamed', { name: f.name })}
            onClick={() =>
              void downloadUrl(f.id).then(
                ({ url }) => window.location.assign(url),
                (e: unknown) => setError(splitProblem(e, []).form),
              )
            }
          >
            <bdi>{f.name}</bdi>
          </button>{' '}
          <span className="muted">{formatSize(f.size, lang)}</span>
        </li>
      ))}
      {error ? <li className="error">{error}</li> : null}
    </ul>
  );
}
