import type { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { RouteClassifier } from './routeClass.ts';

/** What the metrics read from a Socket.IO namespace (the kiosks' `/display`). */
interface KioskNamespace {
  sockets: { size: number };
  on(event: 'connection', listener: (socket: { onAnyOutgoing(listener: (event: string) => void): unknown }) => void): unknown;
}

const SECONDS_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

/**
 * This process's Prometheus metrics (issue #15 item 4), in a registry of its own: two apps in one test process never
 * share a series, and nothing registers into prom-client's global default registry. Node's process metrics (CPU,
 * memory, event-loop lag, GC) join on the first scrape, so the hundreds of apps the tests build add no observers.
 */
export function createOpsMetrics() {
  const registry = new Registry();
  const registers = [registry];
  // Every unit's /display namespace (the root's and each child's '/<slug>/display'): a ward's process counts them all.
  const kioskNamespaces = new Set<KioskNamespace>();
  let snapshotsSent = 0;
  let inFlight = 0;
  let draining = false;

  new Gauge({
    name: 'bangtin_connected_screens',
    help: 'Kiosk sockets connected to this process (every unit\'s display namespace).',
    registers,
    collect() {
      let connected = 0;
      for (const namespace of kioskNamespaces) connected += namespace.sockets.size;
      this.set(connected);
    },
  });
  let reported = 0;
  new Counter({
    name: 'bangtin_snapshot_pushes_total',
    help: 'Display snapshots written to kiosk sockets by this process (on connect and after every change).',
    registers,
    collect() {
      // Counted as a plain number on the hot path (one per kiosk per change); handed to prom-client at scrape time.
      this.inc(snapshotsSent - reported);
      reported = snapshotsSent;
    },
  });
  const evaluation = new Histogram({
    name: 'bangtin_schedule_evaluation_seconds',
    help: 'Time of one run of the schedule evaluator (every planning step and every kiosk connecting).',
    buckets: SECONDS_BUCKETS,
    registers,
  });
  const publish = new Histogram({
    name: 'bangtin_snapshot_publish_seconds',
    help: 'Time of one planning step\'s push: building the changed snapshots and writing them to the kiosk sockets.',
    buckets: SECONDS_BUCKETS,
    registers,
  });
  const requests = new Counter({
    name: 'bangtin_http_requests_total',
    help: 'HTTP requests answered by this process, by route class and status code.',
    labelNames: ['route', 'status'] as const,
    registers,
  });
  const duration = new Histogram({
    name: 'bangtin_http_request_duration_seconds',
    help: 'HTTP request duration by route class.',
    labelNames: ['route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers,
  });
  new Gauge({
    name: 'bangtin_http_requests_in_flight',
    help: 'HTTP requests being answered right now.',
    registers,
    collect() {
      this.set(inFlight);
    },
  });
  new Gauge({
    name: 'bangtin_draining',
    help: '1 while this process drains for shutdown (SIGTERM), else 0.',
    registers,
    collect() {
      this.set(draining ? 1 : 0);
    },
  });

  let processMetrics = false;
  const timed = <T>(histogram: Histogram, work: () => T): T => {
    const started = performance.now();
    try {
      return work();
    } finally {
      histogram.observe((performance.now() - started) / 1000);
    }
  };

  return {
    registry,
    /** The Prometheus text of every metric; adds Node's process metrics on the first call. */
    async text(): Promise<string> {
      if (!processMetrics) {
        processMetrics = true;
        collectDefaultMetrics({ register: registry });
      }
      return registry.metrics();
    },
    contentType: registry.contentType,
    /** Counts the kiosks of `namespace` and every snapshot written to one of them. */
    watchKiosks(namespace: KioskNamespace): void {
      kioskNamespaces.add(namespace);
      namespace.on('connection', (socket) => {
        socket.onAnyOutgoing((event) => {
          if (event === 'display:snapshot') snapshotsSent += 1;
        });
      });
    },
    timeEvaluation: <T>(work: () => T): T => timed(evaluation, work),
    async timePublish(work: () => Promise<void>): Promise<void> {
      const started = performance.now();
      try {
        await work();
      } finally {
        publish.observe((performance.now() - started) / 1000);
      }
    },
    /** Express middleware: counts every request by route class and status, and how many are in flight (the drain waits for them). */
    countRequests(classify: RouteClassifier) {
      return (req: Request, res: Response, next: NextFunction): void => {
        const started = performance.now();
        // Read now: a router mounted on a prefix (/api) rewrites req.path for its own handlers.
        const route = classify(req.path);
        inFlight += 1;
        res.once('close', () => {
          inFlight -= 1;
          // A reply cut off before it was complete (the client went away) is its own status.
          const status = res.writableFinished ? String(res.statusCode) : 'aborted';
          requests.inc({ route, status });
          duration.observe({ route }, (performance.now() - started) / 1000);
        });
        next();
      };
    },
    inFlight: () => inFlight,
    setDraining(value: boolean): void {
      draining = value;
    },
  };
}
export type OpsMetrics = ReturnType<typeof createOpsMetrics>;
