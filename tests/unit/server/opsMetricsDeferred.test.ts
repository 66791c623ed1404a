import { describe, expect, it } from 'vitest';
import { createOpsMetrics } from '../../../server/src/ops/metrics.ts';

const evaluations = (text: string) => Number(/^bangtin_schedule_evaluation_seconds_count (\d+)$/m.exec(text)?.[1]);

// prom-client loads at the first scrape or once 2,000 observations wait (ops/metrics.ts): none may be lost on the way.
describe('metrics recorded before prom-client is loaded', () => {
  it('keeps every observation made before, during and after the deferred load', async () => {
    const metrics = createOpsMetrics();
    // 2,500: past the point where the load starts, with more recorded while it is still in flight.
    for (let i = 0; i < 2500; i += 1) metrics.timeEvaluation(() => i);
    expect(evaluations(await metrics.text())).toBe(2500);
    metrics.timeEvaluation(() => 0);
    expect(evaluations(await metrics.text())).toBe(2501);
    expect(metrics.contentType).toMatch(/^text\/plain; version=0\.0\.4/);
  });
});
