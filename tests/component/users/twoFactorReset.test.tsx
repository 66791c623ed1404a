import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PublicUser } from '@bangtin/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UsersPage } from '../../../admin/src/users/UsersPage.tsx';
import { renderSignedIn } from '../render.tsx';

const account = (id: string, username: string, role: PublicUser['role'], twoFactor: boolean): PublicUser => ({
  id,
  username,
  email: '',
  displayName: `Tài khoản ${id}`,
  role,
  disabled: false,
  createdAt: '2026-11-01T01:00:00.000Z',
  twoFactor,
});
const ME = account('u-admin', 'admin', 'admin', true);
const PRINCIPAL = account('u-approver', 'hieutruong', 'approver', true);
const OFFICE = account('u-editor', 'vanphong', 'editor', false);

/** The server as the page sees it: who is signed in, the accounts, and the reset route (recorded). */
let resets: string[];
let updates: Record<string, unknown>[];
beforeEach(() => {
  resets = [];
  updates = [];
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    const reply = (data: unknown) => new Response(JSON.stringify({ data }), { status: 200, headers: { 'content-type': 'application/json' } });
    if (url === '/api/auth/me') return reply({ user: ME });
    if (url === '/api/users') return reply([ME, PRINCIPAL, OFFICE]);
    const reset = /^\/api\/users\/([^/]+)\/totp\/reset$/.exec(url);
    if (reset && init?.method === 'POST') {
      resets.push(reset[1]!);
      return reply(null);
    }
    const update = /^\/api\/users\/([^/]+)$/.exec(url);
    if (update && init?.method === 'PUT') {
      updates.push(JSON.parse(String(init.body)) as Record<string, unknown>);
      const before = [ME, PRINCIPAL, OFFICE].find((u) => u.id === update[1])!;
      return reply({ ...before, ...updates.at(-1) });
    }
    return new Response(JSON.stringify({ error: { code: 'NOT_FOUND', message: url } }), { status: 404 });
  });
});
afterEach(() => vi.unstubAllGlobals());

const renderPage = () => renderSignedIn(<UsersPage />);

const rowOf = async (username: string) => (await screen.findByText(username, { selector: 'td *, td' })).closest('tr') as HTMLTableRowElement;

describe('Users page: "Tắt xác thực 2 bước" for someone who lost phone and recovery codes', () => {
  it('is offered only on other accounts with two-step sign-in, asks first, and a cancel sends nothing', async () => {
    const user = userEvent.setup();
    renderPage();
    const principal = await rowOf('hieutruong');
    expect(within(await rowOf('admin')).queryByTestId('user-two-factor-off')).toBeNull(); // not on one's own account
    expect(within(await rowOf('vanphong')).queryByTestId('user-two-factor-off')).toBeNull(); // nothing to turn off

    await user.click(within(principal).getByTestId('user-two-factor-off'));
    const dialog = screen.getByTestId('confirm-dialog');
    expect(within(dialog).getByText('Tắt xác thực 2 bước của hieutruong?')).toBeTruthy();
    expect(within(dialog).getByText(/mất cả điện thoại lẫn mã khôi phục/)).toBeTruthy();
    await user.click(within(dialog).getByTestId('confirm-cancel'));
    expect(resets).toEqual([]);
    expect(within(principal).getByTestId('user-two-factor')).toBeTruthy();
  });

  it('on confirm, resets that account only, drops its two-step badge and says so', async () => {
    const user = userEvent.setup();
    renderPage();
    const principal = await rowOf('hieutruong');
    await user.click(within(principal).getByTestId('user-two-factor-off'));
    await user.click(within(screen.getByTestId('confirm-dialog')).getByTestId('confirm-ok'));

    await waitFor(() => expect(resets).toEqual(['u-approver']));
    await waitFor(() => expect(within(principal).queryByTestId('user-two-factor')).toBeNull());
    expect(within(principal).queryByTestId('user-two-factor-off')).toBeNull();
    expect(await screen.findByText('Đã tắt xác thực 2 bước của hieutruong.')).toBeTruthy();
    expect(within(await rowOf('admin')).getByTestId('user-two-factor')).toBeTruthy(); // the admin's own stays on
  });

  it('gives an account the e-mail address its own mail goes to (rejections, "chờ duyệt"); the row shows it', async () => {
    const user = userEvent.setup();
    const prompt = vi.fn(() => ' co.lan@truong.edu.vn ');
    vi.stubGlobal('prompt', prompt);
    renderPage();
    const principal = await rowOf('hieutruong');
    expect(within(principal).getByTestId('user-email').textContent).toBe('chưa có địa chỉ thư');
    await user.click(within(principal).getByTestId('user-email-edit'));
    await waitFor(() => expect(updates).toEqual([{ displayName: PRINCIPAL.displayName, role: 'approver', disabled: false, email: 'co.lan@truong.edu.vn' }]));
    await waitFor(() => expect(within(principal).getByTestId('user-email').textContent).toBe('co.lan@truong.edu.vn'));
  });
});
