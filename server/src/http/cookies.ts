/** The admin session cookie: httpOnly (no script can read it), SameSite=Strict (no cross-site sends). */
export const SESSION_COOKIE = 'bt_session';

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/**
 * Every value of a cookie the request carries under `name`. A browser sends one `bt_session` per unit signed in to on
 * this origin whose Path covers the address (the child's `/<slug>/` one first: longer paths come first).
 */
export function readCookies(header: string | undefined, name: string): string[] {
  if (!header) return [];
  const values: string[] = [];
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    try {
      const value = decodeURIComponent(part.slice(eq + 1).trim());
      if (value) values.push(value);
    } catch {
      // A malformed value is skipped, as readCookie does.
    }
  }
  return values;
}

/** An httpOnly, SameSite=Strict cookie; `Secure` when the request came over HTTPS. */
function strictCookie(name: string, value: string, path: string, maxAgeSeconds: number, secure: boolean): string {
  return [`${name}=${encodeURIComponent(value)}`, `Path=${path}`, 'HttpOnly', 'SameSite=Strict', `Max-Age=${maxAgeSeconds}`, ...(secure ? ['Secure'] : [])].join('; ');
}

/**
 * The session cookie's name in a unit (`base`: '' for the root, '/<slug>' for a child): `bt_session` at the root,
 * `bt_session_<slug>` in a child. Units are told apart by name, not by Path: every unit's console socket connects to the
 * one `/socket.io/` address, and a cookie under `/<slug>/` would never reach it.
 */
export const sessionCookieName = (base = ''): string => (base === '' ? SESSION_COOKIE : `${SESSION_COOKIE}_${base.slice(1)}`);

export function sessionCookie(token: string, maxAgeSeconds: number, secure: boolean, base = ''): string {
  return strictCookie(sessionCookieName(base), token, '/', maxAgeSeconds, secure);
}

export function clearedSessionCookie(secure: boolean, base = ''): string {
  return sessionCookie('', 0, secure, base);
}

/** Between the password and the code of a two-step login: httpOnly, sent only to the login routes, five minutes. */
export const SECOND_STEP_COOKIE = 'bt_login_step';

export function secondStepCookie(ticket: string, maxAgeSeconds: number, secure: boolean, base = ''): string {
  return strictCookie(SECOND_STEP_COOKIE, ticket, `${base}/api/auth/login`, maxAgeSeconds, secure);
}
