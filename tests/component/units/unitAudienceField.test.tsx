import type { UnitAudience, UnitSummary } from '@bangtin/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EmergencyForm } from '../../../admin/src/emergency/EmergencyForm.tsx';
import { RouterProvider } from '../../../admin/src/router.tsx';
import { SessionProvider, useSession } from '../../../admin/src/session.tsx';
import { ConfirmProvider } from '../../../admin/src/ui/ConfirmDialog.tsx';
import { ToastProvider } from '../../../admin/src/ui/Toast.tsx';
import { UnitAudienceField } from '../../../admin/src/units/audience/UnitAudienceField.tsx';
import { WardAudience } from '../../../admin/src/units/audience/WardAudience.tsx';
import { renderAdmin } from '../render.tsx';

const unitNamed = (id: string, name: string): UnitSummary => ({
  id,
  slug: id,
  name,
  kind: 'school',
  parentId: 'root',
  createdAt: '2026-12-05T00:00:00Z',
  base: `/${id}`,
  screens: 2,
  users: 3,
});
const checked = (element: HTMLElement) => (element as HTMLInputElement).checked;
const TWO = [unitNamed('mn-hoa-sen', 'Trường mầm non Hoa Sen'), unitNamed('th-kim-dong', 'Trường tiểu học Kim Đồng')];

function Harness({ units, start = 'none', seen }: { units: UnitSummary[]; start?: UnitAudience; seen: UnitAudience[] }) {
  const [value, setValue] = useState<UnitAudience>(start);
  return (
    <UnitAudienceField
      value={value}
      units={units}
      onChange={(next) => {
        seen.push(next);
        setValue(next);
      }}
    />
  );
}

describe('the ward chooses which child units an item reaches', () => {
  it('offers this unit only, every unit, or chosen units; ticking none of the chosen means this unit only, and says so', async () => {
    const seen: UnitAudience[] = [];
    const { user } = renderAdmin(<Harness units={TWO} seen={seen} />);
    const field = screen.getByTestId('field-audience');
    expect(checked(within(field).getByLabelText('Chỉ màn hình của đơn vị này'))).toBe(true);
    await user.click(within(field).getByLabelText('Tất cả đơn vị trực thuộc'));
    expect(seen.at(-1)).toBe('all');
    await user.click(within(field).getByLabelText('Chọn đơn vị…'));
    expect(seen.at(-1)).toBe('none');
    expect(screen.getByText(/Chưa chọn đơn vị nào/)).toBeTruthy();
    await user.click(screen.getByLabelText('Trường tiểu học Kim Đồng'));
    await user.click(screen.getByLabelText('Trường mầm non Hoa Sen'));
    expect(seen.at(-1)).toEqual(['th-kim-dong', 'mn-hoa-sen']);
    expect(screen.queryByText(/Chưa chọn đơn vị nào/)).toBeNull();
    await user.click(screen.getByLabelText('Trường tiểu học Kim Đồng'));
    await user.click(screen.getByLabelText('Trường mầm non Hoa Sen'));
    expect(seen.at(-1)).toBe('none');
    // Still choosing: the list stays open rather than jumping back to "this unit only".
    expect(checked(within(field).getByLabelText('Chọn đơn vị…'))).toBe(true);
  });

  it('a ward with many units gets a search that ignores diacritics, keeping what was ticked', async () => {
    const many = Array.from({ length: 12 }, (_, i) => unitNamed(`u-${i}`, `Trường số ${i + 1}`)).concat(unitNamed('u-dc', 'Trường mầm non Đồng Cỏ'));
    const seen: UnitAudience[] = [];
    const { user } = renderAdmin(<Harness units={many} start={['u-0']} seen={seen} />);
    expect(checked(screen.getByLabelText('Trường số 1'))).toBe(true);
    await user.type(screen.getByTestId('audience-search'), 'dong co');
    expect(screen.getAllByRole('checkbox').map((box) => box.getAttribute('data-testid'))).toEqual(['audience-unit-u-dc']);
    await user.click(screen.getByLabelText('Trường mầm non Đồng Cỏ'));
    expect(seen.at(-1)).toEqual(['u-0', 'u-dc']);
  });
});

/** The console's real client over a stubbed fetch: a signed-in principal, this unit's place, its child units. */
function stubServer(place: { isRoot: boolean; children: UnitSummary[] }) {
  const sent: unknown[] = [];
  const asked: string[] = [];
  const reply = (status: number, data: unknown) => new Response(JSON.stringify({ data }), { status, headers: { 'content-type': 'application/json' } });
  const root = { id: 'root', slug: '', name: 'Phường Nam Đô', kind: 'ward', parentId: null, createdAt: '2026-12-05T00:00:00Z' };
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    asked.push(url);
    if (url.endsWith('/api/auth/me')) {
      return reply(200, { user: { id: 'u-1', username: 'hieutruong', displayName: 'Chủ tịch', role: 'approver', disabled: false, createdAt: '2026-12-05T00:00:00Z' } });
    }
    if (url.endsWith('/api/units/current')) {
      const unit = place.isRoot ? root : { ...TWO[0]! };
      return reply(200, { unit, base: place.isRoot ? '' : '/mn-hoa-sen', parent: place.isRoot ? null : { ...root, base: '' }, isRoot: place.isRoot, actingFromParent: false });
    }
    if (url.endsWith('/api/units')) return reply(200, place.children);
    sent.push(JSON.parse(String(init?.body)));
    return reply(500, null);
  });
  return { sent, asked };
}

function SignedIn({ children }: { children: React.ReactNode }) {
  const { state } = useSession();
  return state.status === 'signedIn' ? children : <p>…</p>;
}
const signedIn = (ui: React.ReactNode) =>
  renderAdmin(
    <ConfirmProvider>
      <ToastProvider>
        <SessionProvider>
          <RouterProvider>
            <SignedIn>{ui}</SignedIn>
          </RouterProvider>
        </SessionProvider>
      </ToastProvider>
    </ConfirmProvider>,
  );

beforeEach(() => window.history.replaceState(null, '', '/admin/emergency'));
afterEach(() => vi.unstubAllGlobals());

describe('the audience field appears only where it means something', () => {
  it('a single school (a root without units) and a child unit never see it', async () => {
    const single = stubServer({ isRoot: true, children: [] });
    const school = signedIn(<WardAudience value="none" onChange={() => undefined} />);
    await waitFor(() => expect(single.asked.some((url) => url.endsWith('/api/units'))).toBe(true));
    expect(screen.queryByTestId('field-audience')).toBeNull();
    school.unmount();
    vi.unstubAllGlobals();

    const child = stubServer({ isRoot: false, children: TWO });
    signedIn(<WardAudience value="none" onChange={() => undefined} />);
    await waitFor(() => expect(child.asked.some((url) => url.endsWith('/api/units/current'))).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    // A child never asks for units of its own (it has none), so nothing is offered.
    expect(child.asked.some((url) => url.endsWith('/api/units'))).toBe(false);
    expect(screen.queryByTestId('field-audience')).toBeNull();
  });

  it('the ward’s principal sends an emergency notice to every unit below: the request carries audience "all"', async () => {
    const { sent } = stubServer({ isRoot: true, children: TWO });
    const { user } = signedIn(<EmergencyForm template={null} screens={[]} onSent={() => undefined} onCancel={() => undefined} />);
    await user.click(await screen.findByLabelText('Tất cả đơn vị trực thuộc'));
    await user.type(screen.getByLabelText('Tiêu đề'), 'Bão số 15: các trường nghỉ học chiều nay');
    await user.click(screen.getByTestId('emergency-send'));
    await user.click(await screen.findByRole('button', { name: 'Gửi ngay' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ title: 'Bão số 15: các trường nghỉ học chiều nay', screens: 'all', audience: 'all' });
  });
});
