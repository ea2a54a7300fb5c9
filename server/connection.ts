/**
 * One socket's life: every frame passes the rate limit, the size limit for the sender's role, a
 * text-only and JSON-only check and the protocol's schema before a handler sees it; each refusal
 * is answered with an `error` frame naming the reason, and the socket stays open unless it floods
 * or says nothing for too long. A handler's own refusal is answered the same way; an unexpected
 * fault is reported as a server error, never as a silent drop.
 */
import type { RawData, WebSocket } from 'ws';
import { parseFrameText, type ClientMessage } from '../src/shared/room/protocol';
import type { ErrorCode } from '../src/shared/room/frames';
import { CLOSE, Refusal } from './refusal';
import type { Conn } from './hub';
import { TokenBucket, type RateLimit } from './rate-limit';
import { handleJoin, handleOpen, handleResume, handleWatch, type Ctx } from './handlers-entry';
import { handleAdmit, handleLock, handlePublish, handleRefuse, handleRelease, handleTeams } from './handlers-facilitator';
import { handleSubmit } from './handlers-team';

export interface FrameLimits {
  /** Largest frame from a team device, a spectator or a socket with no role yet. */
  readonly maxFrameBytes: number;
  /** Largest frame from a facilitator (a publish carries every team's view). */
  readonly facilitatorMaxFrameBytes: number;
  readonly rate: RateLimit;
  /** A socket that has not said who it is within this time is closed. */
  readonly entryTimeoutMs: number;
}

function dispatch(ctx: Ctx, conn: Conn, msg: ClientMessage): void {
  const entry = msg.t === 'open' || msg.t === 'resume' || msg.t === 'join' || msg.t === 'watch';
  if (entry && conn.role) throw new Refusal('already-joined', `This connection has already joined a room: open a new connection to send "${msg.t}".`);
  switch (msg.t) {
    case 'open':
      return handleOpen(ctx, conn, msg);
    case 'resume':
      return handleResume(ctx, conn, msg);
    case 'join':
      return handleJoin(ctx, conn, msg);
    case 'watch':
      return handleWatch(ctx, conn, msg);
    case 'teams':
      return handleTeams(ctx, conn, msg);
    case 'publish':
      return handlePublish(ctx, conn, msg);
    case 'lock':
      return handleLock(ctx, conn, msg);
    case 'admit':
      return handleAdmit(ctx, conn, msg);
    case 'refuse':
      return handleRefuse(ctx, conn, msg);
    case 'release':
      return handleRelease(ctx, conn, msg);
    case 'submit':
      return handleSubmit(ctx, conn, msg);
    case 'ping':
      return ctx.hub.send(conn, { t: 'pong', re: msg.id });
  }
}

function byteLength(data: RawData): number {
  if (Array.isArray(data)) return data.reduce((n, b) => n + b.length, 0);
  return data instanceof ArrayBuffer ? data.byteLength : data.length;
}

export function attach(ctx: Ctx, ws: WebSocket, limits: FrameLimits): Conn {
  const conn: Conn = { ws, bucket: new TokenBucket(limits.rate), role: null, alive: true };
  const refuse = (code: ErrorCode, reason: string, re?: string) => ctx.hub.send(conn, { t: 'error', ...(re ? { re } : {}), code, reason });

  const entryTimer = setTimeout(() => {
    if (!conn.role) ws.close(CLOSE.policy, `no open, resume, join or watch within ${Math.round(limits.entryTimeoutMs / 1000)} s`);
  }, limits.entryTimeoutMs);
  entryTimer.unref();

  ws.on('pong', () => (conn.alive = true));
  ws.on('close', () => {
    clearTimeout(entryTimer);
    const room = conn.role && conn.role.kind !== 'facilitator' ? conn.role.room : null;
    ctx.hub.leave(conn);
    if (room) ctx.hub.sendPresence(room);
  });
  ws.on('error', () => ws.terminate());
  ws.on('message', (data: RawData, isBinary: boolean) => {
    const verdict = conn.bucket.take();
    if (verdict === 'close') return ctx.hub.close(conn, CLOSE.policy, 'too many messages: slow down and reconnect');
    if (verdict === 'refused') {
      if (conn.bucket.strikes === 1) refuse('rate-limited', `Too many messages: at most ${limits.rate.perSecond} a second (bursts of ${limits.rate.burst}); this one was dropped.`);
      return;
    }
    const max = conn.role?.kind === 'facilitator' ? limits.facilitatorMaxFrameBytes : limits.maxFrameBytes;
    const size = byteLength(data);
    if (size > max) return refuse('too-large', `The message is ${size} bytes; at most ${max} are accepted.`);
    if (isBinary) return refuse('malformed', 'Binary frames are not accepted: send JSON text.');
    const parsed = parseFrameText(data.toString());
    if (!parsed.ok) return refuse(parsed.code, parsed.reason, 'id' in parsed ? parsed.id : undefined);
    const re = 'id' in parsed.msg ? parsed.msg.id : undefined;
    try {
      dispatch(ctx, conn, parsed.msg);
    } catch (error) {
      if (error instanceof Refusal) {
        refuse(error.code, error.reason, re);
        if (error.closeWith) ctx.hub.close(conn, error.closeWith, error.code);
        return;
      }
      console.error('room server: a message could not be handled:', error);
      refuse('server', 'The server could not record this (see its terminal): nothing was changed.', re);
    }
  });
  return conn;
}
