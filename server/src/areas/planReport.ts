import { calendarDate, contentLabel, type ContentItem, type PlanReport } from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import { AppError } from '../domain/errors.ts';
import { collectProofRows } from '../proof/proofReport.ts';
import type { ProofLog } from '../proof/proofLog.ts';
import type { Store } from '../store/store.ts';
import { areaOrder } from './areaReport.ts';

/**
 * Counts other features add to the yearly report when they land (issue #13: feedback answered on time, survey
 * responses). Until one is wired in, its `actual` stays null and the report prints "chưa có số liệu".
 */
export interface PlanMetricSources {
  /** null: the area has no such figure (only the feedback area has these). */
  feedbackAnsweredOnTime?: (area: string, from: string, to: string) => Promise<number | null>;
  surveyResponses?: (area: string, from: string, to: string) => Promise<number | null>;
  /** The period's feedback and survey figures as a whole (the report's section III). */
  voice?: (from: string, to: string) => Promise<NonNullable<PlanReport['voice']>>;
}

const quarterOf = (date: string) => Math.floor((Number(date.slice(5, 7)) - 1) / 3);

/** Quarters of the year the period touches (a whole year: 4; 1 Jan – 31 Mar: 1). */
const quartersIn = (from: string, to: string) => quarterOf(to) - quarterOf(from) + 1;

/** An item is new in the period when it was created in it and is (or was last) approved. */
const isNewIn = (item: ContentItem, from: string, to: string, timezone: string) => {
  const created = calendarDate(new Date(item.createdAt), timezone);
  return created >= from && created <= to && item.approvedAt !== null;
};

interface Acc {
  seconds: number;
  plays: number;
  quarters: number[];
  screens: Map<string, { seconds: number; plays: number }>;
  items: Map<string, { seconds: number; plays: number }>;
}

/**
 * The plan's progress (dashboard) and the yearly or period report (print page, CSV): per reform area, hours on screen
 * by quarter and by screen against the plan's hours per quarter, new items against the target, and what was shown.
 */
export function createPlanReports({ store, proofLog, clock, metrics = {} }: { store: Store; proofLog: ProofLog; clock: Clock; metrics?: PlanMetricSources }) {
  return {
    async build(year: number, period: { from?: string | undefined; to?: string | undefined } = {}): Promise<PlanReport> {
      const from = period.from ?? `${year}-01-01`;
      const to = period.to ?? `${year}-12-31`;
      if (!from.startsWith(`${year}-`) || !to.startsWith(`${year}-`) || from > to) {
        throw new AppError('VALIDATION_FAILED', `Kỳ báo cáo phải nằm trong năm ${year} và ngày bắt đầu trước ngày kết thúc.`, [{ path: 'to', message: 'Kỳ không hợp lệ' }]);
      }
      const { timezone, rows } = await collectProofRows({ store, proofLog, clock }, { from, to }, { byAreas: true });
      const today = calendarDate(clock.now(), timezone);
      const content = await store.listContent();
      const byId = new Map(content.map((c) => [c.id, c]));
      const screens = new Map((await store.listScreens()).map((s) => [s.id, s.name]));
      const list = await store.getReformAreas();
      const plan = (await store.commPlans.get(String(year))) ?? null;

      const acc = new Map<string, Acc>();
      const accOf = (area: string) => {
        const found = acc.get(area) ?? { seconds: 0, plays: 0, quarters: [0, 0, 0, 0], screens: new Map(), items: new Map() };
        acc.set(area, found);
        return found;
      };
      const bump = <K>(map: Map<K, { seconds: number; plays: number }>, key: K, seconds: number, plays: number) => {
        const row = map.get(key) ?? { seconds: 0, plays: 0 };
        row.seconds += seconds;
        row.plays += plays;
        map.set(key, row);
      };
      const totals = { seconds: 0, plays: 0, newItems: 0 };
      for (const [{ date, screenId, contentId, areas }, t] of rows) {
        totals.seconds += t.seconds;
        totals.plays += t.plays;
        // As shown (stamped at play), not as filed today; records from before the stamp use the item's current areas.
        for (const area of areas ?? byId.get(contentId)?.areas ?? []) {
          const a = accOf(area);
          a.seconds += t.seconds;
          a.plays += t.plays;
          a.quarters[quarterOf(date)] = (a.quarters[quarterOf(date)] ?? 0) + t.seconds;
          bump(a.screens, screenId, t.seconds, t.plays);
          bump(a.items, contentId, t.seconds, t.plays);
        }
      }
      const fresh = content.filter((c) => isNewIn(c, from, to, timezone));
      totals.newItems = fresh.length;

      const codes = [...new Set([...list.map((a) => a.code), ...(plan?.targets.map((t) => t.area) ?? []), ...acc.keys()])].sort(areaOrder(list));
      const quarters = quartersIn(from, to);
      const areas = await Promise.all(
        codes.map(async (code) => {
          const meta = list.find((a) => a.code === code);
          const target = plan?.targets.find((t) => t.area === code);
          const a = accOf(code);
          const perQuarter = target?.screenHoursPerQuarter ?? null;
          return {
            area: code,
            label: meta?.label ?? code,
            short: meta?.short ?? code,
            screenHoursByQuarter: a.quarters.map((s) => s / 3600),
            screenHours: { target: perQuarter === null ? null : perQuarter * quarters, actual: a.seconds / 3600 },
            newItems: { target: target?.newItems ?? null, actual: fresh.filter((c) => c.areas.includes(code)).length },
            feedbackAnsweredOnTime: {
              target: target?.feedbackAnsweredOnTime ?? null,
              actual: metrics.feedbackAnsweredOnTime ? await metrics.feedbackAnsweredOnTime(code, from, to) : null,
            },
            surveyResponses: {
              target: target?.surveyResponses ?? null,
              actual: metrics.surveyResponses ? await metrics.surveyResponses(code, from, to) : null,
            },
            plays: a.plays,
            byScreen: [...a.screens]
              .map(([screenId, s]) => ({ screenId, screenName: screens.get(screenId) ?? screenId, ...s }))
              .sort((x, y) => y.seconds - x.seconds),
            items: [...a.items]
              .map(([contentId, s]) => {
                const item = byId.get(contentId);
                return item ? { contentId, label: contentLabel(item), type: item.type, ...s, isNew: isNewIn(item, from, to, timezone) } : null;
              })
              .filter((x) => x !== null)
              .sort((x, y) => y.seconds - x.seconds),
          };
        }),
      );
      // Items that never played but were new in the period still count as communicated work (listed, 0 h).
      for (const area of areas) {
        for (const item of fresh.filter((c) => c.areas.includes(area.area) && !area.items.some((i) => i.contentId === c.id))) {
          area.items.push({ contentId: item.id, label: contentLabel(item), type: item.type, seconds: 0, plays: 0, isNew: true });
        }
      }
      const voice = metrics.voice ? await metrics.voice(from, to) : undefined;
      return { year, from, to, asOf: to < today ? to : today, timezone, plan, areas, totals, ...(voice ? { voice } : {}) };
    },
  };
}
export type PlanReports = ReturnType<typeof createPlanReports>;
