import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { PublicUser } from '@bangtin/shared';
import { createApiClient, type ApiClient } from './api/client.ts';
import { createHttp } from './api/http.ts';
import { useProvided } from './ui/hooks/useProvided.ts';

type SessionState =
  | { status: 'checking' }
  | { status: 'signedOut'; expired: boolean }
  | { status: 'signedIn'; user: PublicUser };

interface SessionValue {
  state: SessionState;
  api: ApiClient;
  /**
   * Throws ApiFailure (401 wrong credentials, 429 rate limited, NETWORK). Resolves 'second-factor' when the account
   * asks for a code next (then call `secondFactor`), 'signed-in' otherwise.
   */
  login: (username: string, password: string) => Promise<'signed-in' | 'second-factor'>;
  /** The code from the authenticator app or a recovery code; throws ApiFailure like `login`. */
  secondFactor: (code: string) => Promise<void>;
  logout: () => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

/** Who is signed in, and the API client every page uses (a 401 anywhere signs the console out). */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'checking' });

  const api = useMemo(
    () =>
      createApiClient(
        createHttp({
          onUnauthenticated: () => setState((current) => ({ status: 'signedOut', expired: current.status === 'signedIn' })),
        }),
      ),
    [],
  );

  useEffect(() => {
    let cancelled = false;
    api.auth
      .me()
      .then(({ user }) => !cancelled && setState({ status: 'signedIn', user }))
      .catch(() => !cancelled && setState({ status: 'signedOut', expired: false }));
    return () => {
      cancelled = true;
    };
  }, [api]);

  const login = useCallback(
    async (username: string, password: string) => {
      const reply = await api.auth.login(username, password);
      if ('secondFactor' in reply) return 'second-factor';
      setState({ status: 'signedIn', user: reply.user });
      return 'signed-in';
    },
    [api],
  );

  const secondFactor = useCallback(
    async (code: string) => {
      const { user } = await api.auth.secondFactor(code);
      setState({ status: 'signedIn', user });
    },
    [api],
  );

  const logout = useCallback(async () => {
    try {
      await api.auth.logout();
    } finally {
      setState({ status: 'signedOut', expired: false });
    }
  }, [api]);

  const value = useMemo(() => ({ state, api, login, secondFactor, logout }), [state, api, login, secondFactor, logout]);
  return <SessionContext value={value}>{children}</SessionContext>;
}

export const useSession = (): SessionValue => useProvided(SessionContext, 'useSession', 'SessionProvider');

export const useApi = (): ApiClient => useSession().api;

/** The signed-in user; only call below the signed-in part of the tree. */
export function useCurrentUser(): PublicUser {
  const { state } = useSession();
  if (state.status !== 'signedIn') throw new Error('useCurrentUser outside a signed-in page');
  return state.user;
}
