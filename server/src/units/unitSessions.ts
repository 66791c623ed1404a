import type { PublicUser } from '@bangtin/shared';
import type { AuthService } from '../domain/auth.ts';
import { readCookies, sessionCookieName } from '../http/cookies.ts';

/** Who a request (or a console's socket) is, and which unit's session said so. */
export interface SignedIn {
  user: PublicUser;
  token: string;
  /** A root administrator working in a child unit (unitContext.actingFromParent). */
  acting: boolean;
  /** The service that issued the session (the root's when acting): logging out ends it there. */
  issuer: AuthService;
  /** The issuing unit's base: the cookie to clear lives under `${base}/`. */
  base: string;
}

export type SessionResolver = (cookieHeader: string | undefined) => Promise<SignedIn | null>;

/** How an acting root administrator is named in the child's audit log, content history and console. */
export const ACTING_SUFFIX = ' (đơn vị cấp trên)';

/** The root administrator as a child unit sees them: same id and role, a name that says where they come from. */
export function actingUser(user: PublicUser): PublicUser {
  return { ...user, username: `${user.username}${ACTING_SUFFIX}`, displayName: `${user.displayName}${ACTING_SUFFIX}` };
}

/**
 * Sessions are per unit, each under its own cookie name (`bt_session` at the root, `bt_session_<slug>` in a child, all at
 * Path=/ so the console's socket carries them): the unit's own is tried first. Only in a child, and only then, a root session
 * counts — and only when its user is an administrator (the ward admin "sees all"); root approvers and editors, and any
 * sibling's sessions, get nothing here.
 */
export function unitSessionResolver(own: { auth: AuthService; base: string }, parent: { auth: AuthService; base: string } | null): SessionResolver {
  return async (header) => {
    for (const token of readCookies(header, sessionCookieName(own.base))) {
      const user = await own.auth.resolve(token);
      if (user) return { user, token, acting: false, issuer: own.auth, base: own.base };
    }
    if (!parent) return null;
    for (const token of readCookies(header, sessionCookieName(parent.base))) {
      const user = await parent.auth.resolve(token);
      if (user?.role === 'admin') return { user: actingUser(user), token, acting: true, issuer: parent.auth, base: parent.base };
    }
    return null;
  };
}

/** The resolver of a unit with no parent: its own sessions only (the single-school server). */
export const ownSessions = (auth: AuthService, base = ''): SessionResolver => unitSessionResolver({ auth, base }, null);

const signedInByRequest = new WeakMap<object, SignedIn>();

/** mountRoutes remembers who a request is, so a handler can tell an acting administrator (units/current, logout). */
export function rememberSignedIn(req: object, signedIn: SignedIn | null): void {
  if (signedIn) signedInByRequest.set(req, signedIn);
}

export const signedInOf = (req: object): SignedIn | undefined => signedInByRequest.get(req);
