/**
 * What a QR code encodes: an outside address as it is; a page of the school's site ("/gop-y") on the school's public
 * address. Without a public address there is nothing a parent's phone can reach (the LAN address a kiosk uses is not
 * on the internet), so the answer is null and the slide shows the school's contact instead of a code.
 */
export function resolveQrTarget(url: string, publicUrl: string): string | null {
  if (!url.startsWith('/')) return url;
  return publicUrl ? `${publicUrl.replace(/\/+$/, '')}${url}` : null;
}

/**
 * A unit's public address: the deployment's public address with the unit's base ('' at the root, '/truong-a' for a
 * child unit) after it — unless the office already typed the address with its base. Empty stays empty (no address).
 */
export function unitPublicAddress(address: string, base: string): string {
  const trimmed = address.replace(/\/+$/, '');
  if (!trimmed || !base || trimmed.endsWith(base)) return trimmed;
  return `${trimmed}${base}`;
}
