import type { AuditEntry } from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import type { Store } from '../store/store.ts';
import { newId } from './ids.ts';

export type AuditInput = Omit<AuditEntry, 'id' | 'at'>;

export function createAuditLog(store: Store, clock: Clock) {
  return {
    async record(input: AuditInput): Promise<void> {
      await store.appendAudit({ ...input, id: newId('a'), at: clock.now().toISOString() });
    },
    list: (limit: number) => store.listAudit(limit),
  };
}
export type AuditLog = ReturnType<typeof createAuditLog>;
