import { pairingOffer, type PairingAssignment, type PairingOffer } from '@bangtin/shared';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { PAIRED_POLL_MS, refreshDelayMs, retryDelayMs } from './pairingSchedule.ts';
import { unitPath } from '../route.ts';

export interface PairingOfferState {
  offer: PairingOffer | null;
  /** The last request failed; the kiosk is retrying with backoff. */
  unreachable: boolean;
}

async function requestOffer(deviceToken: string): Promise<{ offer: PairingOffer; serverNowMs: number }> {
  const response = await fetch(unitPath('/api/pairing'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ deviceToken }),
    cache: 'no-store',
  });
  if (!response.ok) throw new Error(`POST /api/pairing → HTTP ${response.status}`);
  const body: unknown = await response.json();
  const offer = pairingOffer.parse(typeof body === 'object' && body !== null && 'data' in body ? body.data : null);
  const serverDate = Date.parse(response.headers.get('date') ?? '');
  return { offer, serverNowMs: Number.isFinite(serverDate) ? serverDate : Date.now() };
}

/**
 * Asks the server for a pairing code, keeps it fresh before it expires, and retries with backoff when unreachable.
 * It also asks every PAIRED_POLL_MS: once the office has paired the device, the answer carries the assignment.
 */
export function usePairingOffer(deviceToken: string, onPaired: (assignment: PairingAssignment) => void): PairingOfferState {
  const [state, setState] = useState<PairingOfferState>({ offer: null, unreachable: false });
  const onPairedRef = useRef(onPaired);
  useLayoutEffect(() => {
    onPairedRef.current = onPaired;
  });

  useEffect(() => {
    let timer: number | undefined;
    let stopped = false;
    let failures = 0;
    let currentCode: string | null = null;
    const ask = async () => {
      try {
        const { offer, serverNowMs } = await requestOffer(deviceToken);
        if (stopped) return;
        if (offer.paired) {
          onPairedRef.current(offer.paired);
          return;
        }
        failures = 0;
        const sameCode = offer.code === currentCode;
        currentCode = offer.code;
        setState({ offer, unreachable: false });
        timer = window.setTimeout(() => void ask(), Math.min(PAIRED_POLL_MS, refreshDelayMs(Date.parse(offer.expiresAt), serverNowMs, sameCode)));
      } catch (error) {
        if (stopped) return;
        failures += 1;
        console.warn('[bangtin] could not get a pairing code; retrying', error);
        setState((s) => ({ ...s, unreachable: true }));
        timer = window.setTimeout(() => void ask(), retryDelayMs(failures));
      }
    };
    void ask();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [deviceToken]);

  return state;
}
