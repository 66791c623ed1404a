import type { NextFunction, Request, Response } from 'express';
import type { Histogram } from 'prom-client';
import type { RouteClassifier } from './routeClass.ts';

/** What the metrics read from a Socket.IO namespace (the kiosks' `/display`). */
interface KioskNamespace {
  sockets: { size: number };
  on(event: 'connection', listener: (socket: { onAnyOutgoing(listener: (event: string) => void): unknown }) => void): unknown;
}

/** The Prometheus text format's content type (prom-client's Registry.PROMETHEUS_CONTENT_TYPE), known before it loads. */
const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';
/** Observations kept before prom-client is loaded; reaching it loads prom-client and hands them over. */
const PENDING_MAX = 2000;

const SECONDS_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

/**
 * This process's Prometheus metrics (issue #15 item 4), in a registry of its own: two apps in one test process never
 * share a series, and nothing registers into prom-client's global default registry. Node's process metrics (CPU,
 * memory, event-loop lag, GC) join on the first scrape, so the hundreds of apps the tests build add no observers.
 * prom-client itself (~60 ms of CPU to load) is imported on the first scrape or once PENDING_MAX observations wait:
 * a server that is never scraped and answers few requests (every test server, a kiosk server just restarted) never
 * loads it, and nothing observed before is lost.
 */
export function createOpsMetrics() {
  // Every unit's /display namespace (the root's and each child's '/<slug>/display'): a ward's process counts them all.
  const kioskNamespaces = new Set<KioskNamespace>();
  let snapshotsSent = 0;
  let inFlight = 0;
  let draining = false;

  const build = (prom: typeof import('prom-client')) => {
    const registry = new prom.Registry();
    const registers = [registry];
    new prom.Gauge({
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
    new prom.Counter({
      name: 'bangtin_snapshot_pushes_total',
      help: 'Display snapshots written to kiosk sockets by this process (on connect and after every change).',
      registers,
      collect() {
        // Counted as a plain number on the hot path (one per kiosk per change); handed to prom-client at scrape time.
        this.inc(snapshotsSent - reported);
        reported = snapshotsSent;
      },
    });
    const evaluation = new prom.Histogram({
      name: 'bangtin_schedule_evaluation_seconds',
      help: 'Time of one run of the schedule evaluator (every planning step and every kiosk connecting).',
      buckets: SECONDS_BUCKETS,
      registers,
    });
    const publish = new prom.Histogram({
      name: 'bangtin_snapshot_publish_seconds',
      help: 'Time of one planning step\'s push: building the changed snapshots and writing them to the kiosk sockets.',
      buckets: SECONDS_BUCKETS,
      registers,
    });
    const requests = new prom.Counter({
      name: 'bangtin_http_requests_total',
      help: 'HTTP requests answered by this process, by route class and status code.',
      labelNames: ['route', 'status'] as const,
      registers,
    });
    const duration = new prom.Histogram({
      name: 'bangtin_http_request_duration_seconds',
      help: 'HTTP request duration by route class.',
      labelNames: ['route'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
      registers,
    });
    new prom.Gauge({
      name: 'bangtin_http_requests_in_flight',
      help: 'HTTP requests being answered right now.',
      registers,
      collect() {
        this.set(inFlight);
      },
    });
    new prom.Gauge({
      name: 'bangtin_draining',
      help: '1 while this process drains for shutdown (SIGTERM), else 0.',
      registers,
      collect() {
        this.set(draining ? 1 : 0);
      },
    });
    return { registry, evaluation, publish, requests, duration, collectDefaultMetrics: prom.collectDefaultMetrics };
  };
  type Live = ReturnType<typeof build>;

  let live: Live | null = null;
  let loading: Promise<Live> | null = null;
  const pending: ((metrics: Live) => void)[] = [];
  const load = (): Promise<Live> =>
    (loading ??= import('prom-client').then((prom) => {
      const metrics = build(prom);
      for (const record of pending) record(metrics);
      pending.length = 0;
      live = metrics;
      return metrics;
    }));
  const record = (observe: (metrics: Live) => void): void => {
    if (live) return observe(live);
    pending.push(observe);
    if (pending.length >= PENDING_MAX) void load();
  };

  let processMetrics = false;
  const timed = <T>(histogram: (metrics: Live) => Histogram, work: () => T): T => {
    const started = performance.now();
    try {
      return work();
    } finally {
      const seconds = (performance.now() - started) / 1000;
      record((metrics) => histogram(metrics).observe(seconds));
    }
  };

  return {
    /** The Prometheus text of every metric; adds Node's process metrics on the first call. */
    async text(): Promise<string> {
      const metrics = await load();
      if (!processMetrics) {
        processMetrics = true;
        metrics.collectDefaultMetrics({ register: metrics.registry });
      }
      return metrics.registry.metrics();
    },
    contentType: PROMETHEUS_CONTENT_TYPE,
    /** Counts the kiosks of `namespace` and every snapshot written to one of them. */
    watchKiosks(namespace: KioskNamespace): void {
      kioskNamespaces.add(namespace);
      namespace.on('connection', (socket) => {
        socket.onAnyOutgoing((event) => {
          if (event === 'display:snapshot') snapshotsSent += 1;
        });
      });
    },
    timeEvaluation: <T>(work: () => T): T => timed((metrics) => metrics.evaluation, work),
    async timePublish(work: () => Promise<void>): Promise<void> {
      const started = performance.now();
      try {
        await work();
      } finally {
        const seconds = (performance.now() - started) / 1000;
        record((metrics) => metrics.publish.observe(seconds));
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
          const seconds = (performance.now() - started) / 1000;
          record((metrics) => {
            metrics.requests.inc({ route, status });
            metrics.duration.observe({ route }, seconds);
          });
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
