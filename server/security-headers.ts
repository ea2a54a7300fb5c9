/**
 * The headers every HTTP answer of the room server carries. The Content-Security-Policy allows
 * only the app's own origin: its scripts and style sheets (files: no inline script, no inline
 * style sheet or style attribute — React and Recharts set styles through the DOM, which a policy
 * does not restrict), its model workers (files), pictures it draws itself (blob: — a chart saved
 * as PNG is its SVG drawn on a canvas from a Blob), and connections to its own origin and its own
 * room socket. The built app carries the same policy in a <meta> tag (metaContentSecurityPolicy,
 * put there by vite.config.ts), so one declaration serves both; `frame-ancestors` can only be set
 * by a header, so it is in the header alone. The browser tests use every feature of the four
 * views under the <meta> policy and fail on any violation (tests/e2e/csp.e2e.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The policy's directives other than connect-src, which names the host the page was loaded from. */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob:",
  "font-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/** A Host header we may echo into a header: a host name or address and an optional port. */
const SAFE_HOST = /^[A-Za-z0-9.-]{1,253}(:\d{1,5})?$|^\[[0-9A-Fa-f:.]{2,45}\](:\d{1,5})?$/;

/**
 * The same policy for the built app's <meta> tag (vite.config.ts puts it in dist/index.html), for
 * any static host: without `frame-ancestors`, which a <meta> policy cannot carry (browsers ignore
 * it there and say so in the console), and with `connect-src 'self'`, which covers a room socket
 * of the same host in browsers that follow CSP Level 3.
 */
export function metaContentSecurityPolicy(): string {
  return [...CSP_DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')), "connect-src 'self'"].join('; ');
}

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
