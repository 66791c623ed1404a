import type { ProofEntry } from '@bangtin/shared';
import { describe, expect, it } from 'vitest';
import { enqueue, nextBatch, parseStoredQueue, PROOF_BATCH_MAX, PROOF_QUEUE_MAX, removeSent } from '../../../display/src/connection/proofQueue.ts';

const entry = (n: number): ProofEntry => ({
  slideId: `c-${n % 7}`,
  version: '1',
  startedAt: new Date(Date.UTC(2026, 10, 2, 7, 0, 0) + n * 10_000).toISOString(),
  durationMs: 10_000,
});
const entries = (from: number, count: number) => Array.from({ length: count }, (_, i) => entry(from + i));

describe('proof-of-display queue', () => {
  it('keeps at most 5,000 entries, dropping the oldest', () => {
    const full = enqueue([], entries(0, PROOF_QUEUE_MAX));
    expect(full).toHaveLength(5_000);
    const over = enqueue(full, entries(PROOF_QUEUE_MAX, 3));
    expect(over).toHaveLength(5_000);
    expect(over[0]).toEqual(entry(3));
    expect(over[over.length - 1]).toEqual(entry(PROOF_QUEUE_MAX + 2));
  });

  it('sends the oldest entries first, at most 500 per batch', () => {
    const queue = entries(0, 1_234);
    const batch = nextBatch(queue);
    expect(batch).toHaveLength(PROOF_BATCH_MAX);
    expect(batch[0]).toEqual(entry(0));
    expect(batch[499]).toEqual(entry(499));
    expect(nextBatch(entries(0, 3))).toHaveLength(3);
  });

  it('removes exactly the acknowledged entries, even if the queue moved while the batch was in flight', () => {
    const queue = entries(0, 10);
    const batch = nextBatch(queue, 4); // entries 0–3 in flight
    // Meanwhile two new entries arrive and, at a tiny cap, the two oldest (0, 1) are dropped.
    const moved = enqueue(queue, entries(10, 2), 10);
    expect(moved[0]).toEqual(entry(2));
    const left = removeSent(moved, batch);
    expect(left).toEqual(entries(4, 8));
  });

  it('keeps entries that were not acknowledged', () => {
    const queue = entries(0, 5);
    expect(removeSent(queue, [])).toEqual(queue);
    expect(removeSent(queue, [entry(99)])).toEqual(queue);
  });

  it('reads back what it stored, and drops what is malformed or unreadable', () => {
    const stored = JSON.stringify([entry(0), { slideId: '', version: '1', startedAt: 'yesterday', durationMs: -5 }, entry(1), 42]);
    expect(parseStoredQueue(stored)).toEqual([entry(0), entry(1)]);
    expect(parseStoredQueue('{not json')).toEqual([]);
    expect(parseStoredQueue('{"a":1}')).toEqual([]);
    expect(parseStoredQueue(null)).toEqual([]);
    expect(parseStoredQueue(JSON.stringify(entries(0, 12)), 10)).toEqual(entries(2, 10));
  });
});
