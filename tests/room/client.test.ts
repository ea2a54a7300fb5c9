/**
 * The browser client library against the real server in Node (with the `ws` package's WebSocket
 * injected): typed events, a request answered once, a decision sent twice over a broken
 * connection recorded once, reconnecting with backoff while the server is away, and stopping for
 * good — with every waiting request told why — when the server says the credentials can never work.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RoomServer } from '../../server/server';
import { roomFile } from '../../server/room-log';
import type { RoomClient } from '../../src/shared/room/client';
import { backoffDelay, DEFAULT_BACKOFF } from '../../src/shared/room/transport';
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

describe('room client library', () => {
  it('backs off exponentially with jitter, within its bounds', () => {
    const delays = [0, 1, 2, 3, 4, 5, 6, 10].map((a) => [backoffDelay(DEFAULT_BACKOFF, a, () => 0), backoffDelay(DEFAULT_BACKOFF, a, () => 1)]);
    expect(delays.slice(0, 4)).toEqual([
      [250, 500],
      [500, 1000],
      [1000, 2000],
      [2000, 4000],
    ]);
    expect(delays[7]).toEqual([7500, 15000]);
  });

  it('reports its connection, identity and every frame as typed events', async () => {
    const fac = track(client(server));
    const states: string[] = [];
    const identities: unknown[] = [];
    fac.on('status', (s) => states.push(s.state));
    fac.on('identity', (i) => identities.push(i));
    const { room, secret } = await fac.openRoom();
    expect(states).toEqual(['connecting', 'connected']);
    expect(identities).toEqual([{ kind: 'facilitator', room, secret }]);
    const rounds: number[] = [];
    const off = fac.on('round', (r) => rounds.push(r.round));
    await fac.setTeams(TEAMS);
    await fac.publish(roundOf(0));
    await until(() => rounds.length === 1, 'the round frame');
    off();
    await fac.publish(roundOf(1));
    await fac.ping();
    expect(rounds).toEqual([0]);
  });

  it('sends a decision again after a broken connection and the server records it once', async () => {
    const fac = track(client(server));
    const { room } = await fac.openRoom();
    const [, ngo] = await fac.setTeams(TEAMS);
    await fac.publish(roundOf(0));
    const submissions: number[] = [];
    fac.on('submission', (s) => submissions.push(s.seq));
    const phone = track(client(server));
    await phone.join({ room, team: 'ngo', token: ngo.token });
    // The server records the decision, but the connection breaks before its answer arrives.
    const ws = (phone as unknown as { ws: { onmessage: (ev: { data: unknown }) => void; terminate(): void } }).ws;
    const deliver = ws.onmessage;
    ws.onmessage = (ev) => (String(ev.data).includes('"t":"ack"') ? ws.terminate() : deliver(ev));
    const states: string[] = [];
    phone.on('status', (st) => states.push(st.state));
    const seq = await phone.submit({ round: 0, team: 'ngo', decision: { 'searchAndRescue.capacity': 0.6 } });
    await until(() => submissions.length >= 1, 'the submission');
    await fac.ping();
    expect(states).toContain('reconnecting');
    expect(submissions).toEqual([seq]);
    expect(readFileSync(roomFile(dir, room), 'utf8').match(/"e":"submit"/g)).toHaveLength(1);
  });

  it('keeps trying while the server is away, then resumes', async () => {
    const fac = track(client(server));
    const { room, secret } = await fac.openRoom();
    const port = server.port;
    const states: string[] = [];
    fac.on('status', (s) => states.push(s.state));
    await server.close();
    await until(() => states.filter((s) => s === 'reconnecting').length >= 3, 'several attempts');
    server = await startServer(dir, { port });
    await until(() => fac.connection === 'connected', 'the reconnection', 5000);
    expect(fac.identity).toEqual({ kind: 'facilitator', room, secret });
    expect((await fac.setTeams(TEAMS)).length).toBe(3);
  });

  it('stops for good on credentials that can never work, and fails waiting requests with the reason', async () => {
    const fac = track(client(server));
    const { room } = await fac.openRoom();
    await fac.setTeams(TEAMS);
    const phone = track(client(server));
    await expect(phone.join({ room, team: 'ngo', token: 'x'.repeat(22) })).rejects.toMatchObject({ code: 'wrong-token' });
    await until(() => phone.connection === 'closed', 'the client to stop');
    await expect(phone.ping()).rejects.toMatchObject({ code: 'closed' });
    const stale = track(client(server, { identity: { kind: 'facilitator', room, secret: 'y'.repeat(43) } }));
    await expect(stale.connect()).rejects.toMatchObject({ code: 'wrong-secret' });
    expect(stale.connection).toBe('closed');
  });
});
