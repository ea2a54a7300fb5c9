/**
 * A team device's decision for the round being played. The server refuses it unless it comes from
 * a device of that very team, for the current round, while the round is open, with levers and a
 * prediction the team's published view allows; otherwise it is written to the room's log (and to
 * the disk) before it is acknowledged, then relayed to the facilitator. A resent submission (same
 * request id, after a dropped connection) is acknowledged again but recorded once.
 */
import type { ClientMessageOf } from '../src/shared/room/protocol';
import { checkAgainstView } from '../src/shared/room/views';
import { Refusal } from './refusal';
import type { Conn } from './hub';
import type { Ctx } from './handlers-entry';
import { submitKey } from './room-state';

export function handleSubmit(ctx: Ctx, conn: Conn, msg: ClientMessageOf<'submit'>): void {
  const role = conn.role;
  if (!role) throw new Refusal('not-joined', 'Join a team before sending a decision.');
  if (role.kind === 'pending') throw new Refusal('not-joined', 'This device is still waiting for the facilitator to let it in.');
  if (role.kind !== 'team') throw new Refusal('forbidden', 'Only a team device may send a decision.');
  if (msg.team !== role.team) throw new Refusal('wrong-team', `This device is joined as team "${role.team}": it cannot send a decision for "${msg.team}".`);
  const { room } = role;
  const now = room.state.round;
  if (!now) throw new Refusal('round-closed', 'No round is open yet: wait for the facilitator.');
  if (msg.round !== now.round) throw new Refusal('stale-round', `This decision is for round ${msg.round + 1}, but round ${now.round + 1} is being played.`);
  const key = submitKey(msg.round, msg.team, msg.id);
  const already = room.state.submitIds.get(key);
  if (already !== undefined) return ctx.hub.send(conn, { t: 'ack', re: msg.id, seq: already });
  if (now.status !== 'open') throw new Refusal('round-closed', `Round ${now.round + 1} is ${now.status}: decisions are no longer taken.`);
  const view = now.views[msg.team];
  if (!view) throw new Refusal('round-closed', `The facilitator has not opened round ${now.round + 1} to your team.`);
  const problems = checkAgainstView(view, msg.decision, msg.prediction);
  if (problems.length) throw new Refusal('bad-decision', problems.join('; '));
  const seq = ctx.registry.commit(room, { e: 'submit', id: msg.id, round: msg.round, team: msg.team, decision: msg.decision, ...(msg.prediction ? { prediction: msg.prediction } : {}) });
  const submission = room.state.submissions.get(msg.round)!.get(msg.team)!;
  ctx.hub.send(conn, { t: 'ack', re: msg.id, seq });
  ctx.hub.toFacilitators(room, { t: 'submission', ...submission });
  const text = JSON.stringify({ t: 'submitted', ...submission });
  for (const device of ctx.hub.teamDevices(room, msg.team)) ctx.hub.sendRaw(device, text);
  ctx.hub.broadcastProgress(room);
}
