import { createHash, randomBytes } from 'node:crypto';
import { toPublicUser, type PublicUser, type User } from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import type { Store } from '../store/store.ts';
import type { AuditLog } from './audit.ts';
import type { DomainEvents } from './events.ts';
import { AppError } from './errors.ts';
import type { FailedLoginLog } from './failedLogins.ts';
import type { LoginThrottle } from './loginThrottle.ts';
import { burnPasswordCheck, verifyPassword } from './passwords.ts';
import { spendSecondFactor } from './totp.ts';
import { memoryTwoFactorState, type TwoFactorState } from './twoFactorState.ts';

/** Only the SHA-256 of a session token is stored, so a copy of db.json does not hand out live sessions. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** How long the second step of a login may wait for its code, and how many wrong codes one first step allows. */
export const SECOND_STEP_SECONDS = 300;
const SECOND_STEP_ATTEMPTS = 5;

export interface AuthDeps {
  store: Store;
  clock: Clock;
  audit: AuditLog;
  sessionHours: number;
  /** Told when a session ends (`session.ended`: logout, expiry), so its live consoles close. */
  events: DomainEvents;
  /** Refused logins go here, never to the audit log (anonymous traffic must not flush the office's history). */
  failedLogins: FailedLoginLog;
  throttle: LoginThrottle;
  /** Where the first step's ticket waits for the second: PostgreSQL shared by every process, or this process's memory. */
  secondSteps?: TwoFactorState | undefined;
}

export type LoginOutcome =
  | { kind: 'session'; user: PublicUser; token: string; expiresAt: Date }
  | { kind: 'second-factor'; ticket: string };

const wrongCredentials = () => new AppError('UNAUTHENTICATED', 'Sai tên đăng nhập hoặc mật khẩu.');

export function createAuthService({ store, clock, audit, sessionHours, events, failedLogins, throttle, secondSteps = memoryTwoFactorState() }: AuthDeps) {
  const refuseIfBackedOff = (username: string, address: string) => {
    const wait = throttle.waitMs(username, address);
    if (wait <= 0) return;
    failedLogins.record({ username, address, reason: 'throttled' });
    throw new AppError(
      'RATE_LIMITED',
      `Tài khoản này đã bị nhập sai nhiều lần từ máy của bạn. Vui lòng thử lại sau ${Math.ceil(wait / 1000)} giây.`,
    );
  };

  async function startSession(user: User, summary: string): Promise<LoginOutcome & { kind: 'session' }> {
    const token = randomBytes(32).toString('base64url');
    const now = clock.now();
    const expiresAt = new Date(now.getTime() + sessionHours * 3600_000);
    await store.insertSession({ tokenHash: hashToken(token), userId: user.id, createdAt: now.toISOString(), expiresAt: expiresAt.toISOString() });
    await audit.record({ actor: user.username, action: 'login', entity: 'user', entityId: user.id, summary });
    return { kind: 'session', user: toPublicUser(user), token, expiresAt };
  }

  return {
    async login(username: string, password: string, address: string): Promise<LoginOutcome> {
      refuseIfBackedOff(username, address);
      const user = await store.findUserByUsername(username);
      // Always one scrypt, so unknown, disabled and real accounts cannot be told apart by timing.
      const valid = user ? await verifyPassword(password, user.passwordHash) : (await burnPasswordCheck(password), false);
      if (!user || !valid || user.disabled) {
        failedLogins.record({ username, address, reason: 'password' });
        throttle.failed(username, address);
        throw wrongCredentials();
      }
      throttle.succeeded(username, address);
      if (!user.totp) return startSession(user, 'Đăng nhập');
      const now = clock.now().getTime();
      const ticket = randomBytes(32).toString('base64url');
      await secondSteps.issueTicket(hashToken(ticket), { userId: user.id, username: user.username }, { now, expiresAt: now + SECOND_STEP_SECONDS * 1000 });
      return { kind: 'second-factor', ticket };
    },

    /** The second step: the ticket from the first step (a cookie) and a code from the app, or a recovery code. */
    async secondFactor(ticket: string | undefined, code: string, address: string): Promise<LoginOutcome & { kind: 'session' }> {
      const key = ticket ? hashToken(ticket) : '';
      const pending = key ? await secondSteps.findTicket(key, clock.now().getTime()) : null;
      if (!pending) {
        throw new AppError('UNAUTHENTICATED', 'Bước xác thực đã hết hạn. Vui lòng đăng nhập lại từ đầu.');
      }
      refuseIfBackedOff(pending.username, address);
      const user = await store.getUser(pending.userId);
      const used = user?.totp && !user.disabled ? await spendSecondFactor(user.totp, code, clock.now()) : null;
      if (!user || !used) {
        failedLogins.record({ username: pending.username, address, reason: 'second-factor' });
        throttle.failed(pending.username, address);
        await secondSteps.ticketFailed(key, SECOND_STEP_ATTEMPTS);
        throw new AppError('UNAUTHENTICATED', 'Mã xác thực không đúng hoặc đã dùng.');
      }
      // Two requests with the same ticket (two processes): one signs in, the other finds it spent.
      if (!(await secondSteps.spendTicket(key))) throw new AppError('UNAUTHENTICATED', 'Bước xác thực đã hết hạn. Vui lòng đăng nhập lại từ đầu.');
      const saved: User = { ...user, totp: used.next };
      await store.replaceUser(saved);
      return startSession(
        saved,
        used.recoveryUsed ? `Đăng nhập bằng mã khôi phục (còn ${used.next.recoveryCodes.length} mã)` : 'Đăng nhập (xác thực hai bước)',
      );
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
      return user && !user.disabled ? toPublicUser(user) : null;
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
