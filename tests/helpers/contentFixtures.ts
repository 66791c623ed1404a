import type { ContentInput } from '@bangtin/shared';

export function sloganInput(overrides: Partial<Extract<ContentInput, { type: 'slogan' }>> = {}): ContentInput {
  return {
    type: 'slogan',
    text: 'Nhà trường lắng nghe ý kiến của cha mẹ',
    attribution: '',
    theme: 'blue',
    validFrom: null,
    validUntil: null,
    durationSeconds: null,
    sample: false,
    source: '',
    screens: 'all',
    status: 'approved',
    ...overrides,
  };
}

export async function api(url: string, cookie: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await res.json()) as { data?: never; error?: { code: string; message: string; details?: { path: string; message: string }[] } };
  return { status: res.status, ...json };
}
