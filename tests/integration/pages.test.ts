import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/src/app.ts';
import { manualClock } from '../../server/src/clock.ts';
import { createLogger } from '../../server/src/logger.ts';
import { openMemoryStore } from '../../server/src/store/openStore.ts';
import { tempDataDir } from '../helpers/serverProcess.ts';
import { seededDatabase, TIMEZONE } from '../helpers/testApp.ts';

let app: App | undefined;
afterEach(async () => app?.close());

/** A pages folder with stand-in builds of display/ and admin/. */
function fakePages(displayEntry: string) {
  const dir = tempDataDir('pages');
  for (const name of ['display', 'admin']) {
    mkdirSync(path.join(dir, name, 'dist', 'assets'), { recursive: true });
    const entry = name === 'display' ? displayEntry : '/admin/assets/index-a.js';
    writeFileSync(path.join(dir, name, 'dist', 'index.html'), `<!doctype html><title>${name}</title><script type="module" crossorigin src="${entry}"></script>`);
    writeFileSync(path.join(dir, name, 'dist', 'assets', path.basename(entry)), `console.log('${name}')`);
  }
  return dir;
}

async function start(pagesDir: string) {
  const clock = manualClock(new Date('2026-11-28T01:00:00Z'));
  app = createApp({ store: openMemoryStore(await seededDatabase(clock.now())), clock, logger: createLogger('silent'), timezone: TIMEZONE, sessionHours: 1, pagesDir });
  await new Promise<void>((r) => app!.http.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(app.http.address() as AddressInfo).port}`;
}

describe('pages from one port', () => {
  it('serves each app shell for its client-side routes, redirects bare paths once, and 404s missing assets as JSON', async () => {
    const url = await start(fakePages('/display/assets/index-v1.js'));
    for (const route of ['/display/', '/display/gate', '/display/gate?speed=2', '/admin/', '/admin/content/slogan']) {
      const res = await fetch(`${url}${route}`, { redirect: 'manual' });
      expect(res.status, route).toBe(200);
      expect(res.headers.get('cache-control'), route).toBe('no-cache');
      expect(await res.text()).toContain(route.startsWith('/admin') ? '<title>admin' : '<title>display');
    }
    const bare = await fetch(`${url}/display`, { redirect: 'manual' });
    expect([bare.status, bare.headers.get('location')]).toEqual([301, '/display/']);
    const asset = await fetch(`${url}/display/assets/index-v1.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    const missing = await fetch(`${url}/display/assets/nope.js`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe('NOT_FOUND');
  });

  it('gives the display service worker its own CSP, so it may cache pictures from https sites', async () => {
    const pages = fakePages('/display/assets/index-v1.js');
    writeFileSync(path.join(pages, 'display', 'dist', 'sw.js'), 'self.addEventListener("fetch", () => {});');
    const url = await start(pages);
    const worker = await fetch(`${url}/display/sw.js`);
    expect(worker.status).toBe(200);
    expect(worker.headers.get('content-security-policy')).toContain("connect-src 'self' https:");
    const page = await fetch(`${url}/display/gate`);
    expect(page.headers.get('content-security-policy')).toContain("connect-src 'self'");
    expect(page.headers.get('content-security-policy')).not.toContain("connect-src 'self' https:");
  });

  it('tells kiosks which display build is current, and notices a rebuild', async () => {
    const pages = fakePages('/display/assets/index-v1.js');
    const url = await start(pages);
    const first = (await (await fetch(`${url}/api/display/gate`)).json()).data;
    expect(first.displayBuild).toBe('/display/assets/index-v1.js');
    await new Promise((r) => setTimeout(r, 20));
    writeFileSync(path.join(pages, 'display', 'dist', 'index.html'), '<script type="module" src="/display/assets/index-v2.js"></script>');
    const second = (await (await fetch(`${url}/api/display/gate`)).json()).data;
    expect(second.displayBuild).toBe('/display/assets/index-v2.js');
    expect(second.version).not.toBe(first.version);
  });

  it('explains an unbuilt page instead of failing silently', async () => {
    const url = await start(tempDataDir('no-pages'));
    const res = await fetch(`${url}/admin/`);
    expect(res.status).toBe(503);
    expect(await res.text()).toMatch(/npm run build/);
  });
});
