/**
 * Clock drift, measured NTP-style: the kiosk notes its clock when it asks and when the answer comes back,
 * and assumes the server read its clock half-way through the round trip. Pure maths (unit-tested).
 */
export interface ClockSample {
  /** Kiosk clock minus server clock; positive = the kiosk is ahead. */
  offsetMs: number;
  roundTripMs: number;
}

export function clockSample(sentAtMs: number, serverNowMs: number, receivedAtMs: number): ClockSample {
  const roundTripMs = Math.max(0, receivedAtMs - sentAtMs);
  const clientMidpointMs = sentAtMs + roundTripMs / 2;
  return { offsetMs: Math.round(clientMidpointMs - serverNowMs), roundTripMs };
}

/** The sample with the shortest round trip is the least skewed by one-way network delay; null when none. */
export function bestOffsetMs(samples: readonly ClockSample[]): number | null {
  let best: ClockSample | null = null;
  for (const sample of samples) if (!best || sample.roundTripMs < best.roundTripMs) best = sample;
  return best ? best.offsetMs : null;
}
