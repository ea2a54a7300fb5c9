/**
 * Serving the production build (dist/) under a base path, read-only: GET and HEAD of files inside
 * the build folder, with the right content type, long caching for Vite's hashed assets and none
 * for index.html. A path that leaves the folder, a dotfile or an unknown extension is 404. The
 * bare base path without its slash redirects to it, so relative asset URLs resolve.
 */
import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { setSecurityHeaders } from './security-headers';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Vite names assets by their content hash, so they never change under the same name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

function fail(res: ServerResponse, status: number, text: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(text);
}

export interface StaticOptions {
  /** The build folder, or null to serve no files (a relay only). */
  readonly distDir: string | null;
  /** Path prefix the app is served under, starting and ending with "/". */
  readonly base: string;
}

export function staticHandler(opts: StaticOptions) {
  const root = opts.distDir ? resolve(opts.distDir) : null;
  return (req: IncomingMessage, res: ServerResponse): void => {
    setSecurityHeaders(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return fail(res, 405, 'Only GET and HEAD are served here.');
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return fail(res, 400, 'The address is not valid.');
    }
    if (opts.base !== '/' && (pathname === opts.base.slice(0, -1) || pathname === '/')) {
      res.statusCode = 302;
      res.setHeader('Location', opts.base);
      return void res.end();
    }
    if (!root) return fail(res, 404, 'This room server relays seminars only; it serves no app.');
    if (!pathname.startsWith(opts.base)) return fail(res, 404, `Not found. The app is at ${opts.base}`);
    const rel = pathname.slice(opts.base.length) || 'index.html';
    if (rel.split('/').some((part) => part.startsWith('.') || part.includes('\0'))) return fail(res, 404, 'Not found.');
    const file = resolve(join(root, rel));
    if (!file.startsWith(root + sep)) return fail(res, 404, 'Not found.');
    const type = TYPES[extname(file).toLowerCase()];
    let size: number;
    try {
      const st = statSync(file);
      if (!st.isFile()) return fail(res, 404, 'Not found.');
      size = st.size;
    } catch {
      return fail(res, 404, 'Not found.');
    }
    if (!type) return fail(res, 404, 'Not found.');
    res.statusCode = 200;
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Length', size);
    res.setHeader('Cache-Control', rel.startsWith('assets/') ? IMMUTABLE : 'no-cache');
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  };
}
