import type { ContentInput } from '@bangtin/shared';
import { httpRequest } from './httpClient.ts';

/**
 * The fields every content input carries besides its type's own: no dates, the school's default duration, on every
 * screen, already approved, filed under II.1. The one copy for unit, integration and end-to-end tests; spread it and override.
 */
const fixedMeta = {
  validFrom: null,
  validUntil: null,
  durationSeconds: null,
  sample: false,
  source: '',
  screens: 'all',
  status: 'approved',
} as const;
/** Filed under the plan's II.1 (slogans, announcements and results need an area before approval). */
export const contentMeta = { ...fixedMeta, areas: ['II.1'] } satisfies Partial<ContentInput>;

export function sloganInput(overrides: Partial<Extract<ContentInput, { type: 'slogan' }>> = {}): ContentInput {
  return { ...contentMeta, type: 'slogan', text: 'Nhà trường lắng nghe ý kiến của cha mẹ', attribution: '', theme: 'blue', ...overrides };
}

/** A procedure draft with only its name (drafts keep half-written work). */
export const halfWrittenProcedure = {
  ...contentMeta,
  status: 'draft',
  type: 'procedure',
  code: '',
  name: 'Xác nhận trẻ đang học tại trường',
  field: '',
  level: [],
  applicants: [],
  agency: '',
  receivingAddress: '',
  steps: [],
  channels: [],
  dossier: [],
  dossierSets: '',
  dossierNote: '',
  timeLimit: '',
  result: { name: '', code: '' },
  fees: '',
  forms: [],
  conditions: '',
  legalBasis: [],
  publishingDecision: { number: '' },
  notes: '',
  lastChecked: '',
};

export async function api(url: string, cookie: string, method: string, path: string, body?: unknown) {
  const res = await httpRequest(`${url}${path}`, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = JSON.parse(res.text) as { data?: never; error?: { code: string; message: string; details?: { path: string; message: string }[] } };
  return { status: res.status, ...json };
}

/** A schedule entry that replaces the gate screen's loop with one item in daily windows (boundary and restart tests). */
export function gateWindowEntry(contentId: string, windows: { start: string; end: string }[]) {
  return {
    name: 'Giờ đón trẻ',
    enabled: true,
    contentIds: [contentId],
    playlistId: null,
    screens: { screenIds: ['gate'], groups: [] },
    dateFrom: null,
    dateUntil: null,
    rule: { kind: 'weekly', days: [1, 2, 3, 4, 5, 6, 7], windows },
    priority: 50,
    mode: 'replace',
    durationSeconds: null,
  };
}
