/**
 * The room server: one node:http server that serves the production build under a base path and
 * accepts WebSocket connections (the `ws` package) at `<base>room`. Rooms live in the data folder,
 * one append-only log each, so a new server on the same folder picks up where the last one
 * stopped. A heartbeat drops sockets whose device has gone (a phone asleep, Wi-Fi lost) so that the
 * facilitator's list of who is connected stays true.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { PROTOCOL_VERSION } from '../src/shared/room/protocol';
import { attach, type FrameLimits } from './connection';
import type { EntryLimits } from './handlers-entry';
import { Hub } from './hub';
import { DEFAULT_RATE_LIMIT } from './rate-limit';
import { CLOSE } from './refusal';
import { RoomRegistry } from './rooms';
import { staticHandler } from './http-static';
import { setSecurityHeaders } from './security-headers';

export interface RoomServerOptions {
  readonly port?: number;
  readonly host?: string;
  readonly dataDir: string;
  /** The build to serve; null serves no files (the socket only). */
  readonly distDir: string | null;
  /** Path the app is served under: "/" or "/sub/path/". */
  readonly base?: string;
  readonly limits?: Partial<FrameLimits & EntryLimits & ServerLimits>;
  /**
   * The app's addresses on the local network, given the port: the app reads them from
   * `<base>room-addresses.json` to build team links phones can open when the facilitator's page
   * was opened at localhost.
   */
  readonly lanUrls?: (port: number) => readonly string[];
}

interface ServerLimits {
  readonly maxConnections: number;
  readonly maxRooms: number;
  readonly heartbeatMs: number;
}

/** Limits sized for a classroom: a dozen teams, a few dozen phones, a few rooms a day. */
export const DEFAULT_LIMITS: FrameLimits & EntryLimits & ServerLimits = {
  maxFrameBytes: 16 * 1024,
  facilitatorMaxFrameBytes: 512 * 1024,
  rate: DEFAULT_RATE_LIMIT,
  entryTimeoutMs: 20_000,
  maxSpectators: 200,
  maxPendingPerRoom: 50,
  maxConnections: 1000,
  maxRooms: 500,
  heartbeatMs: 30_000,
};

/** Frames above this are cut off by `ws` itself (close 1009); below it, over-limit frames get a reason. */
const HARD_MAX_PAYLOAD = 1024 * 1024;

export interface RoomServer {
  readonly http: Server;
  readonly port: number;
  /** ws://host:port<base>room */
  readonly socketUrl: string;
  /** http://host:port<base> */
  readonly appUrl: string;
  close(): Promise<void>;
}

export function normaliseBase(base: string): string {
  const trimmed = `/${base.replace(/^\/+|\/+$/g, '')}/`;
  return trimmed === '//' ? '/' : trimmed;
}

export async function startRoomServer(opts: RoomServerOptions): Promise<RoomServer> {
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const base = normaliseBase(opts.base ?? '/');
  const registry = new RoomRegistry(opts.dataDir, limits.maxRooms);
  const hub = new Hub(() => registry.sync());
  const ctx = { hub, registry, limits, clock: Date.now };
  const files = staticHandler({ distDir: opts.distDir, base });
  const addressesPath = `${base}room-addresses.json`;
  const http = createServer((req, res) => {
    if (req.method === 'GET' && new URL(req.url ?? '/', 'http://x').pathname === addressesPath) {
      setSecurityHeaders(req, res);
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.setHeader('Cache-Control', 'no-store');
      // `room: true` tells the app that this server relays rooms (a static build's file has no such field).
      res.end(JSON.stringify({ v: 1, urls: opts.lanUrls ? opts.lanUrls(listeningPort()) : [], room: true }));
      return;
    }
    files(req, res);
  });
  const listeningPort = () => (http.address() as AddressInfo | null)?.port ?? 0;
  const wss = new WebSocketServer({ noServer: true, maxPayload: HARD_MAX_PAYLOAD, perMessageDeflate: false });
  const socketPath = `${base}room`;

  http.on('upgrade', (req, socket, head) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path !== socketPath) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      if (wss.clients.size > limits.maxConnections) {
        ws.send(JSON.stringify({ t: 'error', code: 'server-full', reason: 'The server has as many connections as it may: try again later.' }));
        return ws.close(CLOSE.tryLater, 'server full');
      }
      attach(ctx, ws, limits);
      ws.send(JSON.stringify({ t: 'welcome', v: PROTOCOL_VERSION, server: 'crossings-room', limits: { maxFrameBytes: limits.maxFrameBytes, facilitatorMaxFrameBytes: limits.facilitatorMaxFrameBytes, burst: limits.rate.burst, perSecond: limits.rate.perSecond } }));
    });
  });

  const heartbeat = setInterval(() => {
    for (const conn of hub.all()) {
      if (!conn.alive) conn.ws.terminate();
      else {
        conn.alive = false;
        conn.ws.ping();
      }
    }
  }, limits.heartbeatMs);
  heartbeat.unref();

  await new Promise<void>((resolveListen, reject) => {
    http.once('error', reject);
    http.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolveListen());
  });
  const { port } = http.address() as AddressInfo;
  const host = opts.host && opts.host !== '0.0.0.0' && opts.host !== '::' ? opts.host : '127.0.0.1';
  const hostPart = host.includes(':') ? `[${host}]` : host;

  return {
    http,
    port,
    socketUrl: `ws://${hostPart}:${port}${socketPath}`,
    appUrl: `http://${hostPart}:${port}${base}`,
    async close() {
      clearInterval(heartbeat);
      hub.flush();
      for (const ws of wss.clients) ws.close(CLOSE.goingAway, 'the room server is stopping');
      await new Promise<void>((done) => wss.close(() => done()));
      for (const ws of wss.clients) ws.terminate();
      http.closeAllConnections();
      await new Promise<void>((done) => http.close(() => done()));
      registry.close();
    },
  };
}
