import { fireEvent, render, screen } from '@testing-library/react';
import type { DisplaySnapshot, PublicContentOf } from '@bangtin/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KioskSurvey } from '../../../display/src/reception/survey/KioskSurvey.tsx';
import { QrSlide } from '../../../display/src/slides/QrSlide.tsx';
import { SnapshotContext } from '../../../display/src/slides/snapshotContext.ts';
import { SEED_SCREENS, seedSchool } from '../../../server/src/seed/demoDatabase.ts';

type FetchSpy = ReturnType<typeof vi.fn<(url: string, init?: RequestInit) => Promise<Response>>>;

describe('the reception kiosk survey: one screen, five rows, then thank you', () => {
  let fetchSpy: FetchSpy;
  beforeEach(() => {
    fetchSpy = vi.fn((_url: string, _init?: RequestInit) => Promise.resolve(new Response('{}', { status: 201 })));
    vi.stubGlobal('fetch', fetchSpy);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('cannot be sent half-answered; five touches and Gửi send the answers with the procedure, then thank the parent', () => {
    const onHome = vi.fn();
    render(<KioskSurvey slug="reception" procedure={{ code: '1.001622', name: 'Hỗ trợ ăn trưa' }} onHome={onHome} />);
    const send = screen.getByTestId<HTMLButtonElement>('ks-send');
    expect(send.disabled).toBe(true);
    fireEvent.click(screen.getByTestId('ks-access-5'));
    fireEvent.click(screen.getByTestId('ks-access-4'));
    expect(screen.getByTestId('ks-access-4').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('ks-access-5').getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByText('Còn 4 mục chưa chọn')).toBeTruthy();
    for (const [factor, level] of [['procedure', 5], ['staff', 5], ['result', 3], ['feedback', 2]] as const) {
      fireEvent.click(screen.getByTestId(`ks-${factor}-${level}`));
    }
    expect(send.disabled).toBe(false);
    fireEvent.click(send);
    const [url, init] = fetchSpy.mock.calls[0] ?? [];
    expect(url).toBe('/api/display/reception/survey');
    expect(JSON.parse(String(init?.body))).toEqual({
      answers: { access: 4, procedure: 5, staff: 5, result: 3, feedback: 2 },
      procedureCode: '1.001622',
    });
    expect(screen.getByTestId('ks-thanks').textContent).toContain('Cảm ơn quý phụ huynh!');
    fireEvent.click(screen.getByTestId('ks-home'));
    expect(onHome).toHaveBeenCalledOnce();
  });
});

describe('the seeded "Quét mã để góp ý / đánh giá" slide', () => {
  const item: PublicContentOf<'qr'> = {
    id: 'qr-gop-y', type: 'qr', version: 1, validFrom: null, validUntil: null, durationSeconds: null, sample: false, source: '',
    title: 'Quét mã để góp ý / đánh giá', url: '/gop-y', caption: '',
  };
  const renderWith = (publicUrl: string) => {
    const school = { ...seedSchool('Asia/Ho_Chi_Minh'), publicUrl };
    school.feedback = { ...school.feedback, phone: '024 3123 4567' };
    const snapshot: DisplaySnapshot = {
      version: 'v', generatedAt: '2026-12-05T03:00:00.000Z', screen: SEED_SCREENS[0]!, school,
      items: [item], emergency: null, nextChangeAt: null, schedule: null, catalogue: [],
    };
    return render(<SnapshotContext value={snapshot}><QrSlide item={item} /></SnapshotContext>);
  };

  it('encodes /gop-y on the public address and spells that address out', async () => {
    renderWith('https://bangtin.mnvuonxanh.edu.vn');
    expect(screen.queryByTestId('qr-no-public-address')).toBeNull();
    expect(await screen.findByTestId('qr-code', {}, { timeout: 3000 })).toBeTruthy();
    expect(document.querySelector('.qr-slide__address')?.textContent).toBe('bangtin.mnvuonxanh.edu.vn/gop-y');
  });

  it('without a public address shows no code a phone could not open, but the school\'s contact', () => {
    renderWith('');
    expect(screen.queryByTestId('qr-code')).toBeNull();
    expect(screen.getByTestId('qr-no-public-address').textContent?.replace(/[\u00a0\u2060]/g, (c) => (c === '\u00a0' ? ' ' : ''))).toContain('024 3123 4567');
  });
});
