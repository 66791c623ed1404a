import type { Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.ts';
import { shiftedClock, systemClock } from './clock.ts';
import { ConfigError, describeConfig, loadConfig } from './config.ts';
import { generatePassword, hashPassword } from './domain/passwords.ts';
import { createLogger } from './logger.ts';
import { openProofStorage } from './proof/openProofStorage.ts';
import { sweepUncleanedMedia } from './media/sweep.ts';
import { demoDatabase } from './seed/demoDatabase.ts';
import { StoreLoadError } from './store/loadError.ts';
import { DB_FILE_NAME, openFileStore } from './store/openStore.ts';
import { DatabaseUnavailableError, redactDatabaseUrl } from './store/pg/databaseUrl.ts';
import { openPgStore } from './store/pg/openPgStore.ts';
import { openProcessPool } from './store/pg/pool.ts';
import { loadTls, TlsFileError } from './tls/certificate.ts';
import { createRedirectServer } from './tls/redirect.ts';
import { fileStoreReadiness, pgReadiness } from './ops/readiness.ts';
import { openUnits } from './units/openUnits.ts';
import { PgStore } from './store/pg/pgStore.ts';

/** config → store → createApp → listen → graceful shutdown. Nothing else lives here. */
async function main(): Promise<void> {
  const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
  const config = loadConfig(process.env, repoRoot);
  const logger = createLogger(config.logLevel);
  logger.info({ config: describeConfig(config) }, 'starting Bảng tin');
  const clock = config.clockStart ? shiftedClock(config.clockStart) : systemClock;
  if (config.clockStart) logger.warn({ clockStart: config.clockStart }, 'CLOCK_START is set: the server runs on a shifted clock (demos and tests only)');
  if (config.formMinFillSeconds !== null) logger.warn({ formMinFillSeconds: config.formMinFillSeconds }, 'FORM_MIN_FILL_SECONDS is set: the public forms accept quick posts (tests only)');

  let generatedPassword: string | null = null;
  const seed = async () => {
    const password = config.adminPassword ?? (generatedPassword = generatePassword());
    return demoDatabase({ now: clock.now(), timezone: config.timezone, admin: { passwordHash: await hashPassword(password) } });
  };
  // DATABASE_URL set: PostgreSQL (migrated at start); unset: the data file, as always. One pool (PG_POOL_MAX) for the process.
  const pgPool = config.databaseUrl ? openProcessPool(config.databaseUrl, process.env) : undefined;
  const { store, seeded, migratedFrom, removedTempFiles, bomBackup } = config.databaseUrl
    ? await openPgStore({ databaseUrl: config.databaseUrl, repoRoot, seed, log: (message) => logger.debug(message), pool: pgPool })
    : await openFileStore(config.dataDir, seed);
  const storedIn = config.databaseUrl ? { database: redactDatabaseUrl(config.databaseUrl) } : { dataDir: config.dataDir };
  if (seeded) logger.info(storedIn, 'first start: demo content created (labelled "Dữ liệu mẫu")');
  if (migratedFrom !== null) logger.info({ from: migratedFrom }, 'data file migrated; the original was kept as a .bak');
  if (removedTempFiles.length > 0) logger.warn({ files: removedTempFiles }, 'removed temp files left by a process that was killed mid-write');
  if (bomBackup) logger.warn({ backup: bomBackup }, 'db.json began with a byte-order mark (saved by Notepad?): removed; the original was kept');
  if (generatedPassword) {
    // Printed once, on the first start only; it is stored only as a scrypt hash.
    process.stdout.write(
      `\n  Tài khoản quản trị / admin account:  admin  /  ${generatedPassword}\n` +
        '  (Ghi lại mật khẩu này: nó chỉ hiện một lần. / Write it down: it is shown only once.)\n\n',
    );
  }

  // Files uploaded before uploads were re-encoded: cleaned once, before anyone can be served them.
  await sweepUncleanedMedia({ store, clock, logger, mediaDir: path.join(config.dataDir, 'media') });

  const tls = await loadTls(config.tls, config.dataDir, new Date());
  if (tls?.renewedBecause) logger.info({ because: tls.renewedBecause, file: tls.source }, 'new self-signed certificate made: kiosks must trust its new fingerprint');
  const proofStorage = await openProofStorage({ databaseUrl: config.databaseUrl, repoRoot, dataDir: config.dataDir, clock, timezone: config.timezone, pool: pgPool });

  // Several processes on one database (issue #15): loaded only then, so the single-school server loads none of it.
  const cluster = config.databaseUrl ? await (await import('./cluster/startCluster.ts')).startCluster({ databaseUrl: config.databaseUrl, clock, logger, pool: pgPool }) : null;

  // Units (issue #15 item 1): the directory and every child's data; a single school on files opens nothing more.
  const units = await openUnits({ pool: store instanceof PgStore ? store.pool : null, dataDir: config.dataDir, clock, timezone: config.timezone, logger });

  const app = createApp({
    store,
    clock,
    logger,
    timezone: config.timezone,
    sessionHours: config.sessionHours,
    pagesDir: config.pagesDir,
    mediaDir: path.join(config.dataDir, 'media'),
    trustProxy: config.trustProxy,
    failedLogins: proofStorage.failedLogins,
    twoFactorState: proofStorage.twoFactorState,
    ...(tls ? { tls: { key: tls.key, cert: tls.cert } } : {}),
    proofLog: proofStorage.proofLog,
    sentSlides: proofStorage.sentSlides,
    ...(config.formMinFillSeconds !== null ? { formMinFillSeconds: config.formMinFillSeconds } : {}),
    // /readyz: the database answers and its migrations are all applied, or the data file is readable and writable.
    readiness: config.databaseUrl ? pgReadiness(config.databaseUrl, repoRoot) : fileStoreReadiness(config.dataDir, DB_FILE_NAME),
    ...(config.metricsToken ? { metricsToken: config.metricsToken } : {}),
    ...(cluster ? { cluster: cluster.link } : {}),
    units,
  });
  app.start();
  const port = await listen(app.http, tls ? config.httpsPort : config.port, config.host);
  const redirect = tls && config.httpRedirect ? createRedirectServer(port) : null;
  const redirectPort = redirect ? await listen(redirect, config.port, config.host) : null;
  const scheme = tls ? 'https' : 'http';
  logger.info({ port, scheme, redirectFrom: redirectPort }, 'listening');
  const base = `${scheme}://localhost:${port}`;
  const lines = [`  Bảng tin: ${base}/admin/  ·  ${base}/display/gate  ·  ${base}/display/reception`];
  if (tls) {
    // Printed on every start so whoever sets up a kiosk can compare it with what the browser shows.
    lines.push(`  HTTPS: ${tls.source}`, `  SHA-256 fingerprint: ${tls.fingerprint256}`);
    if (redirectPort !== null) lines.push(`  http://…:${redirectPort}/ → https://…:${port}/`);
  }
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => void store.flush().finally(() => process.exit(1)), 10_000);
    force.unref();
    try {
      redirect?.close();
      // Stop taking work, send kiosks to the other processes (they keep their slide meanwhile), finish requests in flight.
      await app.drain({ graceMs: 4000, spreadMs: 1000 });
      await app.close();
      await cluster?.end();
      await store.close();
      await proofStorage.close();
      await pgPool?.end();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  // The ready line only once the handlers are in place: a supervisor (or test) that stops the server as soon as it reads
  // the line otherwise finds SIGTERM's default action still in force, and the process dies undrained (issue #10 note).
  // One write, so whoever reads the first line (a test, a service log) has the rest too.
  process.stdout.write(`${lines.join('\n')}\n`);
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof StoreLoadError || error instanceof DatabaseUnavailableError || error instanceof TlsFileError) {
    process.stderr.write(`\nBảng tin cannot start.\n${error.message}\n\n`);
  } else {
    process.stderr.write(`\nBảng tin failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  }
  process.exit(1);
});
