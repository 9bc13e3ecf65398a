import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { myBids } from '../api/bids';
import { myCapabilities } from '../api/capabilities';
import { capabilityMatches } from '../api/matches';
import { listExhibitions } from '../api/exhibitions';
import { listMyNeeds, listOpenNeeds } from '../api/needs';
import { NEED_RESPONSE_STATUS, CREATE_ORGANIZATION_DTO_KINDS } from '../api/enums';
import { useSession } from '../auth/session-context';
import { CapabilityList } from '../components/capability-list';
import { useAsync, useLang } from '../components/hooks';
import { Score } from '../components/match-list';
import { NeedList } from '../components/need-list';
import { LoadError, Loading, StatusBadge } from '../components/status';
import { formatDate, formatMoney, formatNumber } from '../i18n/format';

function ManufacturerHome() {
  const { t } = useTranslation();
  const lang = useLang();
  const needs = useAsync(() => listMyNeeds({ limit: 100 }), []);
  const counts = new Map<string, number>();
  for (const n of needs.data?.items ?? []) counts.set(n.status, (counts.get(n.status) ?? 0) + 1);
  return (
    <section className="card" aria-labelledby="home-needs">
      <div className="card__head">
        <h2 id="home-needs">{t('home.myNeeds')}</h2>
        <span className="row">
          <Link className="button" to="/needs/new">
            {t('home.postNeed')}
          </Link>
          <Link className="button button--secondary" to="/needs/import">
            {t('needsImport.link')}
          </Link>
        </span>
      </div>
      {needs.loading && !needs.data ? <Loading /> : null}
      {needs.error ? <LoadError error={needs.error} /> : null}
      {needs.data ? (
        <>
          <ul className="counts" aria-label={t('home.statusCounts')}>
            {NEED_RESPONSE_STATUS.filter((s) => counts.get(s)).map((s) => (
              <li key={s}>
                <StatusBadge kind="need" status={s} />{' '}
                <strong>{formatNumber(counts.get(s) ?? 0, lang)}</strong>
              </li>
            ))}
          </ul>
          {needs.data.items.length ? (
            <NeedList needs={needs.data.items} />
          ) : (
            <p>{t('home.noNeedsYet')}</p>
          )}
        </>
      ) : null}
    </section>
  );
}

/** Exhibitions a manufacturer is invited to, and the way to its proposals. */
function ManufacturerExhibitions() {
  const { t } = useTranslation();
  const lang = useLang();
  const invited = useAsync(() => listExhibitions({ invited: true }), []);
  const open = (invited.data?.items ?? []).filter((x) => x.status !== 'closed');
  return (
    <section className="card" aria-labelledby="home-exhibits">
      <div className="card__head">
        <h2 id="home-exhibits">{t('home.exhibitionsForYou')}</h2>
        <Link to="/submissions">{t('home.yourProposals')}</Link>
      </div>
      {open.length ? (
        <ul className="list">
          {open.map((x) => (
            <li key={x.id} className="list__item">
              <Link to={`/exhibitions/${x.id}`} className="list__title">
                {x.translations[lang]?.title ?? x.title}
              </Link>
              <span className="list__meta">
                {t('home.invitedBy', { name: x.organization?.name ?? '' })} ·{' '}
                {t('home.proposeUntil', { date: formatDate(x.submissionDeadline, lang) })}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">
          {t('home.noInvitations')} <Link to="/exhibitions">{t('home.seeExhibitions')}</Link>
        </p>
      )}
    </section>
  );
}

interface FitNeed {
  id: string;
  title: string;
  organization: string;
  score: number;
}

/** The open needs that fit any of the supplier's capabilities, best first. */
function useFittingNeeds(capabilityIds: string[] | undefined) {
  // "Not loaded yet" and "no capability" must differ, or a new supplier's home waits for ever.
  const key = capabilityIds ? `ids:${capabilityIds.join(',')}` : 'loading';
  return useAsync(async () => {
    if (!capabilityIds) return undefined;
    const pages = await Promise.all(
      capabilityIds.slice(0, 10).map((id) => capabilityMatches(id).catch(() => null)),
    );
    const best = new Map<string, FitNeed>();
    for (const m of pages.flatMap((p) => p?.items ?? [])) {
      const old = best.get(m.need.id);
      if (!old || old.score < m.score)
        best.set(m.need.id, {
          id: m.need.id,
          title: m.need.title,
          organization: m.organization.name,
          score: m.score,
        });
    }
    return [...best.values()].sort((a, b) => b.score - a.score).slice(0, 10);
  }, [key]);
}

function SupplierHome() {
  const { t } = useTranslation();
  const lang = useLang();
  const caps = useAsync(() => myCapabilities(), []);
  const fitting = useFittingNeeds(caps.data?.items.map((c) => c.id));
  const bids = useAsync(() => myBids(), []);
  return (
    <>
      <section className="card" aria-labelledby="home-open">
        <div className="card__head">
          <h2 id="home-open">{t('home.needsForYou')}</h2>
          <Link className="button button--secondary" to="/search">
            {t('home.searchNeeds')}
          </Link>
        </div>
        {fitting.error ? <LoadError error={fitting.error} /> : null}
        {fitting.data ? (
          fitting.data.length ? (
            <ul className="list">
              {fitting.data.map((n) => (
                <li key={n.id} className="list__item">
                  <span className="match__head">
                    <Link to={`/needs/${n.id}`} className="list__title">
                      <bdi>{n.title}</bdi>
                    </Link>
                    <Score score={n.score} />
                  </span>
                  <span className="list__meta">
                    <bdi>{n.organization}</bdi>
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">
              {caps.data?.items.length ? (
                t('home.noFitYet')
              ) : (
                <Link to="/capabilities/new">{t('home.addCapabilityFirst')}</Link>
              )}
            </p>
          )
        ) : (
          <Loading />
        )}
      </section>
      <section className="card" aria-labelledby="home-caps">
        <div className="card__head">
          <h2 id="home-caps">{t('home.myCapabilities')}</h2>
          <Link className="button" to="/capabilities/new">
            {t('home.addCapability')}
          </Link>
        </div>
        {caps.data ? (
          <CapabilityList items={caps.data.items} />
        ) : caps.error ? (
          <LoadError error={caps.error} />
        ) : (
          <Loading />
        )}
      </section>
      <section className="card" aria-labelledby="home-bids">
        <div className="card__head">
          <h2 id="home-bids">{t('home.myBids')}</h2>
          <Link to="/bids">{t('home.allBids')}</Link>
        </div>
        {bids.data ? (
          bids.data.items.length ? (
            <ul className="list">
              {bids.data.items.slice(0, 5).map((b) => (
                <li key={b.id} className="list__item">
                  <Link to={`/needs/${b.needId}`} className="list__title">
                    {formatMoney(b.price, lang)}
                  </Link>
                  <span className="list__meta">
                    <StatusBadge kind="bid" status={b.status} /> {formatDate(b.createdAt, lang)}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('home.noBidsYet')}</p>
          )
        ) : bids.error ? (
          <LoadError error={bids.error} />
        ) : (
          <Loading />
        )}
      </section>
    </>
  );
}

function OrganiserHome() {
  const { t } = useTranslation();
  const lang = useLang();
  const list = useAsync(() => listExhibitions({ mine: true }), []);
  return (
    <section className="card" aria-labelledby="home-exhibitions">
      <div className="card__head">
        <h2 id="home-exhibitions">{t('home.myExhibitions')}</h2>
        <Link className="button" to="/exhibitions/new">
          {t('home.newExhibition')}
        </Link>
      </div>
      {list.error ? <LoadError error={list.error} /> : null}
      {list.data ? (
        list.data.items.length ? (
          <ul className="list">
            {list.data.items.map((x) => (
              <li key={x.id} className="list__item">
                <Link to={`/exhibitions/${x.id}/board`} className="list__title">
                  <bdi>{x.title}</bdi>
                </Link>
                <span className="list__meta">
                  <StatusBadge kind="exhibition" status={x.status} /> {x.city} ·{' '}
                  {formatDate(x.startsAt, lang)}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('home.noExhibitionsYet')}</p>
        )
      ) : list.loading ? (
        <Loading />
      ) : null}
    </section>
  );
}

function Welcome() {
  const { t } = useTranslation();
  const open = useAsync(() => listOpenNeeds({ limit: 10 }), []);
  return (
    <>
      <section className="hero">
        <h1>{t('home.welcomeTitle')}</h1>
        <p className="lead">{t('home.welcomeLead')}</p>
        <ul className="roles">
          {CREATE_ORGANIZATION_DTO_KINDS.map((k) => (
            <li key={k}>
              <strong>{t(`kind.${k}`)}</strong>
              <span>{t(`home.role.${k}`)}</span>
            </li>
          ))}
        </ul>
        <p>
          <Link className="button" to="/signup">
            {t('home.start')}
          </Link>{' '}
          <Link className="button button--secondary" to="/signin">
            {t('nav.signIn')}
          </Link>
        </p>
      </section>
      <section className="card" aria-labelledby="home-public">
        <h2 id="home-public">{t('home.openNeeds')}</h2>
        {open.data ? (
          <NeedList needs={open.data.items} />
        ) : open.error ? (
          <LoadError error={open.error} />
        ) : (
          <Loading />
        )}
      </section>
    </>
  );
}

/** The home page: what this user's organisations do, first. */
export function HomePage() {
  const { t } = useTranslation();
  const { me, kinds } = useSession();
  if (me === undefined) return <Loading />;
  if (me === null) return <Welcome />;
  return (
    <>
      <h1>{t('home.hello', { name: me.user.name })}</h1>
      {me.memberships.length ? (
        <p className="muted">{me.memberships.map((m) => m.organization.name).join(' · ')}</p>
      ) : null}
      {kinds.has('manufacturer') ? <ManufacturerHome /> : null}
      {kinds.has('manufacturer') ? <ManufacturerExhibitions /> : null}
      {kinds.has('supplier') ? <SupplierHome /> : null}
      {kinds.has('organiser') ? <OrganiserHome /> : null}
    </>
  );
}
