/**
 * Display benchmark (`npm run bench:display`): what a kiosk costs.
 *  - display JS shipped, gzip, fonts excluded (target ≤ 200 KB), and the part a kiosk loads at start: the chunks
 *    index.html names (entry script and modulepreloads; target ≤ 140 KB). Lazy chunks (announcements, QR codes,
 *    the reception look-up, pairing) are fetched on first use and precached by the service worker;
 *  - load → first slide on loopback, median of LOADS cold loads (target ≤ 1 s);
 *  - TRANSITIONS accelerated slide transitions (?speed=SPEED): JS heap growth after forced GC (target ≤ 5 MB)
 *    and DOM node count at start and end (target: stable).
 * Needs the built pages (`npm run build`) and Chromium (CHROMIUM_PATH or /usr/bin/chromium).
 * A benchmark prints figures; it does not fail on them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { REPO_ROOT, startServerProcess, tempDataDir } from '../helpers/serverProcess.ts';
import { summarize } from './stats.ts';

const LOADS = Number(process.env.LOADS ?? 10);
const TRANSITIONS = Number(process.env.TRANSITIONS ?? 5000);
const SPEED = Number(process.env.SPEED ?? 1000);
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

function bundleSize() {
  const dir = path.join(REPO_ROOT, 'display', 'dist', 'assets');
  if (!existsSync(dir)) throw new Error('display/dist is missing: run `npm run build` first');
  const js = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const gzipOf = (f: string) => gzipSync(readFileSync(path.join(dir, f)), { level: 9 }).length;
  const raw = js.reduce((sum, f) => sum + readFileSync(path.join(dir, f)).length, 0);
  const gzip = js.reduce((sum, f) => sum + gzipOf(f), 0);
  const html = readFileSync(path.join(dir, '..', 'index.html'), 'utf8');
  const atStart = [...new Set([...html.matchAll(/(?:src|href)="\/display\/assets\/([^"]+\.js)"/g)].map((m) => m[1] ?? ''))];
  const startGzip = atStart.reduce((sum, f) => sum + gzipOf(f), 0);
  return { files: js.length, rawKb: raw / 1024, gzipKb: gzip / 1024, startFiles: atStart.length, startGzipKb: startGzip / 1024 };
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}

/**
 * Counts slide changes in the page by watching the active slide's id. Sent as source text: tsx would wrap
 * named functions in a helper the page does not have.
 */
const COUNT_TRANSITIONS = `(({ target, timeoutMs }) => new Promise((resolve) => {
  let count = 0;
  const current = () => document.querySelector('[data-testid="slide"]')?.getAttribute('data-slide-id') ?? '';
  let last = current();
  let timer;
  const observer = new MutationObserver(() => {
    const id = current();
    if (id === last) return;
    last = id;
    count += 1;
    if (count >= target) { observer.disconnect(); clearTimeout(timer); resolve(count); }
  });
  timer = setTimeout(() => { observer.disconnect(); resolve(count); }, timeoutMs);
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-slide-id'] });
}))`;

function countTransitions(page: Page, target: number, timeoutMs: number): Promise<number> {
  return page.evaluate(`${COUNT_TRANSITIONS}(${JSON.stringify({ target, timeoutMs })})`) as Promise<number>;
}

async function main() {
  const bundle = bundleSize();
  const server = await startServerProcess({ DATA_DIR: tempDataDir('bench-display'), ADMIN_PASSWORD: 'bench-display-password' });
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--disable-background-networking'] });
  try {
    const loads: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
      const page = await context.newPage();
      await page.goto(`${server.url}/display/gate`);
      await page.getByTestId('slide').waitFor({ state: 'visible' });
      loads.push(await page.evaluate(() => performance.now()));
      await context.close();
    }

    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/display/gate?speed=${SPEED}`);
    await page.getByTestId('slide').waitFor({ state: 'visible' });
    await countTransitions(page, 200, 120_000); // warm-up: every slide type rendered, caches filled
    const domBefore = await page.evaluate(() => document.getElementsByTagName('*').length);
    const heapBefore = await heapAfterGc(page);
    const started = Date.now();
    const done = await countTransitions(page, TRANSITIONS, 30 * 60_000);
    const seconds = (Date.now() - started) / 1000;
    const heapAfter = await heapAfterGc(page);
    const domAfter = await page.evaluate(() => document.getElementsByTagName('*').length);

    const mb = (b: number) => (b / 1024 / 1024).toFixed(2);
    const loadMedian = summarize(loads).p50;
    const growthMb = (heapAfter - heapBefore) / 1024 / 1024;
    console.log(`\nDisplay benchmark (gate, 1920×1080, Chromium ${browser.version()})\n`);
    console.log(`display JS: ${bundle.files} file(s), ${bundle.rawKb.toFixed(1)} KB raw, ${bundle.gzipKb.toFixed(1)} KB gzip (fonts excluded; target ≤ 200 KB)`);
    console.log(`display JS loaded at start: ${bundle.startFiles} file(s), ${bundle.startGzipKb.toFixed(1)} KB gzip (target ≤ 140 KB)`);
    console.log(`load → first slide: median ${loadMedian.toFixed(0)} ms over ${LOADS} cold loads (min ${Math.min(...loads).toFixed(0)}, max ${Math.max(...loads).toFixed(0)}; target ≤ 1000 ms)`);
    console.log(`${done} transitions at speed ×${SPEED} in ${seconds.toFixed(0)} s: JS heap after GC ${mb(heapBefore)} → ${mb(heapAfter)} MB (growth ${growthMb.toFixed(2)} MB; target ≤ 5 MB)`);
    console.log(`DOM nodes: ${domBefore} → ${domAfter}`);
    const met = bundle.gzipKb <= 200 && bundle.startGzipKb <= 140 && loadMedian <= 1000 && growthMb <= 5 && done >= TRANSITIONS && Math.abs(domAfter - domBefore) <= 50;
    console.log(met ? 'TARGETS MET' : 'TARGETS NOT MET');
    console.log(JSON.stringify({ bench: 'display', bundleGzipKb: +bundle.gzipKb.toFixed(1), startGzipKb: +bundle.startGzipKb.toFixed(1), loadMsMedian: +loadMedian.toFixed(0), transitions: done, heapGrowthMb: +growthMb.toFixed(2), domBefore, domAfter }));
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
