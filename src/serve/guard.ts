/**
 * Who may talk to the review page's server: a request must name the server by its loopback
 * address (DNS-rebinding guard), carry the run's token (query on the first load, then an HttpOnly
 * cookie, or the X-Evidence-Token header), and a write must come from the page's own origin.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { tr, type Lang } from '../i18n/catalogue.js';

export interface GuardContext {
  token: string;
  port: number;
  lang: Lang;
}

export type Verdict =
  | { kind: 'allow' }
  /** A valid token in the query: set the cookie and load the same URL without it. */
  | { kind: 'redirect'; location: string; cookie: string }
  | { kind: 'refuse'; status: 401 | 403; message: string };

/** A new token for one run of the server: 32 random bytes as hex. */
export function newToken(): string {
  return randomBytes(32).toString('hex');
}

/** Constant-time comparison (hashing first makes the lengths equal). */
export function tokensEqual(given: string, token: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(token).digest();
  return timingSafeEqual(a, b) && given.length === token.length;
}

/** The cookie's name: one per port, so two servers on one machine don't overwrite each other. */
export const cookieName = (port: number) => `evidence_pack_${port}`;

/** The Host values the server answers to. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

const isRead = (method: string | undefined) => method === 'GET' || method === 'HEAD';

export function guard(req: IncomingMessage, ctx: GuardContext): Verdict {
  const host = (req.headers.host ?? '').toLowerCase();
  if (!allowedHosts(ctx.port).includes(host))
    return {
      kind: 'refuse',
      status: 403,
      message: tr(ctx.lang, 'serve.forbiddenHost', { host: host || '-' }),
    };

  const url = new URL(req.url ?? '/', `http://${host}`);
  const header = req.headers['x-evidence-token'];
  const fromHeader = typeof header === 'string' ? header : undefined;
  const fromCookie = cookieValue(req.headers.cookie, cookieName(ctx.port));
  const fromQuery = url.searchParams.get('token') ?? undefined;
  const valid = (v: string | undefined) => v !== undefined && tokensEqual(v, ctx.token);

  if (fromQuery !== undefined && isRead(req.method) && valid(fromQuery)) {
    url.searchParams.delete('token');
    return {
      kind: 'redirect',
      // one leading slash: `//host` would send the browser to another site
      location: `${url.pathname.replace(/^[/\\]+/, '/')}${url.search}`,
      cookie: `${cookieName(ctx.port)}=${ctx.token}; Path=/; HttpOnly; SameSite=Strict`,
    };
  }
  if (!valid(fromHeader) && !valid(fromCookie))
    return { kind: 'refuse', status: 401, message: tr(ctx.lang, 'serve.unauthorized') };

  if (!isRead(req.method)) {
    const origin = req.headers.origin;
    const site = req.headers['sec-fetch-site'];
    if (origin !== `http://${host}` || (site !== undefined && site !== 'same-origin'))
      return {
        kind: 'refuse',
        status: 403,
        message: tr(ctx.lang, 'serve.forbiddenOrigin', { origin: origin ?? '-' }),
      };
  }
  return { kind: 'allow' };
}
