import { toPublicUser, type PublicUser, type User, type UserCreate, type UserUpdate } from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import type { Store } from '../store/store.ts';
import type { AuditLog } from './audit.ts';
import type { DomainEvents } from './events.ts';
import { AppError, notFound } from './errors.ts';
import { newId } from './ids.ts';
import { hashPassword } from './passwords.ts';

export interface UserServiceDeps {
  store: Store;
  clock: Clock;
  audit: AuditLog;
  /** Told of each ended session (`session.ended`), so its live consoles close. */
  events: DomainEvents;
}

const activeAdmins = (users: User[]) => users.filter((u) => u.role === 'admin' && !u.disabled);

/**
 * Accounts of the console (admin only). Rules: usernames are unique; an admin cannot disable or demote
 * themself, and the last active admin cannot be disabled or demoted (nobody could manage users afterwards).
 * Disabling an account or resetting its password ends its sessions.
 */
export function createUserService({ store, clock, audit, events }: UserServiceDeps) {
  const endSessions = async (userId: string) => {
    for (const hash of await store.deleteSessionsOfUser(userId)) events.emit('session.ended', { tokenHash: hash });
  };

  return {
    async list(): Promise<PublicUser[]> {
      const users = await store.listUsers();
      return users.map((u) => toPublicUser(u)).sort((a, b) => a.username.localeCompare(b.username));
    },

    async create(input: UserCreate, actor: PublicUser): Promise<PublicUser> {
      const taken = () =>
        new AppError('CONFLICT', `Tên đăng nhập “${input.username}” đã có người dùng.`, [
          { path: 'username', message: 'Tên đăng nhập đã tồn tại' },
        ]);
      if (await store.findUserByUsername(input.username)) throw taken();
      const user: User = {
        id: newId('u'),
        username: input.username,
        displayName: input.displayName,
        email: input.email,
        role: input.role,
        passwordHash: await hashPassword(input.password),
        disabled: false,
        createdAt: clock.now().toISOString(),
      };
      // Checked again by the store in the same step as the write: a double-click must not create the name twice.
      if (!(await store.insertUser(user))) throw taken();
      await audit.record({
        actor: actor.username,
        action: 'user.create',
        entity: 'user',
        entityId: user.id,
        summary: `Tạo tài khoản ${user.username} (${user.role})`,
      });
      return toPublicUser(user);
    },

    async update(id: string, change: UserUpdate, actor: PublicUser): Promise<PublicUser> {
      const users = await store.listUsers();
      const current = users.find((u) => u.id === id);
      if (!current) throw notFound('tài khoản');
      const losesAdmin = current.role === 'admin' && !current.disabled && (change.role !== 'admin' || change.disabled);
      if (losesAdmin && id === actor.id) {
        throw new AppError('FORBIDDEN', 'Bạn không thể tự khoá hoặc tự bỏ quyền quản trị của chính mình.');
      }
      if (losesAdmin && activeAdmins(users).length <= 1) {
        throw new AppError('CONFLICT', 'Phải còn ít nhất một tài khoản quản trị đang hoạt động.');
      }
      const next: User = { ...current, displayName: change.displayName, email: change.email ?? current.email, role: change.role, disabled: change.disabled };
      await store.replaceUser(next);
      if (next.disabled) await endSessions(id);
      const parts = [
        current.role !== next.role ? `vai trò ${current.role} → ${next.role}` : '',
        current.disabled !== next.disabled ? (next.disabled ? 'khoá tài khoản' : 'mở khoá tài khoản') : '',
        current.displayName !== next.displayName ? 'đổi tên hiển thị' : '',
        current.email !== next.email ? (next.email ? `địa chỉ thư ${next.email}` : 'bỏ địa chỉ thư') : '',
      ].filter(Boolean);
      await audit.record({
        actor: actor.username,
        action: 'user.update',
        entity: 'user',
        entityId: id,
        summary: `Cập nhật tài khoản ${current.username}: ${parts.join(', ') || 'không đổi'}`,
      });
      return toPublicUser(next);
    },

    async resetPassword(id: string, password: string, actor: PublicUser): Promise<void> {
      if (!(await store.getUser(id))) throw notFound('tài khoản');
      const passwordHash = await hashPassword(password);
      // Re-read after the (slow) hash, so a change saved meanwhile (e.g. the account disabled) is not written back over.
      const current = await store.getUser(id);
      if (!current) throw notFound('tài khoản');
      await store.replaceUser({ ...current, passwordHash });
      await endSessions(id);
      await audit.record({
        actor: actor.username,
        action: 'user.update',
        entity: 'user',
        entityId: id,
        summary: `Đặt lại mật khẩu cho ${current.username}`,
      });
    },
  };
}
export type UserService = ReturnType<typeof createUserService>;
