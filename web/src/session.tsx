import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { ApiError, apiGet, apiSend, setCsrfToken } from './api.ts';

export type Role = 'medarbejder' | 'leder' | 'ai-koordinator' | 'dpo' | 'revisor' | 'system';

export interface User {
  id: string;
  username: string;
  displayName: string;
  forvaltningId: string | null;
  roles: Role[];
  disabled: boolean;
  courseCompletedAt: string | null;
  createdAt: string;
}

export interface Me {
  user: User | null;
  actor: { kind: string; username: string; roles: Role[]; forvaltningId: string | null };
  courseCompleted: boolean;
  abilities: string[];
  csrfToken: string | null;
}

interface SessionValue {
  me: Me | null;
  loading: boolean;
  can(ability: string): boolean;
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
  refresh(): Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);

  const refresh = useCallback(async () => {
    try {
      const next = await apiGet<Me>('/api/me');
      setCsrfToken(next.csrfToken);
      setMe(next);
    } catch (err) {
      if (!(err instanceof ApiError) || err.status !== 401) throw err;
      setCsrfToken(null);
      setMe(null);
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    refresh().catch(() => setLoading(false));
  }, [refresh]);

  const login = useCallback(
    async (username: string, password: string) => {
      const res = await apiSend<{ csrfToken: string }>('POST', '/api/auth/login', { username, password });
      setCsrfToken(res.csrfToken);
      await refresh();
    },
    [refresh],
  );

  const logout = useCallback(async () => {
    try {
      await apiSend('POST', '/api/auth/logout');
    } finally {
      setCsrfToken(null);
      setMe(null);
    }
  }, []);

  const can = useCallback((ability: string) => me?.abilities.includes(ability) ?? false, [me]);

  return <SessionContext.Provider value={{ me, loading, can, login, logout, refresh }}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

export const ROLE_LABELS: Record<Role, string> = {
  medarbejder: 'Medarbejder',
  leder: 'Leder',
  'ai-koordinator': 'AI-koordinator',
  dpo: 'Databeskyttelsesrådgiver (DPO)',
  revisor: 'Revisor',
  system: 'Fagsystem',
};
