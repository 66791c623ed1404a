import { useState } from 'react';
import { useStrings } from '../i18n.ts';
import { screenPath } from '../route.ts';
import { unitPath } from '../route.ts';
import type { PairingAssignment } from '@bangtin/shared';
import { loadOrCreateDeviceToken, savePairing } from './deviceIdentity.ts';
import { QrImage } from '../qr/QrImage.tsx';
import { groupCode } from './pairingSchedule.ts';
import { usePairedSignal } from './usePairedSignal.ts';
import { usePairingOffer } from './usePairingOffer.ts';

/**
 * A new kiosk at /display/ (/<unit>/display/ in a child unit): shows a six-digit code in huge type and a QR code to the admin's screens page.
 * The office types the code there and picks the screen; the kiosk is told its slug and becomes that screen.
 */
export function PairingScreen() {
  const t = useStrings();
  const [deviceToken] = useState(loadOrCreateDeviceToken);
  const becomeScreen = (assignment: PairingAssignment) => {
    savePairing(assignment);
    const search = new URLSearchParams(window.location.search);
    search.delete('pair');
    const query = search.toString();
    window.location.replace(screenPath(assignment.slug, query ? `?${query}` : ''));
  };
  // The push is instant; asking again (the offer carries the assignment for ten minutes) covers a missed push.
  const { offer, unreachable } = usePairingOffer(deviceToken, becomeScreen);
  usePairedSignal(deviceToken, becomeScreen);
  const adminUrl = `${window.location.origin}${unitPath('/admin/screens')}`;

  return (
    <div className="pairing" data-testid="pairing-screen">
      <div className="pairing__card">
        <div className="pairing__main">
          <h1 className="pairing__title">{t.pairingTitle}</h1>
          <p className="pairing__instruction">{t.pairingInstruction}</p>
          {offer ? (
            <p className="pairing__code" data-testid="pairing-code" aria-live="polite">
              {groupCode(offer.code)}
            </p>
          ) : (
            <p className="pairing__code pairing__code--waiting">{t.pairingWaiting}</p>
          )}
          <p className={unreachable ? 'pairing__status pairing__status--error' : 'pairing__status'} role="status">
            {unreachable ? t.pairingUnreachable : t.pairingValidity}
          </p>
        </div>
        <figure className="pairing__aside">
          <QrImage url={adminUrl} alt={t.pairingQrAlt} className="pairing__qr" testId="pairing-qr" />
          <figcaption className="pairing__qr-caption">
            {t.pairingQrHint}
            <span className="pairing__url">{adminUrl}</span>
          </figcaption>
        </figure>
      </div>
    </div>
  );
}
