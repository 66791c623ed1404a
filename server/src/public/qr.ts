import { raw, escapeHtml, type SafeHtml } from './html.ts';

/** An inline SVG QR code (no request, prints sharply) with an accessible name. Medium error correction. */
export async function qrSvg(text: string, options: { label: string; size?: number }): Promise<SafeHtml> {
  // qrcode (and pngjs) load on the first printed poster, not on every server start.
  const { default: QRCode } = await import('qrcode');
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, ...(options.size ? { width: options.size } : {}) });
  const labelled = svg.replace('<svg ', `<svg role="img" aria-label="${escapeHtml(options.label)}" class="qr" `);
  return raw(labelled);
}
