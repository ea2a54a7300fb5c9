/**
 * A request the server refuses: thrown by a handler, answered by the connection as an `error`
 * frame with the request's id, its code and the reason in words. Nothing is written to a room's
 * log before a handler has finished checking, so a refusal leaves the room as it was.
 */
import type { ErrorCode } from '../src/shared/room/frames';

export class Refusal extends Error {
  override name = 'Refusal';
  constructor(
    readonly code: ErrorCode,
    readonly reason: string,
    /** Close the socket after answering (with this WebSocket close code). */
    readonly closeWith?: number,
  ) {
    super(reason);
  }
}

/** WebSocket close codes of the protocol (4000–4999 are for applications). */
export const CLOSE = {
  /** Policy violation: a flood, or no entry message in time. */
  policy: 1008,
  tooBig: 1009,
  goingAway: 1001,
  tryLater: 1013,
  /** The credentials can never work (unknown room, wrong secret or token): do not reconnect. */
  fatal: 4001,
  /** The facilitator released the team or refused the device. */
  released: 4002,
} as const;
