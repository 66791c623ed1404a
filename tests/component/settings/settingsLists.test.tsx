import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { CommPlan, FeedbackCalendar, PublicUser, ReformArea } from '@bangtin/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderSignedIn } from '../render.tsx';
import { AreaSettingsSection } from '../../../admin/src/areas/AreaSettingsSection.tsx';
import { PlanPage } from '../../../admin/src/areas/PlanPage.tsx';
import { HolidaysSection } from '../../../admin/src/feedback/HolidaysSection.tsx';

const ADMIN: PublicUser = { id: 'u-admin', username: 'admin', email: '', displayName: 'Quản trị', role: 'admin', disabled: false, createdAt: '2026-11-01T01:00:00.000Z', twoFactor: false };
const AREAS: ReformArea[] = [
  { code: 'II.1', label: 'Tuyên truyền quan điểm, chỉ đạo của Đảng', short: 'Chỉ đạo của Đảng' },
  { code: 'II.3', label: 'Tuyên truyền kết quả CCHC', short: 'Kết quả CCHC' },
];
const CALENDAR: FeedbackCalendar = { handlingDays: 10, remindDays: 2, holidays: [{ date: '2026-09-02', name: 'Quốc khánh' }] };

const YEAR = new Date().getFullYear();
/** What the server keeps of a plan input: the next version. */
const storedPlan = (input: unknown): CommPlan => {
  const { baseVersion, ...plan } = input as Omit<CommPlan, 'id' | 'year' | 'version' | 'updatedAt' | 'updatedBy'> & { baseVersion?: number };
  return { ...plan, id: String(YEAR), year: YEAR, version: (baseVersion ?? 0) + 1, updatedAt: '2026-12-05T02:00:00.000Z', updatedBy: 'admin' };
};

/** The server as the sections see it; every PUT body is kept, and `refuse` answers the next one with a 409. */
let puts: { url: string; body: unknown }[];
let refuse: string | null;
beforeEach(() => {
  puts = [];
  refuse = null;
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    const reply = (data: unknown, status = 200) => new Response(JSON.stringify(data), { status, headers: { 'content-type': 'application/json' } });
    if (url === '/api/auth/me') return reply({ data: { user: ADMIN } });
    if (init?.method === 'PUT') {
      const body: unknown = JSON.parse(String(init.body));
      puts.push({ url, body });
      if (refuse) return reply({ error: { code: 'CONFLICT', message: refuse } }, 409);
      return reply({ data: url === '/api/areas' ? (body as { areas: unknown }).areas : url.startsWith('/api/plans/') ? storedPlan(body) : body });
    }
    if (url === '/api/areas') return reply({ data: AREAS });
    if (url === '/api/settings/feedback-calendar') return reply({ data: CALENDAR });
    if (url.startsWith('/api/plans/')) return reply({ data: null }); // no plan for the year yet
    return reply({ error: { code: 'NOT_FOUND', message: url } }, 404);
  });
});
afterEach(() => vi.unstubAllGlobals());

/** Replaces what a field holds, as a person selecting all and typing would. */
const retype = async (user: UserEvent, input: HTMLElement, text: string) => {
  await user.clear(input);
  await user.type(input, text);
};

describe('Cài đặt → Lĩnh vực CCHC (an editable list saved through the console form machine)', () => {
  it('saves the list without a removed area, says so, and keeps the rows the server returned', async () => {
    const user = userEvent.setup();
    renderSignedIn(<AreaSettingsSection />);
    expect(await screen.findAllByTestId('area-row')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Xoá lĩnh vực II.3' }));
    await user.click(screen.getByTestId('area-save'));

    await waitFor(() => expect(puts).toEqual([{ url: '/api/areas', body: { areas: [AREAS[0]] } }]));
    expect(await screen.findByText('Đã lưu danh sách lĩnh vực')).toBeTruthy();
    expect(screen.getAllByTestId('area-row')).toHaveLength(1);
    expect(screen.queryByTestId('area-settings-error')).toBeNull();
  });

  it('refuses a bad code before sending, then shows the server refusing an area in use, the typed list kept', async () => {
    const user = userEvent.setup();
    renderSignedIn(<AreaSettingsSection />);
    const first = (await screen.findAllByTestId('area-row'))[0]!;
    const code = within(first).getByRole('textbox', { name: 'Mã 1' });
    await retype(user, code, 'II 1');
    await user.click(screen.getByTestId('area-save'));
    expect(screen.getByTestId('area-settings-error').textContent).toBe('Mã lĩnh vực gồm chữ, số, dấu chấm hoặc gạch ngang (tối đa 20 ký tự)');
    expect(puts).toEqual([]);

    await retype(user, code, 'II.1');
    await user.click(screen.getByTestId('area-remove-II.3'));
    refuse = 'Lĩnh vực II.3 đang được gắn cho nội dung';
    await user.click(screen.getByTestId('area-save'));
    expect((await screen.findByTestId('area-settings-error')).textContent).toBe('Lĩnh vực II.3 đang được gắn cho nội dung');
    expect(screen.getAllByTestId('area-row')).toHaveLength(1);
  });
});

describe('Cài đặt → holidays and handling days (same form machine, day counts typed as text)', () => {
  it('adds a holiday and sends the day counts as numbers; a server refusal shows in the alert', async () => {
    const user = userEvent.setup();
    renderSignedIn(<HolidaysSection />);
    expect(await screen.findAllByTestId('holiday-row')).toHaveLength(1);
    await user.click(screen.getByTestId('holiday-add'));
    const added = screen.getAllByTestId('holiday-row')[1]!;
    await user.type(within(added).getByRole('textbox', { name: 'Tên ngày nghỉ 2' }), 'Giỗ Tổ Hùng Vương');
    const date = within(added).getByLabelText('Ngày 2');
    await user.type(date, '2027-04-16');
    await user.click(screen.getByTestId('feedback-calendar-save'));

    await waitFor(() => expect(puts).toHaveLength(1));
    expect(puts[0]!.body).toEqual({ ...CALENDAR, holidays: [...CALENDAR.holidays, { date: '2027-04-16', name: 'Giỗ Tổ Hùng Vương' }] });
    expect(await screen.findByText('Đã lưu.')).toBeTruthy();

    refuse = 'Ngày nghỉ bị trùng';
    await user.click(screen.getByTestId('feedback-calendar-save'));
    expect((await screen.findByRole('alert')).textContent).toBe('Ngày nghỉ bị trùng');
  });
});

describe('Kế hoạch tuyên truyền (a table of figures saved through the same form machine, version by version)', () => {
  it('refuses a figure that is not a number naming its area, then saves "1,5" as 1.5 and the next save from the stored version', async () => {
    const user = userEvent.setup();
    renderSignedIn(<PlanPage />);
    const hours = await screen.findByTestId('plan-screenHoursPerQuarter-II.1');
    await user.type(hours, 'abc');
    await user.click(screen.getByTestId('plan-save'));
    expect(screen.getByRole('alert').textContent).toBe('II.1 Nhập số giờ');
    expect(puts).toEqual([]);

    await retype(user, hours, '1,5');
    await user.click(screen.getByTestId('plan-save'));
    await waitFor(() => expect(puts).toHaveLength(1));
    const first = puts[0]!.body as { targets: { area: string; screenHoursPerQuarter: number | null }[]; baseVersion?: number };
    expect(first.targets.find((target) => target.area === 'II.1')?.screenHoursPerQuarter).toBe(1.5);
    expect(first.baseVersion).toBeUndefined();
    expect(screen.queryByRole('alert')).toBeNull();

    await user.click(screen.getByTestId('plan-save'));
    await waitFor(() => expect(puts).toHaveLength(2));
    expect((puts[1]!.body as { baseVersion?: number }).baseVersion).toBe(1);
  });
});
