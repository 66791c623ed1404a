import { pairingOffer, type PairingOffer } from '@bangtin/shared';
import { useEffect, useState } from 'react';
import { refreshDelayMs, retryDelayMs } from './pairingSchedule.ts';

export interface PairingOfferState {
  offer: PairingOffer | null;
  /** The last request failed; the kiosk is retrying with backoff. */
  unreachable: boolean;
}

async function requestOffer(deviceToken: string): Promise<{ offer: PairingOffer; serverNowMs: number }> {
  const response = await fetch('/api/pairing', {
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

/** Asks the server for a pairing code, keeps it fresh before it expires, and retries with backoff when unreachable. */
export function usePairingOffer(deviceToken: string): PairingOfferState {
  const [state, setState] = useState<PairingOfferState>({ offer: null, unreachable: false });

  useEffect(() => {
    let timer: number | undefined;
    let stopped = false;
    let failures = 0;
    let currentCode: string | null = null;
    const ask = async () => {
      try {
        const { offer, serverNowMs } = await requestOffer(deviceToken);
        if (stopped) return;
        failures = 0;
        const sameCode = offer.code === currentCode;
        currentCode = offer.code;
        setState({ offer, unreachable: false });
        timer = window.setTimeout(() => void ask(), refreshDelayMs(Date.parse(offer.expiresAt), serverNowMs, sameCode));
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
