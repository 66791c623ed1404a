import { apiLogin, apiPost, expect, test } from './fixtures.ts';
import { stepUntil } from './kioskModel.ts';
import { decodeQr } from './qrDecode.ts';

/** Takes every item but `keep` off air, so the kiosk plays only what the test looks at. */
async function onlyOnAir(baseUrl: string, cookie: string, keep: (item: { type: string; id: string; url?: string }) => boolean) {
  const all = (await (await fetch(`${baseUrl}/api/content`, { headers: { cookie } })).json()).data as { type: string; id: string; url?: string }[];
  await Promise.all(all.filter((i) => !keep(i)).map((item) => apiPost(baseUrl, cookie, `/api/content/${item.id}/status`, { status: 'archived' })));
  return all.filter(keep);
}

// The gate's "Tra cứu thủ tục" QR (decoded from the kiosk's pixels to the national portal, nothing asked of another
// host) is read by displayLayouts.spec.ts on its way through the gate's slides: a kiosk and a walk of the rotation fewer.

test('a procedure form with a link gets a QR right after the procedure that decodes to that link', async ({ page, freshServer: server }) => {
  const cookie = await apiLogin(server.url);
  const list = (await (await fetch(`${server.url}/api/content?type=procedure&q=1.014336`, { headers: { cookie } })).json()).data;
  await onlyOnAir(server.url, cookie, (i) => i.id === list[0].id);
  const procedure = list[0];
  const formUrl = 'https://example.gov.vn/mau-don-ho-tro-chi-phi-hoc-tap.docx';
  const { id, version, status: _status, createdAt: _c, createdBy: _cb, updatedAt: _u, updatedBy: _ub, approvedAt: _a, approvedBy: _ab, rejectionReason: _r, ...fields } = procedure;
  const saved = await fetch(`${server.url}/api/content/${id}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ ...fields, status: 'approved', baseVersion: version, forms: [{ ...procedure.forms[0], url: formUrl }] }),
  });
  expect(saved.status).toBe(200);

  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.goto(`${server.url}/display/reception`);
  // The procedure's pages, then its form's QR: stepped with "next" rather than waited for.
  const qr = page.locator(`[data-testid="slide"][data-slide-id="${id}"]`).getByTestId('form-qr');
  expect(await stepUntil(page, { url: server.url, cookie, screenId: 'reception' }, () => qr.isVisible())).toBe(true);
  expect(await decodeQr(qr)).toBe(formUrl);
});
