import { twoFactorRoles, type PublicUser, type TotpSetup, type TotpStatus, type User } from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import type { Store } from '../store/store.ts';
import type { AuditLog } from './audit.ts';
import type { DomainEvents } from './events.ts';
import { AppError, forbidden, notFound } from './errors.ts';
import { verifyPassword } from './passwords.ts';
import { memoryTwoFactorState, type TwoFactorState } from './twoFactorState.ts';
import { acceptedTimeStep, newRecoveryCodes, newTotpSecret, spendSecondFactor, totpUri } from './totp.ts';

/** An enrolment not confirmed within this time is forgotten (the key shown was never active). */
const PENDING_MS = 15 * 60_000;

const fieldError = (path: 'code' | 'password', message: string) => new AppError('VALIDATION_FAILED', message, [{ path, message }]);

/**
 * The optional second factor (TOTP) of admins and approvers: set up (a new key, shown as a QR code and as text),
 * confirm with a code (then it is on, and 10 one-time recovery codes are shown once), turn off with the password
 * and a code. An admin can clear it for someone who lost both phone and recovery codes.
 */
export function createTwoFactorService({
  store,
  clock,
  audit,
  events,
  state = memoryTwoFactorState(),
}: {
  store: Store;
  clock: Clock;
  audit: AuditLog;
  events: DomainEvents;
  /** Where the key shown at set-up waits for its confirmation (PostgreSQL with DATABASE_URL: shared by every process). */
  state?: TwoFactorState | undefined;
}) {
  const account = async (id: string): Promise<User> => {
    const user = await store.getUser(id);
    if (!user) throw notFound('tài khoản');
    return user;
  };
  const record = (actor: PublicUser, target: User, summary: string) =>
    audit.record({ actor: actor.username, action: 'user.update', entity: 'user', entityId: target.id, summary });

  return {
    async status(actor: PublicUser): Promise<TotpStatus> {
      const user = await account(actor.id);
      return {
        available: twoFactorRoles.includes(user.role),
        enabled: user.totp !== undefined,
        enabledAt: user.totp?.enabledAt ?? null,
        recoveryCodesLeft: user.totp?.recoveryCodes.length ?? 0,
      };
    },

    async setup(actor: PublicUser): Promise<TotpSetup> {
      const user = await account(actor.id);
      if (!twoFactorRoles.includes(user.role)) throw forbidden('Xác thực hai bước dành cho tài khoản quản trị và phê duyệt.');
      if (user.totp) throw new AppError('CONFLICT', 'Xác thực hai bước đã bật. Tắt trước nếu muốn đổi điện thoại.');
      const secret = await newTotpSecret();
      const now = clock.now().getTime();
      // Shared by every process with PostgreSQL: the confirming request may reach another one.
      await state.putEnrolment(user.id, secret, { now, expiresAt: now + PENDING_MS });
      return { secret, uri: await totpUri(user.username, secret) };
    },

    async confirm(actor: PublicUser, code: string): Promise<{ recoveryCodes: string[] }> {
      const secret = await state.findEnrolment(actor.id, clock.now().getTime());
      if (secret === null) {
        throw new AppError('CONFLICT', 'Khoá vừa tạo đã hết hạn. Vui lòng bắt đầu lại.');
      }
      const step = await acceptedTimeStep(secret, code, clock.now());
      if (step === null) throw fieldError('code', 'Mã không đúng. Kiểm tra giờ trên điện thoại rồi nhập mã đang hiện.');
      const user = await account(actor.id);
      if (user.totp) throw new AppError('CONFLICT', 'Xác thực hai bước đã bật.');
      const { codes, hashes } = newRecoveryCodes();
      await store.replaceUser({
        ...user,
        totp: { secret, enabledAt: clock.now().toISOString(), lastTimeStep: step, recoveryCodes: hashes },
      });
      await state.dropEnrolment(actor.id);
      await record(actor, user, 'Bật xác thực hai bước');
      return { recoveryCodes: codes };
    },

    async disable(actor: PublicUser, password: string, code: string): Promise<void> {
      const user = await account(actor.id);
      if (!user.totp) return;
      if (!(await verifyPassword(password, user.passwordHash))) throw fieldError('password', 'Mật khẩu không đúng.');
      if (!(await spendSecondFactor(user.totp, code, clock.now()))) throw fieldError('code', 'Mã xác thực không đúng hoặc đã dùng.');
      const { totp: _removed, ...rest } = user;
      await store.replaceUser(rest);
      await record(actor, user, 'Tắt xác thực hai bước');
    },

    /** Admin: clears someone else's second factor and ends their sessions (they sign in with the password alone). */
    async reset(id: string, actor: PublicUser): Promise<void> {
      const user = await account(id);
      if (!user.totp) return;
      const { totp: _removed, ...rest } = user;
      await store.replaceUser(rest);
      for (const hash of await store.deleteSessionsOfUser(id)) events.emit('session.ended', { tokenHash: hash });
      await record(actor, user, `Tắt xác thực hai bước của ${user.username} (mất thiết bị)`);
    },
  };
}
export type TwoFactorService = ReturnType<typeof createTwoFactorService>;
