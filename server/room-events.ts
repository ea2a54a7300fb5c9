/**
 * The events of a room's log, one JSON object per line. The log is the room: replaying it gives
 * the room's state after a restart. Lines are checked with zod when read back, with the same
 * schemas as the protocol, so a hand-edited or damaged file is reported, never half-trusted.
 */
import { z } from 'zod';
import { publishMsg, teamEntrySchema } from '../src/shared/room/protocol';
import { TOKEN_RE } from '../src/shared/room/room-code';
import { decisionSchema, predictionSchema, roundStatusSchema, teamIdSchema } from '../src/shared/room/views';

/** The log's format version, in the first line of every room file. */
export const LOG_FORMAT = 1;

const at = z.number().int().min(0);
const hash = z.string().regex(/^[0-9a-f]{64}$/);
const round = publishMsg.shape.round;

export const roomEventSchema = z.discriminatedUnion('e', [
  /** The room was opened; the secret is kept only as its SHA-256. */
  z.strictObject({ e: z.literal('created'), at, format: z.literal(LOG_FORMAT), room: z.string(), secretHash: hash }),
  /** The room's teams (the whole list), with their tokens. */
  z.strictObject({ e: z.literal('teams'), at, teams: z.array(teamEntrySchema.extend({ token: z.string().regex(TOKEN_RE) })) }),
  /** A device now holds a team (kept as the SHA-256 of its key). */
  z.strictObject({ e: z.literal('claim'), at, team: teamIdSchema, device: hash }),
  /** The facilitator released a team: every device key of it is forgotten. */
  z.strictObject({ e: z.literal('release'), at, team: teamIdSchema }),
  z.strictObject({ e: z.literal('publish'), at, round, roundsTotal: publishMsg.shape.roundsTotal, status: roundStatusSchema, public: publishMsg.shape.public, views: publishMsg.shape.views }),
  z.strictObject({ e: z.literal('status'), at, round, status: roundStatusSchema }),
  /** A team's decision; `id` is the sender's request id, so a resent submission is recorded once. */
  z.strictObject({ e: z.literal('submit'), at, id: z.string(), round, team: teamIdSchema, decision: decisionSchema, prediction: predictionSchema.optional() }),
]);

export type RoomEvent = z.infer<typeof roomEventSchema>;
/** An event as a handler writes it; the registry stamps the time. */
export type NewRoomEvent = RoomEvent extends infer E ? (E extends RoomEvent ? Omit<E, 'at'> : never) : never;
