/**
 * The headers every HTTP answer of the room server carries. The Content-Security-Policy allows
 * only the app's own origin: its scripts and styles (files, no inline script), its model workers
 * (files; blob: for a worker made from a Blob), pictures it draws itself (data: and blob: for
 * chart export and the favicon), and connections to its own origin and its own room socket.
 * The built app's <meta> policy (see the README) must allow no more than this one; `frame-ancestors`
 * can only be set by a header, so it is here alone.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The policy's directives other than connect-src, which names the host the page was loaded from. */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  // React and Recharts set style attributes from script; no stylesheet is inline.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/** A Host header we may echo into a header: a host name or address and an optional port. */
const SAFE_HOST = /^[A-Za-z0-9.-]{1,253}(:\d{1,5})?$|^\[[0-9A-Fa-f:.]{2,45}\](:\d{1,5})?$/;

export function contentSecurityPolicy(host: string | undefined): string {
  const connect = host && SAFE_HOST.test(host) ? `connect-src 'self' ws://${host} wss://${host}` : "connect-src 'self'";
  return [...CSP_DIRECTIVES, connect].join('; ');
}

export function setSecurityHeaders(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', contentSecurityPolicy(req.headers.host));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  // Team tokens travel in the address's #fragment, which is never sent; send no referrer at all.
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
}
