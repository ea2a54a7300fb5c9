/**
 * Nothing is lost: the server is stopped and a new one started on the same data folder between
 * submissions (the clients reconnect by themselves, and a decision sent while the server was down
 * arrives once); a phone that drops mid-round comes back as its team and sees the round it left;
 * a facilitator who reloads takes the room up with its secret; a log cut off mid-line by a crash
 * is repaired, and a damaged one is reported rather than half-read.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RoomServer } from '../../server/server';
import { RoomLog, roomFile } from '../../server/room-log';
import type { RoomClient } from '../../src/shared/room/client';
import type { FrameOf } from '../../src/shared/room/frames';
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

async function setUp() {
  const fac = track(client(server));
  const { room, secret } = await fac.openRoom();
  const teams = await fac.setTeams(TEAMS);
  const tokens = Object.fromEntries(teams.map((t) => [t.id, t.token]));
  await fac.publish(roundOf(0));
  return { fac, room, secret, tokens };
}

/** Drop a client's connection as a lost network would (the socket dies without a goodbye). */
const dropConnection = (c: RoomClient) => (c as unknown as { ws: { terminate(): void } }).ws.terminate();

describe('durability', () => {
  it('a server restart between submissions loses nothing; clients reconnect and a queued decision arrives once', async () => {
    const { fac, room, tokens } = await setUp();
    const a = track(client(server));
    const b = track(client(server));
    await a.join({ room, team: 'interior', token: tokens.interior });
    await b.join({ room, team: 'ngo', token: tokens.ngo });
    await a.submit({ round: 0, team: 'interior', decision: { 'enforcement.intensity': 0.6 } });

    const port = server.port;
    const resumed: FrameOf<'room-state'>[] = [];
    fac.on('resumed', (f) => f.t === 'room-state' && resumed.push(f));
    const submissions: FrameOf<'submission'>[] = [];
    fac.on('submission', (s) => submissions.push(s));
    await server.close();
    await until(() => b.connection === 'reconnecting', 'the phone to notice');
    const queued = b.submit({ round: 0, team: 'ngo', decision: { 'searchAndRescue.capacity': 0.9 } });

    server = await startServer(dir, { port });
    const seq = await queued;
    expect(seq).toBeGreaterThan(0);
    // The facilitator learns of the new decision either live (if it was back first) or in the
    // room's state it gets on resuming (if the phone was back first): either way, exactly once.
    const ngoSeen = () => [...submissions, ...(resumed.at(-1)?.submissions ?? [])].filter((s) => s.team === 'ngo');
    await until(() => resumed.length >= 1 && ngoSeen().length >= 1, 'the facilitator to resume and see the new decision');
    expect(resumed.at(-1)!.submissions.find((s) => s.team === 'interior')?.decision).toEqual({ 'enforcement.intensity': 0.6 });
    expect(ngoSeen()).toEqual([expect.objectContaining({ team: 'ngo', decision: { 'searchAndRescue.capacity': 0.9 }, seq })]);
    expect(readFileSync(roomFile(dir, room), 'utf8').match(/"e":"submit"/g)).toHaveLength(2);

    // A third server reads everything back from the log.
    await server.close();
    server = await startServer(dir, { port });
    const again = track(client(server));
    const state = await again.resumeRoom(room, (fac.identity as { secret: string }).secret);
    expect(state.submissions.map((s) => s.team).sort()).toEqual(['interior', 'ngo']);
    expect(state.round).toMatchObject({ round: 0, status: 'open' });
    expect(state.teams.map((t) => [t.id, t.token])).toEqual(TEAMS.map((t) => [t.id, tokens[t.id]]));
    expect(state.teams.every((t) => t.id === 'origin' || t.claimed)).toBe(true);
  });

  it('a phone that drops mid-round comes back as its team, sees the current round and its decision', async () => {
    const { fac, room, tokens } = await setUp();
    // This phone waits 200–400 ms before reconnecting, so the round changes while it is away.
    const phone = track(client(server, { backoff: { initialMs: 400, maxMs: 400, factor: 1 } }));
    await phone.join({ room, team: 'ngo', token: tokens.ngo });
    await phone.submit({ round: 0, team: 'ngo', decision: { 'searchAndRescue.capacity': 0.7 } });
    const resumed: FrameOf<'joined'>[] = [];
    phone.on('resumed', (f) => f.t === 'joined' && resumed.push(f));
    dropConnection(phone);
    await fac.lock(0);
    await until(() => resumed.length === 1, 'the phone to rejoin');
    expect(resumed[0].team.id).toBe('ngo');
    expect(resumed[0].round).toMatchObject({ round: 0, status: 'locked', view: { name: 'Rescue NGOs' } });
    expect(resumed[0].submission?.decision).toEqual({ 'searchAndRescue.capacity': 0.7 });

    // A reload: a new page with the device key from storage, no token.
    const identity = phone.identity;
    expect(identity?.kind).toBe('team');
    phone.close();
    const reloaded = track(client(server, { identity: identity! }));
    const back: FrameOf<'joined'>[] = [];
    reloaded.on('resumed', (f) => f.t === 'joined' && back.push(f));
    await reloaded.connect();
    expect(back[0]).toMatchObject({ team: { id: 'ngo' }, round: { round: 0, status: 'locked' } });
  });

  it('a facilitator who reloads takes the room up with its secret: teams, tokens, round, decisions, waiting devices', async () => {
    const { fac, room, secret, tokens } = await setUp();
    const phone = track(client(server));
    await phone.join({ room, team: 'origin', token: tokens.origin });
    await phone.submit({ round: 0, team: 'origin', decision: {}, prediction: { output: 'deathsMissing', value: 3000 } });
    const requests: FrameOf<'join-request'>[] = [];
    fac.on('join-request', (r) => requests.push(r));
    const waiting = track(client(server));
    void waiting.join({ room, team: 'origin' }).catch(() => undefined);
    await until(() => requests.length === 1, 'the join request');
    fac.close();
    const reloaded = track(client(server));
    const state = await reloaded.resumeRoom(room, secret);
    expect(state.room).toBe(room);
    expect(state.teams.find((t) => t.id === 'origin')).toMatchObject({ token: tokens.origin, connected: 1, claimed: true });
    expect(state.round?.views.ngo.name).toBe('Rescue NGOs');
    expect(state.submissions).toEqual([expect.objectContaining({ team: 'origin', prediction: { output: 'deathsMissing', value: 3000 } })]);
    expect(state.requests).toEqual([expect.objectContaining({ team: 'origin', request: requests[0].request })]);
  });

  it('answers nothing it could not flush to the disk: the room is read again and the resent decision taken', async () => {
    const { fac, room, tokens } = await setUp();
    const phone = track(client(server));
    await phone.join({ room, team: 'ngo', token: tokens.ngo });
    const closes: string[] = [];
    phone.on('status', (st) => st.state === 'reconnecting' && closes.push(st.reason ?? ''));
    const sync = RoomLog.prototype.sync;
    let failures = 0;
    RoomLog.prototype.sync = function (this: RoomLog) {
      failures += 1;
      RoomLog.prototype.sync = sync; // the disk recovers after one failure
      throw new Error('EIO: simulated disk failure');
    };
    const acked = phone.submit({ round: 0, team: 'ngo', decision: { 'searchAndRescue.capacity': 0.6 } });
    const seq = await acked;
    expect(failures).toBe(1);
    expect(closes).toContain('the server could not write its log to the disk');
    const state = await track(client(server)).resumeRoom(room, (fac.identity as { secret: string }).secret);
    expect(state.submissions).toEqual([expect.objectContaining({ team: 'ngo', seq, decision: { 'searchAndRescue.capacity': 0.6 } })]);
    expect(readFileSync(roomFile(dir, room), 'utf8').match(/"e":"submit"/g)).toHaveLength(1);
  });

  it('repairs a log whose last line was cut off by a crash, and reports a damaged one', async () => {
    const { room, secret, tokens } = await setUp();
    const port = server.port;
    await server.close();
    appendFileSync(roomFile(dir, room), '{"e":"submit","at":1,"id":"x","rou');
    server = await startServer(dir, { port });
    const phone = track(client(server));
    await phone.join({ room, team: 'ngo', token: tokens.ngo });
    await phone.submit({ round: 0, team: 'ngo', decision: {} });
    expect(readFileSync(roomFile(dir, room), 'utf8').split('\n').filter(Boolean).every((l) => JSON.parse(l))).toBeTruthy();

    await server.close();
    const lines = readFileSync(roomFile(dir, room), 'utf8').split('\n');
    lines[2] = '{"e":"teams","at":1,"teams":"garbage"}';
    writeFileSync(roomFile(dir, room), lines.join('\n'));
    server = await startServer(dir, { port });
    await expect(track(client(server)).resumeRoom(room, secret)).rejects.toMatchObject({ code: 'server', reason: expect.stringMatching(/line 3 of its log/) });
  });
});
