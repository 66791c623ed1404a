import type { EmergencyNotice } from '@bangtin/shared';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../server/src/clock.ts';
import { createAuditLog } from '../../../server/src/domain/audit.ts';
import { ACK_KEEP_DAYS, createEmergencyService } from '../../../server/src/domain/emergencies.ts';
import { createDomainEvents } from '../../../server/src/domain/events.ts';
import { openMemoryStore } from '../../../server/src/store/openStore.ts';
import { seededDatabase } from '../../helpers/testApp.ts';

const DAY = 86_400_000;
const notice = (id: string, endedAt: Date): EmergencyNotice => ({
  id,
  title: 'NGHỈ HỌC DO BÃO',
  body: '',
  level: 'danger',
  screens: 'all',
  audience: 'none',
  templateId: null,
  startedAt: new Date(endedAt.getTime() - 3600_000).toISOString(),
  startedBy: 'hieutruong',
  expiresAt: endedAt.toISOString(),
  clearedAt: null,
  clearedBy: null,
});

describe('stored emergency acknowledgements do not grow for ever', () => {
  it(`keeps acknowledgements for ${ACK_KEEP_DAYS} days after their notice ended, drops older ones and orphans`, async () => {
    const now = new Date('2026-11-28T01:00:00Z');
    const clock = manualClock(now);
    const store = openMemoryStore(await seededDatabase(now));
    const service = createEmergencyService({ store, clock, audit: createAuditLog(store, clock), events: createDomainEvents(() => {}) });
    const old = notice('em-old', new Date(now.getTime() - (ACK_KEEP_DAYS + 1) * DAY));
    const recent = notice('em-recent', new Date(now.getTime() - (ACK_KEEP_DAYS - 1) * DAY));
    const live = { ...notice('em-live', new Date(now.getTime() + 3600_000)), startedAt: now.toISOString() };
    for (const n of [old, recent, live]) await store.emergencies.insert(n);
    const ack = (emergencyId: string, screenId: string) => ({ id: `${emergencyId}|${screenId}`, emergencyId, screenId, at: now.toISOString() });
    for (const a of [ack('em-old', 'gate'), ack('em-old', 'reception'), ack('em-recent', 'gate'), ack('em-live', 'gate'), ack('em-gone', 'gate')]) {
      await store.emergencyAcks.insert(a);
    }

    expect(await service.pruneAcks()).toBe(3);
    expect((await store.emergencyAcks.list()).map((a) => a.id).sort()).toEqual(['em-live|gate', 'em-recent|gate']);
    // The notices themselves stay: the proof report lists every emergency of its period.
    expect((await store.emergencies.list()).length).toBe(3);
    expect(await service.pruneAcks()).toBe(0);
  });
});
