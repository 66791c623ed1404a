import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { UnitContext, UnitSummary } from '@bangtin/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReactNode } from 'react';
import { UnitProvider } from '../../../admin/src/units/UnitProvider.tsx';
import { WARD, WARD_ADMIN } from './unitFixtures.ts';
import { UnitsPage } from '../../../admin/src/units/UnitsPage.tsx';
import { renderSignedIn } from '../render.tsx';

const summary = (id: string, slug: string, name: string, screens: number, users: number): UnitSummary => ({
  id,
  slug,
  name,
  kind: 'school',
  parentId: 'root',
  createdAt: '2026-11-02T01:00:00.000Z',
  base: `/${slug}`,
  screens,
  users,
});
const ROOT_CONTEXT: UnitContext = { unit: WARD, base: '', parent: null, isRoot: true, actingFromParent: false };

/** The server as the page sees it: who is signed in, which unit this is, the member units; every request recorded. */
let requests: { url: string; method: string; body: unknown }[];
let context: UnitContext;
let units: UnitSummary[];
beforeEach(() => {
  requests = [];
  context = ROOT_CONTEXT;
  units = [summary('u-1', 'thcs-nguyen-trai', 'Trường THCS Nguyễn Trãi', 3, 5)];
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    const body: unknown = init?.body ? JSON.parse(String(init.body)) : undefined;
    requests.push({ url, method, body });
    const reply = (data: unknown, status = 200) => new Response(JSON.stringify({ data }), { status, headers: { 'content-type': 'application/json' } });
    const path = url.replace(/^\/[a-z0-9-]+(?=\/api\/)/, '');
    if (path === '/api/auth/me') return reply({ user: WARD_ADMIN });
    if (path === '/api/units/current') return reply(context);
    if (path === '/api/units' && method === 'GET') return reply(units);
    if (path === '/api/units' && method === 'POST') {
      const input = body as { slug: string; name: string; adminUsername: string };
      return reply({ unit: summary('u-2', input.slug, input.name, 0, 1), admin: { username: input.adminUsername, password: 'Xk7-mua-thu-2026' } }, 201);
    }
    const update = /^\/api\/units\/([^/]+)$/.exec(path);
    if (update && method === 'PUT') return reply({ ...units.find((u) => u.id === update[1])!, ...(body as object) });
    return new Response(JSON.stringify({ error: { code: 'NOT_FOUND', message: url } }), { status: 404 });
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/admin/');
});

/** The console as the app renders it for the signed-in ward administrator, with the unit context above the page. */
const renderConsole = (page: ReactNode) => renderSignedIn(<UnitProvider>{page}</UnitProvider>);

/** The page after the session and unit checks (generous: the first render of a busy run pays for the imports). */
const loaded = (testId: string) => screen.findByTestId(testId, {}, { timeout: 5000 });

describe('Đơn vị trực thuộc: the ward adds a school without a second tool or a shell', () => {
  it('lists the member units with their own addresses and counts', async () => {
    renderConsole(<UnitsPage />);
    const row = await loaded('unit-row');
    expect(within(row).getByTestId('unit-name').textContent).toBe('Trường THCS Nguyễn Trãi');
    expect(within(row).getByTestId('unit-console').getAttribute('href')).toBe('/thcs-nguyen-trai/admin/');
    expect(within(row).getByTestId('unit-public').getAttribute('href')).toBe('/thcs-nguyen-trai/thong-bao');
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(expect.arrayContaining(['3', '5']));
  });

  it('refuses a reserved or malformed address name as it is typed, and shows the address a good one gives', async () => {
    const user = userEvent.setup();
    renderConsole(<UnitsPage />);
    const slug = await loaded('field-unit-slug');
    await user.type(slug, 'thong-bao');
    expect(screen.getByTestId('error-unit-slug').textContent).toMatch(/đã được hệ thống dùng/);
    await user.clear(slug);
    await user.type(slug, 'truong a');
    expect(screen.getByTestId('error-unit-slug').textContent).toMatch(/chữ thường không dấu/);
    await user.clear(slug);
    await user.type(slug, 'th-ba-dinh');
    expect(screen.queryByTestId('error-unit-slug')).toBeNull();
    expect(screen.getByText(`Địa chỉ của đơn vị: ${window.location.origin}/th-ba-dinh/admin/`)).toBeTruthy();
    await user.click(screen.getByTestId('unit-create'));
    expect(requests.filter((r) => r.method === 'POST')).toEqual([]); // name and first admin still missing
  });

  it("shows the first admin's generated password once, with a copy button and the warning, and never again", async () => {
    const user = userEvent.setup();
    renderConsole(<UnitsPage />);
    await user.type(await loaded('field-unit-name'), 'Trường Tiểu học Ba Đình');
    await user.type(screen.getByTestId('field-unit-slug'), 'th-ba-dinh');
    await user.type(screen.getByTestId('field-unit-admin-username'), 'hieutruong.thbd');
    await user.type(screen.getByTestId('field-unit-admin-name'), 'Nguyễn Thị Lan');
    await user.click(screen.getByTestId('unit-create'));

    const created = await screen.findByTestId('unit-created');
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      slug: 'th-ba-dinh',
      name: 'Trường Tiểu học Ba Đình',
      kind: 'school',
      adminUsername: 'hieutruong.thbd',
      adminDisplayName: 'Nguyễn Thị Lan',
    });
    expect(within(created).getByRole('alert').textContent).toMatch(/^Ghi lại ngay: mật khẩu này chỉ hiện một lần/);
    expect(within(created).getByTestId('unit-created-username').textContent).toBe('hieutruong.thbd');
    expect(within(created).getByTestId('unit-created-password').textContent).toBe('Xk7-mua-thu-2026');
    expect(within(created).getByText(`${window.location.origin}/th-ba-dinh/admin/`)).toBeTruthy();
    expect(screen.queryByTestId('unit-create')).toBeNull(); // no second unit until this one is written down
    expect(screen.getAllByTestId('unit-row').map((row) => row.dataset.slug)).toEqual(['thcs-nguyen-trai', 'th-ba-dinh']);

    await user.click(within(created).getByTestId('unit-created-copy'));
    expect(await navigator.clipboard.readText()).toBe('Xk7-mua-thu-2026'); // user-event's clipboard stands in
    expect(await screen.findByText('Đã sao chép mật khẩu')).toBeTruthy(); // the toast does not repeat it
    await user.click(within(created).getByTestId('unit-created-done'));
    expect(screen.queryByTestId('unit-created')).toBeNull();
    expect(document.body.textContent).not.toContain('Xk7-mua-thu-2026');
    expect(screen.getByTestId('unit-create')).toBeTruthy();
  });

  it('renames a unit and changes its kind in place; its address name stays', async () => {
    const user = userEvent.setup();
    renderConsole(<UnitsPage />);
    const row = await loaded('unit-row');
    await user.click(within(row).getByTestId('unit-edit'));
    const name = within(row).getByTestId('unit-edit-name');
    await user.clear(name);
    await user.type(name, 'Trường THCS Nguyễn Trãi (cơ sở 2)');
    await user.selectOptions(within(row).getByTestId('unit-edit-kind'), 'office');
    await user.click(within(row).getByTestId('unit-edit-save'));
    await waitFor(() => expect(within(row).getByTestId('unit-name').textContent).toBe('Trường THCS Nguyễn Trãi (cơ sở 2)'));
    expect(requests.find((r) => r.method === 'PUT')).toEqual({ url: '/api/units/u-1', method: 'PUT', body: { name: 'Trường THCS Nguyễn Trãi (cơ sở 2)', kind: 'office' } });
  });

  it('is not offered in a member unit, even to its admin', async () => {
    window.history.replaceState(null, '', '/thcs-nguyen-trai/admin/units');
    context = { unit: units[0]!, base: '/thcs-nguyen-trai', parent: { ...WARD, base: '' }, isRoot: false, actingFromParent: false };
    renderConsole(<UnitsPage />);
    expect(await screen.findByText('Trang này chỉ dành cho quản trị viên của đơn vị cấp trên (phường).')).toBeTruthy();
    expect(requests.map((r) => r.url)).not.toContain('/thcs-nguyen-trai/api/units');
  });
});
