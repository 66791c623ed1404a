import { Channel } from './ipc.ts';
import type { ConnectSummary, ScreensCommand, ScreensReport } from './protocol.ts';

export interface ScreensRoundResult {
  expected: number;
  received: number;
  firstArrival: number;
  lastArrival: number;
  cpuMs: number;
}

/** N simulated screens spread over child processes (clients.ts); answers as if it were one. */
export class ClientPool {
  private readonly children: Channel<ScreensCommand, ScreensReport>[];

  constructor(processes: number) {
    this.children = Array.from({ length: processes }, (_, i) => new Channel<ScreensCommand, ScreensReport>('./clients.ts', `screen process ${i}`));
  }

  /** Opens `count` screens, screen i naming itself slugs[i % slugs.length]. */
  async connect(url: string, slugs: string[], count: number, options: { batchSize: number; timeoutMs: number }): Promise<ConnectSummary> {
    const n = this.children.length;
    const shares = this.children.map((_, i) => Math.floor(count / n) + (i < count % n ? 1 : 0));
    const reports = await Promise.all(
      this.children.map((child, i) => {
        const reply = child.next('connected');
        const firstIndex = shares.slice(0, i).reduce((sum, s) => sum + s, 0);
        child.send({ type: 'connect', url, slugs, firstIndex, count: shares[i] ?? 0, ...options });
        return reply;
      }),
    );
    return {
      connected: reports.reduce((sum, r) => sum + r.connected, 0),
      failed: reports.reduce((sum, r) => sum + r.failed, 0),
      firstError: reports.find((r) => r.firstError)?.firstError ?? null,
      elapsedMs: Math.max(...reports.map((r) => r.elapsedMs)),
      screensRssBytes: reports.reduce((sum, r) => sum + r.rssBytes, 0),
    };
  }

  /**
   * Arms every screen process for `round` and resolves once all are armed, with `done` settling when every
   * screen has the round's change (or the screens' timeouts fire).
   */
  async arm(round: number, timeoutMs: number): Promise<{ done: Promise<ScreensRoundResult> }> {
    const done = Promise.all(this.children.map((child) => child.next('round'))).then((reports) => ({
      expected: reports.reduce((sum, r) => sum + r.expected, 0),
      received: reports.reduce((sum, r) => sum + r.received, 0),
      firstArrival: Math.min(...reports.map((r) => r.firstArrival || Infinity)),
      lastArrival: Math.max(...reports.map((r) => r.lastArrival)),
      cpuMs: reports.reduce((sum, r) => sum + r.cpuMs, 0),
    }));
    // The caller awaits `done`; this only keeps a failure during arming from being reported twice.
    done.catch(() => undefined);
    await Promise.all(
      this.children.map((child) => {
        const armed = child.next('armed');
        child.send({ type: 'arm', round, timeoutMs });
        return armed;
      }),
    );
    return { done };
  }

  async sample(): Promise<unknown> {
    const first = this.children[0];
    if (!first) return null;
    const reply = first.next('sample');
    first.send({ type: 'sample' });
    return (await reply).snapshot;
  }

  async close(): Promise<void> {
    await Promise.all(this.children.map((child) => child.close({ type: 'close' }, 3000)));
  }
}
