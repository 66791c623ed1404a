import type { ScreenPresence } from '@bangtin/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { startCuttableProxy, type CuttableProxy } from '../helpers/cuttableProxy.ts';
import { connectDevice, pairDevice } from '../helpers/devicePairing.ts';
import { connectAdmin, login, nextSnapshot, startTestApp, type AdminClient, type DisplayClient, type TestApp } from '../helpers/testApp.ts';

// Moved from the browser suite (tests/e2e/screensMonitor.spec.ts): the promise to the office is the server's — a kiosk
// whose network is pulled (no goodbye, the socket just goes silent) is reported offline within 15 s, and online again
// when it comes back. How the Screens page draws a presence entry: tests/component/screens/statusBadge.test.tsx.
let t: TestApp | undefined;
let proxy: CuttableProxy | undefined;
const sockets: (AdminClient | DisplayClient)[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  await proxy?.close();
  await t?.close();
});

describe('a kiosk that loses its network', { timeout: 60_000 }, () => {
  it('is shown offline to office consoles within 15 s, and online again once the network returns', async () => {
    t = await startTestApp();
    const port = Number(new URL(t.url).port);
    proxy = await startCuttableProxy(port);
    const cookie = await login(t.url);
    const admin = connectAdmin(t.url, cookie);
    sockets.push(admin);
    let latest: ScreenPresence | undefined;
    admin.on('screens:presence', (list) => {
      latest = list.find((p) => p.screenId === 'gate') ?? latest;
    });
    await new Promise<void>((resolve) => admin.once('connect', () => resolve()));

    const gate = connectDevice(proxy.url, { slug: 'gate', credential: await pairDevice(t.url, cookie, 'gate') });
    sockets.push(gate);
    await nextSnapshot(gate);
    await expect.poll(() => latest?.online, { timeout: 5000 }).toBe(true);

    proxy.cut();
    const lost = Date.now();
    await expect.poll(() => latest?.online, { timeout: 15_000, interval: 200 }).toBe(false);
    expect(Date.now() - lost).toBeLessThan(15_000);

    proxy.plugBackIn();
    await expect.poll(() => latest?.online, { timeout: 20_000, interval: 200 }).toBe(true);
  });
});
