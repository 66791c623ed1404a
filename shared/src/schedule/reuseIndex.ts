/**
 * Indexes the evaluator builds from a list (entries, content) and keeps for the next evaluations of the same list.
 * A list counts as the same when it holds the same objects in the same order — not merely the same array: the server
 * reads a new array at every planning step but keeps one object per stored version, and an array changed in place
 * must not find a stale index. Comparing the elements is one pass of pointer checks, far cheaper than a rebuild.
 * A few recent indexes are kept, so evaluations that alternate between schools (ward and child units) keep theirs.
 */
const RECENT = 4;

/** An index and a copy of the list it was built from (a copy: the caller's array may later change in place). */
export type Recent<T> = { objects: readonly object[]; index: T }[];

const sameObjects = (a: readonly object[], b: readonly object[]) => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

/** The index of `source` from `recent` (most recent first), or a new one built and remembered. */
export function reuseIndex<T>(recent: Recent<T>, source: readonly object[], build: () => T): T {
  for (let i = 0; i < recent.length; i++) {
    const found = recent[i]!;
    if (!sameObjects(found.objects, source)) continue;
    if (i > 0) recent.unshift(...recent.splice(i, 1));
    return found.index;
  }
  const index = build();
  recent.unshift({ objects: [...source], index });
  if (recent.length > RECENT) recent.pop();
  return index;
}
