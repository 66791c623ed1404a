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

/** An httpOnly, SameSite=Strict cookie; `Secure` when the request came over HTTPS. */
function strictCookie(name: string, value: string, path: string, maxAgeSeconds: number, secure: boolean): string {
  return [`${name}=${encodeURIComponent(value)}`, `Path=${path}`, 'HttpOnly', 'SameSite=Strict', `Max-Age=${maxAgeSeconds}`, ...(secure ? ['Secure'] : [])].join('; ');
}

export function sessionCookie(token: string, maxAgeSeconds: number, secure: boolean): string {
  return strictCookie(SESSION_COOKIE, token, '/', maxAgeSeconds, secure);
}

export function clearedSessionCookie(secure: boolean): string {
  return sessionCookie('', 0, secure);
}

/** Between the password and the code of a two-step login: httpOnly, sent only to the login routes, five minutes. */
export const SECOND_STEP_COOKIE = 'bt_login_step';

export function secondStepCookie(ticket: string, maxAgeSeconds: number, secure: boolean): string {
  return strictCookie(SECOND_STEP_COOKIE, ticket, '/api/auth/login', maxAgeSeconds, secure);
}
