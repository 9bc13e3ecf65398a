import { useTranslation } from 'react-i18next';
import type { AuditEntry, AuditVerdict } from '../api/types';
import { formatDateTime, formatNumber, joinList } from '../i18n/format';
import { useLang } from './hooks';
import { auditTypeKey, termLabelKey } from './term-changes';

/** The opening: when the sealed bids were opened, how many, and how many lapsed. */
export function OpeningMoment({ entries }: { entries: AuditEntry[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const opening = entries.find((e) => e.type === 'opening');
  if (!opening) return null;
  const opened = Number(opening.data.opened ?? 0);
  const lapsed = Number(opening.data.lapsed ?? 0);
  return (
    <div className="opening" role="status">
      <strong>{t('tender.openingTitle')}</strong>{' '}
      <time dateTime={opening.at}>{formatDateTime(opening.at, lang)}</time>
      <p>{t('tender.openedCount', { count: opened, n: formatNumber(opened, lang) })}</p>
      {lapsed ? (
        <p>{t('tender.lapsedCount', { count: lapsed, n: formatNumber(lapsed, lang) })}</p>
      ) : null}
    </div>
  );
}

/** "Chain verified" or where it first breaks, from GET /needs/:id/audit/verify. */
export function ChainMark({ verdict }: { verdict: AuditVerdict | undefined }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!verdict) return null;
  return verdict.ok ? (
    <p className="chain chain--ok" role="status">
      <span aria-hidden="true">✓ </span>
      {t('tender.chainVerified', { n: formatNumber(verdict.entries, lang) })}
    </p>
  ) : (
    <p className="chain chain--broken" role="alert">
      <span aria-hidden="true">✗ </span>
      {t('tender.chainBroken', { seq: formatNumber(verdict.firstBroken ?? 0, lang) })}
    </p>
  );
}

/** A line about what an entry records, beyond its type. */
function EntryDetail({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const lang = useLang();
  const d = entry.data;
  if (entry.type === 'amend' && Array.isArray(d.fields))
    return (
      <span className="muted">
        {joinList(
          (d.fields as string[]).map((f) => t(termLabelKey(f), { defaultValue: f })),
          lang,
        )}
      </span>
    );
  // A published need's file change (issue 20): a confidential file's name is not recorded.
  if (entry.type === 'amend' && d.file && typeof d.file === 'object') {
    const file = d.file as { change?: string; name?: string };
    return (
      <span className="muted">
        {t(file.change === 'removed' ? 'files.auditRemoved' : 'files.auditAdded')}
        {': '}
        {file.name ? <bdi>{file.name}</bdi> : t('files.auditConfidential')}
      </span>
    );
  }
  if (entry.type === 'opening')
    return (
      <span className="muted">
        {t('tender.openedCount', {
          count: Number(d.opened ?? 0),
          n: formatNumber(Number(d.opened ?? 0), lang),
        })}
      </span>
    );
  if (typeof d.reason === 'string' && d.reason)
    return (
      <span className="muted">
        <bdi>{d.reason}</bdi>
      </span>
    );
  return null;
}

/** The need's tamper-evident record, oldest first, each entry with its place in the chain. */
export function AuditTimeline({
  entries,
  verdict,
}: {
  entries: AuditEntry[];
  verdict: AuditVerdict | undefined;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const broken = verdict && !verdict.ok ? verdict.firstBroken : null;
  return (
    <div>
      <ChainMark verdict={verdict} />
      <p className="hint">{t('tender.auditHint')}</p>
      <ol className="timeline">
        {entries.map((e, i) => (
          <li
            key={`${e.seq ?? 'p'}-${i}`}
            className={`timeline__item${broken !== null && e.seq === broken ? ' timeline__item--broken' : ''}`}
          >
            <span className="timeline__seq" dir="ltr">
              {e.seq === null ? '…' : `#${formatNumber(e.seq, lang)}`}
            </span>
            <span className="timeline__what">
              {t(auditTypeKey(e.type), { defaultValue: e.type })} <EntryDetail entry={e} />
            </span>
            <time className="timeline__at muted" dateTime={e.at}>
              {formatDateTime(e.at, lang)}
            </time>
            <code className="timeline__hash" dir="ltr" title={e.hash}>
              {e.hash.slice(0, 12)}
            </code>
          </li>
        ))}
      </ol>
    </div>
  );
}
