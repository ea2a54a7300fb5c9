/**
 * The first message on a socket says who it is. A facilitator opens a room (and receives its code
 * and secret) or resumes one with the secret. A team device joins with its team's token (the QR
 * code) or comes back with the device key it was given; when the team is already held by another
 * device, or the device only picked the team from a list, the facilitator must admit it — so a
 * second phone cannot take over a team. A spectator only watches.
 */
import type { ClientMessageOf } from '../src/shared/room/protocol';
import type { FrameOf } from '../src/shared/room/frames';
import { CLOSE, Refusal } from './refusal';
import type { Conn, Hub } from './hub';
import { allSubmissions, submittedTeams } from './room-state';
import { RoomLogError } from './room-log';
import { matchesHash, randomKey, sameSecret, sha256, type Room, type RoomRegistry } from './rooms';

export interface EntryLimits {
  readonly maxSpectators: number;
  readonly maxPendingPerRoom: number;
}

export interface Ctx {
  readonly hub: Hub;
  readonly registry: RoomRegistry;
  readonly limits: EntryLimits;
  readonly clock: () => number;
}

function roomOf(ctx: Ctx, code: string): Room {
  let room: Room | null;
  try {
    room = ctx.registry.get(code);
  } catch (error) {
    if (!(error instanceof RoomLogError)) throw error;
    console.error(`room server: ${error.message}`);
    throw new Refusal('server', `Room ${code} cannot be opened: its log on the server is damaged (${error.message}).`);
  }
  if (!room) throw new Refusal('unknown-room', `There is no room ${code} on this server: check the code on the facilitator's screen.`, CLOSE.fatal);
  return room;
}

export function roomStateFrame(ctx: Ctx, room: Room, re?: string): FrameOf<'room-state'> {
  const { hub } = ctx;
  const r = room.state.round;
  return {
    t: 'room-state',
    ...(re ? { re } : {}),
    room: room.state.code,
    teams: teamInfos(ctx, room),
    round: r ? { round: r.round, roundsTotal: r.roundsTotal, status: r.status, public: r.public, views: { ...r.views } } : null,
    submissions: allSubmissions(room.state),
    requests: hub.requests(room).map(({ request, team, at }) => ({ request, team, at })),
    spectators: hub.spectatorCount(room),
  };
}

export function teamInfos(ctx: Ctx, room: Room): FrameOf<'teams-set'>['teams'] {
  return [...room.state.teams.values()].map((t) => ({ id: t.id, name: t.name, token: t.token, connected: ctx.hub.teamDevices(room, t.id).length, claimed: t.devices.size > 0 }));
}

export function handleOpen(ctx: Ctx, conn: Conn, msg: ClientMessageOf<'open'>): void {
  const made = ctx.registry.create();
  if (!made) throw new Refusal('server-full', 'This server holds as many rooms as it may: ask whoever runs it to start one with a fresh data folder.');
  ctx.hub.enter(conn, { kind: 'facilitator', room: made.room });
  ctx.hub.send(conn, { t: 'opened', re: msg.id, room: made.room.state.code, secret: made.secret });
}

export function handleResume(ctx: Ctx, conn: Conn, msg: ClientMessageOf<'resume'>): void {
  const room = roomOf(ctx, msg.room);
  if (!matchesHash(msg.secret, room.state.secretHash)) throw new Refusal('wrong-secret', `The secret does not match room ${msg.room}: only the facilitator who opened it can take it up.`, CLOSE.fatal);
  ctx.hub.enter(conn, { kind: 'facilitator', room });
  ctx.hub.send(conn, roomStateFrame(ctx, room, msg.id));
}

/** Bind a device to its team and tell it everything it needs to show the current round. */
export function admitDevice(ctx: Ctx, conn: Conn, room: Room, team: string, device: string, re: string): void {
  ctx.hub.enter(conn, { kind: 'team', room, team, device: sha256(device) });
  const record = room.state.teams.get(team)!;
  const r = room.state.round;
  const submission = r ? (room.state.submissions.get(r.round)?.get(team) ?? null) : null;
  ctx.hub.send(conn, { t: 'joined', re, room: room.state.code, team: { id: team, name: record.name }, device, round: ctx.hub.roundState(room, team), submission });
  ctx.hub.sendPresence(room);
}

/** Give a device a new key for a team and record the claim. */
export function claimTeam(ctx: Ctx, conn: Conn, room: Room, team: string, re: string): void {
  const device = randomKey(16);
  ctx.registry.commit(room, { e: 'claim', team, device: sha256(device) });
  admitDevice(ctx, conn, room, team, device, re);
}

export function handleJoin(ctx: Ctx, conn: Conn, msg: ClientMessageOf<'join'>): void {
  const room = roomOf(ctx, msg.room);
  const team = room.state.teams.get(msg.team);
  if (!team) throw new Refusal('unknown-team', `Room ${msg.room} has no team "${msg.team}".`, CLOSE.fatal);
  if (msg.device && team.devices.has(sha256(msg.device))) return admitDevice(ctx, conn, room, team.id, msg.device, msg.id);
  if (msg.token !== undefined && !sameSecret(msg.token, team.token))
    throw new Refusal('wrong-token', `This is not ${team.name}'s token: scan the team's QR code again.`, CLOSE.fatal);
  if (msg.device && msg.token === undefined)
    throw new Refusal('wrong-token', `This device no longer holds ${team.name} (the facilitator may have released it): scan the team's QR code again.`, CLOSE.fatal);
  if (msg.token !== undefined && team.devices.size === 0) return claimTeam(ctx, conn, room, team.id, msg.id);
  // The team is held by another device, or the device picked it from a list: ask the facilitator.
  if (ctx.hub.requests(room).length >= ctx.limits.maxPendingPerRoom) throw new Refusal('server-full', 'Too many devices are waiting to be let in: try again in a moment.');
  const request = randomKey(16);
  ctx.hub.enter(conn, { kind: 'pending', room, team: team.id, request, re: msg.id, at: ctx.clock() });
  ctx.hub.send(conn, { t: 'waiting', re: msg.id, request, team: team.id });
  ctx.hub.toFacilitators(room, { t: 'join-request', request, team: team.id, at: ctx.clock() });
  ctx.hub.sendPresence(room);
}

export function handleWatch(ctx: Ctx, conn: Conn, msg: ClientMessageOf<'watch'>): void {
  const room = roomOf(ctx, msg.room);
  if (ctx.hub.spectatorCount(room) >= ctx.limits.maxSpectators) throw new Refusal('server-full', `Room ${msg.room} has as many spectators as it may.`);
  ctx.hub.enter(conn, { kind: 'spectator', room });
  const r = room.state.round;
  const teams = [...room.state.teams.values()].map((t) => ({ id: t.id, name: t.name }));
  ctx.hub.send(conn, { t: 'watching', re: msg.id, room: room.state.code, teams, round: ctx.hub.roundState(room), submitted: r ? submittedTeams(room.state, r.round) : [] });
  ctx.hub.sendPresence(room);
}
