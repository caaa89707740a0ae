// Who is signed in, for every page: asked once from GET /session, set by
// signing in, cleared by signing out.
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from "react";
import { api, ApiError, setCsrfToken, type Session, type User } from "./api";

interface SessionState {
  user: User | null;
  // The latest recorded event's day when the session was read: the default period.
  lastEventOn: string | null;
  loading: boolean;
  signIn: (login: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
  // An event was recorded on `day` (any value but an ISO day is ignored).
  noteEventOn: (day: unknown) => void;
}

// The later of two ISO days (YYYY-MM-DD compare as text); null is earliest.
export function laterDay(known: string | null, recorded: unknown): string | null {
  if (typeof recorded !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(recorded)) return known;
  return known === null || recorded > known ? recorded : known;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [lastEventOn, setLastEventOn] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    api<Session>("GET", "/session")
      .then((session) => {
        setCsrfToken(session.csrf_token);
        setUser(session.user);
        setLastEventOn(session.last_event_on);
      })
      .catch((error) => {
        if (!(error instanceof ApiError) || error.status !== 401) console.error(error);
      })
      .finally(() => setLoading(false));
  }, []);

  const signIn = useCallback(async (login: string, password: string) => {
    const session = await api<Session>("POST", "/session", { login, password });
    setCsrfToken(session.csrf_token);
    setUser(session.user);
    setLastEventOn(session.last_event_on);
  }, []);

  const signOut = useCallback(async () => {
    await api("DELETE", "/session");
    setCsrfToken("");
    setUser(null);
  }, []);

  const noteEventOn = useCallback((day: unknown) => setLastEventOn((known) => laterDay(known, day)), []);

  return (
    <SessionContext.Provider value={{ user, lastEventOn, loading, signIn, signOut, noteEventOn }}>
      {children}
    </SessionContext.Provider>
  );
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error("useSession outside SessionProvider");
  return state;
}
