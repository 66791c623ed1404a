import { calendarDate, contentLabel, type ContentType, type ProofReport, type ProofReportQuery } from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import type { Store } from '../store/store.ts';
import type { ProofLog } from './proofLog.ts';

/**
 * A kiosk that was offline sends its backlog when it reconnects, so a slide shown on day D can sit in the file of a
 * later day of receipt. Reports read this many days past the end of the period (a longer outage shows up in the
 * report of the day it was received, never twice).
 */
export const LATE_PROOF_DAYS = 7;

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export interface Totals {
  seconds: number;
  plays: number;
  /** Of `seconds`, reported by a paired device (lines logged before pairing existed carry no such mark). */
  pairedSeconds: number;
  pairedPlays: number;
}
const zero = (): Totals => ({ seconds: 0, plays: 0, pairedSeconds: 0, pairedPlays: 0 });
const accumulate = (agg: Totals, t: Totals) => {
  agg.seconds += t.seconds;
  agg.plays += t.plays;
  agg.pairedSeconds += t.pairedSeconds;
  agg.pairedPlays += t.pairedPlays;
};
const add = <K>(map: Map<K, Totals>, key: K, t: Totals) => {
  const agg = map.get(key) ?? zero();
  accumulate(agg, t);
  map.set(key, agg);
};
const plain = ({ seconds, plays }: Totals) => ({ seconds, plays });
const bySecondsDesc = (a: { seconds: number }, b: { seconds: number }) => b.seconds - a.seconds;

/** One school day × screen × content item of the proof log. */
export interface ProofRowKey {
  date: string;
  screenId: string;
  contentId: string;
  /** With `byAreas`: the areas stamped on the records at play (undefined = records from before the stamp). */
  areas?: readonly string[] | undefined;
}

/**
 * Reads the period's proof log once: totals per school day (by the slide's start) × screen × item, each play counted
 * once however often its batch was resent, including backlogs received up to LATE_PROOF_DAYS after the period.
 * Shared by the proof report and the reform-area reports.
 */
export async function collectProofRows(
  { store, proofLog, clock }: { store: Pick<Store, 'getSchool'>; proofLog: ProofLog; clock: Clock },
  query: ProofReportQuery,
  { byAreas = false }: { byAreas?: boolean } = {},
): Promise<{ timezone: string; rows: Map<ProofRowKey, Totals> }> {
  const school = await store.getSchool();
  const timezone = school.timezone;
  const today = calendarDate(clock.now(), timezone);
  const lastFile = [addDays(query.to, LATE_PROOF_DAYS), addDays(today, 1)].sort()[0] ?? query.to;

  const range = { receivedFrom: addDays(query.from, -1), receivedTo: lastFile, from: query.from, to: query.to, timezone, screenId: query.screenId || undefined, byAreas };
  if (proofLog.totals) {
    // PostgreSQL sums in SQL: only the grouped rows come back.
    const rows = await proofLog.totals(range);
    return { timezone, rows: new Map(rows.map(({ date, screenId, contentId, areas, ...totals }) => [{ date, screenId, contentId, areas: byAreas ? (areas ?? undefined) : undefined }, totals])) };
  }
  const seen = new Set<string>();
  const byKey = new Map<string, { key: ProofRowKey; totals: Totals }>();
  for (let day = addDays(query.from, -1); day <= lastFile; day = addDays(day, 1)) {
    // Streamed line by line: a day file may be tens of megabytes.
    for await (const record of proofLog.stream(day, query.screenId ? { screenId: query.screenId } : {})) {
      const seenKey = `${record.screenId}|${record.slideId}|${record.startedAt}`;
      if (seen.has(seenKey)) continue;
      seen.add(seenKey);
      const date = calendarDate(new Date(record.startedAt), timezone);
      if (date < query.from || date > query.to) continue;
      // The area reports split an item's plays by the areas they were stamped with (an item re-filed mid-period).
      const areas = byAreas ? record.areas : undefined;
      const rowKey = JSON.stringify([date, record.screenId, record.slideId, areas ?? null]);
      const seconds = record.durationMs / 1000;
      const row = byKey.get(rowKey) ?? { key: { date, screenId: record.screenId, contentId: record.slideId, areas }, totals: zero() };
      accumulate(row.totals, { seconds, plays: 1, pairedSeconds: record.paired ? seconds : 0, pairedPlays: record.paired ? 1 : 0 });
      byKey.set(rowKey, row);
    }
  }
  return { timezone, rows: new Map([...byKey.values()].map((r) => [r.key, r.totals])) };
}

/**
 * Proof-of-display aggregation: time on screen per content item, per screen, per day (school calendar days by the
 * slide's start), and per day × screen × item for the CSV export. Duplicate lines (a resent batch) count once.
 */
export function createProofReports({ store, proofLog, clock }: { store: Store; proofLog: ProofLog; clock: Clock }) {
  return {
    async build(query: ProofReportQuery): Promise<ProofReport> {
      const { timezone, rows } = await collectProofRows({ store, proofLog, clock }, query);

      const content = new Map((await store.listContent()).map((c) => [c.id, c]));
      const screens = new Map((await store.listScreens()).map((s) => [s.id, s]));
      const byContent = new Map<string, Totals>();
      const byScreen = new Map<string, Totals>();
      const byDay = new Map<string, Totals>();
      const byType = new Map<ContentType | null, Totals>();
      const totals = zero();
      const flatRows: ProofReport['rows'] = [];
      for (const [{ date, screenId, contentId }, t] of rows) {
        flatRows.push({ date, screenId, contentId, ...plain(t) });
        add(byContent, contentId, t);
        add(byScreen, screenId, t);
        add(byDay, date, t);
        add(byType, content.get(contentId)?.type ?? null, t);
        accumulate(totals, t);
      }
      flatRows.sort((a, b) => a.date.localeCompare(b.date) || a.screenId.localeCompare(b.screenId) || b.seconds - a.seconds);

      return {
        from: query.from,
        to: query.to,
        timezone,
        totals: plain(totals),
        fromPairedDevices: { seconds: totals.pairedSeconds, plays: totals.pairedPlays },
        byContent: [...byContent]
          .map(([contentId, t]) => {
            const item = content.get(contentId);
            return { contentId, label: item ? contentLabel(item) : `(đã xoá) ${contentId}`, type: item?.type ?? null, ...plain(t) };
          })
          .sort(bySecondsDesc),
        byScreen: [...byScreen]
          .map(([screenId, t]) => ({ screenId, name: screens.get(screenId)?.name ?? screenId, ...plain(t), pairedSeconds: t.pairedSeconds }))
          .sort(bySecondsDesc),
        byDay: [...byDay].map(([date, t]) => ({ date, ...plain(t) })).sort((a, b) => a.date.localeCompare(b.date)),
        byType: [...byType].map(([type, t]) => ({ type, ...plain(t) })).sort(bySecondsDesc),
        rows: flatRows,
        emergencies: (await store.emergencies.list())
          .filter((n) => {
            const day = calendarDate(new Date(n.startedAt), timezone);
            return day >= query.from && day <= query.to && (!query.screenId || n.screens === 'all' || n.screens.includes(query.screenId));
          })
          .sort((a, b) => a.startedAt.localeCompare(b.startedAt))
          .map((n) => ({
            id: n.id,
            title: n.title,
            body: n.body,
            level: n.level,
            screens: n.screens === 'all' ? ['Tất cả màn hình'] : n.screens.map((id) => screens.get(id)?.name ?? id),
            startedAt: n.startedAt,
            startedBy: n.startedBy,
            endedAt: n.clearedAt ?? n.expiresAt,
          })),
      };
    },
  };
}
export type ProofReports = ReturnType<typeof createProofReports>;

