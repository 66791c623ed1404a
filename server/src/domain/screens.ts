import type { PublicUser, Screen, ScreenInput } from '@bangtin/shared';
import type { Store } from '../store/store.ts';
import type { AuditLog } from './audit.ts';
import type { DomainEvents } from './events.ts';
import { AppError, notFound } from './errors.ts';
import { newId } from './ids.ts';

export function createScreenService({ store, audit, events }: { store: Store; audit: AuditLog; events: DomainEvents }) {
  async function assertPlaylist(id: string | null | undefined): Promise<void> {
    if (id && !(await store.playlists.get(id))) {
      throw new AppError('VALIDATION_FAILED', 'Danh sách phát mặc định không tồn tại.', [
        { path: 'defaultPlaylistId', message: 'Không có danh sách phát này' },
      ]);
    }
  }

  return {
    list: () => store.listScreens(),

    async create(input: ScreenInput, actor: PublicUser): Promise<Screen> {
      await assertPlaylist(input.defaultPlaylistId);
      if (await store.getScreenBySlug(input.slug)) {
        throw new AppError('CONFLICT', `Đã có màn hình với đường dẫn "${input.slug}".`, [
          { path: 'slug', message: 'Đường dẫn đã được dùng' },
        ]);
      }
      // The id never changes (rooms, assignments and logs use it); the slug can be renamed later.
      const screen: Screen = {
        ...input,
        id: newId('s'),
        defaultPlaylistId: input.defaultPlaylistId ?? null,
        interactive: input.interactive ?? false,
        idleSeconds: input.idleSeconds ?? 60,
      };
      await store.insertScreen(screen);
      await audit.record({ actor: actor.username, action: 'screen.create', entity: 'screen', entityId: screen.id, summary: `Thêm màn hình "${screen.name}"` });
      events.emit('screen.changed', { screenId: screen.id });
      return screen;
    },

    async update(id: string, input: ScreenInput, actor: PublicUser): Promise<Screen> {
      const existing = (await store.listScreens()).find((s) => s.id === id);
      if (!existing) throw notFound('màn hình này');
      await assertPlaylist(input.defaultPlaylistId);
      const clash = await store.getScreenBySlug(input.slug);
      if (clash && clash.id !== id) {
        throw new AppError('CONFLICT', `Đã có màn hình với đường dẫn "${input.slug}".`, [
          { path: 'slug', message: 'Đường dẫn đã được dùng' },
        ]);
      }
      const screen: Screen = {
        ...input,
        id,
        defaultPlaylistId: input.defaultPlaylistId === undefined ? existing.defaultPlaylistId : input.defaultPlaylistId,
        interactive: input.interactive ?? existing.interactive,
        idleSeconds: input.idleSeconds ?? existing.idleSeconds,
        // A form that does not know the timetable leaves it as it is.
        ...((input.powerSchedule ?? existing.powerSchedule) ? { powerSchedule: input.powerSchedule ?? existing.powerSchedule } : {}),
      };
      await store.replaceScreen(screen);
      await audit.record({ actor: actor.username, action: 'screen.update', entity: 'screen', entityId: id, summary: `Sửa màn hình "${screen.name}"` });
      events.emit('screen.changed', { screenId: id });
      return screen;
    },
  };
}
export type ScreenService = ReturnType<typeof createScreenService>;
