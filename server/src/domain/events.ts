import type { ContentItem, ContentStatus, EmergencyStatus, FeedbackCounts, PublicEmergency, School } from '@bangtin/shared';

/**
 * What the domain announces after a change is stored: the one way services tell the rest of the server. Services
 * never know who listens; realtime (pushes to consoles and kiosks) and the planner (one planning step per change)
 * subscribe in app.ts.
 */
export interface DomainEventMap {
  /** A content item was created, edited or changed status (an import announces each item). */
  'content.changed': { item: ContentItem; /** The status before this change (absent on create and import). */ previousStatus?: ContentStatus };
  'school.changed': { school: School };
  'screen.changed': { screenId: string };
  /** Schedule entries, playlists or dayparts changed. */
  'schedule.changed': { entity: 'schedule' | 'playlist' | 'daypart' };
  /** A notice started (or was cleared: notice null) on these screens; kiosks get it ahead of their snapshots. */
  'emergency.changed': { screenIds: readonly string[]; notice: PublicEmergency | null };
  /** Live status for consoles: started, acknowledged by a screen, expired or cleared. */
  'emergency.status': { status: EmergencyStatus };
  /** A feedback item changed (a handling step, or its answer slide was approved). */
  'feedback.changed': { id: string };
  /** The reminder job counted open feedback due soon or overdue (consoles refresh their badge). */
  'feedback.reminders': { counts: FeedbackCounts };
  /**
   * What screens play may have changed somewhere this unit's services did not see: another process saved a change (its
   * nudge), or — in a child unit — what the root sends down changed (issue #15). Re-plan, forget cached on-air lists.
   */
  'plan.stale': Record<string, never>;
  /** A login session ended (logout, expiry, user disabled): its live consoles close. */
  'session.ended': { tokenHash: string };
}
export type DomainEventName = keyof DomainEventMap;
export type DomainListener<K extends DomainEventName> = (payload: DomainEventMap[K]) => void;

export interface DomainEvents {
  emit<K extends DomainEventName>(name: K, payload: DomainEventMap[K]): void;
  /** Returns the unsubscribe function. */
  on<K extends DomainEventName>(name: K, listener: DomainListener<K>): () => void;
}

/**
 * Synchronous, in-process delivery. A listener that fails is reported and skipped: a broken push must never undo or
 * fail the change that was already stored.
 */
export function createDomainEvents(onListenerError: (error: unknown, name: DomainEventName) => void): DomainEvents {
  const listeners = new Map<DomainEventName, Set<(payload: never) => void>>();
  return {
    emit(name, payload) {
      for (const listener of listeners.get(name) ?? []) {
        try {
          (listener as DomainListener<typeof name>)(payload);
        } catch (error) {
          onListenerError(error, name);
        }
      }
    },
    on(name, listener) {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  };
}
