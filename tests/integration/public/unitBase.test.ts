import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveQrTarget, type ContentItem } from '@bangtin/shared';
import type { App } from '../../../server/src/app.ts';
import { createDisplayService } from '../../../server/src/domain/displaySnapshot.ts';
import { createPlanningReader } from '../../../server/src/domain/planningData.ts';
import { openMemoryStore } from '../../../server/src/store/openStore.ts';
import { api, contentMeta, sloganInput } from '../../helpers/contentFixtures.ts';
import { parentFeedback } from '../../helpers/feedbackForms.ts';
import { login, seededDatabase, startTestApp, type TestApp } from '../../helpers/testApp.ts';
import { filledForm, linkProblem, linksOf, walkPublicSite, type PublicWalk } from './publicCrawler.ts';

/**
 * A child unit's public site lives under its base (`/truong-a/thong-bao`, …): the shell mounts the child's whole
 * runtime there. Simulated here as the shell will do it: two apps on two stores, the child's mounted at '/truong-a'
 * in front of the root's. A crawler walks every public page of each, follows redirects and posts the forms, and
 * checks every href, src, action, Location, canonical/og link, feed link and printed QR address.
 */
const BASE = '/truong-a';
const CHILD_NAME = 'Trường Tiểu học Hoa Sen';

let root: TestApp;
let child: TestApp;
let shell: Server;
let origin: string;
let rootName: string;
/** Each site is walked once (the walk is the slow part); the tests read the same pages. */
const walks = new Map<string, Promise<PublicWalk>>();
const site = (base: string) => {
  let walk = walks.get(base);
  if (!walk) walks.set(base, (walk = walkPublicSite(origin, base)));
  return walk;
};

/**
 * Hands a request to the app createApp built, as the shell will hand '/<slug>/…' to a child's runtime: the outer
 * router has already set `req.baseUrl` (the unit's base) and stripped it from `req.url`.
 */
const handOver = (app: App) => (req: IncomingMessage, res: ServerResponse) => {
  app.http.emit('request', req, res);
};

beforeAll(async () => {
  root = await startTestApp();
  const db = await seededDatabase(root.clock.now());
  db.school = { ...db.school, name: CHILD_NAME, shortName: 'TH Hoa Sen' };
  child = await startTestApp({ store: openMemoryStore(db) });
  rootName = (await root.store.getSchool()).name;
  const outer = express();
  outer.use(BASE, handOver(child.app));
  outer.use(handOver(root.app));
  shell = createServer(outer);
  await new Promise<void>((resolve) => shell.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(shell.address() as AddressInfo).port}`;
  // One item each unit alone publishes, and a child announcement linking to "a page of the school's site".
  const [rootCookie, childCookie] = [await login(origin), await login(`${origin}${BASE}`)];
  expect((await api(origin, rootCookie, 'POST', '/api/content', sloganInput({ text: 'Chỉ phường mới đăng khẩu hiệu này' }))).status).toBe(201);
  expect((await api(`${origin}${BASE}`, childCookie, 'POST', '/api/content', sloganInput({ text: 'Chỉ trường Hoa Sen đăng khẩu hiệu này' }))).status).toBe(201);
  const made = await api(`${origin}${BASE}`, childCookie, 'POST', '/api/content', {
    ...contentMeta,
    type: 'announcement',
    title: 'Mời phụ huynh góp ý',
    body: 'Xin mời [gửi góp ý](/gop-y) hoặc xem [ảnh](/media/khong-co.jpg).',
  });
  expect(made.status).toBe(201);
});
afterAll(async () => {
  await new Promise<void>((resolve) => shell.close(() => resolve()));
  await Promise.all([root.close(), child.close()]);
});

/** Posts a page's form as the browser would (after a person's pause on the unit's own clock). */
async function postForm(t: TestApp, pagePath: string, extra: Record<string, string> = {}) {
  const page = await (await fetch(`${origin}${pagePath}`)).text();
  const action = /<form method="post" action="([^"]+)"/.exec(page)?.[1] ?? '';
  t.clock.advance(30_000);
  const body = filledForm(page);
  for (const [k, v] of Object.entries(extra)) body.set(k, v);
  const res = await fetch(`${origin}${action}`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
  return { action, res, text: await res.text() };
}

describe("a child unit's public site under its base (/truong-a/…), the root's as before", () => {
  it('every link, form action, redirect, feed link and printed QR address of the child stays under /truong-a/; only /site/ and /media/ are shared', async () => {
    const { pages, problems, redirects } = await site(BASE);
    expect(problems).toEqual([]);
    const paths = [...pages.keys()];
    // The walk reached every kind of page: items, procedures, posters (with their QR), the feeds and the widget.
    for (const kind of [/^\/truong-a\/thong-bao\/[^/]+$/, /^\/truong-a\/thu-tuc\/[^/]+$/, /^\/truong-a\/in\/thu-tuc\//, /^\/truong-a\/in\/thong-bao\//, /^\/truong-a\/feed\.xml$/])
      expect(paths.some((p) => kind.test(p))).toBe(true);
    for (const [path, page] of pages) if (page.status !== 404) expect(page.status, path).toBeLessThan(400);
    expect(redirects.get(`${BASE}/`)).toBe(`${BASE}/thong-bao`);
    // The markdown link to "a page of the school's site" opens the child's page; the shared media folder stays shared.
    const notice = [...pages.values()].find((p) => p.text.includes('Mời phụ huynh góp ý') && p.text.includes('class="prose"'));
    expect(notice?.text).toContain(`href="${BASE}/gop-y"`);
    expect(notice?.text).toContain('href="/media/khong-co.jpg"');
    const printed = [...pages.entries()].find(([p, page]) => p.startsWith(`${BASE}/in/thong-bao/`) && page.text.includes('Mời phụ huynh góp ý'))?.[1].text ?? '';
    expect(printed.replace(/[\u2060\u00a0]/g, ' ')).toContain('(/truong-a/gop-y)');
    const list = pages.get(`${BASE}/thong-bao`)?.text ?? '';
    expect(list).toContain(`<link rel="canonical" href="${origin}${BASE}/thong-bao">`);
    expect(list).toContain(`<meta property="og:image" content="${origin}${BASE}/og/trang/thong-bao.png">`);
    expect(list).toContain('<link rel="stylesheet" href="/site/site.css">');
    const card = await fetch(`${origin}${BASE}/og/trang/thong-bao.png`);
    expect([card.status, card.headers.get('content-type')]).toEqual([200, 'image/png']);
    const poster = [...pages.entries()].find(([p]) => p.startsWith(`${BASE}/in/thu-tuc/`))?.[1].text ?? '';
    expect(poster).toMatch(new RegExp(`class="poster-url">${origin}${BASE}/thu-tuc/`));
    expect(pages.get(`${BASE}/feed.json`)?.text).toContain(`"feed_url":"${origin}${BASE}/feed.json"`);
  });

  it('a procedure opened by its id, a code typed in lower case, a looked-up code: every redirect lands under the base', async () => {
    const procedure = (await child.store.listContent()).find((c): c is Extract<ContentItem, { type: 'procedure' }> => c.type === 'procedure' && c.status === 'approved');
    if (!procedure) throw new Error('the seed has an approved procedure');
    const moved = await fetch(`${origin}${BASE}/thong-bao/${procedure.id}`, { redirect: 'manual' });
    expect([moved.status, moved.headers.get('location')]).toEqual([301, `${BASE}/thu-tuc/${encodeURIComponent(procedure.code)}`]);

    const sent = await fetch(`${origin}${BASE}/gop-y`).then((r) => r.text());
    child.clock.advance(30_000);
    const form = new FormData();
    for (const [k, v] of filledForm(sent)) form.set(k, v);
    for (const [k, v] of Object.entries(parentFeedback())) form.set(k, v);
    const posted = await fetch(`${origin}${BASE}/gop-y`, { method: 'POST', redirect: 'manual', body: form });
    const location = posted.headers.get('location') ?? '';
    expect(posted.status).toBe(303);
    expect(location).toMatch(/^\/truong-a\/gop-y\/GY-[A-Z0-9]+\?da-gui=1$/);
    const code = /GY-[A-Z0-9]+/.exec(location)?.[0] ?? '';
    const thanks = await fetch(`${origin}${location}`).then((r) => r.text());
    expect(thanks).toContain(`href="${origin}${BASE}/gop-y/${code}"`);
    const looked = await fetch(`${origin}${BASE}/gop-y/tra-cuu?ma=${code.toLowerCase()}`, { redirect: 'manual' });
    expect(looked.headers.get('location')).toBe(`${BASE}/gop-y/${code}`);
    const lower = await fetch(`${origin}${BASE}/gop-y/${code.toLowerCase()}`, { redirect: 'manual' });
    expect([lower.status, lower.headers.get('location')]).toEqual([301, `${BASE}/gop-y/${code}`]);
    // The feedback went into the child's store, not the root's.
    expect(await child.store.feedback.list()).toEqual(expect.arrayContaining([expect.objectContaining({ code })]));
    expect((await root.store.feedback.list()).some((f) => f.code === code)).toBe(false);
  });

  it("the survey and the quiz post to the child's own address and answer there", async () => {
    const survey = await postForm(child, `${BASE}/khao-sat`, { access: '5', procedure: '4', staff: '5', result: '4', feedback: '3' });
    expect(survey.action).toBe(`${BASE}/khao-sat`);
    expect([survey.res.status, survey.res.headers.get('location')]).toEqual([303, `${BASE}/khao-sat/cam-on`]);
    expect(await child.store.surveyResponses.list()).toHaveLength(1);
    expect(await root.store.surveyResponses.list()).toHaveLength(0);
    const quiz = await postForm(child, `${BASE}/tim-hieu`);
    expect(quiz.action).toBe(`${BASE}/tim-hieu`);
    expect(quiz.res.status).toBe(200);
    expect(quiz.text).toContain('Kết quả của bạn');
    expect(linksOf('text/html', quiz.text).map((link) => linkProblem(link, { origin, base: BASE, childBase: BASE })).filter(Boolean)).toEqual([]);
  });

  it("no page of one unit shows the other's school or items", async () => {
    const [rootWalk, childWalk] = [await site(''), await site(BASE)];
    const text = (w: PublicWalk) => [...w.pages.values()].map((p) => p.text).join('\n');
    expect(text(childWalk)).toContain('Chỉ trường Hoa Sen đăng khẩu hiệu này');
    expect(text(childWalk)).not.toContain('Chỉ phường mới đăng khẩu hiệu này');
    expect(text(childWalk)).not.toContain(rootName);
    expect(text(rootWalk)).toContain('Chỉ phường mới đăng khẩu hiệu này');
    expect(text(rootWalk)).not.toContain('Chỉ trường Hoa Sen đăng khẩu hiệu này');
    expect(text(rootWalk)).not.toContain(CHILD_NAME);
  });

  it('the root site is as before: no base in any link, redirect or absolute address', async () => {
    const { pages, problems, redirects } = await site('');
    expect(problems).toEqual([]);
    expect(redirects.get('/')).toBe('/thong-bao');
    const list = pages.get('/thong-bao')?.text ?? '';
    expect(list).toContain(`<link rel="canonical" href="${origin}/thong-bao">`);
    expect(list).toContain('<li><a href="/gop-y">Góp ý</a></li>');
    expect(pages.get('/feed.json')?.text).toContain(`"feed_url":"${origin}/feed.json"`);
  });

  it("a child kiosk's QR and procedure links lead to the child's pages: its snapshot carries its public address with the base", async () => {
    await child.store.saveSchool({ ...(await child.store.getSchool()), publicUrl: 'https://bangtin.phuong.vn' });
    const [screen] = await child.store.listScreens();
    if (!screen) throw new Error('the seed has screens');
    const snapshotAt = (unitBase: string) => createDisplayService({ readPlanning: createPlanningReader(child.store), clock: child.clock, unitBase }).snapshotForSlug(screen.slug);
    const inChild = await snapshotAt(BASE);
    expect(inChild?.school.publicUrl).toBe('https://bangtin.phuong.vn/truong-a');
    expect(resolveQrTarget('/gop-y', inChild?.school.publicUrl ?? '')).toBe('https://bangtin.phuong.vn/truong-a/gop-y');
    expect((await snapshotAt(''))?.school.publicUrl).toBe('https://bangtin.phuong.vn');
    // The public pages follow the same address (an office that typed its base already does not get it twice).
    const page = await fetch(`${origin}${BASE}/thong-bao`).then((r) => r.text());
    expect(page).toContain('<link rel="canonical" href="https://bangtin.phuong.vn/truong-a/thong-bao">');
    await child.store.saveSchool({ ...(await child.store.getSchool()), publicUrl: 'https://bangtin.phuong.vn/truong-a' });
    expect(await fetch(`${origin}${BASE}/gop-y`).then((r) => r.text())).toContain('<link rel="canonical" href="https://bangtin.phuong.vn/truong-a/gop-y">');
    await child.store.saveSchool({ ...(await child.store.getSchool()), publicUrl: '' });
  });
});
