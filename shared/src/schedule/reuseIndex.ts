/**
 * Indexes the evaluator builds from a list (entries, content) and keeps for the next evaluations of the same list.
 * A list counts as the same when it holds the same objects in the same order — not merely the same array: the server
 * reads a new array at every planning step but keeps one object per stored version, and an array changed in place
 * must not find a stale index. Comparing the elements is one pass of pointer checks, far cheaper than a rebuild.
 * Indexes are found by the list's first object, so any number of schools (a ward and its units, evaluated in turn)
 * each keep theirs, and an index goes with its objects when they are dropped.
 */
export type Kept<T> = WeakMap<object, { objects: readonly object[]; index: T }>;

const sameObjects = (a: readonly object[], b: readonly object[]) => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

/** The index kept for `source`, or a new one built and kept (with a copy of the list: the array may change in place). */
export function reuseIndex<T>(kept: Kept<T>, source: readonly object[], build: () => T): T {
  const first = source[0];
  if (first === undefined) return build();
  const found = kept.get(first);
  if (found && sameObjects(found.objects, source)) return found.index;
  const index = build();
  kept.set(first, { objects: [...source], index });
  return index;
}
