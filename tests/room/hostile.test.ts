/**
 * Hostile input to the room server, on loopback, through raw sockets: every bad frame is refused
 * with an error frame whose code and reason say what was wrong, the socket stays usable unless
 * the abuse persists (a flood) or the credentials can never work, and the room is unharmed —
 * after all of it, a legitimate decision is still taken and the room holds exactly what it should.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoomServer } from '../../server/server';
import type { RoomClient } from '../../src/shared/room/client';
import type { ServerFrame } from '../../src/shared/room/frames';
import { client, RawSocket, removeDir, roundOf, startServer, tempDataDir, TEAMS } from './harness';

let dir: string;
let server: RoomServer;
let fac: RoomClient;
let room: string;
let secret: string;
let tokens: Record<string, string>;
const raws: RawSocket[] = [];

async function raw(): Promise<RawSocket> {
  const r = await RawSocket.open(server.socketUrl);
  raws.push(r);
  return r;
}

/** A raw socket joined as a team, with a round open. */
async function teamSocket(team: string): Promise<RawSocket> {
  const r = await raw();
  r.send({ t: 'join', v: 1, id: 'j', room, team, token: tokens[team] });
  const joined = await r.reply('j');
  if (joined.t === 'joined') return r;
  // Already held by an earlier socket of this test: come back with that device key instead.
  throw new Error(`could not join ${team}: ${JSON.stringify(joined)}`);
}

const errorOf = (f: ServerFrame) => (f.t === 'error' ? { code: f.code, reason: f.reason } : { code: `not an error: ${f.t}`, reason: '' });

beforeAll(async () => {
  dir = tempDataDir();
  server = await startServer(dir, { limits: { entryTimeoutMs: 1500 } });
  fac = client(server);
  ({ room, secret } = await fac.openRoom());
  tokens = Object.fromEntries((await fac.setTeams(TEAMS)).map((t) => [t.id, t.token]));
  await fac.publish(roundOf(1));
});

afterAll(async () => {
  for (const r of raws) r.close();
  fac.close();
  await server.close();
  removeDir(dir);
});

describe('hostile input', () => {
  it('refuses frames that are not protocol messages, with a reason, and keeps the socket', async () => {
    const r = await teamSocket('ngo');
    const cases: Array<[unknown, string, RegExp]> = [
      ['{not json', 'malformed', /not valid JSON/],
      ['[1,2,3]', 'invalid', /JSON object/],
      ['null', 'invalid', /JSON object/],
      ['"submit"', 'invalid', /JSON object/],
      [{ t: 'explode', id: 'a1' }, 'invalid', /unknown message type "explode"/],
      [{ t: { toString: 1 }, id: 'a2' }, 'invalid', /unknown message type/],
      [{ length: { toString: 1, valueOf: 1 } }, 'invalid', /unknown message type/],
      ['{"t":"submit","id":"a4","round":1,"team":"ngo","decision":{"__proto__":0.5}}', 'invalid', /reserved name/],
      ['{"t":"submit","id":"a5","round":1,"team":"ngo","decision":{"enforcement.intensity":1e400}}', 'invalid', /decision/],
      [{ t: 'submit', id: 'a6', round: 1, team: 'ngo', decision: {}, extra: true }, 'invalid', /extra|Unrecognized/i],
      [{ t: 'submit', id: 'a7', round: -1, team: 'ngo', decision: {} }, 'invalid', /round/],
      [{ t: 'submit', id: 'a8', round: 1, team: 'NGO!', decision: {} }, 'invalid', /team/],
      [{ t: 'submit', id: 'a9', round: 1, team: 'ngo', decision: {}, prediction: { output: 'deathsMissing', value: 1e300 } }, 'invalid', /prediction/],
      [{ t: 'join', v: 2, id: 'a10', room, team: 'ngo' }, 'version', /version 2 is not supported/],
    ];
    for (const [frame, code, reason] of cases) {
      const from = r.frames.length;
      r.send(frame);
      const err = errorOf(await r.next((f) => f.t === 'error', from));
      expect(err.code, JSON.stringify(frame)).toBe(code);
      expect(err.reason, JSON.stringify(frame)).toMatch(reason);
    }
    const from = r.frames.length;
    r.ws.send(Buffer.from([1, 2, 3]), { binary: true });
    expect(errorOf(await r.next((f) => f.t === 'error', from))).toMatchObject({ code: 'malformed', reason: expect.stringMatching(/Binary frames/) });
    r.send({ t: 'ping', id: 'still-here' });
    expect((await r.reply('still-here')).t).toBe('pong');
    expect(r.closed).toBeNull();
  });

  it('refuses an oversized message with a reason; cuts off a gigantic one', async () => {
    const r = await teamSocket('origin');
    r.send({ t: 'ping', id: 'big', pad: 'x'.repeat(20_000) });
    expect(errorOf(await r.next((f) => f.t === 'error'))).toMatchObject({ code: 'too-large', reason: expect.stringMatching(/at most 16384/) });
    r.send({ t: 'ping', id: 'after' });
    expect((await r.reply('after')).t).toBe('pong');
    r.send('x'.repeat(2 * 1024 * 1024));
    expect((await r.closedWith()).code).toBe(1009);
  });

  it('refuses wrong credentials, unknown rooms and teams, and closes those sockets for good', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ t: 'join', v: 1, id: 'c1', room, team: 'ngo', token: 'A'.repeat(22) }, 'wrong-token'],
      [{ t: 'join', v: 1, id: 'c2', room, team: 'ngo', device: 'B'.repeat(22) }, 'wrong-token'],
      [{ t: 'join', v: 1, id: 'c3', room, team: 'ghost', token: tokens.ngo }, 'unknown-team'],
      [{ t: 'join', v: 1, id: 'c4', room: room === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ', team: 'ngo', token: tokens.ngo }, 'unknown-room'],
      [{ t: 'watch', v: 1, id: 'c5', room: '00000A' }, 'unknown-room'],
      [{ t: 'resume', v: 1, id: 'c6', room, secret: 'C'.repeat(43) }, 'wrong-secret'],
    ];
    for (const [frame, code] of cases) {
      const r = await raw();
      r.send(frame);
      expect(errorOf(await r.reply(frame.id as string)).code, JSON.stringify(frame)).toBe(code);
      expect((await r.closedWith()).code).toBe(4001);
    }
    const r = await raw();
    r.send({ t: 'join', v: 1, id: 'c7', room: 'not a code', team: 'ngo' });
    expect(errorOf(await r.reply('c7'))).toMatchObject({ code: 'invalid', reason: expect.stringMatching(/room is not a room code/) });
  });

  it('refuses a message for another team, a stale round, and what a role may not send', async () => {
    const r = await teamSocket('interior');
    r.send({ t: 'submit', id: 'd1', round: 1, team: 'ngo', decision: {} });
    expect(errorOf(await r.reply('d1'))).toMatchObject({ code: 'wrong-team', reason: expect.stringMatching(/joined as team "interior"/) });
    r.send({ t: 'submit', id: 'd2', round: 0, team: 'interior', decision: {} });
    expect(errorOf(await r.reply('d2'))).toMatchObject({ code: 'stale-round', reason: expect.stringMatching(/round 2 is being played/) });
    r.send({ t: 'publish', id: 'd3', ...roundOf(2) });
    expect(errorOf(await r.reply('d3')).code).toBe('forbidden');
    r.send({ t: 'release', id: 'd4', team: 'ngo' });
    expect(errorOf(await r.reply('d4')).code).toBe('forbidden');
    r.send({ t: 'watch', v: 1, id: 'd5', room });
    expect(errorOf(await r.reply('d5')).code).toBe('already-joined');

    const spectator = await raw();
    spectator.send({ t: 'submit', id: 'e1', round: 1, team: 'ngo', decision: {} });
    expect(errorOf(await spectator.reply('e1')).code).toBe('not-joined');
    spectator.send({ t: 'watch', v: 1, id: 'e2', room });
    expect((await spectator.reply('e2')).t).toBe('watching');
    spectator.send({ t: 'submit', id: 'e3', round: 1, team: 'ngo', decision: {} });
    expect(errorOf(await spectator.reply('e3')).code).toBe('forbidden');
    spectator.send({ t: 'lock', id: 'e4', round: 1 });
    expect(errorOf(await spectator.reply('e4')).code).toBe('forbidden');
  });

  it('bounds a flood from one socket: refuses past the burst, then closes the socket', async () => {
    const r = await raw();
    const started = Date.now();
    for (let k = 0; k < 200; k++) r.send({ t: 'ping', id: `f${k}` });
    const err = errorOf(await r.next((f) => f.t === 'error'));
    expect(err).toMatchObject({ code: 'rate-limited', reason: expect.stringMatching(/at most 10 a second/) });
    const closed = await r.closedWith();
    const seconds = (Date.now() - started) / 1000;
    expect(closed).toMatchObject({ code: 1008, reason: expect.stringMatching(/too many messages/) });
    // Served: the burst of 30, plus what the bucket refilled (10 a second) while the flood lasted.
    const pongs = r.frames.filter((f) => f.t === 'pong').length;
    expect(pongs).toBeGreaterThanOrEqual(30);
    expect(pongs).toBeLessThanOrEqual(30 + Math.ceil(10 * seconds));
    expect(pongs).toBeLessThan(100);
    expect(r.frames.filter((f) => f.t === 'error')).toHaveLength(1);
  });

  it('closes a socket that never says who it is', async () => {
    const r = await raw();
    expect(await r.closedWith(4000)).toMatchObject({ code: 1008, reason: expect.stringMatching(/no open, resume, join or watch/) });
  });

  it('after all of that the room is unharmed: a legitimate decision is taken and recorded', async () => {
    const r = await raw();
    r.send({ t: 'resume', v: 1, id: 'g1', room, secret });
    const state = await r.reply('g1');
    if (state.t !== 'room-state') throw new Error(`expected the room's state, got ${state.t}`);
    expect(state.teams.map((t) => t.id)).toEqual(TEAMS.map((t) => t.id));
    expect(state.round).toMatchObject({ round: 1, status: 'open' });
    expect(state.submissions).toEqual([]);
    const origin = await admittedSocket('origin');
    origin.send({ t: 'submit', id: 'g2', round: 1, team: 'origin', decision: { 'enforcement.intensity': 0.5 } });
    expect(await origin.reply('g2')).toMatchObject({ t: 'ack', seq: expect.any(Number) });
    const reader = client(server);
    const after = await reader.resumeRoom(room, secret);
    reader.close();
    expect(after.submissions).toEqual([expect.objectContaining({ team: 'origin', decision: { 'enforcement.intensity': 0.5 } })]);
  });
});

/** A team already held by an earlier socket: a new device must be admitted by the facilitator. */
async function admittedSocket(team: string): Promise<RawSocket> {
  const r = await raw();
  r.send({ t: 'join', v: 1, id: 'h1', room, team });
  const waiting = await r.reply('h1');
  if (waiting.t !== 'waiting') throw new Error(`expected to wait, got ${JSON.stringify(waiting)}`);
  await fac.admit(waiting.request);
  await r.next((f) => f.t === 'joined');
  return r;
}
