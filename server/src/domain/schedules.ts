import {
  DAY_MS,
  evaluateSchedule,
  loopFigures,
  screenTimeline,
  slideSeconds,
  type Daypart,
  type FieldIssue,
  type Playlist,
  type PlaylistInput,
  type PublicUser,
  type ScheduleEntry,
  type ScheduleInput,
  type ScheduleWarning,
  contentItem,
  contentLabel,
} from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import type { Store } from '../store/store.ts';
import type { AuditLog } from './audit.ts';
import type { DomainEvents } from './events.ts';
import { readPlanningData, scheduleStateOf } from './planningData.ts';
import { AppError, notFound } from './errors.ts';
import { newId } from './ids.ts';
import { directAssignmentConflicts, scheduleWarnings } from './scheduleWarnings.ts';

export interface ScheduleDeps {
  store: Store;
  clock: Clock;
  audit: AuditLog;
  /** Told after every committed change (`schedule.changed`). */
  events: DomainEvents;
}

const conflict = () =>
  new AppError('CONFLICT', 'Lịch này vừa được người khác sửa. Hãy tải lại để xem bản mới nhất trước khi lưu.');

/** Schedule entries, playlists and daypart presets: CRUD with reference checks, warnings, and the planner's answers. */
export function createScheduleService({ store, clock, audit, events }: ScheduleDeps) {
  /** References must exist: a schedule for a screen or content that is not there is an error, not a silent no-op. */
  async function assertReferences(input: ScheduleInput): Promise<void> {
    const [screens, content, playlists] = await Promise.all([store.listScreens(), store.listContent(), store.playlists.list()]);
    const issues: FieldIssue[] = [];
    const contentIds = new Set(content.map((c) => c.id));
    input.contentIds.forEach((id, i) => {
      if (!contentIds.has(id)) issues.push({ path: `contentIds.${i}`, message: `Không có nội dung mã "${id}"` });
    });
    if (input.playlistId && !playlists.some((p) => p.id === input.playlistId)) {
      issues.push({ path: 'playlistId', message: 'Không có danh sách phát này' });
    }
    if (input.screens !== 'all') {
      const screenIds = new Set(screens.map((s) => s.id));
      const groups = new Set(screens.map((s) => s.group).filter(Boolean));
      input.screens.screenIds.forEach((id, i) => {
        if (!screenIds.has(id)) issues.push({ path: `screens.screenIds.${i}`, message: `Không có màn hình mã "${id}"` });
      });
      input.screens.groups.forEach((group, i) => {
        if (!groups.has(group)) issues.push({ path: `screens.groups.${i}`, message: `Không có màn hình nào thuộc nhóm "${group}"` });
      });
      if (input.screens.screenIds.length === 0 && input.screens.groups.length === 0) {
        issues.push({ path: 'screens', message: 'Chọn ít nhất một màn hình hoặc một nhóm màn hình' });
      }
    }
    if (issues.length > 0) throw new AppError('VALIDATION_FAILED', 'Lịch chưa hợp lệ. Vui lòng kiểm tra các trường được đánh dấu.', issues);
  }

  async function warningsFor(entry: ScheduleEntry): Promise<ScheduleWarning[]> {
    const data = await readPlanningData(store);
    const others = data.schedules.filter((e) => e.id !== entry.id);
    const state = scheduleStateOf({ ...data, schedules: [...others, entry] });
    return scheduleWarnings({
      entry,
      others,
      state,
      content: data.content,
      screens: data.screens,
      dayparts: await store.getDayparts(),
      now: clock.now(),
    });
  }

  function materialise(input: ScheduleInput, actor: PublicUser, previous?: ScheduleEntry): ScheduleEntry {
    const now = clock.now().toISOString();
    const { baseVersion: _ignored, ...fields } = input;
    return {
      ...fields,
      id: previous?.id ?? newId('sch'),
      version: (previous?.version ?? 0) + 1,
      createdAt: previous?.createdAt ?? now,
      createdBy: previous?.createdBy ?? actor.username,
      updatedAt: now,
      updatedBy: actor.username,
    };
  }

  async function mustGetPlaylist(id: string): Promise<Playlist> {
    const found = await store.playlists.get(id);
    if (!found) throw notFound('danh sách phát này');
    return found;
  }

  return {
    async list() {
      const [entries, playlists, dayparts] = await Promise.all([store.schedules.list(), store.playlists.list(), store.getDayparts()]);
      return { entries, playlists, dayparts };
    },

    /** Validates references and returns the warnings, saving nothing. */
    async check(input: ScheduleInput, actor: PublicUser, id?: string): Promise<{ warnings: ScheduleWarning[] }> {
      await assertReferences(input);
      const previous = id ? await store.schedules.get(id) : undefined;
      return { warnings: await warningsFor(materialise(input, actor, previous)) };
    },

    async create(input: ScheduleInput, actor: PublicUser) {
      await assertReferences(input);
      const entry = materialise(input, actor);
      const warnings = await warningsFor(entry);
      await store.schedules.insert(entry);
      await audit.record({ actor: actor.username, action: 'schedule.create', entity: 'schedule', entityId: entry.id, summary: `Tạo lịch "${entry.name}"` });
      events.emit('schedule.changed', { entity: 'schedule' });
      return { entry, warnings };
    },

    async update(id: string, input: ScheduleInput, actor: PublicUser) {
      const previous = await store.schedules.get(id);
      if (!previous) throw notFound('lịch này');
      if (input.baseVersion !== undefined && input.baseVersion !== previous.version) throw conflict();
      await assertReferences(input);
      const entry = materialise(input, actor, previous);
      const warnings = await warningsFor(entry);
      if (!(await store.schedules.replace(entry, previous.version))) throw conflict();
      await audit.record({ actor: actor.username, action: 'schedule.update', entity: 'schedule', entityId: id, summary: `Sửa lịch "${entry.name}"` });
      events.emit('schedule.changed', { entity: 'schedule' });
      return { entry, warnings };
    },

    async remove(id: string, actor: PublicUser) {
      const previous = await store.schedules.get(id);
      if (!previous || !(await store.schedules.remove(id))) throw notFound('lịch này');
      await audit.record({ actor: actor.username, action: 'schedule.delete', entity: 'schedule', entityId: id, summary: `Xóa lịch "${previous.name}"` });
      events.emit('schedule.changed', { entity: 'schedule' });
      return { deleted: id };
    },

    /**
     * "Bỏ gán trực tiếp": the entry's items stop being assigned directly to the screens the entry reaches, so there
     * they play only when the entry says. Only ever narrows where approved content plays, so the status stays.
     */
    async unassignDirect(id: string, actor: PublicUser) {
      const entry = await store.schedules.get(id);
      if (!entry) throw notFound('lịch này');
      const data = await readPlanningData(store);
      const allScreenIds = data.screens.map((s) => s.id);
      const changed: string[] = [];
      for (const { item, screens } of directAssignmentConflicts(entry, data.content, data.screens, data.playlists)) {
        const drop = new Set(screens.map((s) => s.id));
        const kept = (item.screens === 'all' ? allScreenIds : item.screens).filter((screenId) => !drop.has(screenId));
        const next = contentItem.parse({ ...item, screens: kept, version: item.version + 1, updatedAt: clock.now().toISOString(), updatedBy: actor.username });
        if (!(await store.replaceContent(next, item.version))) throw conflict();
        await audit.record({
          actor: actor.username,
          action: 'content.update',
          entity: item.type,
          entityId: item.id,
          summary: `Bỏ gán trực tiếp "${contentLabel(item).slice(0, 160)}" khỏi ${screens.map((s) => s.name).join(', ')} (chỉ chiếu theo lịch "${entry.name}")`,
        });
        events.emit('content.changed', { item: next });
        changed.push(item.id);
      }
      return { changed, warnings: await warningsFor(entry) };
    },

    /** What plays at an instant (now when omitted), per screen: the evaluator's answer. */
    async plan(at: Date | undefined, screenId: string | undefined) {
      const data = await readPlanningData(store);
      const instant = at ?? clock.now();
      if (screenId && !data.screens.some((s) => s.id === screenId)) throw notFound('màn hình này');
      const plans = evaluateSchedule(scheduleStateOf(data), instant, screenId ? new Set([screenId]) : undefined);
      const byId = new Map(data.content.map((c) => [c.id, c] as const));
      const profiles = new Map(data.screens.map((s) => [s.id, s.profile] as const));
      const bounds = data.school.slideDefaults;
      return {
        at: instant.toISOString(),
        plans: [...plans.values()].map((plan) => {
          const slots = plan.items.map((p) => {
            const item = byId.get(p.contentId);
            // Timed as this screen times it (a procedure off the reception desk is its one-slide summary); a video runs
            // for its file's length × plays whatever an entry sets (the kiosk does the same).
            const profile = profiles.get(plan.screenId);
            const seconds = item?.type === 'video' ? slideSeconds(item, bounds, profile) : (p.durationSeconds ?? (item ? slideSeconds(item, bounds, profile) : 0));
            return { contentId: p.contentId, seconds, everyMinutes: p.everyMinutes, sharePercent: p.sharePercent ?? null };
          });
          const figures = loopFigures(slots);
          return {
            ...plan,
            loop: { seconds: figures.loopSeconds, items: slots.map((slot, i) => ({ contentId: slot.contentId, seconds: slot.seconds, ...figures.items[i]! })) },
          };
        }),
      };
    },

    async timeline(screenId: string, from: Date, until: Date) {
      if (until <= from || until.getTime() - from.getTime() > 14 * DAY_MS) {
        throw new AppError('VALIDATION_FAILED', 'Khoảng thời gian xem phải dương và không quá 14 ngày.', [
          { path: 'until', message: 'Tối đa 14 ngày sau thời điểm bắt đầu' },
        ]);
      }
      const data = await readPlanningData(store);
      if (!data.screens.some((s) => s.id === screenId)) throw notFound('màn hình này');
      return { segments: screenTimeline(scheduleStateOf(data), screenId, from, until) };
    },

    listPlaylists: () => store.playlists.list(),

    async createPlaylist(input: PlaylistInput, actor: PublicUser): Promise<Playlist> {
      await assertContent(input.contentIds);
      const playlist: Playlist = {
        id: newId('pl'),
        version: 1,
        name: input.name,
        contentIds: input.contentIds,
        updatedAt: clock.now().toISOString(),
        updatedBy: actor.username,
      };
      await store.playlists.insert(playlist);
      await audit.record({ actor: actor.username, action: 'playlist.create', entity: 'playlist', entityId: playlist.id, summary: `Tạo danh sách phát "${playlist.name}"` });
      events.emit('schedule.changed', { entity: 'playlist' });
      return playlist;
    },

    async updatePlaylist(id: string, input: PlaylistInput, actor: PublicUser): Promise<Playlist> {
      const previous = await mustGetPlaylist(id);
      if (input.baseVersion !== undefined && input.baseVersion !== previous.version) throw conflict();
      await assertContent(input.contentIds);
      const playlist: Playlist = {
        ...previous,
        name: input.name,
        contentIds: input.contentIds,
        version: previous.version + 1,
        updatedAt: clock.now().toISOString(),
        updatedBy: actor.username,
      };
      if (!(await store.playlists.replace(playlist, previous.version))) throw conflict();
      await audit.record({ actor: actor.username, action: 'playlist.update', entity: 'playlist', entityId: id, summary: `Sửa danh sách phát "${playlist.name}"` });
      events.emit('schedule.changed', { entity: 'playlist' });
      return playlist;
    },

    async removePlaylist(id: string, actor: PublicUser) {
      const playlist = await mustGetPlaylist(id);
      const [entries, screens] = await Promise.all([store.schedules.list(), store.listScreens()]);
      const users = [
        ...entries.filter((e) => e.playlistId === id).map((e) => `lịch "${e.name}"`),
        ...screens.filter((s) => s.defaultPlaylistId === id).map((s) => `màn hình "${s.name}"`),
      ];
      if (users.length > 0) {
        throw new AppError('CONFLICT', `Danh sách phát đang được dùng bởi ${users.join(', ')}. Hãy bỏ chọn ở đó trước khi xóa.`);
      }
      await store.playlists.remove(id);
      await audit.record({ actor: actor.username, action: 'playlist.delete', entity: 'playlist', entityId: id, summary: `Xóa danh sách phát "${playlist.name}"` });
      events.emit('schedule.changed', { entity: 'playlist' });
      return { deleted: id };
    },

    async saveDayparts(dayparts: Daypart[], actor: PublicUser): Promise<Daypart[]> {
      await store.saveDayparts(dayparts);
      await audit.record({
        actor: actor.username,
        action: 'daypart.update',
        entity: 'daypart',
        entityId: 'dayparts',
        summary: `Sửa khung giờ mẫu: ${dayparts.map((d) => `${d.name} ${d.start}–${d.end}`).join('; ')}`,
      });
      events.emit('schedule.changed', { entity: 'daypart' });
      return dayparts;
    },
  };

  async function assertContent(ids: readonly string[]): Promise<void> {
    const known = new Set((await store.listContent()).map((c) => c.id));
    const issues = ids.flatMap((id, i) => (known.has(id) ? [] : [{ path: `contentIds.${i}`, message: `Không có nội dung mã "${id}"` }]));
    if (issues.length > 0) throw new AppError('VALIDATION_FAILED', 'Danh sách phát có nội dung không tồn tại.', issues);
  }
}
export type ScheduleService = ReturnType<typeof createScheduleService>;
