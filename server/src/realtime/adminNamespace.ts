import {
  ADMIN_NAMESPACE,
  type AdminClientToServerEvents,
  type AdminServerToClientEvents,
  type AdminSocketData,
} from '@bangtin/shared';
import type { Namespace, Server } from 'socket.io';
import { hashToken, type AuthService } from '../domain/auth.ts';
import { ownSessions, type SessionResolver } from '../units/unitSessions.ts';
import type { Presence } from './presence.ts';
import { typedNamespace } from './typedNamespace.ts';

export type AdminNamespace = Namespace<
  AdminClientToServerEvents,
  AdminServerToClientEvents,
  Record<string, never>,
  AdminSocketData
>;

/** Office consoles: the session cookie is checked at the handshake; no session, no connection. */
export function attachAdminNamespace(
  io: Server,
  deps: { auth: AuthService; presence: Presence; base?: string; resolve?: SessionResolver },
): AdminNamespace {
  // One namespace per unit (`${base}/admin`); its handshake accepts that unit's sessions (and a root admin's in a child).
  const base = deps.base ?? '';
  const namespace: AdminNamespace = typedNamespace<AdminClientToServerEvents, AdminServerToClientEvents, AdminSocketData>(io, `${base}${ADMIN_NAMESPACE}`);
  const resolve = deps.resolve ?? ownSessions(deps.auth, base);

  namespace.use(async (socket, next) => {
    // Same rule as REST writes: a browser naming another origin (or `null`) is refused, even with the cookie.
    const { origin, host } = socket.request.headers;
    if (origin !== undefined && hostOf(origin) !== host) return next(new Error('FORBIDDEN'));
    const signedIn = await resolve(socket.request.headers.cookie).catch(() => null);
    if (!signedIn) return next(new Error('UNAUTHENTICATED'));
    socket.data.user = signedIn.user;
    await socket.join(sessionRoom(hashToken(signedIn.token)));
    next();
  });

  namespace.on('connection', (socket) => {
    socket.emit('screens:presence', deps.presence.list());
  });

  return namespace;
}

/** Every live console of one login session, so logging out closes them all. */
export const sessionRoom = (tokenHash: string) => `session:${tokenHash}`;

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
