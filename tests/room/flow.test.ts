/**
 * A seminar round through the real room server on loopback, with the client library: the
 * facilitator opens a room and registers teams; phones join by their team's QR token; the
 * facilitator publishes a round, sees who has submitted and each decision, locks and reveals.
 * A second phone cannot take a team over: it waits until the facilitator admits or refuses it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RoomServer } from '../../server/server';
import type { RoomClient } from '../../src/shared/room/client';
import type { FrameOf } from '../../src/shared/room/frames';
import { ROOM_CODE_RE } from '../../src/shared/room/room-code';
import { RoomError } from '../../src/shared/room/transport';
import { client, removeDir, roundOf, startServer, tempDataDir, TEAMS, until } from './harness';

let dir: string;
let server: RoomServer;
const clients: RoomClient[] = [];
const track = (c: RoomClient) => (clients.push(c), c);

beforeEach(async () => {
  dir = tempDataDir();
  server = await startServer(dir);
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await server.close();
  removeDir(dir);
});

async function openRoomWithTeams() {
  const fac = track(client(server));
  const { room, secret } = await fac.openRoom();
  const teams = await fac.setTeams(TEAMS);
  return { fac, room, secret, tokens: Object.fromEntries(teams.map((t) => [t.id, t.token])) };
}

describe('a round through the room server', () => {
  it('opens a room with a short unambiguous code, joins teams, relays submissions, locks and reveals', async () => {
    const { fac, room, tokens } = await openRoomWithTeams();
    expect(room).toMatch(ROOM_CODE_RE);
    expect(Object.values(tokens).every((t) => /^[A-Za-z0-9_-]{22}$/.test(t))).toBe(true);
    expect(new Set(Object.values(tokens)).size).toBe(3);

    const submissions: FrameOf<'submission'>[] = [];
    const presence: FrameOf<'presence'>[] = [];
    fac.on('submission', (s) => submissions.push(s));
    fac.on('presence', (p) => presence.push(p));

    const phone = track(client(server));
    const rounds: FrameOf<'round'>[] = [];
    phone.on('round', (r) => rounds.push(r));
    const joined = await phone.join({ room, team: 'ngo', token: tokens.ngo });
    expect(joined.team).toEqual({ id: 'ngo', name: 'Rescue NGOs' });
    expect(joined.round).toBeNull();
    await until(() => presence.some((p) => p.teams.ngo === 1), 'presence of the ngo phone');

    const screen = track(client(server));
    const progress: FrameOf<'progress'>[] = [];
    screen.on('progress', (p) => progress.push(p));
    const watching = await screen.watch(room.toLowerCase());
    expect(watching.room).toBe(room);
    expect(watching.teams).toEqual(TEAMS);

    await fac.publish(roundOf(0));
    await until(() => rounds.length === 1, 'the round on the phone');
    expect(rounds[0].status).toBe('open');
    expect(rounds[0].view?.name).toBe('Rescue NGOs');
    expect(rounds[0].view?.figures[0].text).toBe('2,400 a year');

    const seq = await phone.submit({ round: 0, team: 'ngo', decision: { 'searchAndRescue.capacity': 0.8 }, prediction: { output: 'deathsMissing', value: 1800 } });
    expect(seq).toBeGreaterThan(0);
    await until(() => submissions.length === 1, 'the submission at the facilitator');
    expect(submissions[0]).toMatchObject({ round: 0, team: 'ngo', decision: { 'searchAndRescue.capacity': 0.8 }, prediction: { output: 'deathsMissing', value: 1800 }, seq });
    await until(() => progress.some((p) => p.submitted.includes('ngo')), 'progress on the projector');

    await fac.lock(0);
    await until(() => rounds.some((r) => r.status === 'locked'), 'the lock on the phone');
    await expect(phone.submit({ round: 0, team: 'ngo', decision: {} })).rejects.toMatchObject({ code: 'round-closed' });

    await fac.publish(roundOf(0, 'revealed'));
    await until(() => rounds.some((r) => r.status === 'revealed'), 'the reveal on the phone');
    await expect(fac.publish(roundOf(0, 'open'))).rejects.toMatchObject({ code: 'conflict' });
    await fac.publish(roundOf(1));
    await until(() => rounds.some((r) => r.round === 1 && r.status === 'open'), 'round 2 on the phone');
    await until(() => progress.some((p) => p.round === 1 && p.submitted.length === 0), 'progress reset for round 2');
  });

  it('refuses a decision outside the team’s levers or budget, and a prediction out of range', async () => {
    const { fac, room, tokens } = await openRoomWithTeams();
    const phone = track(client(server));
    await phone.join({ room, team: 'interior', token: tokens.interior });
    await fac.publish(roundOf(0));
    await expect(phone.submit({ round: 0, team: 'interior', decision: { 'rootCauses.investment': 0.5 } })).rejects.toMatchObject({ code: 'bad-decision', reason: expect.stringMatching(/not one of your levers/) });
    await expect(phone.submit({ round: 0, team: 'interior', decision: { 'enforcement.intensity': 0.9 } })).rejects.toMatchObject({ code: 'bad-decision', reason: expect.stringMatching(/more than your budget of 0.40/) });
    await expect(phone.submit({ round: 0, team: 'interior', decision: {}, prediction: { output: 'deathsMissing', value: 1e9 } })).rejects.toMatchObject({ code: 'bad-decision' });
    expect(await phone.submit({ round: 0, team: 'interior', decision: { 'enforcement.intensity': 0.7 } })).toBeGreaterThan(0);
  });

  it('a second phone with the same token waits for the facilitator; refused it is sent away, admitted it joins', async () => {
    const { fac, room, tokens } = await openRoomWithTeams();
    const requests: FrameOf<'join-request'>[] = [];
    fac.on('join-request', (r) => requests.push(r));
    const first = track(client(server));
    await first.join({ room, team: 'origin', token: tokens.origin });

    const second = track(client(server));
    let waited = false;
    const secondJoin = second.join({ room, team: 'origin', token: tokens.origin }, () => (waited = true)).catch((e: unknown) => e);
    await until(() => requests.length === 1 && waited, 'the join request');
    await fac.refuse(requests[0].request);
    expect(await secondJoin).toMatchObject({ code: 'refused' });

    const third = track(client(server));
    const thirdJoin = third.join({ room, team: 'origin' }); // picked from the list, no token
    await until(() => requests.length === 2, 'the second join request');
    expect(requests[1].team).toBe('origin');
    await fac.admit(requests[1].request);
    const joined = await thirdJoin;
    expect(joined.team.id).toBe('origin');
    await fac.publish(roundOf(0));
    expect(await third.submit({ round: 0, team: 'origin', decision: {} })).toBeGreaterThan(0);
  });

  it('releasing a team disconnects its phones; its token claims it again', async () => {
    const { fac, room, tokens } = await openRoomWithTeams();
    const phone = track(client(server));
    const statuses: string[] = [];
    phone.on('status', (s) => statuses.push(s.state));
    await phone.join({ room, team: 'ngo', token: tokens.ngo });
    await fac.release('ngo');
    await until(() => statuses.includes('closed'), 'the phone to be closed');
    await expect(phone.submit({ round: 0, team: 'ngo', decision: {} })).rejects.toBeInstanceOf(RoomError);
    const again = track(client(server));
    expect((await again.join({ room, team: 'ngo', token: tokens.ngo })).team.id).toBe('ngo');
  });
});
