import type { EvaluatorEntry } from './evaluate.ts';
import { entryState } from './entryState.ts';
import { reuseIndex, type Kept } from './reuseIndex.ts';

/**
 * A schedule's enabled entries in priority order, indexed by what they target, with each entry's last answer in flat
 * arrays. Built once per list of entry objects (reuseIndex.ts) and kept across evaluations: an evaluation then checks
 * 10,000 entries' remembered spans in one pass over numbers instead of looking each entry up, and works out again
 * only those whose next boundary has passed.
 *
 * An entry's position ("rank") is its place in priority order (highest priority first, then oldest, then by id), so
 * any list of ranks kept ascending is in priority order too: no sorting during an evaluation.
 */
export interface EntryIndex {
  readonly entries: readonly EvaluatorEntry[];
  /** Per rank: the rule is open (1) or not (0), its next boundary (wall ms) and the span its answer holds for. */
  readonly active: Uint8Array;
  readonly next: Float64Array;
  readonly holdsFrom: Float64Array;
  readonly holdsUntil: Float64Array;
  /** Ranks of the entries for every screen. */
  readonly everywhere: readonly number[];
  /** Ranks per screen id as listed (an entry naming the screen twice appears once). */
  readonly byScreen: ReadonlyMap<string, readonly number[]>;
  /** Ranks per group (an entry naming the group twice appears once). */
  readonly byGroup: ReadonlyMap<string, readonly number[]>;
  /** Per screen id: its group when worked out, and its own ranks without those it also reaches through that group. */
  readonly ownCache: Map<string, { group: string; ranks: readonly number[] }>;
}

/** Ids and ISO timestamps are ASCII: code-unit order is the same as a locale's here, and much cheaper. */
export const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const byPriority = (a: EvaluatorEntry, b: EvaluatorEntry) => b.priority - a.priority || order(a.createdAt, b.createdAt) || order(a.id, b.id);

function pushOnce(map: Map<string, number[]>, key: string, rank: number) {
  const list = map.get(key);
  if (!list) map.set(key, [rank]);
  else if (list[list.length - 1] !== rank) list.push(rank);
}

function buildIndex(source: readonly EvaluatorEntry[]): EntryIndex {
  const entries = source.filter((entry) => entry.enabled !== false).sort(byPriority);
  const everywhere: number[] = [];
  const byScreen = new Map<string, number[]>();
  const byGroup = new Map<string, number[]>();
  entries.forEach((entry, rank) => {
    if (entry.screens === 'all') everywhere.push(rank);
    else {
      for (const id of entry.screens.screenIds) pushOnce(byScreen, id, rank);
      for (const group of entry.screens.groups) pushOnce(byGroup, group, rank);
    }
  });
  const n = entries.length;
  return {
    entries,
    active: new Uint8Array(n),
    next: new Float64Array(n),
    // Nothing remembered yet: every span empty.
    holdsFrom: new Float64Array(n).fill(Number.POSITIVE_INFINITY),
    holdsUntil: new Float64Array(n).fill(Number.NEGATIVE_INFINITY),
    everywhere,
    byScreen,
    byGroup,
    ownCache: new Map(),
  };
}

const kept: Kept<EntryIndex> = new WeakMap();

/** The index of a list of entries with every entry's state at wall time `w`, looking ahead to `horizon`. */
export function entryIndexAt(source: readonly EvaluatorEntry[], w: number, horizon: number): EntryIndex {
  const index = reuseIndex(kept, source, () => buildIndex(source));
  const { entries, active, next, holdsFrom, holdsUntil } = index;
  for (let rank = 0; rank < entries.length; rank++) {
    if (holdsFrom[rank]! <= w && w < holdsUntil[rank]!) continue;
    const state = entryState(entries[rank]!, w, horizon);
    active[rank] = state.active ? 1 : 0;
    next[rank] = state.next;
    holdsFrom[rank] = state.holdsFrom;
    holdsUntil[rank] = state.holdsUntil;
  }
  return index;
}

/** A screen's own ranks, less those it also reaches through its group (counted with the group). */
export function ownRanks(index: EntryIndex, screenId: string, group: string): readonly number[] {
  const known = index.ownCache.get(screenId);
  if (known && known.group === group) return known.ranks;
  const listed = index.byScreen.get(screenId) ?? [];
  const ranks =
    group === ''
      ? listed
      : listed.filter((rank) => {
          const screens = index.entries[rank]!.screens;
          return screens === 'all' || !screens.groups.includes(group);
        });
  index.ownCache.set(screenId, { group, ranks });
  return ranks;
}
