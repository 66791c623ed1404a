import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { DisplaySnapshot } from '@bangtin/shared';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ReceptionKiosk } from '../../../display/src/reception/ReceptionKiosk.tsx';
import { ProcedureSummarySlide } from '../../../display/src/slides/procedure/ProcedureSummarySlide.tsx';
import { SnapshotContext } from '../../../display/src/slides/snapshotContext.ts';
import { SEED_SCREENS } from '../../../server/src/seed/demoDatabase.ts';
import { LUNCH, PROCEDURES, school } from '../reception/receptionFixtures.ts';

// What each QR code encodes: the encoder is replaced by one that records the text it was asked to draw.
const encoded = vi.hoisted(() => [] as string[]);
vi.mock('qrcode', () => ({
  toString: (text: string) => {
    encoded.push(text);
    return Promise.resolve('<svg xmlns="http://www.w3.org/2000/svg"></svg>');
  },
}));

const PUBLIC = 'https://bangtin.mnvuonxanh.edu.vn';
const PORTAL = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1774';

function snapshotWith(publicUrl: string, screen = SEED_SCREENS[0]!): DisplaySnapshot {
  return {
    version: 'v', generatedAt: '2026-11-28T01:00:00.000Z', screen, school: { ...school(), publicUrl },
    items: [], emergency: null, nextChangeAt: null, schedule: null, catalogue: PROCEDURES,
  };
}

describe('slides and public pages link to each other (QR targets)', () => {
  beforeEach(() => {
    encoded.length = 0;
    // happy-dom has no FontFaceSet; the slides' text fitting listens to it.
    if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
  });

  it("the gate summary's QR opens the school's own /thu-tuc/<code> page on the public address, even when a portal record is known", async () => {
    const item = { ...LUNCH, portalUrl: PORTAL };
    render(<SnapshotContext value={snapshotWith(PUBLIC)}><ProcedureSummarySlide item={item} /></SnapshotContext>);
    await screen.findByTestId('summary-qr');
    expect(encoded).toEqual([`${PUBLIC}/thu-tuc/1.001622`]);
  });

  it('without a public address the gate QR uses the address the kiosk was opened by', async () => {
    render(<SnapshotContext value={snapshotWith('')}><ProcedureSummarySlide item={LUNCH} /></SnapshotContext>);
    await screen.findByTestId('summary-qr');
    expect(encoded).toEqual([`${window.location.origin}/thu-tuc/1.001622`]);
  });

  it("the reception detail's QR opens /thu-tuc/<code> on the public address when no portal record is known", async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('{}', { status: 202 }))); // the anonymous look-up count
    const reception = SEED_SCREENS.find((s) => s.interactive)!;
    render(<ReceptionKiosk snapshot={snapshotWith(PUBLIC, reception)} attract={<p>rotation</p>} />);
    fireEvent.pointerDown(screen.getByTestId('rk-attract-stage'), { pointerId: 1 });
    fireEvent.click(screen.getByTestId('rk-open-search'));
    fireEvent.change(screen.getByTestId('rk-search-input'), { target: { value: 'an trua' } });
    fireEvent.click(screen.getAllByTestId('rk-procedure')[0]!);
    await screen.findByTestId('rk-page-qr');
    await waitFor(() => expect(encoded).toContain(`${PUBLIC}/thu-tuc/1.001622`));
    vi.unstubAllGlobals();
  });
});
