/**
 * The room protocol, version 1: the messages a browser sends to the room server. Every message is
 * one JSON text frame with a type `t`; those that expect an answer carry a request `id` chosen by
 * the sender, and the server answers each exactly once, with a frame whose `re` is that id (the
 * specific reply, an `ack`, or an `error` with a code and a reason in words). The first message on
 * a socket says who it is (open, resume, join or watch) and carries the protocol version `v`.
 * Server → browser frames are in frames.ts. The server validates every frame with these schemas.
 */
import { z } from 'zod';
import { safeParse, shortIssueMessage } from '../../../scenarios/index';
import { shownPath } from '../../../scenarios/shown';
import { normaliseRoomCode, SECRET_RE, TOKEN_RE } from './room-code';
import { decisionSchema, predictionSchema, publicViewSchema, roundStatusSchema, teamIdSchema, teamViewSchema } from './views';

export const PROTOCOL_VERSION = 1;
/** Largest round index (0-based) and number of rounds, as a seminar session allows. */
export const MAX_ROUNDS = 10;
/** Largest number of teams in a room, as a seminar session allows. */
export const MAX_TEAMS = 12;

export const requestIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,36}$/, 'must be 1–36 letters, digits, dashes or underscores');
/** A room code as typed or linked; read generously, then checked against the alphabet. */
export const roomCodeSchema = z
  .string()
  .max(32)
  .transform((s, ctx) => {
    const code = normaliseRoomCode(s);
    if (code === null) {
      ctx.addIssue({ code: 'custom', message: 'is not a room code (six characters, digits and capitals without I, L, O, U)' });
      return z.NEVER;
    }
    return code;
  });
export const secretSchema = z.string().regex(SECRET_RE, 'is not a room secret');
export const tokenSchema = z.string().regex(TOKEN_RE, 'is not a team token');
const versionSchema = z.literal(PROTOCOL_VERSION);
const roundSchema = z.number().int().min(0).max(MAX_ROUNDS - 1);

export const teamEntrySchema = z.strictObject({ id: teamIdSchema, name: z.string().min(1).max(80) });

/** Facilitator: open a new room. Answer: `opened` (room code and secret). */
export const openMsg = z.strictObject({ t: z.literal('open'), v: versionSchema, id: requestIdSchema });
/** Facilitator (after a reload, or on another window): take up a room. Answer: `room-state`. */
export const resumeMsg = z.strictObject({ t: z.literal('resume'), v: versionSchema, id: requestIdSchema, room: roomCodeSchema, secret: secretSchema });
/**
 * Team device: join a team. With the team's `token` (from its QR code) a device claims a team no
 * device holds yet; with its `device` key (given when it joined) it comes back. Otherwise (no
 * token, or the team is held by another device) the facilitator is asked to admit it: answer
 * `waiting`, then `joined` or `error` (refused) with the same `re`.
 */
export const joinMsg = z.strictObject({
  t: z.literal('join'),
  v: versionSchema,
  id: requestIdSchema,
  room: roomCodeSchema,
  team: teamIdSchema,
  token: tokenSchema.optional(),
  device: tokenSchema.optional(),
});
/** Spectator (projector, any phone): see the round's public state and who has submitted. Answer: `watching`. */
export const watchMsg = z.strictObject({ t: z.literal('watch'), v: versionSchema, id: requestIdSchema, room: roomCodeSchema });

/** Facilitator: the teams of the room (kept teams keep their token). Answer: `teams-set`. */
export const teamsMsg = z.strictObject({
  t: z.literal('teams'),
  id: requestIdSchema,
  teams: z
    .array(teamEntrySchema)
    .min(1)
    .max(MAX_TEAMS)
    .refine((ts) => new Set(ts.map((x) => x.id)).size === ts.length, { error: 'two teams share an id' }),
});
/** Facilitator: the round's state, the public view and each team's view. Answer: `ack`. */
export const publishMsg = z.strictObject({
  t: z.literal('publish'),
  id: requestIdSchema,
  round: roundSchema,
  roundsTotal: z.number().int().min(1).max(MAX_ROUNDS),
  status: roundStatusSchema,
  public: publicViewSchema,
  views: z.record(teamIdSchema, teamViewSchema),
});
/** Facilitator: no more decisions for this round. Answer: `ack`. */
export const lockMsg = z.strictObject({ t: z.literal('lock'), id: requestIdSchema, round: roundSchema });
/** Facilitator: let a waiting device in as its team (admit) or send it away (refuse). Answer: `ack`. */
export const admitMsg = z.strictObject({ t: z.literal('admit'), id: requestIdSchema, request: tokenSchema });
export const refuseMsg = z.strictObject({ t: z.literal('refuse'), id: requestIdSchema, request: tokenSchema });
/** Facilitator: disconnect a team's devices and forget their keys; its token claims it again. Answer: `ack`. */
export const releaseMsg = z.strictObject({ t: z.literal('release'), id: requestIdSchema, team: teamIdSchema });
/** Team device: the team's decision and prediction for the round being played. Answer: `ack` with `seq`. */
export const submitMsg = z.strictObject({
  t: z.literal('submit'),
  id: requestIdSchema,
  round: roundSchema,
  team: teamIdSchema,
  decision: decisionSchema,
  prediction: predictionSchema.optional(),
});
/** Anyone: is the connection alive? Answer: `pong`. */
export const pingMsg = z.strictObject({ t: z.literal('ping'), id: requestIdSchema });

export const CLIENT_MESSAGES = {
  open: openMsg,
  resume: resumeMsg,
  join: joinMsg,
  watch: watchMsg,
  teams: teamsMsg,
  publish: publishMsg,
  lock: lockMsg,
  admit: admitMsg,
  refuse: refuseMsg,
  release: releaseMsg,
  submit: submitMsg,
  ping: pingMsg,
} as const;

export type ClientMessageType = keyof typeof CLIENT_MESSAGES;
export type ClientMessage = { [K in ClientMessageType]: z.infer<(typeof CLIENT_MESSAGES)[K]> }[ClientMessageType];
export type ClientMessageOf<K extends ClientMessageType> = z.infer<(typeof CLIENT_MESSAGES)[K]>;
/** What a sender writes (a room code may still be in its typed form). */
export type ClientMessageInput<K extends ClientMessageType> = z.input<(typeof CLIENT_MESSAGES)[K]>;

/** Messages that say who a socket is; the first message on a socket must be one of these. */
export const ENTRY_TYPES: readonly ClientMessageType[] = ['open', 'resume', 'join', 'watch'];

export type ParsedMessage = { ok: true; msg: ClientMessage } | { ok: false; code: 'invalid' | 'version'; id?: string; reason: string };

/** Check a decoded JSON value against the protocol; the reason names the field and the rule. */
export function parseClientMessage(data: unknown): ParsedMessage {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, code: 'invalid', reason: 'a message must be a JSON object with a type "t"' };
  const record = data as Record<string, unknown>;
  const rawId = Object.hasOwn(record, 'id') ? record.id : undefined;
  const id = safeParse(requestIdSchema, rawId).success ? (rawId as string) : undefined;
  const t = Object.hasOwn(record, 't') ? record.t : undefined;
  if (typeof t !== 'string' || !Object.hasOwn(CLIENT_MESSAGES, t))
    return { ok: false, code: 'invalid', id, reason: `unknown message type ${JSON.stringify(typeof t === 'string' ? t.slice(0, 40) : t) ?? 'undefined'}` };
  const res = safeParse(CLIENT_MESSAGES[t as ClientMessageType], data);
  if (res.success) return { ok: true, msg: res.data as ClientMessage };
  const issue = res.error.issues[0];
  const where = shownPath(issue.path, t);
  if (issue.code === 'invalid_value' && issue.path[0] === 'v')
    return { ok: false, code: 'version', id, reason: `protocol version ${JSON.stringify(record.v)} is not supported (this server speaks version ${PROTOCOL_VERSION})` };
  return { ok: false, code: 'invalid', id, reason: `${t}: ${where} ${shortIssueMessage(issue)}` };
}

class ReservedKey extends Error {}

/**
 * Decode a text frame and check it. JSON's "__proto__" key would be silently dropped by the
 * schemas (it cannot pollute anything), but a sender that uses it is refused outright, by name.
 */
export function parseFrameText(text: string): ParsedMessage | { ok: false; code: 'malformed'; reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(text, (key, value: unknown) => {
      if (key === '__proto__') throw new ReservedKey();
      return value;
    });
  } catch (error) {
    if (error instanceof ReservedKey) return { ok: false, code: 'invalid', reason: 'the message uses the reserved name "__proto__" as a key' };
    return { ok: false, code: 'malformed', reason: 'The message is not valid JSON.' };
  }
  return parseClientMessage(data);
}
