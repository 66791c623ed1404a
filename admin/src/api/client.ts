import type {
  ContentInput,
  ContentItem,
  ContentStatus,
  ContentType,
  DisplayCommand,
  DisplayCommandName,
  DisplaySnapshot,
  ImportRequest,
  LookupStat,
  PairingClaim,
  PublicUser,
  School,
  SchoolUpdate,
  Screen,
  ScreenInput,
  ScreenPresence,
} from '@bangtin/shared';
import type { Http } from './http.ts';
import { createOpsClient } from './opsClient.ts';
import { createScheduleApi } from '../schedule/api.ts';

export interface ContentFilter {
  type?: ContentType;
  status?: ContentStatus;
  q?: string;
}

function query(filter: ContentFilter): string {
  const params = new URLSearchParams();
  if (filter.type) params.set('type', filter.type);
  if (filter.status) params.set('status', filter.status);
  if (filter.q?.trim()) params.set('q', filter.q.trim());
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Every REST call the console makes, typed with the shared contract. */
export function createApiClient(http: Http) {
  return {
    auth: {
      // 401 here means "wrong password", not "session expired": keep it out of the global handler.
      login: (username: string, password: string) =>
        http.post<{ user: PublicUser }>('/api/auth/login', { username, password }, { quiet401: true }),
      logout: () => http.post<unknown>('/api/auth/logout', {}, { quiet401: true }),
      me: () => http.get<{ user: PublicUser }>('/api/auth/me', { quiet401: true }),
    },
    content: {
      list: (filter: ContentFilter) => http.get<ContentItem[]>(`/api/content${query(filter)}`),
      get: (id: string) => http.get<ContentItem>(`/api/content/${encodeURIComponent(id)}`),
      create: (input: ContentInput) => http.post<ContentItem>('/api/content', input),
      update: (id: string, input: ContentInput) => http.put<ContentItem>(`/api/content/${encodeURIComponent(id)}`, input),
      setStatus: (id: string, change: { status: ContentStatus; reason?: string; baseVersion?: number }) =>
        http.post<ContentItem>(`/api/content/${encodeURIComponent(id)}/status`, change),
      approve: (id: string, baseVersion: number) =>
        http.post<ContentItem>(`/api/content/${encodeURIComponent(id)}/approve`, { baseVersion }),
      reject: (id: string, reason: string, baseVersion: number) =>
        http.post<ContentItem>(`/api/content/${encodeURIComponent(id)}/reject`, { reason, baseVersion }),
      /** All rows or none: a 400 carries one detail per problem ("Dòng 3, cột …: …"). */
      importFile: (request: ImportRequest) => http.post<ContentItem[]>('/api/content/import', request),
    },
    screens: {
      list: () => http.get<Screen[]>('/api/screens'),
      create: (input: ScreenInput) => http.post<Screen>('/api/screens', input),
      update: (id: string, input: ScreenInput) => http.put<Screen>(`/api/screens/${encodeURIComponent(id)}`, input),
      presence: () => http.get<ScreenPresence[]>('/api/screens/presence'),
      /** `delivered` counts the kiosks connected when the command left the server. */
      command: (id: string, command: DisplayCommandName) =>
        http.post<DisplayCommand & { delivered: number }>(`/api/screens/${encodeURIComponent(id)}/commands`, { command }),
    },
    /** Anonymous look-up counts of the reception kiosk (editors and up). */
    lookups: { list: () => http.get<LookupStat[]>('/api/lookups') },
    pairing: {
      claim: (claim: PairingClaim) => http.post<{ screen: Screen; delivered: number }>('/api/pairing/claim', claim),
    },
    // What a screen should be playing now: its version is what an up-to-date kiosk acknowledges.
    display: { snapshot: (slug: string) => http.get<DisplaySnapshot>(`/api/display/${encodeURIComponent(slug)}`) },
    // Also tried on the login page, where a 401 is expected and means nothing.
    school: {
      get: () => http.get<School>('/api/school', { quiet401: true }),
      update: (school: SchoolUpdate) => http.put<School>('/api/school', school),
    },
    ...createOpsClient(http),
    ...createScheduleApi(http),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
