/**
 * Helpers for the room server's tests: a real server on a free loopback port with a temporary
 * data folder; raw sockets (the `ws` package) for hostile frames; client-library instances; and a
 * round's views as the facilitator's app would publish them for the default seminar teams.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { RoomClient, type RoomClientOptions } from '../../src/shared/room/client';
import type { ServerFrame } from '../../src/shared/room/frames';
import type { WebSocketConstructor } from '../../src/shared/room/transport';
import type { TeamView } from '../../src/shared/room/views';
import { startRoomServer, type RoomServer, type RoomServerOptions } from '../../server/server';

export const tempDataDir = (): string => mkdtempSync(join(tmpdir(), 'crossings-room-'));
export const removeDir = (dir: string): void => rmSync(dir, { recursive: true, force: true });

export function startServer(dataDir: string, extra: Partial<RoomServerOptions> = {}): Promise<RoomServer> {
  return startRoomServer({ dataDir, distDir: null, host: '127.0.0.1', port: 0, ...extra });
}

export function client(server: RoomServer, opts: Partial<RoomClientOptions> = {}): RoomClient {
  return new RoomClient({ url: server.socketUrl, WebSocket: WebSocket as unknown as WebSocketConstructor, backoff: { initialMs: 20, maxMs: 200, factor: 2 }, pingIntervalMs: 0, requestTimeoutMs: 5000, ...opts });
}

/** A raw socket that records every frame it receives. */
export class RawSocket {
  readonly frames: ServerFrame[] = [];
  closed: { code: number; reason: string } | null = null;
  private waiters: Array<() => void> = [];

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      this.frames.push(JSON.parse(data.toString()) as ServerFrame);
      this.wake();
    });
    ws.on('close', (code, reason) => {
      this.closed = { code, reason: reason.toString() };
      this.wake();
    });
    ws.on('error', () => undefined);
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  static async open(url: string): Promise<RawSocket> {
    const ws = new WebSocket(url);
    const raw = new RawSocket(ws);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    await raw.next((f) => f.t === 'welcome');
    return raw;
  }

  send(value: unknown): void {
    this.ws.send(typeof value === 'string' ? value : JSON.stringify(value));
  }

  /** The first frame (from `from` on) that matches, waiting up to five seconds for it (a busy machine). */
  async next(match: (f: ServerFrame) => boolean, from = 0, timeoutMs = 5000): Promise<ServerFrame> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.frames.slice(from).find(match);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no matching frame; got ${JSON.stringify(this.frames.slice(from)).slice(0, 600)}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  /** The answer to request `id`. */
  reply(id: string): Promise<ServerFrame> {
    return this.next((f) => 're' in f && f.re === id);
  }

  async closedWith(timeoutMs = 5000): Promise<{ code: number; reason: string }> {
    const deadline = Date.now() + timeoutMs;
    while (!this.closed) {
      if (Date.now() > deadline) throw new Error('the socket was not closed');
      await new Promise((r) => setTimeout(r, 20));
    }
    return this.closed;
  }

  close(): void {
    this.ws.close();
  }
}

export const TEAMS = [
  { id: 'interior', name: 'Interior ministry' },
  { id: 'ngo', name: 'Rescue NGOs' },
  { id: 'origin', name: 'Origin government' },
];

/** A team's view of a round: two levers starting at 0.3 and 0.5 with a budget of 0.4, one prediction. */
export function teamView(name: string, levers = ['enforcement.intensity', 'searchAndRescue.capacity']): TeamView {
  return {
    name,
    briefing: `You play ${name}.`,
    objectives: ['Fewer dead and missing'],
    budget: 0.4,
    levers: levers.map((key, k) => ({ key, label: key, before: k === 0 ? 0.3 : 0.5, step: 0.05 })),
    predictions: [{ key: 'deathsMissing', label: 'Dead and missing', min: 0, max: 1e6 }],
    figures: [{ key: 'deathsMissing', label: 'Dead and missing', value: 2400, previous: 2100, text: '2,400 a year' }],
    changes: ['Drought at origin'],
  };
}

export function roundOf(round: number, status: 'open' | 'locked' | 'revealed' = 'open') {
  return {
    round,
    roundsTotal: 3,
    status,
    public: { title: `Round ${round + 1}`, figures: [{ key: 'deathsMissing', label: 'Dead and missing', value: 2400 }] },
    views: Object.fromEntries(TEAMS.map((t) => [t.id, teamView(t.name)])),
  };
}

/** Wait until `check` holds (polling), or fail after five seconds (generous for a busy machine). */
export async function until(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
