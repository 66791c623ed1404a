/**
 * The `route` label of the HTTP metrics: a small, fixed set of classes, never the raw path (a scanner asking for a
 * million different URLs must not make a million time series). `/api/<domain>/…` keeps its domain when the route table
 * knows it; everything else falls into one of a handful of classes.
 */
export type RouteClassifier = (path: string) => string;

const OPS_PATHS = new Set(['/healthz', '/readyz', '/metrics']);
const PAGE_PREFIXES = ['display', 'admin', 'media'] as const;

/** `apiPaths`: the bound REST routes' paths (e.g. `/api/content/:id`); their second segment becomes a known domain. */
export function routeClassifier(apiPaths: readonly string[]): RouteClassifier {
  const domains = new Set<string>();
  for (const p of apiPaths) {
    const domain = /^\/api\/([a-z][a-z0-9-]*)/.exec(p)?.[1];
    if (domain) domains.add(domain);
  }
  const classify: RouteClassifier = (path) => {
    if (OPS_PATHS.has(path)) return 'ops';
    const [, first = '', second = ''] = path.split('/', 3);
    if (first === 'api') return domains.has(second) ? `api_${second.replaceAll('-', '_')}` : 'api_other';
    for (const prefix of PAGE_PREFIXES) if (first === prefix) return prefix;
    // A child unit's API and pages (/<slug>/api/…, /<slug>/admin/…): the same classes as the root's (the unit is not a label).
    if ((second === 'api' || (PAGE_PREFIXES as readonly string[]).includes(second)) && first !== '') return classify(path.slice(first.length + 1));
    // The public site (parents' pages, posters, feeds) and anything unknown: one class.
    return 'public';
  };
  return classify;
}
