/**
 * What a QR code encodes: an outside address as it is; a page of the school's site ("/gop-y") on the school's public
 * address. Without a public address there is nothing a parent's phone can reach (the LAN address a kiosk uses is not
 * on the internet), so the answer is null and the slide shows the school's contact instead of a code.
 */
export function resolveQrTarget(url: string, publicUrl: string): string | null {
  if (!url.startsWith('/')) return url;
  return publicUrl ? `${publicUrl.replace(/\/+$/, '')}${url}` : null;
}
