import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { getToken, request, setToken, setUnauthorizedHandler } from './api/client';
import type { Me } from './api/types';
import { setDisplayTimeZone } from './format';
import { currentPath, navigate } from './router';

interface AuthState {
  me: Me | null;
  /** True until the stored token (if any) has been checked. */
  checking: boolean;
  signIn: (token: string) => Promise<void>;
  signOut: () => void;
}

const AuthContext = createContext<AuthState | null>(null);

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}

/** Whether the signed-in token may change things: only admin tokens may (read tokens only look). */
export function useCanWrite(): boolean {
  return useAuth().me?.token.role === 'admin';
}

function goToSignIn() {
  const here = currentPath();
  if (here === '/sign-in') return;
  const next = here !== '/' ? `?next=${encodeURIComponent(here + window.location.search)}` : '';
  navigate(`/sign-in${next}`, { replace: true });
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMeState] = useState<Me | null>(null);
  const setMe = (who: Me | null) => {
    setDisplayTimeZone(who?.organization.timezone);
    setMeState(who);
  };
  const [checking, setChecking] = useState(() => Boolean(getToken()));

  useEffect(() => {
    setUnauthorizedHandler(() => {
      setMe(null);
      goToSignIn();
    });
    const token = getToken();
    if (!token) return;
    request<Me>('GET', '/me', { token })
      .then(setMe)
      .catch(() => {
        /* a 401 already cleared the token and sent us to sign-in */
      })
      .finally(() => setChecking(false));
  }, []);

  const signIn = useCallback(async (token: string) => {
    const who = await request<Me>('GET', '/me', { token, ignoreUnauthorized: true });
    setToken(token);
    setMe(who);
  }, []);

  const signOut = useCallback(() => {
    setToken(null);
    setMe(null);
    navigate('/sign-in', { replace: true });
  }, []);

  return <AuthContext.Provider value={{ me, checking, signIn, signOut }}>{children}</AuthContext.Provider>;
}
