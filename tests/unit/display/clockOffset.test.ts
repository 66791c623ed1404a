import { describe, expect, it } from 'vitest';
import { bestOffsetMs, clockSample } from '../../../display/src/connection/clockOffset.ts';

describe('clock drift, NTP-style', () => {
  it('compares the server time with the midpoint of the round trip', () => {
    // Asked at 1000, answered at 1100 (kiosk clock); the server read 950 half-way: kiosk is 100 ms ahead.
    expect(clockSample(1_000, 950, 1_100)).toEqual({ offsetMs: 100, roundTripMs: 100 });
    // Kiosk 2 s behind: server says 12_020 at the midpoint 10_020.
    expect(clockSample(10_000, 12_020, 10_040)).toEqual({ offsetMs: -2_000, roundTripMs: 40 });
  });

  it('never reports a negative round trip (a clock stepped back mid-sample)', () => {
    expect(clockSample(1_000, 1_000, 990).roundTripMs).toBe(0);
  });

  it('trusts the sample with the shortest round trip', () => {
    const samples = [clockSample(0, 0, 300), clockSample(1_000, 940, 1_020), clockSample(2_000, 1_700, 2_200)];
    expect(samples.map((s) => s.offsetMs)).toEqual([150, 70, 400]);
    expect(bestOffsetMs(samples)).toBe(70);
  });

  it('has no offset without samples', () => {
    expect(bestOffsetMs([])).toBeNull();
  });
});
