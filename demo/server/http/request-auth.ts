/** Who is calling: a session cookie (with its CSRF token) or a bearer token. */
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AuthStore } from '../store/auth-store';
import type { MemberRecord } from '../store/members-store';

export const SESSION_COOKIE = 'pb_session';

export interface Caller {
  member: MemberRecord;
  via: 'session' | 'bearer';
  /** Set for sessions: the token writes must echo in X-CSRF-Token. */
  csrfToken: string | null;
  sessionId: string | null;
}

export function identifyCaller(c: Context, auth: AuthStore): Caller | null {
  const authorization = c.req.header('authorization');
  if (authorization) {
    const match = /^Bearer\s+([\x21-\x7E]{1,512})$/i.exec(authorization);
    const member = match ? auth.bearer(match[1]!) : null;
    // A present but wrong Authorization header does not fall back to the cookie.
    return member ? { member, via: 'bearer', csrfToken: null, sessionId: null } : null;
  }
  const sessionId = getCookie(c, SESSION_COOKIE);
  if (!sessionId || sessionId.length > 128) return null;
  const session = auth.session(sessionId);
  return session ? { member: session.member, via: 'session', csrfToken: session.csrfToken, sessionId } : null;
}
