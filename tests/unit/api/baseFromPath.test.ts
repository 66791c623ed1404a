import { describe, expect, it } from 'vitest';
import { unitBaseFromPath } from '@bangtin/shared/api';
import { RESERVED_UNIT_SLUGS, unitBase, unitSlug } from '@bangtin/shared';
import { displayBase, parseRoute, screenPath } from '../../../display/src/route.ts';
import { pwaOptions, UNIT_DISPLAY_PAGE } from '../../../display/pwa.config.ts';

describe('a page learns its unit from its own address (units.md)', () => {
  const expectBases = (table: Record<string, string>) => {
    for (const [path, base] of Object.entries(table)) expect(unitBaseFromPath(path), path).toBe(base);
  };

  it('the root keeps every address it always had: /admin/…, /display/… → no base', () => {
    expectBases({ '/admin/x': '', '/admin/': '', '/admin': '', '/display/gate': '', '/display/': '' });
  });

  it('a child unit is the segment before /admin or /display', () => {
    expectBases({
      '/truong-a/admin/': '/truong-a',
      '/truong-a/admin': '/truong-a',
      '/truong-a/admin/content/slogan/new': '/truong-a',
      '/truong-a/display/gate': '/truong-a',
      '/thcs-2/display/': '/thcs-2',
    });
  });

  it('junk is the root, never a made-up unit', () => {
    for (const junk of ['', '/', '/thong-bao', '/truong-a', '/truong-a/adminx', '/a/b/admin/', '/Truong-A/admin/', '/-a/admin/', '/x/admin/', '//evil.example/admin/', 'truong-a/admin/', '/truong%20a/admin/']) {
      expect(unitBaseFromPath(junk), junk).toBe('');
    }
  });

  it("the root's screen or page named like an app is not a unit: /display/admin, /admin/display", () => {
    expectBases({ '/display/admin': '', '/display/display': '', '/admin/display': '' });
  });

  it('agrees with the server on every slug a unit may have, and on the base it is given', () => {
    for (const slug of ['ab', 'truong-a', 'thpt-nguyen-trai-2', 'a'.repeat(40)]) {
      expect(unitSlug.safeParse(slug).success).toBe(true);
      const base = unitBase({ slug, parentId: 'root' });
      expect(unitBaseFromPath(`${base}/admin/`)).toBe(base);
      expect(unitBaseFromPath(`${base}/display/gate`)).toBe(base);
    }
    expect(RESERVED_UNIT_SLUGS).toEqual(expect.arrayContaining(['admin', 'display']));
  });
});

describe('the kiosk under a child unit', () => {
  it('reads its screen after the unit: /truong-a/display/gate is screen "gate", not "truong-a"', () => {
    expect(displayBase('/truong-a/display/gate')).toBe('/truong-a/display/');
    expect(parseRoute('/truong-a/display/gate', '?speed=10')).toEqual({ slug: 'gate', speed: 10 });
    expect(parseRoute('/truong-a/display/', '')).toEqual({ slug: null, speed: 1 });
    expect(parseRoute('/display/gate', '')).toEqual({ slug: 'gate', speed: 1 });
    expect(parseRoute('/display/admin', '')).toEqual({ slug: 'admin', speed: 1 });
    expect(screenPath('gate', '?lang=en', displayBase('/truong-a/display/'))).toBe('/truong-a/display/gate?lang=en');
  });

  it("its worker serves the shared build offline and caches its own unit's snapshot", () => {
    const workbox = pwaOptions.workbox!;
    // The page a child's kiosk loads names /display/assets/… absolutely: the precache must hold those addresses.
    expect(workbox.modifyURLPrefix).toEqual({ '': '/display/' });
    expect(workbox.navigateFallback).toBe('/display/index.html');
    for (const page of ['/display/gate', '/truong-a/display/gate', '/truong-a/display/']) expect(UNIT_DISPLAY_PAGE.test(page), page).toBe(true);
    for (const page of ['/admin/', '/truong-a/admin/', '/thong-bao']) expect(UNIT_DISPLAY_PAGE.test(page), page).toBe(false);

    const snapshotRoute = workbox.runtimeCaching!.find((route) => route.options?.cacheName === 'bangtin-snapshots')!;
    const matches = (path: string) => {
      const match = snapshotRoute.urlPattern;
      if (typeof match !== 'function') throw new Error('the snapshot route is a function');
      const url = new URL(path, 'https://phuong.example');
      // (The worker's fetch event is not read by our patterns; the DOM types have no ExtendableEvent.)
      return Boolean(match({ url, sameOrigin: true, request: new Request(url), event: null as never }));
    };
    expect(matches('/api/display/gate')).toBe(true);
    expect(matches('/truong-a/api/display/gate')).toBe(true);
    expect(matches('/truong-a/api/display/gate/quiz')).toBe(false);
    expect(matches('/api/screens')).toBe(false);
  });
});
