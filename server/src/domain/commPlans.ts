import { planYear, type CommPlan, type CommPlanInput, commPlanInput, type PublicUser } from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import type { Store } from '../store/store.ts';
import type { AuditLog } from './audit.ts';
import { AppError } from './errors.ts';
import { assertKnownAreas } from './reformAreas.ts';

/** "2026" from the path, or a 400 in Vietnamese. */
export function yearFrom(param: string): number {
  const parsed = planYear.safeParse(param);
  if (!parsed.success) throw new AppError('VALIDATION_FAILED', 'Năm không hợp lệ (2020–2100).', [{ path: 'year', message: 'Năm không hợp lệ' }]);
  return parsed.data;
}

/** The yearly communication plan ("Kế hoạch tuyên truyền CCHC năm …"): targets per reform area, one plan per year. */
export function createCommPlanService({ store, clock, audit }: { store: Store; clock: Clock; audit: AuditLog }) {
  return {
    get: async (year: number): Promise<CommPlan | null> => (await store.commPlans.get(String(year))) ?? null,

    async save(year: number, raw: CommPlanInput, actor: PublicUser): Promise<CommPlan> {
      const input = commPlanInput.parse(raw);
      await assertKnownAreas(
        store,
        input.targets.map((t) => t.area),
        'targets',
      );
      const existing = await store.commPlans.get(String(year));
      if (existing && input.baseVersion !== existing.version) {
        throw new AppError('CONFLICT', 'Kế hoạch này vừa được người khác sửa. Hãy tải lại trước khi lưu.');
      }
      const plan: CommPlan = {
        id: String(year),
        year,
        title: input.title || `Kế hoạch tuyên truyền CCHC năm ${year}`,
        // Lines without any target say nothing: not stored.
        targets: input.targets.filter((t) => [t.screenHoursPerQuarter, t.newItems, t.feedbackAnsweredOnTime, t.surveyResponses].some((v) => v !== null)),
        version: (existing?.version ?? 0) + 1,
        updatedAt: clock.now().toISOString(),
        updatedBy: actor.username,
      };
      if (existing) {
        if (!(await store.commPlans.replace(plan, existing.version))) throw new AppError('CONFLICT', 'Kế hoạch này vừa được người khác sửa. Hãy tải lại trước khi lưu.');
      } else if (!(await store.commPlans.insertIfAbsent(plan))) {
        // Two first saves of the same year at once (two processes): the second is a conflict, as with an edited plan.
        throw new AppError('CONFLICT', 'Kế hoạch này vừa được người khác sửa. Hãy tải lại trước khi lưu.');
      }
      await audit.record({
        actor: actor.username,
        action: 'plan.update',
        entity: 'plan',
        entityId: plan.id,
        summary: `${existing ? 'Sửa' : 'Lập'} kế hoạch tuyên truyền CCHC năm ${year} (${plan.targets.length} lĩnh vực có chỉ tiêu)`,
      });
      return plan;
    },
  };
}
export type CommPlanService = ReturnType<typeof createCommPlanService>;
