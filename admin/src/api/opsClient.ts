import type { ProofReportQuery, UserCreate, UserUpdate } from '@bangtin/shared';
import { auditApi, mediaApi, queryString, reportsApi, usersApi, type QueryIn, type ReplyOf } from '@bangtin/shared/api';
import { ApiFailure, checkReply, failureFrom, type Http } from './http.ts';
import { apiUrl } from './unitBase.ts';

// The console's own page URLs (e.g. the report's filters) use the same encoding as the API's.
export { queryString };

/** The media library's filters as the console holds them (text fields may be empty: they are left out). */
export type MediaFilter = QueryIn<typeof mediaApi.list>;
type AuditFilter = QueryIn<typeof auditApi.list>;

type FileRoute = typeof mediaApi.upload | typeof mediaApi.poster;

/**
 * Sends one file as multipart with progress (fetch has no upload progress). The custom header is what the
 * server's CSRF guard asks of multipart writes.
 */
function sendFile<R extends FileRoute>(route: R, url: string, file: Blob, name: string, onProgress: (fraction: number) => void): Promise<ReplyOf<R>> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(route.method.toUpperCase(), url);
    xhr.setRequestHeader('X-Bangtin-Upload', '1');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new ApiFailure(0, 'NETWORK', 'network'));
    xhr.onload = () => {
      const body: unknown = xhr.response;
      if (xhr.status === ('status' in route ? route.status : 200) && body && typeof body === 'object' && 'data' in body) {
        checkReply(route, body.data);
        // Typed from the contract, as every other reply (see createHttp).
        return resolve(body.data as ReplyOf<R>);
      }
      reject(failureFrom(xhr.status, xhr.statusText, body, xhr.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'INTERNAL'));
    };
    const form = new FormData();
    form.append('file', file, name);
    xhr.send(form);
  });
}

export function uploadMedia(file: File, onProgress: (fraction: number) => void): Promise<ReplyOf<typeof mediaApi.upload>> {
  return sendFile(mediaApi.upload, apiUrl(mediaApi.upload), file, file.name, onProgress);
}

/** A video's first frame, drawn in this browser (see media/videoPoster.ts). */
export function uploadPoster(id: string, picture: Blob): Promise<ReplyOf<typeof mediaApi.poster>> {
  return sendFile(mediaApi.poster, apiUrl(mediaApi.poster, { id }), picture, 'poster.png', () => undefined);
}

/** Media library, reports, audit log and accounts. */
export function createOpsClient(call: Http['call']) {
  return {
    media: {
      list: (filter: MediaFilter) => call(mediaApi.list, { query: filter }),
      remove: (id: string) => call(mediaApi.remove, { params: { id } }),
      upload: uploadMedia,
      uploadPoster,
    },
    reports: {
      proof: (query: ProofReportQuery) => call(reportsApi.proof, { query }),
      proofCsvHref: (query: ProofReportQuery) => apiUrl(reportsApi.proofCsv, {}, query),
    },
    audit: {
      list: (filter: AuditFilter) => call(auditApi.list, { query: filter }),
      csvHref: (filter: AuditFilter) => apiUrl(auditApi.csv, {}, { ...filter, page: undefined, pageSize: undefined }),
      failedLogins: (page: number, pageSize: number) => call(auditApi.failedLogins, { query: { page, pageSize } }),
    },
    users: {
      list: () => call(usersApi.list, {}),
      create: (input: UserCreate) => call(usersApi.create, { body: input }),
      update: (id: string, change: UserUpdate) => call(usersApi.update, { params: { id }, body: change }),
      resetPassword: (id: string, password: string) => call(usersApi.resetPassword, { params: { id }, body: { password } }),
      resetTwoFactor: (id: string) => call(usersApi.resetTwoFactor, { params: { id } }),
    },
  };
}
