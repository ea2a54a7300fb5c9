/**
 * The facilitator's window and the projector window stay in step over a BroadcastChannel (same
 * browser, same origin; nothing leaves the computer), as presenter tools do: the facilitator's
 * window sends the session and the room's state after every change; a projector window that opens
 * (or reloads) says hello and is sent the current state at once. Messages from the channel are
 * checked like any input from outside.
 */
import { z } from 'zod';
import { safeParse } from '../../../../scenarios/index';
import { sessionSchema, type Session } from '../session/session';

export const PROJECTOR_CHANNEL = 'crossings:seminar-projector';
/** The projector window's name: opening it again brings the same window forward. */
export const PROJECTOR_WINDOW = 'crossings-projector';

const roomSummarySchema = z.strictObject({
  code: z.string().max(16).nullable(),
  /** The room's round is locked: no more decisions from phones. */
  locked: z.boolean(),
  /** Teams whose phones have sent a decision this round. */
  submitted: z.array(z.string().max(32)).max(12),
});
export type RoomSummary = z.infer<typeof roomSummarySchema>;

const stateSchema = z.strictObject({ t: z.literal('state'), session: sessionSchema, room: roomSummarySchema });
const helloSchema = z.strictObject({ t: z.literal('hello') });

export type ProjectorState = { readonly session: Session; readonly room: RoomSummary };

export function stateMessage(state: ProjectorState): z.input<typeof stateSchema> {
  return { t: 'state', session: state.session, room: state.room };
}

export const helloMessage = { t: 'hello' } as const;

export function readStateMessage(data: unknown): ProjectorState | null {
  const res = safeParse(stateSchema, data);
  return res.success ? { session: res.data.session, room: res.data.room } : null;
}

export const isHello = (data: unknown): boolean => safeParse(helloSchema, data).success;

export function openChannel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(PROJECTOR_CHANNEL);
}
