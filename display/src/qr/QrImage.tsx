import { useEffect, useState } from 'react';

interface Props {
  url: string;
  alt: string;
  className: string;
  testId?: string;
}

/**
 * A QR code drawn on the kiosk itself (no external service): an SVG shown as an image, so it scales
 * crisply to any screen and injects no markup. Used by the pairing screen, QR slides and procedure forms.
 * The encoder is its own chunk, fetched when the first code is drawn (the service worker precaches it): most
 * screens show no QR code at start, and the kiosk's first load stays small.
 */
export function QrImage({ url, alt, className, testId }: Props) {
  const [src, setSrc] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    import('qrcode')
      .then(({ toString: renderQr }) =>
        renderQr(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', color: { dark: '#1c1917', light: '#ffffff' } }),
      )
      .then((svg) => {
        if (live) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      })
      .catch((error: unknown) => console.warn('[bangtin] could not draw a QR code', error));
    return () => {
      live = false;
    };
  }, [url]);

  if (!src) return <div className={className} aria-hidden="true" />;
  return <img className={className} data-testid={testId} src={src} alt={alt} />;
}
