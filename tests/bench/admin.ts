import type { ContentItem, ContentOf } from '@bangtin/shared';
import { BENCH_ADMIN } from './protocol.ts';

interface Reply<T> {
  data?: T;
  error?: { code: string; message: string };
}

async function call<T>(url: string, init: RequestInit): Promise<{ data: T; response: Response }> {
  const response = await fetch(url, init);
  const body = (await response.json()) as Reply<T>;
  if (!response.ok || body.data === undefined) {
    throw new Error(`${init.method ?? 'GET'} ${url} → ${response.status} ${body.error?.code ?? ''} ${body.error?.message ?? ''}`);
  }
  return { data: body.data, response };
}

/**
 * The office side of the benchmark, in the conductor's own process (as a browser would be): signs in over
 * HTTP and edits one approved slogan that every screen plays. Each `save` is what "Lưu" does in the admin.
 */
export async function signInAsAdmin(baseUrl: string) {
  const login = await call<unknown>(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(BENCH_ADMIN),
  });
  const cookie = login.response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  if (!cookie) throw new Error('login set no session cookie');
  const headers = { 'content-type': 'application/json', cookie };

  const { data: slogans } = await call<ContentItem[]>(`${baseUrl}/api/content?type=slogan&status=approved`, { method: 'GET', headers });
  const found = slogans.find((c): c is ContentOf<'slogan'> => c.type === 'slogan' && c.screens === 'all');
  if (!found) throw new Error('the demo data has no approved slogan shown on every screen');
  let slogan = found;

  return {
    /** Changes the slogan's text (same length every round), with the version it started from. */
    async save(round: number): Promise<void> {
      const body = { ...slogan, text: `${found.text} #${String(round).padStart(4, '0')}`, baseVersion: slogan.version };
      const { data } = await call<ContentOf<'slogan'>>(`${baseUrl}/api/content/${slogan.id}`, {
        method: 'PUT',
        headers,
        body: JSON.stringify(body),
      });
      slogan = data;
    },
  };
}
