import type {
  AuditEntry,
  AuditQuery,
  MediaItem,
  MediaQuery,
  Paged,
  ProofReport,
  ProofReportQuery,
  PublicUser,
  UserCreate,
  UserUpdate,
} from '@bangtin/shared';
import { errorBody } from '@bangtin/shared';
import { ApiFailure, type Http } from './http.ts';

/** `{ a: 1, b: undefined }` → "?a=1" (empty values are left out). */
export function queryString(params: Partial<Record<string, string | number | undefined>>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

type Filter<T> = Partial<Record<keyof T, string | number | undefined>>;

/**
 * Uploads one file as multipart with progress (fetch has no upload progress). The custom header is what the
 * server's CSRF guard asks of multipart writes.
 */
export function uploadMedia(file: File, onProgress: (fraction: number) => void): Promise<MediaItem> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/media');
    xhr.setRequestHeader('X-Bangtin-Upload', '1');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new ApiFailure(0, 'NETWORK', 'network'));
    xhr.onload = () => {
      const body: unknown = xhr.response;
      if (xhr.status === 201 && body && typeof body === 'object' && 'data' in body) return resolve(body.data as MediaItem);
      const parsed = errorBody.safeParse(body);
      reject(
        parsed.success
          ? new ApiFailure(xhr.status, parsed.data.error.code, parsed.data.error.message, parsed.data.error.details)
          : new ApiFailure(xhr.status, xhr.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'INTERNAL', xhr.statusText),
      );
    };
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

/** Media library, reports, audit log and accounts. */
export function createOpsClient(http: Http) {
  return {
    media: {
      list: (filter: Filter<MediaQuery>) => http.get<Paged<MediaItem>>(`/api/media${queryString(filter)}`),
      remove: (id: string) => http.del<null>(`/api/media/${encodeURIComponent(id)}`),
      upload: uploadMedia,
    },
    reports: {
      proof: (query: ProofReportQuery) => http.get<ProofReport>(`/api/reports/proof${queryString(query)}`),
      proofCsvHref: (query: ProofReportQuery) => `/api/reports/proof.csv${queryString(query)}`,
    },
    audit: {
      list: (filter: Filter<AuditQuery>) => http.get<Paged<AuditEntry>>(`/api/audit${queryString(filter)}`),
      csvHref: (filter: Filter<AuditQuery>) => `/api/audit.csv${queryString({ ...filter, page: undefined, pageSize: undefined })}`,
    },
    users: {
      list: () => http.get<PublicUser[]>('/api/users'),
      create: (input: UserCreate) => http.post<PublicUser>('/api/users', input),
      update: (id: string, change: UserUpdate) => http.put<PublicUser>(`/api/users/${encodeURIComponent(id)}`, change),
      resetPassword: (id: string, password: string) => http.post<null>(`/api/users/${encodeURIComponent(id)}/password`, { password }),
    },
  };
}
