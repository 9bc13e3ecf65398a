import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { getMe, logout } from '../api/identity';
import { loadTokens, onTokensChange } from '../api/session';
import type { Me, Membership, OrganizationKind } from '../api/types';

interface SessionValue {
  /** undefined while loading, null when signed out. */
  me: Me | null | undefined;
  kinds: Set<OrganizationKind>;
  /** The first membership whose organisation has this kind. */
  orgOf(kind: OrganizationKind): Membership | undefined;
  reload(): Promise<void>;
  signOut(): void;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(loadTokens() ? undefined : null);

  const reload = useCallback(async () => {
    if (!loadTokens()) {
      setMe(null);
      return;
    }
    try {
      setMe(await getMe());
    } catch {
      setMe(null);
    }
  }, []);

  useEffect(() => {
    void reload();
    return onTokensChange((tokens) => {
      if (!tokens) setMe(null);
    });
  }, [reload]);

  const value = useMemo<SessionValue>(() => {
    const kinds = new Set<OrganizationKind>();
    for (const m of me?.memberships ?? []) for (const k of m.organization.kinds) kinds.add(k);
    return {
      me,
      kinds,
      orgOf: (kind) => me?.memberships.find((m) => m.organization.kinds.includes(kind)),
      reload,
      signOut: () => {
        logout();
        setMe(null);
      },
    };
  }, [me, reload]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
