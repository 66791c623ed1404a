import { calendarDate, type ProofEntry } from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import { rateBudget } from '../domain/rateBudget.ts';
import type { ProofLog } from './proofLog.ts';
import { LATE_PROOF_DAYS } from './proofReport.ts';
import { memorySentSlides, type SentSlideMemory, type SentSlides } from './sentSlides.ts';

/**
 * The oldest entry believed. A kiosk keeps at most 5,000 entries offline (display/src/connection/proofQueue.ts) and
 * reports read files this many days past a period, so anything older could never count honestly anyway.
 */
export const PROOF_MAX_AGE_MS = LATE_PROOF_DAYS * 86_400_000;
/** Kiosk clocks drift (heartbeats report the offset); an entry may end this far past the server's now. */
export const PROOF_FUTURE_SLACK_MS = 2 * 60_000;
/** The next step starts a moment before the last one is logged as ended; no more overlap than this. */
const OVERLAP_SLACK_MS = 1_000;
/**
 * Rows one screen may send at once (a kiosk back from a long outage sends its whole queue of 5,000 in batches of 500),
 * refilled at one a second: ten times a real kiosk's pace, shared by every socket of the screen.
 */
const SCREEN_BURST = 5_000;
const SCREEN_PER_SECOND = 1;
/** The remembered slides of one screen are bounded (a loop has tens of slides, a week of edits some hundreds). */
export const SENT_SLIDES_PER_SCREEN = 5_000;
/** A slide re-sent within this time is not written again: the memory is saved when it changes, not on every push. */
const SENT_REFRESH_MS = 3600_000;
/** With a memory shared by several processes: how often a screen's slides may be re-read when a batch names unknown ones. */
const REREAD_MS = 10_000;

/** What the gate reads of a snapshot: which screen, and every slide it can play (now, from its schedule, or looked up). */
export interface SentSnapshot {
  screen: { id: string };
  items: readonly { id: string }[];
  catalogue: readonly { id: string }[];
  schedule: { pool: readonly { id: string }[] } | null;
}

/**
 * Honest proof of display: a screen's entries are believed only for slides its recent snapshots carried, only for
 * time that fits the wall clock (one timeline per screen: no overlap, nothing in the future, nothing older than the
 * offline queue can hold), within a budget per screen rather than per socket.
 */
export function createProofGate({ clock, proofLog, sentSlides = memorySentSlides() }: { clock: Clock; proofLog: ProofLog; sentSlides?: SentSlideMemory }) {
  const nowMs = () => clock.now().getTime();
  /** Per screen: slide id → when a snapshot last carried it (kept across restarts in `sentSlides`). */
  const slides = new Map<string, Map<string, number>>();
  const prune = (seen: Map<string, number>, now: number) => {
    for (const [id, at] of seen) if (at < now - PROOF_MAX_AGE_MS) seen.delete(id);
    if (seen.size <= SENT_SLIDES_PER_SCREEN) return;
    const oldest = [...seen].sort((a, b) => a[1] - b[1]).slice(0, seen.size - SENT_SLIDES_PER_SCREEN);
    for (const [id] of oldest) seen.delete(id);
  };
  /** Remembered slides of one screen, merged under whatever this process noted before they were read. */
  const merge = (screenId: string, kept: Record<string, number>, now: number) => {
    const seen = slides.get(screenId) ?? new Map<string, number>();
    for (const [id, at] of Object.entries(kept)) if (at > (seen.get(id) ?? -Infinity)) seen.set(id, at);
    prune(seen, now);
    slides.set(screenId, seen);
  };
  const ready = sentSlides.load().then(
    (stored) => {
      const now = nowMs();
      for (const [screenId, kept] of Object.entries(stored)) merge(screenId, kept, now);
    },
    () => undefined,
  );
  /** When each screen's slides were last re-read from a shared memory (another process may have pushed it slides). */
  const reread = new Map<string, number>();
  const learnFromOtherProcesses = async (screenId: string, entries: readonly ProofEntry[]) => {
    const known = slides.get(screenId);
    if (!sentSlides.loadScreen || entries.every((e) => known?.has(e.slideId))) return;
    const now = nowMs();
    // At most once per REREAD_MS per screen: a kiosk reporting slides nobody sent cannot turn into a query per batch.
    if ((reread.get(screenId) ?? -Infinity) > now - REREAD_MS) return;
    reread.set(screenId, now);
    merge(screenId, await sentSlides.loadScreen(screenId).catch(() => ({})), now);
  };
  let saving: Promise<void> = ready;
  const save = () => {
    const snapshot = (): SentSlides => Object.fromEntries([...slides].map(([screenId, seen]) => [screenId, Object.fromEntries(seen)]));
    // After the load (never overwrite what is on disk with less) and one after another; a failed write only costs memory.
    saving = saving.then(() => sentSlides.save(snapshot())).catch(() => undefined);
  };
  /** Per screen: the end of the latest believed entry. Loaded once from the recent day files, then kept here. */
  const timelines = new Map<string, number>();
  const budgets = new Map<string, (cost?: number) => boolean>();
  let loaded: Promise<void> | null = null;

  async function loadTimelines(): Promise<void> {
    const now = nowMs();
    for (let back = LATE_PROOF_DAYS + 1; back >= -1; back--) {
      // Days of receipt in UTC and local time differ by hours; calendarDate keeps to the log's own file names.
      const day = calendarDate(new Date(now - back * 86_400_000), 'UTC');
      for await (const record of proofLog.stream(day)) {
        const end = Date.parse(record.startedAt) + record.durationMs;
        if (end > (timelines.get(record.screenId) ?? 0)) timelines.set(record.screenId, end);
      }
    }
  }

  return {
    /** A snapshot went to the screen's kiosks: the slides it can play (now or offline) become believable. */
    noteSnapshot(snapshot: SentSnapshot): void {
      const now = nowMs();
      const seen = slides.get(snapshot.screen.id) ?? new Map<string, number>();
      slides.set(snapshot.screen.id, seen);
      let changed = false;
      for (const item of [...snapshot.items, ...(snapshot.schedule?.pool ?? []), ...snapshot.catalogue]) {
        changed ||= (seen.get(item.id) ?? -Infinity) < now - SENT_REFRESH_MS;
        seen.set(item.id, now);
      }
      const before = seen.size;
      prune(seen, now);
      if (changed || seen.size !== before) save();
    },

    /** Resolves when the remembered slides are on disk (shutdown). */
    flush: async (): Promise<void> => {
      await saving;
    },

    /** Spends `count` of the screen's budget; false when the screen has sent too much too fast. */
    spend(screenId: string, count: number): boolean {
      let budget = budgets.get(screenId);
      if (!budget) {
        budget = rateBudget(SCREEN_BURST, SCREEN_PER_SECOND, nowMs);
        budgets.set(screenId, budget);
      }
      return budget(count);
    },

    /**
     * The entries to believe, oldest first; the screen's timeline moves past them. `undo` puts it back when they could
     * not be written after all (the kiosk keeps them and sends them again).
     */
    async admit(screenId: string, entries: readonly ProofEntry[]): Promise<{ admitted: ProofEntry[]; undo: () => void }> {
      loaded ??= loadTimelines();
      await Promise.all([loaded, ready]);
      await learnFromOtherProcesses(screenId, entries);
      const now = nowMs();
      const known = slides.get(screenId);
      const before = timelines.get(screenId) ?? 0;
      let end = before;
      const admitted: ProofEntry[] = [];
      for (const entry of [...entries].sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt))) {
        const start = Date.parse(entry.startedAt);
        const stop = start + entry.durationMs;
        if (!known?.has(entry.slideId)) continue;
        if (start < now - PROOF_MAX_AGE_MS || stop > now + PROOF_FUTURE_SLACK_MS) continue;
        if (start < end - OVERLAP_SLACK_MS) continue;
        admitted.push(entry);
        end = Math.max(end, stop);
      }
      timelines.set(screenId, end);
      const after = end;
      return {
        admitted,
        undo: () => {
          if (timelines.get(screenId) === after) timelines.set(screenId, before);
        },
      };
    },
  };
}
export type ProofGate = ReturnType<typeof createProofGate>;
