import { proofEntry, type ProofEntry } from '@bangtin/shared';

/**
 * The proof-of-display queue as pure functions over arrays (unit-tested): bounded, oldest dropped first,
 * sent in batches, and an entry leaves only when the server has acknowledged the batch that carried it.
 */
export const PROOF_QUEUE_MAX = 5_000;
export const PROOF_BATCH_MAX = 500;

/** Appends, dropping the oldest entries beyond `max` (a kiosk offline for weeks keeps the latest days). */
export function enqueue(queue: readonly ProofEntry[], entries: readonly ProofEntry[], max = PROOF_QUEUE_MAX): ProofEntry[] {
  const all = [...queue, ...entries];
  return all.length > max ? all.slice(all.length - max) : all;
}

/** The oldest entries, at most `max`, to send next. */
export function nextBatch(queue: readonly ProofEntry[], max = PROOF_BATCH_MAX): ProofEntry[] {
  return queue.slice(0, max);
}

const keyOf = (entry: ProofEntry) => `${entry.slideId}|${entry.version}|${entry.startedAt}`;

/**
 * Removes the entries of an acknowledged batch. Matched by identity, not position: while the batch was in
 * flight the queue may have grown, or dropped its oldest entries (some of the batch itself).
 */
export function removeSent(queue: readonly ProofEntry[], sent: readonly ProofEntry[]): ProofEntry[] {
  const done = new Set(sent.map(keyOf));
  return queue.filter((entry) => !done.has(keyOf(entry)));
}

/** Reads a stored queue; anything unreadable or malformed is dropped rather than sent. */
export function parseStoredQueue(raw: string | null, max = PROOF_QUEUE_MAX): ProofEntry[] {
  if (!raw) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  const entries = parsed.flatMap((value) => {
    const entry = proofEntry.safeParse(value);
    return entry.success ? [entry.data] : [];
  });
  return enqueue([], entries, max);
}
