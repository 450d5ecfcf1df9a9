/**
 * Answers of the review page's server: security headers on every response, JSON and plain text
 * bodies, and request bodies read with a size cap.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiErrorBody } from './types.js';

/** Headers of every answer: nothing from other hosts, no sniffing, no referrer, no framing. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Most a request body may hold (a plan section is far smaller). */
export const MAX_BODY_BYTES = 1024 * 1024;

export function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  type: string,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': type,
    'Content-Length': String(Buffer.byteLength(body)),
    ...headers,
  });
  res.end(body);
}

/** JSON, never cached (the state changes with every save). */
export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8', {
    'Cache-Control': 'no-store',
  });
}

/** An API error: `{ message, problems? }` with the text in the case's language. */
export function sendError(
  res: ServerResponse,
  status: number,
  message: string,
  problems?: string[],
): void {
  const body: ApiErrorBody = problems?.length ? { message, problems } : { message };
  sendJson(res, status, body);
}

/** A refusal of a page load: plain text in the case's language. */
export function sendText(res: ServerResponse, status: number, text: string): void {
  send(res, status, `${text}\n`, 'text/plain; charset=utf-8', { 'Cache-Control': 'no-store' });
}

export class BodyTooLarge extends Error {}

/** The request body, or BodyTooLarge once it passes `max` bytes (the rest is not read). */
export function readBody(req: IncomingMessage, max = MAX_BODY_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > max) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.removeAllListeners('data');
        req.resume();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
