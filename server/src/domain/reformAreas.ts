import { AREA_REQUIRED_MESSAGE, contentLabel, type PublicUser, type ReformArea } from '@bangtin/shared';
import type { Store } from '../store/store.ts';
import type { AuditLog } from './audit.ts';
import { AppError } from './errors.ts';

/** How many users of a removed area the refusal names before "… và N nội dung khác". */
const NAMED_USERS = 3;

/**
 * The plan's reform areas (Cài đặt → Lĩnh vực CCHC). A school following a newer plan renames, adds and removes
 * sections; an area still filed on content or targeted by a yearly plan cannot be removed (the report would lose it).
 */
export function createReformAreaService({ store, audit }: { store: Store; audit: AuditLog }) {
  return {
    list: () => store.getReformAreas(),

    async save(areas: ReformArea[], actor: PublicUser): Promise<ReformArea[]> {
      const before = await store.getReformAreas();
      const kept = new Set(areas.map((a) => a.code));
      const removed = before.filter((a) => !kept.has(a.code));
      if (removed.length > 0) {
        const content = await store.listContent();
        const plans = await store.commPlans.list();
        // The quiz files its questions under the same list (one list of areas, issue #13).
        const questions = await store.quizQuestions.list();
        for (const area of removed) {
          const users = [
            ...content.filter((c) => c.areas.includes(area.code)).map((c) => contentLabel(c)),
            ...questions.filter((q) => q.area === area.code && q.status !== 'archived').map((q) => `Câu hỏi: ${q.question}`),
          ];
          const planYears = plans.filter((p) => p.targets.some((t) => t.area === area.code)).map((p) => p.year);
          if (users.length === 0 && planYears.length === 0) continue;
          const named = users.slice(0, NAMED_USERS).map((label) => `“${label.slice(0, 60)}”`);
          const more = users.length > NAMED_USERS ? ` và ${users.length - NAMED_USERS} nội dung khác` : '';
          const parts = [
            ...(users.length > 0 ? [`${users.length} nội dung (${named.join(', ')}${more})`] : []),
            ...(planYears.length > 0 ? [`kế hoạch tuyên truyền năm ${planYears.join(', ')}`] : []),
          ];
          throw new AppError(
            'CONFLICT',
            `Không xoá được lĩnh vực “${area.code} – ${area.short}” vì đang được dùng: ${parts.join('; ')}. Hãy bỏ lĩnh vực này khỏi các mục đó trước, hoặc chỉ đổi tên.`,
            [{ path: 'areas', message: `${area.code} đang được dùng` }],
          );
        }
      }
      await store.saveReformAreas(areas);
      const summary = [
        ...removed.map((a) => `bỏ ${a.code}`),
        ...areas.filter((a) => !before.some((b) => b.code === a.code)).map((a) => `thêm ${a.code}`),
      ];
      await audit.record({
        actor: actor.username,
        action: 'areas.update',
        entity: 'school',
        entityId: 'areas',
        summary: `Sửa danh sách lĩnh vực CCHC (${areas.length} lĩnh vực${summary.length ? `; ${summary.join(', ')}` : ''})`,
      });
      return areas;
    },

    assertKnown: (codes: readonly string[]) => assertKnownAreas(store, codes),
  };
}
export type ReformAreaService = ReturnType<typeof createReformAreaService>;

/** Refuses codes that are not in the school's list (a save from a stale console, or a hand-written import). */
export async function assertKnownAreas(store: Pick<Store, 'getReformAreas'>, codes: readonly string[], path = 'areas'): Promise<void> {
  if (codes.length === 0) return;
  const known = new Set((await store.getReformAreas()).map((a) => a.code));
  const unknown = [...new Set(codes.filter((c) => !known.has(c)))];
  if (unknown.length > 0) {
    throw new AppError('VALIDATION_FAILED', `Lĩnh vực không có trong danh sách (Cài đặt → Lĩnh vực CCHC): ${unknown.join(', ')}.`, [
      { path, message: `Không có lĩnh vực ${unknown.join(', ')}` },
    ]);
  }
}

/** Submitting or approving a slogan, announcement or result without an area. */
export const missingArea = () =>
  new AppError('VALIDATION_FAILED', AREA_REQUIRED_MESSAGE, [{ path: 'areas', message: AREA_REQUIRED_MESSAGE }]);
