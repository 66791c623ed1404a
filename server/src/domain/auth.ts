import { createHash, randomBytes } from 'node:crypto';
import { publicUser, type PublicUser } from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import type { Store } from '../store/store.ts';
import type { AuditLog } from './audit.ts';
import type { DomainEvents } from './events.ts';
import { AppError } from './errors.ts';
import { burnPasswordCheck, verifyPassword } from './passwords.ts';

/** Only the SHA-256 of a session token is stored, so a copy of db.json does not hand out live sessions. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface AuthDeps {
  store: Store;
  clock: Clock;
  audit: AuditLog;
  sessionHours: number;
  /** Told when a session ends (`session.ended`: logout, expiry), so its live consoles close. */
  events: DomainEvents;
}

export function createAuthService({ store, clock, audit, sessionHours, events }: AuthDeps) {
  return {
    async login(username: string, password: string): Promise<{ user: PublicUser; token: string; expiresAt: Date }> {
      const user = await store.findUserByUsername(username);
      // Always one scrypt, so unknown, disabled and real accounts cannot be told apart by timing.
      const valid = user ? await verifyPassword(password, user.passwordHash) : (await burnPasswordCheck(password), false);
      if (!user || !valid || user.disabled) {
        await audit.record({
          actor: username.slice(0, 80),
          action: 'login_failed',
          entity: 'user',
          entityId: user?.id ?? '',
          summary: 'Đăng nhập không thành công',
        });
        throw new AppError('UNAUTHENTICATED', 'Sai tên đăng nhập hoặc mật khẩu.');
      }
      const token = randomBytes(32).toString('base64url');
      const now = clock.now();
      const expiresAt = new Date(now.getTime() + sessionHours * 3600_000);
      await store.insertSession({
        tokenHash: hashToken(token),
        userId: user.id,
        createdAt: now.toISOString(),
        expiresAt: expiresAt.toISOString(),
      });
      await audit.record({ actor: user.username, action: 'login', entity: 'user', entityId: user.id, summary: 'Đăng nhập' });
      return { user: publicUser.parse(user), token, expiresAt };
    },

    /** The signed-in user for a session token, or null when the token is unknown, expired or the user disabled. */
    async resolve(token: string | undefined): Promise<PublicUser | null> {
      if (!token) return null;
      const session = await store.findSession(hashToken(token));
      if (!session) return null;
      if (session.expiresAt <= clock.now().toISOString()) {
        await store.deleteSession(session.tokenHash);
        return null;
      }
      const user = await store.getUser(session.userId);
      return user && !user.disabled ? publicUser.parse(user) : null;
    },

    async logout(token: string | undefined, user: PublicUser | null): Promise<void> {
      if (!token) return;
      await store.deleteSession(hashToken(token));
      events.emit('session.ended', { tokenHash: hashToken(token) });
      if (user) {
        await audit.record({ actor: user.username, action: 'logout', entity: 'user', entityId: user.id, summary: 'Đăng xuất' });
      }
    },

    /** Drops expired sessions and closes the consoles still open on them (the socket is only checked at connect). */
    async purgeExpired(): Promise<number> {
      const ended = await store.deleteExpiredSessions(clock.now());
      for (const tokenHash of ended) events.emit('session.ended', { tokenHash });
      return ended.length;
    },
    sessionSeconds: sessionHours * 3600,
  };
}
export type AuthService = ReturnType<typeof createAuthService>;
