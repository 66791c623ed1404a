import type { ContentInput } from '@bangtin/shared';

/**
 * The fields every content input carries besides its type's own: no dates, the school's default duration, on every
 * screen, already approved. The one copy for unit, integration and end-to-end tests; spread it and override.
 */
export const contentMeta = {
  validFrom: null,
  validUntil: null,
  durationSeconds: null,
  sample: false,
  source: '',
  screens: 'all',
  status: 'approved',
} as const satisfies Partial<ContentInput>;

export function sloganInput(overrides: Partial<Extract<ContentInput, { type: 'slogan' }>> = {}): ContentInput {
  return { ...contentMeta, type: 'slogan', text: 'Nhà trường lắng nghe ý kiến của cha mẹ', attribution: '', theme: 'blue', ...overrides };
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
