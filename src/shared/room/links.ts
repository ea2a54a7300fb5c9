/**
 * The addresses of the room: the socket next to the page (so the app works under any sub-path,
 * and ws: or wss: follows http: or https:), and the in-app links a QR code carries. The team
 * token travels in the #fragment, which browsers never send to a server or in a Referer.
 *
 *   #/join/K7Q3XM/interior?k=TOKEN   a team's own QR code: joins that team at once
 *   #/join/K7Q3XM                    the room's code alone: pick a team, the facilitator admits
 *   #/watch/K7Q3XM                   a spectator (a second projector, a student's laptop)
 */
import { normaliseRoomCode, TOKEN_RE } from './room-code';

/** The room socket for a page at `pageUrl`: same host, `room` beside the page, ws: or wss:. */
export function roomSocketUrl(pageUrl: string): string {
  const url = new URL('room', pageUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.hash = '';
  url.search = '';
  return url.toString();
}

export const teamJoinHash = (room: string, team: string, token: string): string => `#/join/${room}/${team}?k=${encodeURIComponent(token)}`;
export const roomJoinHash = (room: string): string => `#/join/${room}`;
export const watchHash = (room: string): string => `#/watch/${room}`;

/** A link to the app at `appUrl` (the page's address without its hash) with an in-app hash. */
export function appLink(appUrl: string, hash: string): string {
  const url = new URL(appUrl);
  url.hash = '';
  return `${url.toString()}${hash}`;
}

export type RoomLink =
  | { readonly kind: 'join'; readonly room: string; readonly team?: string; readonly token?: string }
  | { readonly kind: 'watch'; readonly room: string };

/** Read a room hash (#/join/…, #/watch/…); null when it is not one, or its code or token is damaged. */
export function parseRoomHash(hash: string): RoomLink | null {
  const m = /^#?\/(join|watch)\/([^/?]{1,32})(?:\/([a-z0-9-]{1,32}))?(?:\?(.*))?$/.exec(hash);
  if (!m) return null;
  const [, kind, rawRoom, team, query] = m;
  const room = normaliseRoomCode(decodeURIComponent(rawRoom));
  if (!room) return null;
  if (kind === 'watch') return team ? null : { kind: 'watch', room };
  const token = query ? (new URLSearchParams(query).get('k') ?? undefined) : undefined;
  if (token !== undefined && (!team || !TOKEN_RE.test(token))) return null;
  return { kind: 'join', room, ...(team ? { team } : {}), ...(token ? { token } : {}) };
}
