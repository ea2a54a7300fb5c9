/**
 * What the client library needs from a WebSocket, so that it runs on the browser's own WebSocket
 * and, in Node (which has no global WebSocket before version 22), on the `ws` package's — passed
 * in as a constructor. Also the reconnect delay: exponential backoff with jitter, so that thirty
 * phones that lost the Wi-Fi together do not all knock at the same instant.
 */

export interface WebSocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: ((ev: { code: number; reason: string }) => void) | null;
  onerror: ((ev: unknown) => void) | null;
}

export type WebSocketConstructor = new (url: string) => WebSocketLike;

export const SOCKET_OPEN = 1;

export interface Backoff {
  /** Delay before the first retry. */
  readonly initialMs: number;
  /** Longest delay between retries. */
  readonly maxMs: number;
  /** Each failed attempt multiplies the delay by this. */
  readonly factor: number;
}

/** From half a second up to fifteen: quick after a blip, gentle on a server that is down. */
export const DEFAULT_BACKOFF: Backoff = { initialMs: 500, maxMs: 15_000, factor: 2 };

/** Delay before retry number `attempt` (0-based): the backoff ceiling, less up to half of it at random. */
export function backoffDelay(b: Backoff, attempt: number, random: () => number): number {
  const ceiling = Math.min(b.maxMs, b.initialMs * b.factor ** attempt);
  return Math.round(ceiling * (0.5 + random() / 2));
}

/** An error the server (or the connection) gave for a request; `code` is one of ERROR_CODES, 'timeout' or 'closed'. */
export class RoomError extends Error {
  override name = 'RoomError';
  constructor(
    readonly code: string,
    readonly reason: string,
  ) {
    super(reason);
  }
}
