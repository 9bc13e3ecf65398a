import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { getExhibition } from '../api/exhibitions';
import {
  acceptRequest,
  approveParticipant,
  declineRequest,
  downloadAgenda,
  getAgenda,
  inviteByEmail,
  listParticipants,
  listRequests,
  lockMeeting,
  markMeeting,
  publishSchedule,
  recordOutcome,
  registerParticipant,
  requestMeeting,
  scheduleAll,
  setNeedsImportConsent,
  type Agenda,
  type Meeting,
  type MeetingRequest,
  type Participant,
  type ScheduleResult,
} from '../api/meetings';
import { useSession } from '../auth/session-context';
import { exhibitionTitle } from '../components/exhibition-text';
import { Field, FormError, Notice } from '../components/field';
import { useAsync, useLang } from '../components/hooks';
import { LoadError, Loading } from '../components/status';
import { formatDateTime, formatInZones, formatNumber, readerTimeZone } from '../i18n/format';
import type { Lang } from '../i18n/languages';

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** "in 5 h", "in 2 d": how long a pending request has before it expires. */
function expiresIn(iso: string, lang: Lang): string {
  const hours = Math.max(0, Math.round((new Date(iso).getTime() - Date.now()) / 3_600_000));
  const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  return hours >= 48 ? rtf.format(Math.round(hours / 24), 'day') : rtf.format(hours, 'hour');
}

function useAction() {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, run };
}

/** A slot as the fair's zone reads it (labelled), and as the reader's when their clock differs. */
function SlotTime({ iso, zone }: { iso: string; zone: string }) {
  const lang = useLang();
  const [own, reader] = formatInZones(iso, zone, readerTimeZone(), lang);
  return (
    <time dateTime={iso} title={own.zoneName}>
      {own.text}
      {reader ? ` (${own.zoneName}); ${reader.text} (${reader.zoneName})` : ''}
    </time>
  );
}

function RequestForm({
  exhibitionId,
  to,
  onSent,
}: {
  exhibitionId: string;
  to: Participant;
  onSent: () => void;
}) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const { error, busy, run } = useAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await requestMeeting(exhibitionId, { toOrganizationId: to.organization.id, message });
      onSent();
    });
  };
  return (
    <form onSubmit={submit} className="meeting-request-form">
      <FormError message={error} />
      <Field label={t('meetings.message')}>
        <textarea value={message} onChange={(e) => setMessage(e.target.value)} rows={2} />
      </Field>
      <button type="submit" disabled={busy}>
        {t('meetings.send')}
      </button>
    </form>
  );
}

function MeetingItem({
  m,
  organiser,
  zone,
  myOrgs,
  onChange,
}: {
  m: Meeting;
  organiser: boolean;
  zone: string;
  myOrgs: Set<string>;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const { error, busy, run } = useAction();
  const [rating, setRating] = useState(4);
  const started = m.slotStart !== null && new Date(m.slotStart).getTime() <= Date.now();
  const iAmRequester = myOrgs.has(m.requester.id);
  const other = iAmRequester ? m.recipient : m.requester;
  const myOutcome = iAmRequester ? m.requesterOutcome : m.recipientOutcome;
  return (
    <li className="list__item">
      <div className="list__title">
        {organiser ? (
          <>
            <bdi>{m.requester.name}</bdi> ↔ <bdi>{m.recipient.name}</bdi>
          </>
        ) : (
          t('meetings.with', { name: other.name })
        )}
      </div>
      <div className="list__meta">
        {m.slotStart ? <SlotTime iso={m.slotStart} zone={zone} /> : t('meetings.unscheduled')}
        {m.table ? (
          <>
            {' · '}
            <bdi>{m.table.name}</bdi>
          </>
        ) : null}
        {m.need ? (
          <>
            {' · '}
            <bdi>{m.need.title}</bdi>
          </>
        ) : null}
        {' · '}
        {t(`meetings.status.${m.status}`)}
        {m.locked ? ` · ${t('meetings.locked')}` : ''}
      </div>
      {m.table?.online && m.table.link ? (
        <a href={m.table.link} dir="ltr">
          {m.table.link}
        </a>
      ) : null}
      <FormError message={error} />
      {m.status === 'accepted' && m.slotStart ? (
        <div className="row">
          <button
            type="button"
            disabled={busy || !started}
            onClick={() => void run(() => markMeeting(m.id, 'held').then(onChange))}
          >
            {t('meetings.markHeld')}
          </button>
          <button
            type="button"
            className="button--secondary"
            disabled={busy || !started}
            onClick={() => void run(() => markMeeting(m.id, 'no_show').then(onChange))}
          >
            {t('meetings.markNoShow')}
          </button>
          {organiser ? (
            <button
              type="button"
              className="button--secondary"
              disabled={busy}
              onClick={() => void run(() => lockMeeting(m.id, !m.locked).then(onChange))}
            >
              {m.locked ? t('meetings.unlock') : t('meetings.lock')}
            </button>
          ) : null}
          {!started ? <span className="muted">{t('meetings.notStarted')}</span> : null}
        </div>
      ) : null}
      {m.status === 'held' && !organiser ? (
        myOutcome ? (
          <p className="muted">
            {t('meetings.yourOutcome', {
              rating: myOutcome.rating,
              followUp: t(`meetings.followUp.${myOutcome.followUp}`),
            })}
          </p>
        ) : (
          <div className="row">
            <label>
              {t('meetings.rating')}{' '}
              <select value={rating} onChange={(e) => setRating(Number(e.target.value))}>
                {[1, 2, 3, 4, 5].map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </label>
            {(['nda', 'bid', 'none'] as const).map((f) => (
              <button
                key={f}
                type="button"
                className="button--secondary"
                disabled={busy}
                onClick={() => void run(() => recordOutcome(m.id, rating, f).then(onChange))}
              >
                {t(`meetings.followUp.${f}`)}
              </button>
            ))}
          </div>
        )
      ) : null}
    </li>
  );
}

/** The organisers' grid: tables across, slots down; each cell the meeting placed there. */
function Grid({ agenda }: { agenda: Agenda }) {
  const { t } = useTranslation();
  const placed = agenda.items.filter((m) => m.slotStart && m.table);
  const slots = [...new Set(placed.map((m) => m.slotStart!))].sort();
  const tables = [...new Map(placed.map((m) => [m.table!.key, m.table!])).values()];
  if (!slots.length) return <p className="muted">{t('meetings.gridEmpty')}</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('meetings.grid')}>
      <table className="meeting-grid">
        <thead>
          <tr>
            <th scope="col">{t('meetings.slot')}</th>
            {tables.map((tb) => (
              <th key={tb.key} scope="col">
                {tb.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {slots.map((s) => (
            <tr key={s}>
              <th scope="row">
                <SlotTime iso={s} zone={agenda.timeZone} />
              </th>
              {tables.map((tb) => {
                const m = placed.find((x) => x.slotStart === s && x.table!.key === tb.key);
                return (
                  <td key={tb.key}>
                    {m ? (
                      <>
                        <bdi>{m.requester.name}</bdi> ↔ <bdi>{m.recipient.name}</bdi>
                        {m.locked ? ` · ${t('meetings.locked')}` : ''}
                      </>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function OrganiserTools({
  id,
  agenda,
  onChange,
}: {
  id: string;
  agenda: Agenda;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { error, busy, run } = useAction();
  const [result, setResult] = useState<ScheduleResult>();
  const [emails, setEmails] = useState('');
  const [invited, setInvited] = useState<number>();
  return (
    <section className="card" aria-labelledby="organiser-tools">
      <h2 id="organiser-tools">{t('meetings.organiser')}</h2>
      <FormError message={error} />
      <div className="row">
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              setResult(await scheduleAll(id));
              onChange();
            })
          }
        >
          {t('meetings.scheduleAll')}
        </button>
        <button
          type="button"
          className="button--secondary"
          disabled={busy}
          onClick={() => void run(() => publishSchedule(id).then(onChange))}
        >
          {t('meetings.publish')}
        </button>
      </div>
      {result ? (
        <Notice>
          {t('meetings.scheduled', {
            count: result.placed,
            placed: formatNumber(result.placed, lang),
            unplaced: formatNumber(result.unplaced, lang),
            idle: formatNumber(result.idleMinutesPerParticipant, lang),
          })}
        </Notice>
      ) : null}
      {agenda.publishedAt ? (
        <p className="muted">
          {t('meetings.publishedAt', { at: formatDateTime(agenda.publishedAt, lang) })}
        </p>
      ) : null}
      <Grid agenda={agenda} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run(async () => {
            const list = emails.split(/[\s,;،]+/).filter(Boolean);
            const r = await inviteByEmail(id, list, lang);
            setInvited(r.items.length);
            setEmails('');
          });
        }}
      >
        <Field label={t('meetings.inviteEmails')} hint={t('meetings.inviteHint')}>
          <textarea value={emails} onChange={(e) => setEmails(e.target.value)} rows={2} dir="ltr" />
        </Field>
        <button type="submit" disabled={busy || !emails.trim()}>
          {t('meetings.invite')}
        </button>
        {invited !== undefined ? (
          <Notice>
            {t('meetings.invited', { count: invited, n: formatNumber(invited, lang) })}
          </Notice>
        ) : null}
      </form>
    </section>
  );
}

function RequestItem({
  r,
  incoming,
  onChange,
}: {
  r: MeetingRequest;
  incoming: boolean;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { error, busy, run } = useAction();
  const [reason, setReason] = useState('');
  const other = incoming ? r.from : r.to;
  return (
    <li className="list__item">
      <div className="list__title">
        <bdi>{other.name}</bdi>
      </div>
      <div className="list__meta">
        {t(`meetings.request.${r.status}`)}
        {r.status === 'pending'
          ? ` · ${t('meetings.expires', { when: expiresIn(r.expiresAt, lang) })}`
          : ''}
        {r.need ? ` · ${r.need.title}` : ''}
      </div>
      {r.message ? <p dir="auto">{r.message}</p> : null}
      <FormError message={error} />
      {incoming && r.status === 'pending' ? (
        <div className="row">
          <button
            type="button"
            disabled={busy}
            onClick={() => void run(() => acceptRequest(r.id).then(onChange))}
          >
            {t('meetings.accept')}
          </button>
          <input
            aria-label={t('meetings.reason')}
            placeholder={t('meetings.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            dir="auto"
          />
          <button
            type="button"
            className="button--secondary"
            disabled={busy || !reason.trim()}
            onClick={() => void run(() => declineRequest(r.id, reason).then(onChange))}
          >
            {t('meetings.decline')}
          </button>
        </div>
      ) : null}
    </li>
  );
}

/** A fair's meetings: take part, ask for meetings, answer, the agenda; organisers schedule. */
export function MeetingsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { id = '' } = useParams();
  const { me } = useSession();
  const exhibition = useAsync(() => getExhibition(id), [id]);
  const participants = useAsync(() => listParticipants(id).catch(() => [] as Participant[]), [id]);
  const incoming = useAsync(() => listRequests(id, 'incoming').catch(() => []), [id]);
  const outgoing = useAsync(() => listRequests(id, 'outgoing').catch(() => []), [id]);
  const agenda = useAsync(() => getAgenda(id).catch(() => undefined), [id]);
  const [asking, setAsking] = useState<string>();
  const join = useAction();
  const download = useAction();
  const reload = () => {
    void participants.reload();
    void incoming.reload();
    void outgoing.reload();
    void agenda.reload();
  };
  if (exhibition.error) return <LoadError error={exhibition.error} />;
  if (!exhibition.data || !me) return <Loading />;
  const x = exhibition.data;
  const myOrgs = new Set(me.memberships.map((m) => m.organizationId));
  const countryName = (code: string) =>
    new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  const organiser = myOrgs.has(x.organizationId);
  const mine = (participants.data ?? []).filter((p) => myOrgs.has(p.organization.id));
  const approvedMine = mine.some((p) => p.status === 'approved');
  const eligible = me.memberships.filter(
    (m) =>
      (m.organization.kinds.includes('manufacturer') ||
        m.organization.kinds.includes('supplier')) &&
      !mine.some((p) => p.organization.id === m.organizationId),
  );
  const others = (participants.data ?? []).filter((p) => !myOrgs.has(p.organization.id));
  // One live request per pair: the button goes once a request is waiting or accepted.
  const talking = new Set(
    [...(incoming.data ?? []), ...(outgoing.data ?? [])]
      .filter((r) => r.status === 'pending' || r.status === 'accepted')
      .flatMap((r) => [r.from.id, r.to.id]),
  );
  return (
    <div className="meetings">
      <p>
        <Link to={`/exhibitions/${id}`}>{exhibitionTitle(x, lang)}</Link>
      </p>
      <h1>{t('meetings.title')}</h1>
      {organiser && agenda.data ? (
        <OrganiserTools id={id} agenda={agenda.data} onChange={reload} />
      ) : null}
      {!organiser && eligible.length && !approvedMine ? (
        <section className="card">
          <h2>{t('meetings.takePart')}</h2>
          <FormError message={join.error} />
          {eligible.map((m) => (
            <button
              key={m.organizationId}
              type="button"
              disabled={join.busy}
              onClick={() =>
                void join.run(() => registerParticipant(id, m.organizationId).then(reload))
              }
            >
              {t('meetings.register', { name: m.organization.name })}
            </button>
          ))}
        </section>
      ) : null}
      {mine.some((p) => p.status === 'pending') ? <Notice>{t('meetings.pending')}</Notice> : null}
      {mine
        .filter((p) => p.organization.kinds.includes('manufacturer'))
        .map((p) => (
          <section key={p.id} className="card">
            <h2>{t('meetings.consentTitle')}</h2>
            <p className="muted">{t('meetings.consentText')}</p>
            {p.needsImportConsent ? <Notice>{t('meetings.consentOn')}</Notice> : null}
            <FormError message={join.error} />
            <button
              type="button"
              className={p.needsImportConsent ? 'button--secondary' : undefined}
              disabled={join.busy}
              onClick={() =>
                void join.run(() =>
                  setNeedsImportConsent(id, p.id, !p.needsImportConsent).then(reload),
                )
              }
            >
              {p.needsImportConsent ? t('meetings.consentWithdraw') : t('meetings.consentGive')}
            </button>
          </section>
        ))}
      <section className="card" aria-labelledby="participants">
        <h2 id="participants">{t('meetings.participants')}</h2>
        {others.length === 0 ? <p className="muted">{t('meetings.noParticipants')}</p> : null}
        <ul className="list">
          {others.map((p) => (
            <li key={p.id} className="list__item">
              <div className="list__title" dir="auto">
                {p.organization.name}
              </div>
              <div className="list__meta">
                {countryName(p.organization.country)} ·{' '}
                {p.organization.kinds.map((k) => t(`kind.${k}`)).join(lang === 'fa' ? '، ' : ', ')}
                {p.status !== 'approved' ? ` · ${t(`meetings.participant.${p.status}`)}` : ''}
              </div>
              {organiser && p.status === 'approved' && p.needsImportConsent ? (
                <Link
                  className="button button--secondary"
                  to={`/needs/import?exhibition=${id}&participant=${p.id}&name=${encodeURIComponent(p.organization.name)}`}
                >
                  {t('meetings.importFor')}
                </Link>
              ) : null}
              {organiser && p.status === 'pending' ? (
                <button
                  type="button"
                  onClick={() => void approveParticipant(id, p.id).then(reload)}
                >
                  {t('meetings.approve')}
                </button>
              ) : null}
              {approvedMine && p.status === 'approved' && talking.has(p.organization.id) ? (
                <p className="muted">{t('meetings.alreadyAsked')}</p>
              ) : null}
              {approvedMine && p.status === 'approved' && !talking.has(p.organization.id) ? (
                asking === p.id ? (
                  <RequestForm
                    exhibitionId={id}
                    to={p}
                    onSent={() => {
                      setAsking(undefined);
                      reload();
                    }}
                  />
                ) : (
                  <button
                    type="button"
                    className="button--secondary"
                    onClick={() => setAsking(p.id)}
                  >
                    {t('meetings.requestMeeting')}
                  </button>
                )
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      {approvedMine ? (
        <section className="card" aria-labelledby="requests">
          <h2 id="requests">{t('meetings.requests')}</h2>
          <h3>{t('meetings.incoming')}</h3>
          {incoming.data?.length ? null : <p className="muted">{t('meetings.none')}</p>}
          <ul className="list">
            {(incoming.data ?? []).map((r) => (
              <RequestItem key={r.id} r={r} incoming onChange={reload} />
            ))}
          </ul>
          <h3>{t('meetings.outgoing')}</h3>
          {outgoing.data?.length ? null : <p className="muted">{t('meetings.none')}</p>}
          <ul className="list">
            {(outgoing.data ?? []).map((r) => (
              <RequestItem key={r.id} r={r} incoming={false} onChange={reload} />
            ))}
          </ul>
        </section>
      ) : null}
      {agenda.data && (approvedMine || organiser) ? (
        <section className="card" aria-labelledby="agenda">
          <h2 id="agenda">{organiser ? t('meetings.allMeetings') : t('meetings.myAgenda')}</h2>
          {agenda.data.items.length === 0 ? (
            <p className="muted">{t('meetings.noMeetings')}</p>
          ) : null}
          {!agenda.data.publishedAt && !organiser ? (
            <p className="muted">{t('meetings.notPublished')}</p>
          ) : null}
          <FormError message={download.error} />
          {agenda.data.items.length ? (
            <div className="row">
              <button
                type="button"
                className="button--secondary"
                disabled={download.busy}
                onClick={() => void download.run(() => downloadAgenda(id, 'ics'))}
              >
                {t('meetings.downloadIcs')}
              </button>
              <button
                type="button"
                className="button--secondary"
                disabled={download.busy}
                onClick={() => void download.run(() => downloadAgenda(id, 'pdf'))}
              >
                {t('meetings.downloadPdf')}
              </button>
            </div>
          ) : null}
          <ul className="list">
            {agenda.data.items.map((m) => (
              <MeetingItem
                key={m.id}
                m={m}
                organiser={organiser}
                zone={agenda.data!.timeZone}
                myOrgs={myOrgs}
                onChange={reload}
              />
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
