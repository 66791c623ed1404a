import { contentType, type ContentType } from '@bangtin/shared';

/**
 * Every page of the console and its address under /admin/. A new page (approvals, media, audit, reports)
 * adds a variant here, a case in `parseRoute`/`hrefOf`, and a case in App's page switch.
 */
export type Route =
  | { page: 'contentList'; type: ContentType }
  | { page: 'contentNew'; type: ContentType }
  | { page: 'contentEdit'; type: ContentType; id: string }
  | { page: 'screens' }
  | { page: 'lookups' }
  | { page: 'notFound' };

/** '/admin/' from vite.config's `base`; the server serves index.html for every path below it. */
export const BASE_PATH = import.meta.env.BASE_URL;

/** Sidebar order: what the office edits most first. */
export const NAV_CONTENT_TYPES: readonly ContentType[] = [
  'slogan',
  'announcement',
  'procedure',
  'indexResult',
  'commendation',
  'image',
];

export const DEFAULT_ROUTE: Route = { page: 'contentList', type: 'slogan' };

export function parseRoute(pathname: string): Route {
  const rest = pathname.startsWith(BASE_PATH) ? pathname.slice(BASE_PATH.length) : pathname.replace(/^\/+/, '');
  const parts = rest.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return DEFAULT_ROUTE;
  const [section, second, third] = parts;
  if (section === 'screens' && parts.length === 1) return { page: 'screens' };
  if (section === 'lookups' && parts.length === 1) return { page: 'lookups' };
  if (section === 'content') {
    const type = contentType.safeParse(second);
    if (!type.success) return parts.length === 1 ? DEFAULT_ROUTE : { page: 'notFound' };
    if (parts.length === 2) return { page: 'contentList', type: type.data };
    if (parts.length === 3 && third === 'new') return { page: 'contentNew', type: type.data };
    if (parts.length === 3 && third) return { page: 'contentEdit', type: type.data, id: third };
  }
  return { page: 'notFound' };
}

export function hrefOf(route: Route): string {
  switch (route.page) {
    case 'contentList':
      return `${BASE_PATH}content/${route.type}`;
    case 'contentNew':
      return `${BASE_PATH}content/${route.type}/new`;
    case 'contentEdit':
      return `${BASE_PATH}content/${route.type}/${encodeURIComponent(route.id)}`;
    case 'screens':
      return `${BASE_PATH}screens`;
    case 'lookups':
      return `${BASE_PATH}lookups`;
    case 'notFound':
      return BASE_PATH;
  }
}
