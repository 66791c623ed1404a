import type { Clock } from '../clock.ts';
import type { DomainEvents } from '../domain/events.ts';
import type { ProofLog } from '../proof/proofLog.ts';
import type { Store } from '../store/store.ts';

/** However the content changed, the areas read are never older than this (a backstop for writes that emit no event). */
const AREAS_MAX_AGE_MS = 60_000;

/**
 * A play counts toward the reform areas its item had when it was shown, not the ones it has on the day of the
 * report: an office re-filing a slogan from II.1 to II.2a in November must not move October's screen time.
 * Every proof record is stamped with the item's areas as the server receives it — seconds after the play for a
 * connected kiosk; an offline kiosk's backlog gets the areas of the moment it reconnects (at most 7 days later).
 * Records written before this (no `areas`) fall back to the item's current areas in the reports.
 *
 * A wrapper rather than a change to each log: the file log and the PostgreSQL log both keep an entry's fields as
 * they are given (NDJSON line / jsonb), so the added optional field travels through either.
 */
export function withAreasAtPlay(log: ProofLog, { store, events, clock }: { store: Store; events: DomainEvents; clock: Clock }): ProofLog {
  let kept: { at: number; areas: Promise<Map<string, string[]>> } | null = null;
  events.on('content.changed', () => {
    kept = null;
  });
  const currentAreas = () => {
    const now = clock.now().getTime();
    if (!kept || now - kept.at > AREAS_MAX_AGE_MS) {
      const areas = store.listContent().then((items) => new Map(items.map((c) => [c.id, c.areas])));
      areas.catch(() => {
        kept = null;
      });
      kept = { at: now, areas };
    }
    return kept.areas;
  };
  return {
    async append(screenId, entries) {
      const areas = await currentAreas();
      // A slide that is no content item (none today) gets no stamp and is counted as the report always did.
      return log.append(
        screenId,
        entries.map((e) => {
          const stamp = areas.get(e.slideId);
          return stamp ? { ...e, areas: [...stamp] } : e;
        }),
      );
    },
    stream: (...args: Parameters<ProofLog['stream']>) => log.stream(...args),
    readDay: (...args: Parameters<ProofLog['readDay']>) => log.readDay(...args),
    prune: () => log.prune(),
    close: () => log.close(),
    ...(log.totals ? { totals: (range: Parameters<NonNullable<ProofLog['totals']>>[0]) => log.totals!(range) } : {}),
  };
}
