import type { PublicUser } from '@bangtin/shared';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { manualClock } from '../../../server/src/clock.ts';
import { createAuditLog } from '../../../server/src/domain/audit.ts';
import { createCommPlanService } from '../../../server/src/domain/commPlans.ts';
import { createEmergencyService } from '../../../server/src/domain/emergencies.ts';
import { createDomainEvents } from '../../../server/src/domain/events.ts';
import { createQuizService } from '../../../server/src/domain/quiz.ts';
import type { PgStore } from '../../../server/src/store/pg/pgStore.ts';
import { createMigratedDatabase, openPgTestStore } from '../../helpers/pgTestStore.ts';
import { seededDatabase } from '../../helpers/testApp.ts';

const clusterUrl = inject('pgClusterUrl');
const principal: PublicUser = { id: 'u-approver', username: 'hieutruong', role: 'approver', displayName: 'Hiệu trưởng', email: '', disabled: false, createdAt: '2026-11-01T00:00:00.000Z', twoFactor: false };

/**
 * Two processes serving one unit = two PgStores on one database. Each check-then-insert the domains used to do could
 * lose a count or fail with a duplicate key when both act at the same moment; these run the same calls concurrently.
 */
describe.skipIf(!clusterUrl)(`writes that race across processes on PostgreSQL ${inject('pgUnavailable') ?? ''}`, () => {
  const clock = manualClock(new Date('2026-11-28T01:00:00Z'));
  let stores: PgStore[] = [];
  const services = (store: PgStore) => {
    const audit = createAuditLog(store, clock);
    const events = createDomainEvents(() => undefined);
    return { events, quiz: createQuizService({ store, clock, audit }), emergencies: createEmergencyService({ store, clock, audit, events }), plans: createCommPlanService({ store, clock, audit }) };
  };

  beforeAll(async () => {
    const url = await createMigratedDatabase(clusterUrl!);
    const db = await seededDatabase(clock.now());
    db.emergencies.push({
      id: 'em-1',
      title: 'Tạm dừng đón trẻ',
      body: 'Cổng trường đóng tạm thời.',
      level: 'danger',
      screens: 'all',
      audience: 'none',
      templateId: null,
      startedAt: clock.now().toISOString(),
      startedBy: 'admin',
      expiresAt: new Date(clock.now().getTime() + 3600_000).toISOString(),
      clearedAt: null,
      clearedBy: null,
    });
    stores = [await openPgTestStore(url, db), await openPgTestStore(url, null)];
  });
  afterAll(async () => {
    for (const store of stores) await store.close();
  });

  it('60 quiz answers sent to two processes at once are all counted (no lost update, no duplicate tally)', async () => {
    const [a, b] = stores.map(services) as [ReturnType<typeof services>, ReturnType<typeof services>];
    const question = (await stores[0]!.quizQuestions.list()).find((q) => q.status === 'approved')!;
    const answer = (i: number) => [{ questionId: question.id, choice: i % 2 }];
    const counted = await Promise.all(Array.from({ length: 60 }, (_, i) => (i % 2 ? a : b).quiz.recordAnswers(i % 3 ? 'web' : 'kiosk', answer(i))));
    expect(counted.reduce((s, n) => s + n, 0)).toBe(60);
    const tallies = (await stores[1]!.quizTallies.list()).filter((t) => t.id === question.id);
    expect(tallies).toHaveLength(1);
    const total = [...tallies[0]!.kiosk, ...tallies[0]!.web].reduce((s, n) => s + n, 0);
    expect(total).toBe(60);
  }, 30_000);

  it('a kiosk acknowledgement heard by both processes at once is stored once and announced once', async () => {
    const [a, b] = stores.map(services) as [ReturnType<typeof services>, ReturnType<typeof services>];
    let announced = 0;
    for (const s of [a, b]) s.events.on('emergency.status', () => (announced += 1));
    // Twenty kiosks (the notice is for every screen), each heard by both at once.
    const screenIds = Array.from({ length: 20 }, (_, i) => `man-hinh-${String(i).padStart(2, '0')}`);
    await Promise.all(screenIds.flatMap((screenId) => [a.emergencies.acknowledge('em-1', screenId), b.emergencies.acknowledge('em-1', screenId)]));
    const acks = await stores[0]!.emergencyAcks.list();
    expect(acks.map((x) => x.id).sort()).toEqual(screenIds.map((id) => `em-1|${id}`));
    expect(announced).toBe(20);
  });

  it("the year's first plan saved through both processes at once: one is saved, the other is told of the conflict", async () => {
    const [a, b] = stores.map(services) as [ReturnType<typeof services>, ReturnType<typeof services>];
    const input = (title: string) => ({ title, targets: [] });
    const outcomes = await Promise.allSettled([a.plans.save(2027, input('Kế hoạch A'), principal), b.plans.save(2027, input('Kế hoạch B'), principal)]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = outcomes.find((o) => o.status === 'rejected')!;
    expect((refused as PromiseRejectedResult).reason).toMatchObject({ code: 'CONFLICT' });
    const saved = outcomes.find((o) => o.status === 'fulfilled') as PromiseFulfilledResult<{ title: string }>;
    expect((await a.plans.get(2027))?.title).toBe(saved.value.title);
  });
});
