/**
 * The address team links are built on. A link must open on a student's phone, so it cannot be
 * the facilitator's `localhost` (which on a phone is the phone). In order of preference: a base
 * address the facilitator typed (remembered in this browser); the page's own address when phones
 * can reach it (a LAN address, a web space); the room server's LAN address when the room server
 * serves the app and the page was opened at localhost; and last, the page's own address with a
 * warning that phones cannot open it.
 */

export type TeamBaseSource = 'typed' | 'page' | 'server';

export interface TeamBase {
  /** The app's address without a hash: team links are this plus `#/seminar/team/…`. */
  readonly url: string;
  readonly source: TeamBaseSource;
  /** True when phones cannot open it (localhost, 127.x, ::1, 0.0.0.0). */
  readonly unreachable: boolean;
}

export type BaseProblem = 'empty' | 'invalid' | 'protocol' | 'credentials' | 'too-long';

/** Longest base address accepted: a university web space path fits in far less. */
const MAX_BASE_CHARS = 300;

export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || h === '0.0.0.0' || h === '::' || /^127\./.test(h);
}

/** The page's address without its query and hash. */
export function pageBase(pageUrl: string): string {
  const url = new URL(pageUrl);
  url.hash = '';
  url.search = '';
  return url.toString();
}

/**
 * A typed base address, checked: http or https, no user name or password, no query or hash
 * (dropped), a folder (a trailing slash is added unless it names a page such as index.html).
 * "192.168.1.23:8080" is read as http://192.168.1.23:8080/.
 */
export function parseTypedBase(typed: string): { ok: true; url: string } | { ok: false; problem: BaseProblem } {
  const text = typed.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  if (text.length > MAX_BASE_CHARS) return { ok: false, problem: 'too-long' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, problem: 'protocol' };
  if (url.username || url.password) return { ok: false, problem: 'credentials' };
  if (!url.hostname) return { ok: false, problem: 'invalid' };
  url.hash = '';
  url.search = '';
  if (!url.pathname.endsWith('/') && !/\.html?$/i.test(url.pathname)) url.pathname += '/';
  return { ok: true, url: url.toString() };
}

/** Where team links point, from what is known (see the file's opening comment). */
export function chooseTeamBase(pageUrl: string, typed: string | null, serverUrls: readonly string[]): TeamBase {
  if (typed) {
    const parsed = parseTypedBase(typed);
    if (parsed.ok) return { url: parsed.url, source: 'typed', unreachable: isLoopbackHost(new URL(parsed.url).hostname) };
  }
  const page = pageBase(pageUrl);
  if (!isLoopbackHost(new URL(page).hostname)) return { url: page, source: 'page', unreachable: false };
  const server = serverUrls.map((u) => parseTypedBase(u)).find((p): p is { ok: true; url: string } => p.ok && !isLoopbackHost(new URL(p.url).hostname));
  if (server) return { url: server.url, source: 'server', unreachable: false };
  return { url: page, source: 'page', unreachable: true };
}
