// Who is signed in, for which office: read from office.status by the App and offered to every page.
import { createContext, useContext, type ReactNode } from 'react';
import { hasRole as rolesAllow, type Role } from '@api/roles';
import type { OfficeInfo, SessionUser } from '@api/types';

export interface Session {
  office: OfficeInfo;
  user: SessionUser;
  roles: readonly Role[];
  /** True when the user holds the role, or is an admin (who may do everything). */
  hasRole(role: Role): boolean;
  /** True when the user may use something open to these roles (admin always may). */
  allows(roles: readonly Role[]): boolean;
  signOut(): Promise<void>;
  /** Reads the office and user again (after the office name was corrected). */
  reload(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function makeSession(
  office: OfficeInfo,
  user: SessionUser,
  signOut: () => Promise<void>,
  reload: () => Promise<void>,
): Session {
  return {
    office,
    user,
    roles: user.roles,
    signOut,
    reload,
    hasRole: (role) => rolesAllow(user.roles, [role]),
    allows: (roles) => rolesAllow(user.roles, roles),
  };
}

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** The signed-in session; only usable inside the main layout (after login). */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() outside a signed-in layout');
  return session;
}
