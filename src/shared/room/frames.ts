/**
 * The room protocol, version 1: the frames the room server sends. Replies carry `re`, the id of
 * the request they answer; broadcasts carry none. The client library checks every frame against
 * these schemas, so a page never acts on a frame it does not understand.
 */
import { z } from 'zod';
import { safeParse } from '../../../scenarios/index';
import { MAX_ROUNDS, MAX_TEAMS, requestIdSchema } from './protocol';
import { ROOM_CODE_RE, SECRET_RE, TOKEN_RE } from './room-code';
import { decisionSchema, predictionSchema, publicViewSchema, roundStatusSchema, teamIdSchema, teamViewSchema } from './views';

/** Why a request was refused. The reason in words is for people; the code is for programs. */
export const ERROR_CODES = [
  'version', // the protocol version is not this server's
  'malformed', // not JSON, or a binary frame
  'invalid', // JSON, but not a message of the protocol (the reason names the field)
  'too-large', // over the size limit for the sender's role
  'rate-limited', // too many messages from this socket
  'not-joined', // a message that needs a role, before open/resume/join/watch
  'already-joined', // a second entry message on a socket that has a role
  'forbidden', // a message the sender's role may not send
  'unknown-room', // no room with that code
  'wrong-secret', // the room secret does not match
  'wrong-token', // the team token or device key does not match
  'unknown-team', // no team with that id in the room
  'wrong-team', // a team device sending for another team
  'stale-round', // a submission for a round that is not the one being played
  'round-closed', // the round is locked or revealed, or not yet open
  'bad-decision', // levers that are not the team's, over its budget, a prediction out of range
  'conflict', // a publish that would go back (a round already revealed, an earlier round)
  'unknown-request', // admit/refuse for a join request that is no longer waiting
  'refused', // the facilitator refused this device
  'released', // the facilitator released the team: this device is no longer its
  'server-full', // too many rooms, connections or spectators
  'server', // a fault of the server (its log could not be written): nothing was recorded
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Codes after which reconnecting with the same credentials cannot succeed. */
export const FATAL_CODES: ReadonlySet<string> = new Set<ErrorCode>(['version', 'unknown-room', 'wrong-secret', 'wrong-token', 'unknown-team', 'refused', 'released']);

const re = requestIdSchema;
const round = z.number().int().min(0).max(MAX_ROUNDS - 1);
const roomCode = z.string().regex(ROOM_CODE_RE);
const count = z.number().int().min(0);

export const roundStateSchema = z.strictObject({
  round,
  roundsTotal: z.number().int().min(1).max(MAX_ROUNDS),
  status: roundStatusSchema,
  public: publicViewSchema,
  /** The team's own view (team devices only; null if the facilitator published none for it). */
  view: teamViewSchema.nullable().optional(),
});
export type RoundState = z.infer<typeof roundStateSchema>;

export const submissionSchema = z.strictObject({
  round,
  team: teamIdSchema,
  /** The server's sequence number of the event that recorded it: later means newer. */
  seq: count,
  /** Server time, ms since 1970, when it was recorded. */
  at: count,
  decision: decisionSchema,
  prediction: predictionSchema.optional(),
});
export type Submission = z.infer<typeof submissionSchema>;

const teamInfo = z.strictObject({
  id: teamIdSchema,
  name: z.string(),
  token: z.string().regex(TOKEN_RE),
  /** Devices of the team connected now, and whether any device holds the team. */
  connected: count,
  claimed: z.boolean(),
});

export const joinRequestSchema = z.strictObject({ request: z.string().regex(TOKEN_RE), team: teamIdSchema, at: count });

export const FRAMES = {
  welcome: z.strictObject({
    t: z.literal('welcome'),
    v: z.number().int(),
    server: z.literal('crossings-room'),
    limits: z.strictObject({ maxFrameBytes: count, facilitatorMaxFrameBytes: count, burst: count, perSecond: z.number() }),
  }),
  error: z.strictObject({ t: z.literal('error'), re: re.optional(), code: z.string(), reason: z.string() }),
  opened: z.strictObject({ t: z.literal('opened'), re, room: roomCode, secret: z.string().regex(SECRET_RE) }),
  'room-state': z.strictObject({
    t: z.literal('room-state'),
    re: re.optional(),
    room: roomCode,
    teams: z.array(teamInfo),
    round: roundStateSchema.extend({ views: z.record(teamIdSchema, teamViewSchema) }).omit({ view: true }).nullable(),
    /** The latest submission of each team in each round. */
    submissions: z.array(submissionSchema),
    requests: z.array(joinRequestSchema),
    spectators: count,
  }),
  'teams-set': z.strictObject({ t: z.literal('teams-set'), re, teams: z.array(teamInfo) }),
  ack: z.strictObject({ t: z.literal('ack'), re, seq: count.optional() }),
  joined: z.strictObject({
    t: z.literal('joined'),
    re,
    room: roomCode,
    team: z.strictObject({ id: teamIdSchema, name: z.string() }),
    /** The device key: keep it to come back as this team (join with `device`). */
    device: z.string().regex(TOKEN_RE),
    round: roundStateSchema.nullable(),
    /** The team's latest submission for the current round, if any. */
    submission: submissionSchema.nullable(),
  }),
  waiting: z.strictObject({ t: z.literal('waiting'), re, request: z.string().regex(TOKEN_RE), team: teamIdSchema }),
  /** The room's teams (for a device that joins by the room's code and picks its team), its round and who has submitted. */
  watching: z.strictObject({ t: z.literal('watching'), re, room: roomCode, teams: z.array(z.strictObject({ id: teamIdSchema, name: z.string().max(80) })).max(MAX_TEAMS), round: roundStateSchema.nullable(), submitted: z.array(teamIdSchema) }),
  /** The round changed (published, locked, revealed). Team devices get their own view. */
  round: roundStateSchema.extend({ t: z.literal('round') }),
  /** Who has submitted in the current round (everyone in the room). */
  progress: z.strictObject({ t: z.literal('progress'), round, submitted: z.array(teamIdSchema) }),
  /** The team's decision was recorded (all of the team's devices). */
  submitted: submissionSchema.extend({ t: z.literal('submitted') }),
  /** A team's decision, for the facilitator. */
  submission: submissionSchema.extend({ t: z.literal('submission') }),
  /** A device asks to join a team (facilitator). */
  'join-request': joinRequestSchema.extend({ t: z.literal('join-request') }),
  /** Connected devices per team, and spectators (facilitator). */
  presence: z.strictObject({ t: z.literal('presence'), teams: z.record(teamIdSchema, count), spectators: count, requests: z.array(joinRequestSchema) }),
  pong: z.strictObject({ t: z.literal('pong'), re }),
} as const;

export type FrameType = keyof typeof FRAMES;
export type FrameOf<K extends FrameType> = z.infer<(typeof FRAMES)[K]>;
export type ServerFrame = { [K in FrameType]: FrameOf<K> }[FrameType];

/** Check a frame from the server; null when it is not one of the protocol's frames. */
export function parseServerFrame(data: unknown): ServerFrame | null {
  if (typeof data !== 'object' || data === null) return null;
  const t = (data as { t?: unknown }).t;
  if (typeof t !== 'string' || !Object.hasOwn(FRAMES, t)) return null;
  const res = safeParse(FRAMES[t as FrameType], data);
  return res.success ? (res.data as ServerFrame) : null;
}
