import { auditEntry, calendarDate, foldVietnamese, pageOf, type AuditEntry, type AuditQuery, type Paged } from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import type { Store } from '../store/store.ts';
import { newId } from './ids.ts';

export type AuditInput = Omit<AuditEntry, 'id' | 'at'>;
export type AuditFilter = Omit<AuditQuery, 'page' | 'pageSize'>;

/** Everything db.json keeps (it keeps the newest 5,000 entries). */
const ALL = 100_000;

export function createAuditLog(store: Store, clock: Clock) {
  /** Newest first, filtered by text (any field, without diacritics), actor, action and school-calendar days. */
  async function filtered(filter: AuditFilter): Promise<AuditEntry[]> {
    const { timezone } = await store.getSchool();
    const needle = filter.q ? foldVietnamese(filter.q) : null;
    const actor = filter.actor?.toLowerCase();
    return (await store.listAudit(ALL)).filter((e) => {
      if (filter.action && e.action !== filter.action) return false;
      if (actor && e.actor.toLowerCase() !== actor) return false;
      if (filter.from || filter.to) {
        const day = calendarDate(new Date(e.at), timezone);
        if ((filter.from && day < filter.from) || (filter.to && day > filter.to)) return false;
      }
      if (needle) {
        const hay = foldVietnamese(`${e.actor} ${e.action} ${e.entity} ${e.entityId} ${e.summary}`);
        if (!hay.includes(needle)) return false;
      }
      return true;
    });
  }

  return {
    async record(input: AuditInput): Promise<void> {
      // Clamp free text so an entry can never make db.json fail its own validation on the next start.
      const clamp = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
      await store.appendAudit(
        auditEntry.parse({
          ...input,
          actor: clamp(input.actor, 80),
          entityId: clamp(input.entityId, 80),
          summary: clamp(input.summary, 1000),
          id: newId('a'),
          at: clock.now().toISOString(),
        }),
      );
    },
    list: (limit: number) => store.listAudit(limit),
    filtered,
    async query(query: AuditQuery): Promise<Paged<AuditEntry>> {
      return pageOf(await filtered(query), query.page, query.pageSize);
    },
  };
}
export type AuditLog = ReturnType<typeof createAuditLog>;
