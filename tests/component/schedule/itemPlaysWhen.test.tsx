import { screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { contentInput, type PublicUser, type ScheduleEntry } from '@bangtin/shared';
import { RouterProvider } from '../../../admin/src/router.tsx';
import { SessionProvider } from '../../../admin/src/session.tsx';
import { ItemPlaysWhen } from '../../../admin/src/schedule/ItemPlaysWhen.tsx';
import { EMPTY_TIMING, timingToInput, type TimingValues } from '../../../admin/src/content/timingValues.ts';
import type { FieldErrors } from '../../../admin/src/ui/form/validation.ts';
import { renderAdmin } from '../render.tsx';

/** The schedule entries the section lists beside the item's own timing (the bundle the console loads). */
const bundle = { entries: [] as ScheduleEntry[], playlists: [], dayparts: [] };
const EDITOR: PublicUser = { id: 'u-editor', username: 'vanphong', email: '', displayName: 'Văn phòng', role: 'editor', disabled: false, createdAt: '2026-11-01T00:00:00.000Z' };

/**
 * The server as the section sees it, through the console's own session and API client: `GET /api/schedules` answers
 * with `bundle` (read at each request). Stubbing fetch rather than vi.mock-ing the bundle hook keeps this file in the
 * shared component workers (a mocked module needs a module graph of its own: tests/component/mockingFiles.ts).
 */
beforeEach(() => {
  vi.stubGlobal('fetch', async (url: string) => {
    const reply = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    if (url.endsWith('/api/auth/me')) return reply(200, { data: { user: EDITOR } });
    if (url.endsWith('/api/schedules')) return reply(200, { data: bundle });
    return reply(404, { error: { code: 'NOT_FOUND', message: url } });
  });
});
afterEach(() => vi.unstubAllGlobals());

// The console loads cronstrue on first use (a dynamic import): load it before rendering, so no import is still in flight
// when the file's environment is torn down (CI22: "Cannot load … cronstrue.js after the environment was torn down").
beforeAll(() => import('../../../admin/src/schedule/cronstrueVi.ts'));

const ENTRY: ScheduleEntry = {
  id: 'sch-1',
  version: 1,
  name: 'Giờ trả trẻ',
  enabled: true,
  contentIds: ['c-1'],
  playlistId: null,
  screens: 'all',
  dateFrom: null,
  dateUntil: null,
  rule: { kind: 'weekly', days: [1, 2, 3, 4, 5], windows: [{ start: '16:00', end: '17:30' }] },
  priority: 50,
  mode: 'add',
  durationSeconds: null,
  sharePercent: 33,
  createdAt: '2026-11-01T00:00:00.000Z',
  createdBy: 'vanphong',
  updatedAt: '2026-11-01T00:00:00.000Z',
  updatedBy: 'vanphong',
};

/** The editor's state around the section, as the editor shell holds it; `seen` gets every change. */
function Editor({ seen, errors = {} }: { seen: (t: TimingValues) => void; errors?: FieldErrors }) {
  const [timing, setTiming] = useState<TimingValues>(EMPTY_TIMING);
  return (
    <RouterProvider>
      <SessionProvider>
        <ItemPlaysWhen
          contentId="c-1"
          screens={['gate']}
          timing={timing}
          errors={errors}
          onChange={(next) => {
            setTiming(next);
            seen(next);
          }}
        />
      </SessionProvider>
    </RouterProvider>
  );
}

/** What the schema says of the item the editor would send (its errors keyed as the form keys them). */
const schemaErrors = (timing: TimingValues): FieldErrors => {
  const parsed = contentInput.safeParse({
    type: 'slogan', text: 'Trẻ em hôm nay', attribution: '', theme: 'red', status: 'draft', validFrom: null, validUntil: null,
    durationSeconds: null, sample: false, source: '', screens: ['gate'], areas: [], timing: timingToInput(timing),
  });
  return Object.fromEntries((parsed.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
};

describe('"Khi nào phát" in the item\'s own editor (the office no longer needs a separate schedule for "Mon–Fri 07:00–08:00")', () => {
  it('sets days and a window beside "where", and the item it saves carries them for the evaluator', async () => {
    let last = EMPTY_TIMING;
    const { user } = renderAdmin(<Editor seen={(t) => (last = t)} />);
    expect(screen.getByTestId('plays-always')).toBeTruthy();
    await user.click(screen.getByTestId('plays-mode-weekly'));
    await user.click(screen.getByTestId('window-add'));
    expect(last).toMatchObject({ mode: 'weekly', days: [1, 2, 3, 4, 5], windows: [{ start: '07:00', end: '08:00' }] });
    expect(timingToInput(last)).toEqual({ weekly: { days: [1, 2, 3, 4, 5], windows: [{ start: '07:00', end: '08:00' }] }, everyMinutes: null, sharePercent: null });
    // Back to "always": nothing is sent, the stored item plays all day as before.
    await user.click(screen.getByTestId('plays-mode-always'));
    expect(timingToInput(last)).toBeUndefined();
  });

  it('08:00→07:00 asks "Qua nửa đêm?" and the schema refuses it at that window until it is answered', async () => {
    let last = EMPTY_TIMING;
    const { user, rerender } = renderAdmin(<Editor seen={(t) => (last = t)} />);
    await user.click(screen.getByTestId('plays-mode-weekly'));
    await user.click(screen.getByTestId('window-add'));
    await user.clear(screen.getByTestId('window-0-start'));
    await user.type(screen.getByTestId('window-0-start'), '08:00');
    await user.clear(screen.getByTestId('window-0-end'));
    await user.type(screen.getByTestId('window-0-end'), '07:00');
    expect(screen.getByTestId('window-0-overnight').textContent).toContain('Qua nửa đêm?');
    const errors = schemaErrors(last);
    expect(errors['timing.weekly.windows.0.end']).toContain('Qua nửa đêm');
    // The form hands the schema's error back: the section shows it at the window.
    rerender(<Editor seen={(t) => (last = t)} errors={errors} />);
    expect(screen.getByTestId('error-rule.windows.0').textContent).toContain('Qua nửa đêm');
  });

  it('a notice takes "1/3 thời lượng" of the loop, and the entries that also play it are listed with their share', async () => {
    bundle.entries = [ENTRY];
    let last = EMPTY_TIMING;
    const { user } = renderAdmin(<Editor seen={(t) => (last = t)} />);
    await user.click(screen.getByTestId('plays-frequency-share'));
    expect(last.sharePercent).toBe('33');
    await user.selectOptions(screen.getByTestId('plays-share'), '25');
    expect(timingToInput(last)).toEqual({ weekly: null, everyMinutes: null, sharePercent: 25 });
    expect((await screen.findByTestId('plays-entry')).textContent).toContain('chiếm 1/3 thời lượng vòng phát');
    // Assigned directly and "always": the section says it still plays all day there (the save warns too).
    expect(screen.getByTestId('plays-contradiction')).toBeTruthy();
    bundle.entries = [];
  });
});
