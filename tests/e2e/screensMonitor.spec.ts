import { apiLogin, expect, logIn, test } from './fixtures.ts';
import { pairKiosk } from './pairKiosk.ts';

/** The Screens page tells the truth: a kiosk that goes away is shown offline within 15 s. */
test('a kiosk that loses its network is shown offline on the Screens page within 15 s', async ({ browser, freshServer }) => {
  const office = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await logIn(office, freshServer.url);
  await office.goto(`${freshServer.url}/admin/screens`);
  const gateStatus = office.locator('[data-testid="screen-row"][data-id="gate"] [data-testid="screen-status"]');
  await expect(gateStatus).toHaveAttribute('data-status', 'never');

  const kioskContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  await pairKiosk(kioskContext, freshServer.url, await apiLogin(freshServer.url), 'gate');
  const kiosk = await kioskContext.newPage();
  await kiosk.goto(`${freshServer.url}/display/gate`);
  await expect(kiosk.getByTestId('slide').first()).toBeVisible();
  await expect(gateStatus).toHaveAttribute('data-status', 'online', { timeout: 15_000 });

  // A pulled cable, not a polite goodbye: the browser stays open, its network goes away.
  const cdp = await kioskContext.newCDPSession(kiosk);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  const lost = Date.now();
  await expect(gateStatus).toHaveAttribute('data-status', 'offline', { timeout: 15_000 });
  test.info().annotations.push({ type: 'offline after', description: `${Date.now() - lost} ms` });

  // And back: online again once the network returns.
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await expect(gateStatus).toHaveAttribute('data-status', 'online', { timeout: 20_000 });
  await kioskContext.close();
});
