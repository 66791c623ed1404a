import type { Server as HttpServer } from 'node:http';
import type { ErrorBody } from '@bangtin/shared';
import type { Express } from 'express';
import type { Server as SocketServer } from 'socket.io';
import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';
import { drainServer, type DrainOptions, type DrainOutcome } from './drain.ts';
import { createOpsMetrics } from './metrics.ts';
import { metricsAccess } from './metricsAccess.ts';
import { alwaysReady, type Readiness, type ReadinessCheck } from './readiness.ts';

export interface OpsDeps {
  clock: Clock;
  logger: Logger;
  appVersion: string;
  readiness?: ReadinessCheck;
  /** `Authorization: Bearer <token>` lets a scraper on another machine read /metrics (loopback needs none). */
  metricsToken?: string;
}

/** What /readyz answers when the process is not ready: the REST error shape, with the operator's English detail. */
interface NotReadyBody {
  error: { code: Extract<Readiness, { ready: false }>['code']; message: string; details: { path: string; message: string }[] };
}

const DRAINING: Readiness = {
  ready: false,
  code: 'DRAINING',
  message: 'Máy chủ đang dừng để bảo trì; màn hình sẽ tự kết nối sang máy chủ khác.',
  detail: 'this process is shutting down (SIGTERM): the proxy should use another process',
};

/**
 * Operations endpoints of one process (issue #15 item 4): /healthz (the process answers), /readyz (its store is usable
 * and it is not draining), /metrics (Prometheus text), and the graceful drain on SIGTERM. None needs a session; none
 * says anything secret.
 */
export function createOps(deps: OpsDeps) {
  const metrics = createOpsMetrics();
  const readiness = deps.readiness ?? alwaysReady;
  const mayReadMetrics = metricsAccess(deps.metricsToken);
  let draining = false;

  const currentReadiness = async (): Promise<Readiness> => (draining ? DRAINING : readiness.check());

  return {
    metrics,
    /** Mounts /healthz, /readyz and /metrics (before the pages and the public site). */
    mount(app: Express): void {
      app.get('/healthz', (_req, res) => {
        res.json({ status: 'ok', version: deps.appVersion, time: deps.clock.now().toISOString(), pid: process.pid });
      });
      app.get('/readyz', async (_req, res) => {
        res.setHeader('Cache-Control', 'no-store');
        const state = await currentReadiness();
        if (state.ready) {
          res.json({ status: 'ready', store: state.store, pid: process.pid });
          return;
        }
        const body: NotReadyBody = { error: { code: state.code, message: state.message, details: [{ path: 'readyz', message: state.detail }] } };
        res.status(503).json(body);
      });
      app.get('/metrics', async (req, res) => {
        if (!mayReadMetrics({ headers: req.headers, remoteAddress: req.socket.remoteAddress })) {
          const body: ErrorBody = {
            error: { code: 'FORBIDDEN', message: 'Chỉ máy giám sát được đọc số liệu vận hành (metrics: loopback or METRICS_TOKEN bearer only).' },
          };
          res.status(403).json(body);
          return;
        }
        res.setHeader('Cache-Control', 'no-store');
        res.type(metrics.contentType).send(await metrics.text());
      });
    },
    /** Stops taking work, sends every socket elsewhere and waits (bounded) for requests in flight; `close()` follows. */
    async drain(target: { http: HttpServer; io: SocketServer; bases?: readonly string[] }, options: DrainOptions): Promise<DrainOutcome> {
      draining = true;
      metrics.setDraining(true);
      const outcome = await drainServer({ ...target, inFlight: metrics.inFlight }, options);
      deps.logger.info(outcome, 'drained');
      return outcome;
    },
    async close(): Promise<void> {
      draining = true;
      await readiness.close?.();
    },
  };
}
export type Ops = ReturnType<typeof createOps>;
