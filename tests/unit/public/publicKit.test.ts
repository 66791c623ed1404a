import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../server/src/clock.ts';
import { html, raw } from '../../../server/src/public/html.ts';
import { renderPage } from '../../../server/src/public/layout.ts';
import { createFormGuard } from '../../../server/src/public/formGuard.ts';
import { parseForm, textField, errorSummary } from '../../../server/src/public/forms.ts';
import { createRateLimit } from '../../../server/src/public/rateLimit.ts';
import { mountPublicSite } from '../../../server/src/public/site.ts';
import { qrSvg } from '../../../server/src/public/qr.ts';
import { seedSchool } from '../../../server/src/seed/demoDatabase.ts';

const school = { ...seedSchool('Asia/Ho_Chi_Minh'), publicUrl: 'https://bangtin.example.edu.vn' };
const ctx = { school, baseUrl: school.publicUrl, now: new Date('2026-12-05T02:00:00Z') };

describe('public-site kit', () => {
  it('a parent’s text can never become markup: every value is escaped, arrays and SafeHtml compose', () => {
    const hostile = '<img src=x onerror=alert(1)>"\'&';
    const out = html`<p title="${hostile}">${hostile}${[html`<b>${hostile}</b>`, 'x']}${null}${false}${raw('<i>ok</i>')}</p>`.value;
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;');
    expect(out).toContain('<b>&lt;img');
    expect(out).toContain('<i>ok</i>');
  });

  it('a page carries the school, the sample-data banner, canonical and Open Graph tags on the public address', () => {
    const page = renderPage(ctx, { title: 'Góp ý <b>', path: '/gop-y', body: html`<h1>Gửi góp ý</h1>`, ogImage: '/og/x.png', active: '/gop-y' });
    expect(page).toMatch(/^<!doctype html>\n<html lang="vi">/);
    expect(page).toContain('<title>Góp ý &lt;b&gt; — ');
    expect(page).toContain('<link rel="canonical" href="https://bangtin.example.edu.vn/gop-y">');
    expect(page).toContain('<meta property="og:image" content="https://bangtin.example.edu.vn/og/x.png">');
    expect(page).toContain('<a href="/gop-y" aria-current="page">Góp ý</a>');
    expect(page).toContain('Dữ liệu mẫu');
    expect(page).toContain(school.name);
    expect(Buffer.byteLength(page)).toBeLessThan(5_000);
  });

  it('form fields tie label, hint and error together; the summary links to each field', () => {
    const field = textField({ name: 'phone', label: 'Điện thoại', hint: 'Ví dụ 0912 345 678', error: 'Vui lòng nhập', type: 'tel' }).value;
    expect(field).toContain('<label for="f-phone">Điện thoại <span class="muted">(không bắt buộc)</span></label>');
    expect(field).toContain('aria-describedby="f-phone-hint f-phone-error"');
    expect(field).toContain('aria-invalid="true"');
    expect(errorSummary({ phone: 'Vui lòng nhập' }, { phone: 'Điện thoại' }).value).toContain('<a href="#f-phone">Điện thoại: Vui lòng nhập</a>');
  });

  it('the form guard refuses a honeypot, a post faster than a person, a forged or an old stamp', () => {
    const clock = manualClock(new Date('2026-12-05T02:00:00Z'));
    const guard = createFormGuard({ clock, minFillSeconds: 3, maxAgeHours: 12 });
    const stamp = /name="_t" value="([^"]+)"/.exec(guard.hiddenFields().value)?.[1] ?? '';
    expect(guard.check({ _t: stamp })).toEqual({ ok: false, reason: 'too-fast' });
    clock.advance(4000);
    expect(guard.check({ _t: stamp })).toEqual({ ok: true });
    expect(guard.check({ _t: stamp, website: 'http://spam' })).toEqual({ ok: false, reason: 'honeypot' });
    expect(guard.check({ _t: stamp.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')) })).toEqual({ ok: false, reason: 'invalid' });
    expect(guard.check({})).toEqual({ ok: false, reason: 'invalid' });
    clock.advance(13 * 3_600_000);
    expect(guard.check({ _t: stamp })).toEqual({ ok: false, reason: 'expired' });
  });

  it('rate limits answer 429 with Retry-After per address and overall, and let through again when the window passes', async () => {
    const clock = manualClock(new Date('2026-12-05T02:00:00Z'));
    const app = express();
    app.set('trust proxy', true);
    app.use(createRateLimit({ clock, name: 't', perAddress: { limit: 2, windowSeconds: 60 }, overall: { limit: 3, windowSeconds: 600 }, reply: 'json' }));
    app.post('/x', parseForm, (_req, res) => res.status(201).json({ data: 'ok' }));
    const from = (ip: string) => request(app).post('/x').set('X-Forwarded-For', ip).type('form').send('a=1');
    expect((await from('10.0.0.1')).status).toBe(201);
    expect((await from('10.0.0.1')).status).toBe(201);
    const third = await from('10.0.0.1');
    expect(third.status).toBe(429);
    expect(third.headers['retry-after']).toBe('60');
    expect(third.body.error.code).toBe('RATE_LIMITED');
    expect((await from('10.0.0.2')).status).toBe(201);
    const overall = await from('10.0.0.3');
    expect(overall.status).toBe(429);
    expect(Number(overall.headers['retry-after'])).toBeGreaterThan(60);
    clock.advance(601_000);
    expect((await from('10.0.0.1')).status).toBe(201);
  });

  it('serves its stylesheet and only the bundled font files; a QR is an inline labelled SVG', async () => {
    const app = express();
    mountPublicSite(app, []);
    const css = await request(app).get('/site/site.css');
    expect(css.status).toBe(200);
    expect(css.headers['content-type']).toContain('text/css');
    expect(css.text.length).toBeLessThan(10_000);
    const font = await request(app).get('/site/fonts/be-vietnam-pro-vietnamese-700-normal.woff2');
    expect(font.status).toBe(200);
    expect(font.body.length).toBeGreaterThan(5_000);
    expect((await request(app).get('/site/fonts/..%2F..%2Fpackage.json')).status).toBe(404);
    const qr = (await qrSvg('https://bangtin.example.edu.vn/gop-y', { label: 'Mã QR đến trang góp ý' })).value;
    expect(qr).toMatch(/^<svg role="img" aria-label="Mã QR đến trang góp ý" class="qr" /);
  });
});
