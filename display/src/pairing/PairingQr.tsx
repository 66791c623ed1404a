import { toString as renderQr } from 'qrcode';
import { useEffect, useState } from 'react';

/**
 * A QR code drawn on the kiosk itself (no external service): an SVG shown as an image, so it scales
 * crisply to any screen and injects no markup.
 */
export function PairingQr({ url, alt }: { url: string; alt: string }) {
  const [src, setSrc] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    renderQr(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', color: { dark: '#1c1917', light: '#ffffff' } })
      .then((svg) => {
        if (live) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      })
      .catch((error: unknown) => console.warn('[bangtin] could not draw the pairing QR code', error));
    return () => {
      live = false;
    };
  }, [url]);

  if (!src) return <div className="pairing__qr" aria-hidden="true" />;
  return <img className="pairing__qr" data-testid="pairing-qr" src={src} alt={alt} />;
}
