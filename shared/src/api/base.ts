/** `/<slug>` before `/admin` or `/display` (or nothing): where a page of the console or the kiosk learns its unit. */
const APP_PATH = /^(?:\/([a-z0-9-]+))?\/(?:admin|display)(?:\/|$)/;
/** A child unit's slug as `unitSlug` accepts it (2–40 characters, no dash at either end). */
const CHILD_SLUG = /^[a-z0-9][a-z0-9-]{0,38}[a-z0-9]$/;

/** The apps' own names: '/display/admin' is the root's screen named "admin", not a unit "display". */
const APP_NAMES = ['admin', 'display'];

/**
 * The unit's base for a page address (units.md): '' at the root ('/admin/…', '/display/gate'), '/<slug>' in a child
 * ('/truong-a/admin/', '/truong-a/display/gate'). Anything else — a junk address, an app's own name in front — is the
 * root, the only unit that always exists. (Self-contained, no schema imported: it runs in the kiosk's start script.)
 */
export function unitBaseFromPath(pathname: string): string {
  const slug = APP_PATH.exec(pathname)?.[1];
  return slug !== undefined && CHILD_SLUG.test(slug) && !APP_NAMES.includes(slug) ? `/${slug}` : '';
}
