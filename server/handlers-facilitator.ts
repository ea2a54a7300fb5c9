/**
 * What only a room's facilitator may do: set the teams, publish the round (its status, the public
 * view and each team's view), lock it, admit or refuse a waiting device, release a team. The
 * facilitator's browser runs the model and is the authority on the session; the server checks
 * that each step is consistent with the room's log (no going back to an earlier round, no
 * reopening a revealed one, views only for the room's teams) and relays it.
 */
import type { ClientMessageOf } from '../src/shared/room/protocol';
import { TOKEN_BYTES } from '../src/shared/room/room-code';
import { CLOSE, Refusal } from './refusal';
import type { Conn } from './hub';
import { claimTeam, teamInfos, type Ctx } from './handlers-entry';
import { randomKey, type Room } from './rooms';

type FacilitatorRole = Extract<NonNullable<Conn['role']>, { kind: 'facilitator' }>;

function facilitatorRoom(conn: Conn, type: string): Room {
  const role = conn.role;
  if (!role) throw new Refusal('not-joined', `"${type}" needs a room: send open or resume first.`);
  if (role.kind !== 'facilitator') throw new Refusal('forbidden', `Only the room's facilitator may send "${type}".`);
  return (role as FacilitatorRole).room;
}

export function handleTeams(ctx: Ctx, conn: Conn, msg: ClientMessageOf<'teams'>): void {
  const room = facilitatorRoom(conn, msg.t);
  const wanted = new Set(msg.teams.map((t) => t.id));
  const dropped = [...room.state.teams.keys()].filter((id) => !wanted.has(id));
  if (dropped.length > 0 && room.state.round)
    throw new Refusal('conflict', `A team cannot be removed once a round has been published (${dropped.join(', ')}).`);
  const teams = msg.teams.map((t) => ({ id: t.id, name: t.name, token: room.state.teams.get(t.id)?.token ?? randomKey(TOKEN_BYTES) }));
  ctx.registry.commit(room, { e: 'teams', teams });
  for (const id of dropped) for (const device of ctx.hub.teamDevices(room, id)) ctx.hub.close(device, CLOSE.released, 'the team was removed');
  ctx.hub.send(conn, { t: 'teams-set', re: msg.id, teams: teamInfos(ctx, room) });
  ctx.hub.sendPresence(room);
}

export function handlePublish(ctx: Ctx, conn: Conn, msg: ClientMessageOf<'publish'>): void {
  const room = facilitatorRoom(conn, msg.t);
  if (room.state.teams.size === 0) throw new Refusal('conflict', 'Set the room\'s teams before publishing a round.');
  const unknown = Object.keys(msg.views).filter((id) => !room.state.teams.has(id));
  if (unknown.length) throw new Refusal('invalid', `publish: views are for teams this room does not have (${unknown.join(', ')}).`);
  if (msg.round >= msg.roundsTotal) throw new Refusal('invalid', `publish: round ${msg.round + 1} is beyond the ${msg.roundsTotal} rounds of the session.`);
  const now = room.state.round;
  if (now && msg.round < now.round) throw new Refusal('conflict', `Round ${msg.round + 1} is over: the room is at round ${now.round + 1}.`);
  if (now && msg.round === now.round && now.status === 'revealed' && msg.status !== 'revealed')
    throw new Refusal('conflict', `Round ${msg.round + 1} has been revealed: it cannot be reopened or locked again.`);
  const isNewRound = !now || msg.round !== now.round;
  ctx.registry.commit(room, { e: 'publish', round: msg.round, roundsTotal: msg.roundsTotal, status: msg.status, public: msg.public, views: msg.views });
  ctx.hub.send(conn, { t: 'ack', re: msg.id });
  ctx.hub.broadcastRound(room);
  if (isNewRound) ctx.hub.broadcastProgress(room);
}

export function handleLock(ctx: Ctx, conn: Conn, msg: ClientMessageOf<'lock'>): void {
  const room = facilitatorRoom(conn, msg.t);
  const now = room.state.round;
  if (!now || now.round !== msg.round)
    throw new Refusal('stale-round', now ? `Round ${msg.round + 1} is not the round being played (round ${now.round + 1}).` : 'No round has been published yet.');
  if (now.status === 'revealed') throw new Refusal('conflict', `Round ${msg.round + 1} has already been revealed.`);
  if (now.status === 'open') ctx.registry.commit(room, { e: 'status', round: msg.round, status: 'locked' });
  ctx.hub.send(conn, { t: 'ack', re: msg.id });
  ctx.hub.broadcastRound(room);
}

function pendingOf(ctx: Ctx, room: Room, request: string) {
  const device = ctx.hub.pending.get(request);
  const role = device?.role;
  if (!device || role?.kind !== 'pending' || role.room !== room) throw new Refusal('unknown-request', 'That device is no longer waiting (it may have left).');
  return { device, role };
}

export function handleAdmit(ctx: Ctx, conn: Conn, msg: ClientMessageOf<'admit'>): void {
  const room = facilitatorRoom(conn, msg.t);
  const { device, role } = pendingOf(ctx, room, msg.request);
  claimTeam(ctx, device, room, role.team, role.re);
  ctx.hub.send(conn, { t: 'ack', re: msg.id });
}

export function handleRefuse(ctx: Ctx, conn: Conn, msg: ClientMessageOf<'refuse'>): void {
  const room = facilitatorRoom(conn, msg.t);
  const { device, role } = pendingOf(ctx, room, msg.request);
  ctx.hub.leave(device);
  ctx.hub.send(device, { t: 'error', re: role.re, code: 'refused', reason: 'The facilitator did not let this device in.' });
  ctx.hub.close(device, CLOSE.released, 'refused by the facilitator');
  ctx.hub.send(conn, { t: 'ack', re: msg.id });
  ctx.hub.sendPresence(room);
}

export function handleRelease(ctx: Ctx, conn: Conn, msg: ClientMessageOf<'release'>): void {
  const room = facilitatorRoom(conn, msg.t);
  const team = room.state.teams.get(msg.team);
  if (!team) throw new Refusal('unknown-team', `This room has no team "${msg.team}".`);
  ctx.registry.commit(room, { e: 'release', team: team.id });
  for (const device of ctx.hub.teamDevices(room, team.id)) {
    ctx.hub.leave(device);
    ctx.hub.send(device, { t: 'error', code: 'released', reason: `The facilitator released ${team.name}: scan the team's QR code to join again.` });
    ctx.hub.close(device, CLOSE.released, 'released by the facilitator');
  }
  ctx.hub.send(conn, { t: 'ack', re: msg.id });
  ctx.hub.sendPresence(room);
}
