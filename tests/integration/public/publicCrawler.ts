/**
 * A crawler for one unit's public site (tests only): it walks every page reachable from the entry pages, follows
 * redirects itself, and names every address a page, feed or poster gives that leaves the unit's base. Reusable by
 * any test that runs a shell with child units (`walkPublicSite(origin, '/truong-a')`).
 */

/** Where a crawl starts: every public entry point of a unit's site. */
export const PUBLIC_ENTRY = ['/', '/thong-bao', '/thu-tuc', '/gop-y', '/gop-y/tra-cuu', '/khao-sat', '/tim-hieu', '/feed.xml', '/feed.json', '/nhung/thong-bao'];
/** What every unit shares, served once at the site's top: the stylesheet and fonts, the one media folder. */
const SHARED_ASSET = /^\/(site|media)\//;
/** Share images are drawn on demand (rate-limited); the console and the API are not public pages. */
const NOT_WALKED = /\/og\/|\/admin\/|\/api\//;

/** Every address a document names: attributes, Open Graph, feed links and ids, JSON Feed urls, printed QR addresses. */
export function linksOf(type: string, text: string): string[] {
  const found: string[] = [];
  const grab = (re: RegExp) => {
    for (const m of text.matchAll(re)) if (m[1] !== undefined) found.push(m[1].replaceAll('&amp;', '&'));
  };
  if (type.includes('json')) {
    grab(/"(?:home_page_url|feed_url|url|id|image|link)":"([^"]*)"/g);
    return found;
  }
  grab(/\b(?:href|src|action)="([^"]*)"/g);
  grab(/<meta property="og:(?:url|image)" content="([^"]*)"/g);
  grab(/<(?:id|link|uri|icon|logo)>([^<]*)</g);
  grab(/class="poster-url">([^<]*)</g);
  return found;
}

/**
 * Why a link on a page of the unit at `base` ('' = the root) is wrong, or null when it is fine. At the root, any link
 * into `childBase` is wrong too (the root's pages name only the root's).
 */
export function linkProblem(link: string, site: { origin: string; base: string; childBase: string }): string | null {
  const { origin, base, childBase } = site;
  if (link.startsWith('#') || /^(mailto|tel):/.test(link)) return null;
  const ours = link.startsWith(origin) ? link.slice(origin.length) : /^https?:\/\//.test(link) ? null : link;
  if (ours === null) return null; // another site (the national portal, a source)
  if (!ours.startsWith('/')) return 'relative';
  if (SHARED_ASSET.test(ours) && !link.startsWith(origin)) return null;
  if (base) return ours === base || ours.startsWith(`${base}/`) ? null : 'outside the unit';
  return ours.startsWith(`${childBase}/`) || ours === childBase ? 'inside a child unit' : null;
}

/** Form fields as a browser would send them: hidden inputs, and the first choice of every radio group. */
export function filledForm(page: string): URLSearchParams {
  const fields = new URLSearchParams();
  for (const m of page.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) fields.set(m[1] ?? '', (m[2] ?? '').replaceAll('&amp;', '&'));
  for (const m of page.matchAll(/<input type="radio" name="([^"]+)" value="([^"]*)"/g)) if (!fields.has(m[1] ?? '')) fields.set(m[1] ?? '', m[2] ?? '');
  fields.set('website', '');
  return fields;
}

export interface PublicWalk {
  pages: Map<string, { status: number; type: string; text: string }>;
  problems: string[];
  redirects: Map<string, string>;
}

/** Breadth-first over the unit's public pages (at most 200): GET without following redirects, then follow them. */
export async function walkPublicSite(origin: string, base: string, childBase = '/truong-a'): Promise<PublicWalk> {
  const result: PublicWalk = { pages: new Map(), problems: [], redirects: new Map() };
  const queue = PUBLIC_ENTRY.map((p) => `${base}${p}`);
  const seen = new Set(queue);
  const visit = (from: string, link: string) => {
    const problem = linkProblem(link, { origin, base, childBase });
    if (problem) result.problems.push(`${from} → ${link} (${problem})`);
    const path = (link.startsWith(origin) ? link.slice(origin.length) : link).split('#')[0] ?? '';
    const follow = path.startsWith('/') && !SHARED_ASSET.test(path) && !NOT_WALKED.test(path) && !problem;
    if (follow && !seen.has(path) && seen.size < 200) {
      seen.add(path);
      queue.push(path);
    }
  };
  while (queue.length > 0) {
    const path = queue.shift() ?? '';
    const res = await fetch(`${origin}${path}`, { redirect: 'manual' });
    const location = res.headers.get('location');
    if (location) {
      result.redirects.set(path, location);
      visit(path, location);
    }
    const type = res.headers.get('content-type') ?? '';
    const text = await res.text();
    result.pages.set(path, { status: res.status, type, text });
    if (/html|xml|json/.test(type)) for (const link of linksOf(type, text)) visit(path, link);
  }
  return result;
}
