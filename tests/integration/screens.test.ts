import { afterEach, describe, expect, it } from 'vitest';
import { api } from '../helpers/contentFixtures.ts';
import { connectDisplay, login, nextSnapshot, startTestApp, type DisplayClient, type TestApp } from '../helpers/testApp.ts';

let t: TestApp;
let client: DisplayClient | undefined;
afterEach(async () => {
  client?.disconnect();
  await t?.close();
});

const hall = { slug: 'hanh-lang', name: 'Màn hình hành lang', location: 'Hành lang tầng 1', orientation: 'portrait', profile: 'gate', group: '' };

describe('adding a screen', () => {
  it('an admin adds a screen and a kiosk opening its slug plays everything assigned to all screens', async () => {
    t = await startTestApp();
    const cookie = await login(t.url);
    const created = await api(t.url, cookie, 'POST', '/api/screens', hall);
    expect(created.status).toBe(201);
    client = connectDisplay(t.url, 'hanh-lang');
    const snapshot = await nextSnapshot(client);
    expect(snapshot.screen).toMatchObject({ slug: 'hanh-lang', orientation: 'portrait' });
    expect(snapshot.screen.id).toMatch(/^s-[0-9a-f]{12}$/);
    expect(snapshot.items.some((i) => i.type === 'slogan')).toBe(true);
    // Procedures reach the new screen only when assigned to every screen (the demo's lunch-support summary is).
    const everywhere = (await t.store.listContent()).filter((c) => c.type === 'procedure' && c.status === 'approved' && c.screens === 'all');
    expect(snapshot.items.filter((i) => i.type === 'procedure').map((i) => i.id).sort()).toEqual(everywhere.map((c) => c.id).sort());
  });

  it('refuses a duplicate slug, a bad slug, and editors', async () => {
    t = await startTestApp();
    const admin = await login(t.url);
    const dup = await api(t.url, admin, 'POST', '/api/screens', { ...hall, slug: 'gate' });
    expect(dup.status).toBe(409);
    const bad = await api(t.url, admin, 'POST', '/api/screens', { ...hall, slug: 'Cổng Chính' });
    expect(bad.status).toBe(400);
    expect(bad.error?.details?.[0]?.path).toBe('slug');
    const editor = await login(t.url, 'vanphong');
    expect((await api(t.url, editor, 'POST', '/api/screens', hall)).status).toBe(403);
    expect((await t.store.listScreens()).map((s) => s.slug)).toEqual(['gate', 'reception']);
  });

  it('a renamed slug can be reused by a new screen without the two ever sharing an identity', async () => {
    t = await startTestApp();
    const cookie = await login(t.url);
    const rename = await api(t.url, cookie, 'PUT', '/api/screens/gate', { slug: 'cong-truong', name: 'Cổng trường', location: '', orientation: 'landscape', profile: 'gate', group: '' });
    expect(rename.status).toBe(200);
    const created = await api(t.url, cookie, 'POST', '/api/screens', { ...hall, slug: 'gate' });
    expect(created.status).toBe(201);
    const screens = await t.store.listScreens();
    expect(new Set(screens.map((s) => s.id)).size).toBe(screens.length);
    client = connectDisplay(t.url, 'cong-truong');
    expect((await nextSnapshot(client)).screen.name).toBe('Cổng trường');
  });

  it('renaming a screen pushes the new name to it', async () => {
    t = await startTestApp();
    const cookie = await login(t.url);
    client = connectDisplay(t.url, 'gate');
    await nextSnapshot(client);
    const renamed = nextSnapshot(client, (s) => s.screen.name === 'Cổng chính');
    const res = await api(t.url, cookie, 'PUT', '/api/screens/gate', {
      slug: 'gate', name: 'Cổng chính', location: 'Cổng', orientation: 'landscape', profile: 'gate', group: '',
    });
    expect(res.status).toBe(200);
    await renamed;
  });
});
