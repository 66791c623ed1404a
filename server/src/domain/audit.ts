import { auditEntry, type AuditEntry } from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import type { Store } from '../store/store.ts';
import { newId } from './ids.ts';

export type AuditInput = Omit<AuditEntry, 'id' | 'at'>;

export function createAuditLog(store: Store, clock: Clock) {
  return {
    async record(input: AuditInput): Promise<void> {
      // Clamp free text so an entry can never make db.json fail its own validation on the next start.
      const clamp = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
      await store.appendAudit(
        auditEntry.parse({
          ...input,
          actor: clamp(input.actor, 80),
          entityId: clamp(input.entityId, 80),
          summary: clamp(input.summary, 500),
          id: newId('a'),
          at: clock.now().toISOString(),
        }),
      );
    },
    list: (limit: number) => store.listAudit(limit),
  };
}
export type AuditLog = ReturnType<typeof createAuditLog>;
