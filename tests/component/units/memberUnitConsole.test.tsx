import { render, screen } from '@testing-library/react';
import type { Unit, UnitContext } from '@bangtin/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAdminSocket } from '../../../admin/src/api/socket.ts';
import { I18nProvider } from '../../../admin/src/i18nContext.tsx';
import { hrefOf, parseRoute } from '../../../admin/src/routes.ts';
import { RouterProvider } from '../../../admin/src/router.tsx';
import { kioskPath } from '../../../admin/src/screens/KioskAddress.tsx';
import { SessionProvider, useSession } from '../../../admin/src/session.tsx';
import { ActingBanner } from '../../../admin/src/units/ActingBanner.tsx';
import { UnitProvider } from '../../../admin/src/units/UnitProvider.tsx';
import { WARD, WARD_ADMIN } from './unitFixtures.ts';

const SCHOOL: Unit = { id: 'u-1', slug: 'thcs-nguyen-trai', name: 'Trường THCS Nguyễn Trãi', kind: 'school', parentId: 'root', createdAt: '2026-11-02T01:00:00.000Z' };
const ACTING: UnitContext = { unit: SCHOOL, base: '/thcs-nguyen-trai', parent: { ...WARD, base: '' }, isRoot: false, actingFromParent: true };

let urls: string[];
beforeEach(() => {
  urls = [];
  window.history.replaceState(null, '', '/thcs-nguyen-trai/admin/screens');
  vi.stubGlobal('fetch', async (url: string) => {
    urls.push(url);
    const reply = (data: unknown) => new Response(JSON.stringify({ data }), { status: 200, headers: { 'content-type': 'application/json' } });
    if (url === '/thcs-nguyen-trai/api/auth/me') return reply({ user: WARD_ADMIN });
    if (url === '/thcs-nguyen-trai/api/units/current') return reply(ACTING);
    return new Response(JSON.stringify({ error: { code: 'NOT_FOUND', message: url } }), { status: 404 });
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/admin/');
});

function SignedIn() {
  return useSession().state.status === 'signedIn' ? (
    <UnitProvider>
      <ActingBanner />
    </UnitProvider>
  ) : null;
}

describe("a member unit's console at /<slug>/admin/ never reaches the ward's data by accident", () => {
  it('asks its own unit for the session and the unit, and says plainly when the ward admin acts there', async () => {
    render(
      <I18nProvider>
        <RouterProvider>
          <SessionProvider>
            <SignedIn />
          </SessionProvider>
        </RouterProvider>
      </I18nProvider>,
    );
    const banner = await screen.findByTestId('acting-banner', {}, { timeout: 5000 });
    expect(banner.textContent).toContain('Bạn đang làm việc tại Trường THCS Nguyễn Trãi với quyền quản trị của UBND phường Ba Đình.');
    expect(screen.getByTestId('acting-back').getAttribute('href')).toBe('/admin/');
    expect(urls).toEqual(['/thcs-nguyen-trai/api/auth/me', '/thcs-nguyen-trai/api/units/current']);
  });

  it('keeps its pages, kiosk links and live channel under its base', () => {
    expect(parseRoute('/thcs-nguyen-trai/admin/screens')).toEqual({ page: 'screens' });
    expect(hrefOf({ page: 'contentList', type: 'slogan' })).toBe('/thcs-nguyen-trai/admin/content/slogan');
    expect(hrefOf({ page: 'home' })).toBe('/thcs-nguyen-trai/admin/');
    expect(kioskPath('cong-truong')).toBe('/thcs-nguyen-trai/display/cong-truong');
    expect(Reflect.get(createAdminSocket(), 'nsp')).toBe('/thcs-nguyen-trai/admin');
  });

  it('the root console keeps the addresses it always had', () => {
    window.history.replaceState(null, '', '/admin/screens');
    expect(hrefOf({ page: 'home' })).toBe('/admin/');
    expect(kioskPath('cong-truong')).toBe('/display/cong-truong');
    expect(Reflect.get(createAdminSocket(), 'nsp')).toBe('/admin');
  });
});
