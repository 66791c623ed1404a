import { playableDays } from '../content/onAir.ts';
import { order } from './entryIndex.ts';
import type { EvaluatorContent, PlannedItem } from './evaluate.ts';
import { reuseIndex, type Kept } from './reuseIndex.ts';

/**
 * The content list as the evaluator reads it, built once per list of content objects (reuseIndex.ts): each item's
 * playable days, its distinct id as a small number ("slot": marks per evaluation are then array cells, not map
 * entries), the base rotation's order and assignments, and the base rotation's planned items (one per id, shared by
 * every screen and every evaluation — planned items are never changed).
 */
export interface ContentIndex {
  /** The last item per id (as a Map built from the list would hold). */
  readonly byId: ReadonlyMap<string, EvaluatorContent>;
  readonly slotOf: ReadonlyMap<string, number>;
  /** Per item, in list order: its slot, and its first and last playable day (NaN: never plays, not approved). */
  readonly slot: Int32Array;
  readonly first: Float64Array;
  readonly last: Float64Array;
  /** Per slot: the base rotation's planned item. */
  readonly planned: readonly PlannedItem[];
  /** The base rotation: items (list positions) by creation date then id… */
  readonly sorted: Int32Array;
  /** …and, as positions in `sorted`, those for every screen and those per screen id (an id listed twice, twice). */
  readonly everywhere: readonly number[];
  readonly byScreen: ReadonlyMap<string, readonly number[]>;
  /** List positions of items with their own days and windows. */
  readonly withOwnDays: readonly number[];
}

function buildIndex(content: readonly EvaluatorContent[]): ContentIndex {
  const byId = new Map(content.map((item) => [item.id, item] as const));
  const slotOf = new Map<string, number>();
  for (const { id } of content) if (!slotOf.has(id)) slotOf.set(id, slotOf.size);
  const n = content.length;
  const slot = new Int32Array(n);
  const first = new Float64Array(n);
  const last = new Float64Array(n);
  const withOwnDays: number[] = [];
  content.forEach((item, i) => {
    slot[i] = slotOf.get(item.id)!;
    const days = playableDays(item);
    first[i] = days ? days[0] : Number.NaN;
    last[i] = days ? days[1] : Number.NaN;
    if (item.timing?.weekly != null) withOwnDays.push(i);
  });
  const planned = [...slotOf.keys()].map((contentId): PlannedItem => {
    const timing = byId.get(contentId)?.timing;
    return { contentId, entryId: null, durationSeconds: null, everyMinutes: timing?.everyMinutes ?? null, sharePercent: timing?.sharePercent ?? null };
  });
  const sorted = Int32Array.from(
    content.map((_, i) => i).sort((a, b) => order(content[a]!.createdAt, content[b]!.createdAt) || order(content[a]!.id, content[b]!.id)),
  );
  const everywhere: number[] = [];
  const byScreen = new Map<string, number[]>();
  sorted.forEach((i, k) => {
    const screens = content[i]!.screens;
    if (screens === 'all') everywhere.push(k);
    else
      for (const id of screens) {
        const list = byScreen.get(id);
        if (list) list.push(k);
        else byScreen.set(id, [k]);
      }
  });
  return { byId, slotOf, slot, first, last, planned, sorted, everywhere, byScreen, withOwnDays };
}

const kept: Kept<ContentIndex> = new WeakMap();

export const contentIndexOf = (content: readonly EvaluatorContent[]): ContentIndex => reuseIndex(kept, content, () => buildIndex(content));
