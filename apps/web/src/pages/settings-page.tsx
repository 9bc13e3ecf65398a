import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
// Event types a webhook may subscribe to: the API's list (none chosen means all).
import { CREATE_WEBHOOK_DTO_EVENTS as WEBHOOK_EVENTS } from '../api/enums';
import { getPreferences, putPreferences } from '../api/notifications';
import { ApiError, splitProblem } from '../api/problem';
import {
  createMessengerLink,
  createWebhook,
  deleteMessengerLink,
  deleteWebhook,
  enableWebhook,
  listMessengerLinks,
  listWebhooks,
  rotateWebhookSecret,
} from '../api/settings';
import type {
  MessengerLinkCreated,
  NotificationPreferences,
  WebhookEvent,
  WebhookWithSecret,
} from '../api/types';
import { useSession } from '../auth/session-context';
import { Field, FormError, Notice } from '../components/field';
import { useAsync, useLang } from '../components/hooks';
import { LoadError, Loading } from '../components/status';
import { formatDateTime, formatNumber, toAsciiDigits } from '../i18n/format';
import { NumberInput } from '../components/number-input';

const PREF_FIELDS = [
  'channels',
  'digest',
  'minScore',
  'hsChapters',
  'quietHours.start',
  'quietHours.end',
  'quietHours.timeZone',
  'quietHours',
];
const ZONES = ['Asia/Tehran', 'Europe/Istanbul', 'UTC'];
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

interface PrefsDraft {
  channels: NotificationPreferences['channels'];
  digest: 'instant' | 'daily';
  minPercent: string;
  hsChapters: string;
  quiet: boolean;
  start: string;
  end: string;
  timeZone: string;
}

function toDraft(p: NotificationPreferences): PrefsDraft {
  return {
    channels: p.channels,
    digest: p.digest,
    minPercent: String(Math.round(p.minScore * 100)),
    hsChapters: p.hsChapters.join(', '),
    quiet: Boolean(p.quietHours),
    start: p.quietHours?.start ?? '22:00',
    end: p.quietHours?.end ?? '07:00',
    timeZone: p.quietHours?.timeZone ?? browserZone(),
  };
}

function Preferences() {
  const { t } = useTranslation();
  const prefs = useAsync(() => getPreferences(), []);
  const [draft, setDraft] = useState<PrefsDraft | null>(null);
  const [saved, setSaved] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  useEffect(() => {
    if (prefs.data) setDraft(toDraft(prefs.data));
  }, [prefs.data]);
  if (prefs.error) return <LoadError error={prefs.error} />;
  if (!draft) return <Loading />;
  const set = <K extends keyof PrefsDraft>(k: K, v: PrefsDraft[K]) => {
    setSaved(false);
    setDraft({ ...draft, [k]: v });
  };
  const zones = [...new Set([draft.timeZone, browserZone(), ...ZONES])];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErrors({});
    setFormError(null);
    const percent = Number(toAsciiDigits(draft.minPercent).trim() || '0');
    try {
      const next = await putPreferences({
        channels: draft.channels,
        digest: draft.digest,
        minScore: Number.isFinite(percent) ? percent / 100 : -1,
        hsChapters: toAsciiDigits(draft.hsChapters)
          .split(/[\s,،]+/)
          .filter(Boolean)
          .map((c) => (c.length === 1 ? `0${c}` : c)),
        quietHours: draft.quiet
          ? { start: draft.start, end: draft.end, timeZone: draft.timeZone }
          : null,
      });
      setDraft(toDraft(next));
      setSaved(true);
    } catch (err) {
      const { fields, form } = splitProblem(err, PREF_FIELDS);
      setErrors(fields);
      setFormError(form ?? (Object.keys(fields).length ? t('form.fixErrors') : null));
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      {saved ? <Notice>{t('settings.saved')}</Notice> : null}
      <FormError message={formError} />
      <fieldset>
        <legend>{t('settings.channels')}</legend>
        {(['inApp', 'email', 'messenger', 'webhook'] as const).map((c) => (
          <label key={c} className="choice">
            <input
              type="checkbox"
              checked={draft.channels[c]}
              onChange={(e) => set('channels', { ...draft.channels, [c]: e.target.checked })}
            />
            <span>{t(`settings.channel.${c}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="row">
        <Field label={t('settings.digest')} error={errors.digest}>
          <select
            value={draft.digest}
            onChange={(e) => set('digest', e.target.value as 'instant' | 'daily')}
          >
            <option value="instant">{t('settings.instant')}</option>
            <option value="daily">{t('settings.daily')}</option>
          </select>
        </Field>
        <Field
          label={t('settings.minScore')}
          error={errors.minScore}
          hint={t('settings.minScoreHint')}
        >
          <NumberInput value={draft.minPercent} onChange={(v) => set('minPercent', v)} />
        </Field>
      </div>
      <Field
        label={t('settings.hsChapters')}
        error={errors.hsChapters}
        hint={t('settings.hsChaptersHint')}
      >
        <input
          dir="ltr"
          value={draft.hsChapters}
          onChange={(e) => set('hsChapters', e.target.value)}
        />
      </Field>
      <fieldset>
        <legend>{t('settings.quietHours')}</legend>
        <label className="choice">
          <input
            type="checkbox"
            checked={draft.quiet}
            onChange={(e) => set('quiet', e.target.checked)}
          />
          <span>{t('settings.quietOn')}</span>
        </label>
        {errors.quietHours ? <p className="error">{errors.quietHours}</p> : null}
        {draft.quiet ? (
          <div className="row">
            <Field label={t('settings.quietFrom')} error={errors['quietHours.start']}>
              <input
                type="time"
                dir="ltr"
                value={draft.start}
                onChange={(e) => set('start', e.target.value)}
              />
            </Field>
            <Field label={t('settings.quietTo')} error={errors['quietHours.end']}>
              <input
                type="time"
                dir="ltr"
                value={draft.end}
                onChange={(e) => set('end', e.target.value)}
              />
            </Field>
            <Field label={t('settings.timeZone')} error={errors['quietHours.timeZone']}>
              <select value={draft.timeZone} onChange={(e) => set('timeZone', e.target.value)}>
                {zones.map((z) => (
                  <option key={z} value={z} dir="ltr">
                    {z}
                  </option>
                ))}
              </select>
            </Field>
          </div>
        ) : null}
      </fieldset>
      <button type="submit">{t('settings.savePreferences')}</button>
    </form>
  );
}

function MessengerLinks() {
  const { t } = useTranslation();
  const lang = useLang();
  const links = useAsync(() => listMessengerLinks(), []);
  const [created, setCreated] = useState<MessengerLinkCreated | null>(null);
  const [error, setError] = useState<string | null>(null);
  const start = async () => {
    setError(null);
    try {
      setCreated(await createMessengerLink());
      void links.reload();
    } catch (e) {
      setError(
        e instanceof ApiError && e.status === 503
          ? t('settings.messengerUnavailable')
          : splitProblem(e, []).form,
      );
    }
  };
  const remove = async (id: string) => {
    try {
      await deleteMessengerLink(id);
      if (created?.id === id) setCreated(null);
      void links.reload();
    } catch (e) {
      setError(splitProblem(e, []).form);
    }
  };
  const items = links.data?.items ?? [];
  return (
    <>
      <p className="hint">{t('settings.messengerLead')}</p>
      <FormError message={error} />
      {links.error ? <LoadError error={links.error} /> : null}
      {items.length ? (
        <ul className="list">
          {items.map((l) => (
            <li key={l.id} className="list__item">
              <span>
                {l.status === 'linked'
                  ? t('settings.linkedChat', { name: l.chatTitle ?? '—' })
                  : t('settings.pendingLink', { until: formatDateTime(l.codeExpiresAt, lang) })}
              </span>
              <span>
                <button type="button" className="link-button" onClick={() => void remove(l.id)}>
                  {l.status === 'linked' ? t('settings.unlink') : t('common.cancel')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      ) : links.data ? (
        <p className="muted">{t('settings.noLinks')}</p>
      ) : null}
      {created ? (
        <div className="alert alert--ok" role="status">
          <p>{t('settings.sendCode')}</p>
          <p>
            <code className="code" dir="ltr">
              /start {created.code}
            </code>
          </p>
          <p>
            <a href={created.deepLink} target="_blank" rel="noreferrer">
              {t('settings.openBot')}
            </a>
          </p>
        </div>
      ) : null}
      <button type="button" onClick={() => void start()}>
        {t('settings.linkChat')}
      </button>
    </>
  );
}

function Webhooks({ owned }: { owned: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const hooks = useAsync(() => listWebhooks(), []);
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<WebhookEvent[]>([]);
  const [org, setOrg] = useState(owned[0]?.id ?? '');
  const [secret, setSecret] = useState<WebhookWithSecret | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const orgName = (id: string) => owned.find((o) => o.id === id)?.name ?? '';

  const act = async (fn: () => Promise<unknown>) => {
    setFormError(null);
    try {
      await fn();
      await hooks.reload();
    } catch (e) {
      setFormError(splitProblem(e, []).form);
    }
  };
  const add = async (e: FormEvent) => {
    e.preventDefault();
    setErrors({});
    setFormError(null);
    try {
      const made = await createWebhook({
        url: url.trim(),
        events: events.length ? events : undefined,
        organizationId: org || undefined,
      });
      setSecret(made);
      setUrl('');
      setEvents([]);
      await hooks.reload();
    } catch (err) {
      const { fields, form } = splitProblem(err, ['url', 'events', 'organizationId']);
      setErrors(fields);
      setFormError(form);
    }
  };

  return (
    <>
      <p className="hint">{t('settings.webhooksLead')}</p>
      <FormError message={formError} />
      {secret ? (
        <div className="alert alert--ok" role="status">
          <p>{t('settings.secretOnce', { url: secret.url })}</p>
          <p>
            <code className="code secret" dir="ltr">
              {secret.secret}
            </code>
          </p>
          <button type="button" className="button--secondary" onClick={() => setSecret(null)}>
            {t('settings.secretSaved')}
          </button>
        </div>
      ) : null}
      {hooks.error ? <LoadError error={hooks.error} /> : null}
      {hooks.data ? (
        hooks.data.items.length ? (
          <ul className="list">
            {hooks.data.items.map((h) => (
              <li key={h.id} className="list__item">
                <span className="list__title" dir="ltr">
                  {h.url}
                </span>
                <span className="list__meta">
                  {owned.length > 1 ? `${orgName(h.organizationId)} · ` : ''}
                  {h.enabled ? (
                    <span className="badge badge--open">{t('settings.enabled')}</span>
                  ) : (
                    <span className="badge badge--rejected">{t('settings.disabled')}</span>
                  )}{' '}
                  {h.events.length
                    ? t('settings.someEvents', { n: formatNumber(h.events.length, lang) })
                    : t('settings.allEvents')}
                  {h.consecutiveFailures
                    ? ` · ${t('settings.failures', { n: formatNumber(h.consecutiveFailures, lang) })}`
                    : ''}
                </span>
                <span className="actions">
                  {!h.enabled ? (
                    <button type="button" onClick={() => void act(() => enableWebhook(h.id))}>
                      {t('settings.enable')}
                    </button>
                  ) : null}
                  <button
                    type="button"
                    className="button--secondary"
                    onClick={() => void act(async () => setSecret(await rotateWebhookSecret(h.id)))}
                    aria-label={t('settings.rotateOf', { url: h.url })}
                  >
                    {t('settings.rotate')}
                  </button>
                  {confirming === h.id ? (
                    <>
                      <button type="button" onClick={() => void act(() => deleteWebhook(h.id))}>
                        {t('settings.confirmRemove')}
                      </button>
                      <button
                        type="button"
                        className="button--secondary"
                        onClick={() => setConfirming(null)}
                      >
                        {t('common.cancel')}
                      </button>
                    </>
                  ) : (
                    <button
                      type="button"
                      className="button--secondary"
                      onClick={() => setConfirming(h.id)}
                      aria-label={t('settings.removeOf', { url: h.url })}
                    >
                      {t('settings.remove')}
                    </button>
                  )}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('settings.noWebhooks')}</p>
        )
      ) : null}
      <form onSubmit={(e) => void add(e)} noValidate>
        <h3>{t('settings.addWebhook')}</h3>
        <Field
          label={t('settings.webhookUrl')}
          error={errors.url}
          hint={t('settings.webhookUrlHint')}
          required
        >
          <input type="url" dir="ltr" value={url} onChange={(e) => setUrl(e.target.value)} />
        </Field>
        {owned.length > 1 ? (
          <Field label={t('settings.organization')} error={errors.organizationId}>
            <select value={org} onChange={(e) => setOrg(e.target.value)}>
              {owned.map((o) => (
                <option key={o.id} value={o.id} dir="auto">
                  {o.name}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
        <details className="more">
          <summary>{t('settings.chooseEvents')}</summary>
          <fieldset>
            <legend>{t('settings.events')}</legend>
            {errors.events ? <p className="error">{errors.events}</p> : null}
            {WEBHOOK_EVENTS.map((ev) => (
              <label key={ev} className="choice">
                <input
                  type="checkbox"
                  checked={events.includes(ev)}
                  onChange={(e) =>
                    setEvents(e.target.checked ? [...events, ev] : events.filter((x) => x !== ev))
                  }
                />
                <span>
                  {t(`settings.event.${ev.replace(/\./g, '_')}`)}{' '}
                  <code className="muted" dir="ltr">
                    {ev}
                  </code>
                </span>
              </label>
            ))}
          </fieldset>
        </details>
        <button type="submit">{t('settings.addWebhookButton')}</button>
      </form>
    </>
  );
}

/** How the user is told (preferences, Telegram/Bale) and, for owners, their webhooks. */
export function SettingsPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const { pathname } = useLocation();
  useEffect(() => {
    if (pathname.endsWith('/webhooks'))
      document.getElementById('settings-webhooks')?.scrollIntoView();
  }, [pathname]);
  const owned = (me?.memberships ?? [])
    .filter((m) => m.role === 'owner')
    .map((m) => ({ id: m.organizationId, name: m.organization.name }));
  return (
    <>
      <h1>{t('settings.title')}</h1>
      {me?.memberships.length ? (
        <section className="card" aria-labelledby="settings-orgs">
          <h2 id="settings-orgs">{t('settings.organizations')}</h2>
          <ul className="list">
            {me.memberships.map((m) => (
              <li key={m.organizationId} className="list__item">
                <Link to={`/organizations/${m.organizationId}`}>
                  <bdi>{m.organization.name}</bdi>
                </Link>
                <span className="list__meta">{t('settings.certificatesHint')}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="card" aria-labelledby="settings-prefs">
        <h2 id="settings-prefs">{t('settings.preferences')}</h2>
        <Preferences />
      </section>
      <section className="card" aria-labelledby="settings-messenger">
        <h2 id="settings-messenger">{t('settings.messenger')}</h2>
        <MessengerLinks />
      </section>
      {owned.length ? (
        <section className="card" aria-labelledby="settings-webhooks">
          <h2 id="settings-webhooks">{t('settings.webhooks')}</h2>
          <Webhooks owned={owned} />
        </section>
      ) : null}
    </>
  );
}
