import type { AreaReport, ContentItem, ProofReportQuery, ReformArea } from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import { collectProofRows } from '../proof/proofReport.ts';
import type { ProofLog } from '../proof/proofLog.ts';
import type { Store } from '../store/store.ts';

export const UNTAGGED_LABEL = 'Chưa phân loại';

interface Sum {
  seconds: number;
  plays: number;
}

function adder<K>() {
  const map = new Map<string, { key: K; seconds: number; plays: number }>();
  return {
    add(key: K, t: Sum) {
      const id = JSON.stringify(key);
      const row = map.get(id) ?? { key, seconds: 0, plays: 0 };
      row.seconds += t.seconds;
      row.plays += t.plays;
      map.set(id, row);
    },
    rows: () => [...map.values()],
  };
}

/** The areas a play counts for: the item's areas as they are now, or none ("Chưa phân loại"). */
export const areasOfItem = (item: ContentItem | undefined): (string | null)[] => (item && item.areas.length > 0 ? item.areas : [null]);

/** The areas stamped on the plays when shown (areasAtPlay.ts); records from before the stamp use the item's current ones. */
export const areasOfPlay = (stamped: readonly string[] | undefined, item: ContentItem | undefined): (string | null)[] =>
  stamped === undefined ? areasOfItem(item) : stamped.length > 0 ? [...stamped] : [null];

/** Orders area codes as the school's list does, unknown codes after them, untagged last. */
export function areaOrder(list: readonly ReformArea[]) {
  const index = new Map(list.map((a, i) => [a.code, i]));
  const rank = (code: string | null) => (code === null ? Number.MAX_SAFE_INTEGER : (index.get(code) ?? list.length));
  return (a: string | null, b: string | null) => rank(a) - rank(b) || String(a).localeCompare(String(b));
}

/**
 * GET /api/reports/areas: screen time and plays per reform area, per screen and per calendar month of the school,
 * from the proof-of-display log. An item filed under two areas counts fully in each (it communicated both); the
 * totals count every play once. A play counts toward the areas its item had when it was shown (stamped on the proof
 * record); older records fall back to the item's areas as they are now.
 */
export function createAreaReports({ store, proofLog, clock }: { store: Store; proofLog: ProofLog; clock: Clock }) {
  return {
    async build(query: ProofReportQuery): Promise<AreaReport> {
      const { timezone, rows } = await collectProofRows({ store, proofLog, clock }, query, { byAreas: true });
      const content = new Map((await store.listContent()).map((c) => [c.id, c]));
      const screens = new Map((await store.listScreens()).map((s) => [s.id, s.name]));
      const list = await store.getReformAreas();
      const byArea = adder<string | null>();
      const byScreen = adder<[string | null, string]>();
      const byMonth = adder<[string | null, string]>();
      const cells = adder<[string | null, string, string]>();
      const totals: Sum = { seconds: 0, plays: 0 };
      for (const area of list) byArea.add(area.code, { seconds: 0, plays: 0 });
      for (const [{ date, screenId, contentId, areas }, t] of rows) {
        totals.seconds += t.seconds;
        totals.plays += t.plays;
        const month = date.slice(0, 7);
        for (const area of areasOfPlay(areas, content.get(contentId))) {
          byArea.add(area, t);
          byScreen.add([area, screenId], t);
          byMonth.add([area, month], t);
          cells.add([area, screenId, month], t);
        }
      }
      const order = areaOrder(list);
      const labels = new Map(list.map((a) => [a.code, a.short]));
      return {
        from: query.from,
        to: query.to,
        timezone,
        totals,
        byArea: byArea
          .rows()
          .sort((a, b) => order(a.key, b.key))
          .map(({ key, seconds, plays }) => ({ area: key, label: key === null ? UNTAGGED_LABEL : (labels.get(key) ?? key), seconds, plays })),
        byScreen: byScreen
          .rows()
          .sort((a, b) => order(a.key[0], b.key[0]) || b.seconds - a.seconds)
          .map(({ key: [area, screenId], seconds, plays }) => ({ area, screenId, screenName: screens.get(screenId) ?? screenId, seconds, plays })),
        byMonth: byMonth
          .rows()
          .sort((a, b) => order(a.key[0], b.key[0]) || a.key[1].localeCompare(b.key[1]))
          .map(({ key: [area, month], seconds, plays }) => ({ area, month, seconds, plays })),
        rows: cells
          .rows()
          .sort((a, b) => order(a.key[0], b.key[0]) || a.key[1].localeCompare(b.key[1]) || a.key[2].localeCompare(b.key[2]))
          .map(({ key: [area, screenId, month], seconds, plays }) => ({ area, screenId, month, seconds, plays })),
      };
    },
  };
}
export type AreaReports = ReturnType<typeof createAreaReports>;
