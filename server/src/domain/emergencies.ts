import {
  formatDateTimeVi,
  publicEmergency,
  type EmergencyInput,
  type EmergencyNotice,
  type EmergencyStatus,
  type PublicUser,
  type Screen,
} from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import type { Store } from '../store/store.ts';
import type { AuditLog } from './audit.ts';
import type { DomainEvents } from './events.ts';
import { AppError, notFound } from './errors.ts';
import { newId } from './ids.ts';

export interface EmergencyDeps {
  store: Store;
  clock: Clock;
  audit: AuditLog;
  /**
   * `emergency.changed` on a start or a clear (screens get the notice at once, ahead of their snapshots, and the
   * plan changes); `emergency.status` for office consoles.
   */
  events: DomainEvents;
}

/**
 * How long acknowledgements are kept after their notice ended: as long as the proof-of-display log (createFileProofLog's
 * `keepDays`), so any period a proof report can still cover also has who showed the notice. Acknowledgements of a
 * notice that no longer exists are dropped at once. Pruned nightly (app.ts, job `ack-prune`).
 */
export const ACK_KEEP_DAYS = 400;

/** Whether a notice is on its screens at `now` (also what a ward's notice must be to reach its child units). */
export const isActive = (notice: EmergencyNotice, now: Date) =>
  notice.clearedAt === null && Date.parse(notice.startedAt) <= now.getTime() && now.getTime() < Date.parse(notice.expiresAt);

/**
 * Thông báo khẩn: one action puts a full-screen notice on all or chosen screens, until it expires or someone clears it.
 * Screens get it pushed at once and again in every snapshot (so a screen that reconnects shows it); each screen
 * acknowledges when it is showing it (only paired screens are heard). Acknowledgements are stored, so the office's
 * list of who shows the notice survives a restart of the server.
 */
export function createEmergencyService({ store, clock, audit, events }: EmergencyDeps) {
  const ackId = (emergencyId: string, screenId: string) => `${emergencyId}|${screenId}`;
  /** Acknowledgements being written now: a kiosk's repeat must not become a second stored row. */
  const writing = new Set<string>();
  /** Notices whose end the office has been told about (so the expiry is announced once). */
  const announcedEnd = new Set<string>();

  const targetsOf = (notice: EmergencyNotice, screens: readonly Screen[]) =>
    notice.screens === 'all' ? screens.map((s) => s.id) : screens.filter((s) => notice.screens.includes(s.id)).map((s) => s.id);

  async function statusOf(notice: EmergencyNotice): Promise<EmergencyStatus> {
    const screens = await store.listScreens();
    return {
      notice,
      active: isActive(notice, clock.now()),
      targetScreenIds: targetsOf(notice, screens),
      acknowledged: (await store.emergencyAcks.list())
        .filter((a) => a.emergencyId === notice.id)
        .sort((a, b) => a.at.localeCompare(b.at))
        .map(({ screenId, at }) => ({ screenId, at })),
    };
  }

  return {
    async list(): Promise<{ active: EmergencyStatus[]; recent: EmergencyNotice[] }> {
      const now = clock.now();
      const all = (await store.emergencies.list()).sort((a, b) => b.startedAt.localeCompare(a.startedAt));
      return {
        active: await Promise.all(all.filter((n) => isActive(n, now)).map(statusOf)),
        recent: all.filter((n) => !isActive(n, now)).slice(0, 20),
      };
    },

    async start(input: EmergencyInput, actor: PublicUser): Promise<EmergencyStatus> {
      const screens = await store.listScreens();
      if (input.screens !== 'all') {
        const known = new Set(screens.map((s) => s.id));
        const issues = input.screens.flatMap((id, i) => (known.has(id) ? [] : [{ path: `screens.${i}`, message: `Không có màn hình mã "${id}"` }]));
        if (issues.length > 0) throw new AppError('VALIDATION_FAILED', 'Có màn hình không tồn tại trong danh sách đã chọn.', issues);
      }
      const now = clock.now();
      const notice: EmergencyNotice = {
        id: newId('em'),
        title: input.title,
        body: input.body,
        level: input.level,
        screens: input.screens,
        audience: input.audience ?? 'none',
        templateId: input.templateId ?? null,
        startedAt: now.toISOString(),
        startedBy: actor.username,
        expiresAt: new Date(now.getTime() + input.durationMinutes * 60_000).toISOString(),
        clearedAt: null,
        clearedBy: null,
      };
      const { timezone } = await store.getSchool();
      await store.emergencies.insert(notice);
      events.emit('emergency.changed', { screenIds: targetsOf(notice, screens), notice: publicEmergency.parse(notice) });
      await audit.record({
        actor: actor.username,
        action: 'emergency.start',
        entity: 'emergency',
        entityId: notice.id,
        // The whole text as the screens showed it: the log answers "what exactly did parents read?".
        summary: `Phát thông báo khẩn "${notice.title}" tới ${notice.screens === 'all' ? 'tất cả màn hình' : `${notice.screens.length} màn hình`}, đến ${formatDateTimeVi(new Date(notice.expiresAt), timezone)}${notice.body ? ` — nội dung: ${notice.body}` : ''}`,
      });
      const status = await statusOf(notice);
      events.emit('emergency.status', { status });
      return status;
    },

    async clear(id: string, actor: PublicUser): Promise<EmergencyStatus> {
      const notice = await store.emergencies.get(id);
      if (!notice) throw notFound('thông báo khẩn này');
      if (!isActive(notice, clock.now())) {
        throw new AppError('CONFLICT', 'Thông báo này đã kết thúc trước đó.');
      }
      const cleared: EmergencyNotice = { ...notice, clearedAt: clock.now().toISOString(), clearedBy: actor.username };
      await store.emergencies.replace(cleared);
      announcedEnd.add(id);
      events.emit('emergency.changed', { screenIds: targetsOf(cleared, await store.listScreens()), notice: null });
      await audit.record({ actor: actor.username, action: 'emergency.clear', entity: 'emergency', entityId: id, summary: `Kết thúc thông báo khẩn "${notice.title}"` });
      const status = await statusOf(cleared);
      events.emit('emergency.status', { status });
      return status;
    },

    /** A kiosk of `screenId` shows the notice. Ignored unless the notice is active and meant for that screen. */
    async acknowledge(id: string, screenId: string): Promise<void> {
      const key = ackId(id, screenId);
      if (writing.has(key)) return;
      writing.add(key);
      try {
        const notice = await store.emergencies.get(id);
        if (!notice || !isActive(notice, clock.now())) return;
        if (notice.screens !== 'all' && !notice.screens.includes(screenId)) return;
        // The unique key decides (two processes may hear the same kiosk's repeat): only the first insert announces it.
        if (!(await store.emergencyAcks.insertIfAbsent({ id: key, emergencyId: id, screenId, at: clock.now().toISOString() }))) return;
        events.emit('emergency.status', { status: await statusOf(notice) });
      } finally {
        writing.delete(key);
      }
    },

    /** Drops acknowledgements older than the retention (ACK_KEEP_DAYS after their notice ended) or of unknown notices. */
    async pruneAcks(): Promise<number> {
      const cutoff = clock.now().getTime() - ACK_KEEP_DAYS * 86_400_000;
      const endOf = new Map((await store.emergencies.list()).map((n) => [n.id, Date.parse(n.clearedAt ?? n.expiresAt)]));
      let removed = 0;
      for (const ack of await store.emergencyAcks.list()) {
        const ended = endOf.get(ack.emergencyId);
        if (ended !== undefined && ended >= cutoff) continue;
        if (await store.emergencyAcks.remove(ack.id)) removed += 1;
      }
      return removed;
    },

    /** Called at schedule boundaries: tells consoles about notices that ran out on their own. */
    async announceExpired(): Promise<void> {
      const now = clock.now();
      for (const notice of await store.emergencies.list()) {
        if (announcedEnd.has(notice.id) || isActive(notice, now) || Date.parse(notice.startedAt) > now.getTime()) continue;
        announcedEnd.add(notice.id);
        if (Date.parse(notice.expiresAt) > now.getTime() - 24 * 3600_000) events.emit('emergency.status', { status: await statusOf(notice) });
      }
    },
  };
}
export type EmergencyService = ReturnType<typeof createEmergencyService>;
