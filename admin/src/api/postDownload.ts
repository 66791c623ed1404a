import type { BodyIn, RouteContract } from '@bangtin/shared/api';
import { failureFrom } from './http.ts';
import { apiUrl } from './unitBase.ts';

/**
 * A download whose request must not be a link: the body carries what may not appear in a URL (a sender's phone or
 * e-mail would be written to proxy and access logs). Posts JSON (the CSRF guard's shape), then saves the reply under
 * the name the server gives in Content-Disposition.
 */
export async function postDownload<C extends RouteContract & { method: 'post'; reply: 'file' }>(route: C, body: BodyIn<C>, fallbackName: string): Promise<void> {
  const response = await fetch(apiUrl(route), {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw failureFrom(response.status, response.statusText, await response.json().catch(() => null), 'INTERNAL');
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const href = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; the object URL can go a little later.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
