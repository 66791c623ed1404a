import { act, fireEvent, render, screen } from '@testing-library/react';
import type { DisplaySnapshot } from '@bangtin/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReceptionKiosk } from '../../../display/src/reception/ReceptionKiosk.tsx';
import { PROCEDURES, school } from './receptionFixtures.ts';

const snapshot: DisplaySnapshot = {
  version: 'v1',
  generatedAt: '2026-11-28T01:00:00.000Z',
  screen: {
    id: 'reception',
    slug: 'reception',
    name: 'Màn hình Bộ phận tiếp nhận',
    location: '',
    orientation: 'portrait',
    profile: 'reception',
    group: '',
    defaultPlaylistId: null,
    interactive: true,
    idleSeconds: 60,
  },
  school: school({ phone: '024 3123 4567' }),
  items: [],
  emergency: null,
  nextChangeAt: null,
  schedule: null,
  catalogue: PROCEDURES,
};

/** Where the kiosk's anonymous reports go (fire and forget); its reads (the quiz kept for offline use) are not reports. */
const posted = (fetchSpy: FetchSpy) =>
  fetchSpy.mock.calls.filter(([, init]) => init?.method === 'POST').map(([url, init]) => [url, JSON.parse(String(init?.body)) as unknown]);
type FetchSpy = ReturnType<typeof vi.fn<(url: string, init?: RequestInit) => Promise<Response>>>;

describe('the reception kiosk, touch by touch', () => {
  let fetchSpy: FetchSpy;
  beforeEach(() => {
    vi.useFakeTimers();
    fetchSpy = vi.fn((_url: string, _init?: RequestInit) => Promise.resolve(new Response('{}', { status: 202 })));
    vi.stubGlobal('fetch', fetchSpy);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('several fingers on the rotation open one home page; a procedure opened is counted; A+ enlarges; back keeps the query; the idle return starts clean', () => {
    render(<ReceptionKiosk snapshot={snapshot} attract={<p>rotation</p>} />);
    const stage = screen.getByTestId('rk-attract-stage');
    for (const pointerId of [1, 2, 3]) fireEvent.pointerDown(stage, { pointerId });
    expect(screen.getAllByTestId('reception-kiosk')).toHaveLength(1);
    expect(screen.getByTestId('rk-home-view')).toBeTruthy();
    // Home: by situation ("Con tôi được hỗ trợ gì?" holds both procedures) and by field.
    expect(document.querySelectorAll('[data-situation="support"] [data-testid="rk-procedure"]')).toHaveLength(2);

    fireEvent.click(screen.getByTestId('rk-open-search'));
    fireEvent.change(screen.getByTestId('rk-search-input'), { target: { value: 'an trua' } });
    fireEvent.click(screen.getAllByTestId('rk-procedure')[0]!);
    expect(screen.getByTestId('rk-detail').dataset.code).toBe('1.001622');
    expect(posted(fetchSpy)).toEqual([['/api/display/reception/lookups', { contentId: PROCEDURES[0]!.id }]]);

    const kiosk = screen.getByTestId('reception-kiosk');
    fireEvent.click(screen.getByTestId('rk-text-larger'));
    expect(kiosk.style.getPropertyValue('--rs')).toBe('1.15');

    fireEvent.click(screen.getByTestId('rk-back'));
    expect(screen.getByTestId<HTMLInputElement>('rk-search-input').value).toBe('an trua');

    // Walking away: the countdown, then the rotation; the next parent finds an empty search and normal text.
    act(() => vi.advanceTimersByTime(50_000));
    expect(screen.getByTestId('rk-idle-warning')).toBeTruthy();
    act(() => vi.advanceTimersByTime(10_000));
    expect(screen.getByTestId('rk-attract')).toBeTruthy();
    fireEvent.click(screen.getByTestId('rk-wake'));
    expect(screen.getByTestId('reception-kiosk').style.getPropertyValue('--rs')).toBe('1');
    fireEvent.click(screen.getByTestId('rk-open-search'));
    expect(screen.getByTestId<HTMLInputElement>('rk-search-input').value).toBe('');
  });

  it('a failed search walked away from is reported (folded words only) as soon as the parent leaves the search', () => {
    render(<ReceptionKiosk snapshot={snapshot} attract={<p>rotation</p>} />);
    fireEvent.click(screen.getByTestId('rk-wake'));
    fireEvent.click(screen.getByTestId('rk-open-search'));
    fireEvent.change(screen.getByTestId('rk-search-input'), { target: { value: 'Học bổng' } });
    expect(screen.getByTestId('rk-desk-phone').textContent).toContain('024 3123 4567');
    act(() => vi.advanceTimersByTime(1_000));
    fireEvent.click(screen.getByTestId('rk-home'));
    expect(posted(fetchSpy)).toEqual([['/api/display/reception/failed-searches', { query: 'hoc bong' }]]);
  });
});
