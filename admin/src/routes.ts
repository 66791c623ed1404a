import { contentType, importType, type ContentType, type ImportType } from '@bangtin/shared';
import { unitBase } from './api/unitBase.ts';
import { parseScheduleRoute, scheduleHref, type ScheduleRoute } from './schedule/routes.ts';

/**
 * Every page of the console and its address under /admin/. A new page (approvals, media, audit, reports)
 * adds a variant here, a case in `parseRoute`/`hrefOf`, and a case in App's page switch.
 */
export type Route =
  | { page: 'home' }
  | { page: 'contentList'; type: ContentType }
  | { page: 'contentNew'; type: ContentType }
  | { page: 'contentEdit'; type: ContentType; id: string }
  | { page: 'contentImport'; type: ImportType }
  | { page: 'approvals' }
  | { page: 'screens' }
  | { page: OpsPage }
  | ScheduleRoute
  | { page: 'lookups' }
  | { page: 'feedbackInbox' }
  | { page: 'feedbackDetail'; id: string }
  | { page: 'quiz' }
  | { page: 'notFound' };

/** Pages of the office's system section (one address each, no parameters in the path). */
export const OPS_PAGES = ['media', 'reports', 'reportPrint', 'audit', 'settings', 'users', 'account', 'feedbackPrivacy', 'plan', 'satisfaction', 'units'] as const;
export type OpsPage = (typeof OPS_PAGES)[number];
const isOpsRoute = (route: Route): route is { page: OpsPage } => (OPS_PAGES as readonly string[]).includes(route.page);
const OPS_PATHS: Record<OpsPage, string> = {
  media: 'media',
  reports: 'reports',
  reportPrint: 'reports/print',
  audit: 'audit',
  settings: 'settings',
  users: 'users',
  account: 'account',
  feedbackPrivacy: 'feedback/privacy',
  plan: 'ke-hoach',
  satisfaction: 'reports/satisfaction',
  units: 'units',
};

/**
 * '/admin/' at the root unit, '/<slug>/admin/' in a child (units.md); the server serves index.html for every path below
 * it. (The built assets stay at /admin/assets/ for every unit: vite.config's `base`.)
 */
export const consoleBase = (): string => `${unitBase()}/admin/`;

/** Sidebar order: what the office edits most first. */
export const NAV_CONTENT_TYPES: readonly ContentType[] = [
  'slogan',
  'announcement',
  'procedure',
  'indexResult',
  'commendation',
  'image',
  'video',
  'qr',
];

/** The console's first page at /admin/: the office dashboard (App shows the approver their own landing). */
export const DEFAULT_ROUTE: Route = { page: 'home' };
/** Where /admin/content (no type) leads. */
const CONTENT_ROUTE: Route = { page: 'contentList', type: 'slogan' };

export function parseRoute(pathname: string): Route {
  const base = consoleBase();
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\/+/, '');
  const parts = rest.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return DEFAULT_ROUTE;
  const [section, second, third] = parts;
  if (section === 'screens' && parts.length === 1) return { page: 'screens' };
  const ops = OPS_PAGES.find((page) => OPS_PATHS[page] === parts.join('/'));
  if (ops) return { page: ops };
  const scheduleRoute = parseScheduleRoute(parts);
  if (scheduleRoute) return scheduleRoute;
  if (section === 'approvals' && parts.length === 1) return { page: 'approvals' };
  if (section === 'lookups' && parts.length === 1) return { page: 'lookups' };
  if (section === 'feedback' && parts.length === 1) return { page: 'feedbackInbox' };
  if (section === 'feedback' && parts.length === 2 && second) return { page: 'feedbackDetail', id: second };
  if (section === 'quiz' && parts.length === 1) return { page: 'quiz' };
  if (section === 'content') {
    const type = contentType.safeParse(second);
    if (!type.success) return parts.length === 1 ? CONTENT_ROUTE : { page: 'notFound' };
    if (parts.length === 2) return { page: 'contentList', type: type.data };
    if (parts.length === 3 && third === 'new') return { page: 'contentNew', type: type.data };
    if (parts.length === 3 && third === 'import') {
      const importable = importType.safeParse(type.data);
      return importable.success ? { page: 'contentImport', type: importable.data } : { page: 'notFound' };
    }
    if (parts.length === 3 && third) return { page: 'contentEdit', type: type.data, id: third };
  }
  return { page: 'notFound' };
}

export function hrefOf(route: Route): string {
  const base = consoleBase();
  switch (route.page) {
    case 'home':
      return base;
    case 'contentList':
      return `${base}content/${route.type}`;
    case 'contentNew':
      return `${base}content/${route.type}/new`;
    case 'contentEdit':
      return `${base}content/${route.type}/${encodeURIComponent(route.id)}`;
    case 'contentImport':
      return `${base}content/${route.type}/import`;
    case 'approvals':
      return `${base}approvals`;
    case 'screens':
      return `${base}screens`;
    case 'lookups':
      return `${base}lookups`;
    case 'feedbackInbox':
      return `${base}feedback`;
    case 'feedbackDetail':
      return `${base}feedback/${encodeURIComponent(route.id)}`;
    case 'quiz':
      return `${base}quiz`;
    case 'notFound':
      return base;
    default:
      return isOpsRoute(route) ? `${base}${OPS_PATHS[route.page]}` : `${base}${scheduleHref(route)}`;
  }
}
