/**
 * Who is connected to which room, as what, and how frames reach them. A socket has no role until
 * its first message (open, resume, join, watch); then it is the room's facilitator, one of a
 * team's devices, a spectator, or a device waiting for the facilitator to admit it. Frames that
 * go to many sockets are serialised once.
 *
 * No frame leaves at once: frames wait in an outbox until the end of the event loop's turn, when
 * the rooms' logs are flushed to the disk (one fsync per room for all the events of that turn) and
 * only then sent. That is a group commit: an acknowledgement never precedes durability, and many
 * submissions arriving together share one flush.
 */
import type { WebSocket } from 'ws';
import type { FrameOf, RoundState, ServerFrame } from '../src/shared/room/frames';
import type { TokenBucket } from './rate-limit';
import type { Room } from './rooms';
import { submittedTeams } from './room-state';

export type Role =
  | { readonly kind: 'facilitator'; readonly room: Room }
  | { readonly kind: 'team'; readonly room: Room; readonly team: string; readonly device: string }
  | { readonly kind: 'spectator'; readonly room: Room }
  | { readonly kind: 'pending'; readonly room: Room; readonly team: string; readonly request: string; readonly re: string; readonly at: number };

export interface Conn {
  readonly ws: WebSocket;
  readonly bucket: TokenBucket;
  role: Role | null;
  /** Answered the last heartbeat ping. */
  alive: boolean;
}

const OPEN = 1; // WebSocket.OPEN

export class Hub {
  private readonly members = new Map<string, Set<Conn>>();
  /** Devices waiting for admission, by request key. */
  readonly pending = new Map<string, Conn>();
  /** Frames to send, or a close (code and reason) that must follow the frames queued before it. */
  private outbox: Array<[Conn, string] | [Conn, number, string]> = [];
  private scheduled = false;

  /** `sync` flushes the rooms' logs and returns the rooms whose flush failed. */
  constructor(private readonly sync: () => Set<Room> = () => new Set()) {}

  enter(conn: Conn, role: Role): void {
    this.leave(conn);
    conn.role = role;
    const code = role.room.state.code;
    let set = this.members.get(code);
    if (!set) this.members.set(code, (set = new Set()));
    set.add(conn);
    if (role.kind === 'pending') this.pending.set(role.request, conn);
  }

  leave(conn: Conn): void {
    const role = conn.role;
    if (!role) return;
    this.members.get(role.room.state.code)?.delete(conn);
    if (role.kind === 'pending') this.pending.delete(role.request);
    conn.role = null;
  }

  private inRoom(room: Room): Conn[] {
    return [...(this.members.get(room.state.code) ?? [])];
  }

  facilitators(room: Room): Conn[] {
    return this.inRoom(room).filter((c) => c.role?.kind === 'facilitator');
  }

  teamDevices(room: Room, team: string): Conn[] {
    return this.inRoom(room).filter((c) => c.role?.kind === 'team' && c.role.team === team);
  }

  spectatorCount(room: Room): number {
    return this.inRoom(room).filter((c) => c.role?.kind === 'spectator').length;
  }

  requests(room: Room): FrameOf<'join-request'>[] {
    return this.inRoom(room).flatMap((c) => (c.role?.kind === 'pending' ? [{ t: 'join-request' as const, request: c.role.request, team: c.role.team, at: c.role.at }] : []));
  }

  send(conn: Conn, frame: ServerFrame): void {
    this.sendRaw(conn, JSON.stringify(frame));
  }

  sendRaw(conn: Conn, text: string): void {
    this.queue([conn, text]);
  }

  /** Close a socket once the frames queued for it before have gone. */
  close(conn: Conn, code: number, reason: string): void {
    this.queue([conn, code, reason]);
  }

  private queue(entry: [Conn, string] | [Conn, number, string]): void {
    this.outbox.push(entry);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  /** Flush the logs to the disk, then send what waited for it; in a room whose log failed, close every socket instead. */
  flush(): void {
    this.scheduled = false;
    const failed = this.sync();
    const out = this.outbox;
    this.outbox = [];
    for (const entry of out) {
      const conn = entry[0];
      if (conn.role && failed.has(conn.role.room)) continue;
      if (conn.ws.readyState !== OPEN) continue;
      if (entry.length === 2) conn.ws.send(entry[1]);
      else conn.ws.close(entry[1], entry[2]);
    }
    for (const room of failed)
      for (const conn of this.inRoom(room)) {
        this.leave(conn);
        conn.ws.close(1011, 'the server could not write its log to the disk');
      }
  }

  toFacilitators(room: Room, frame: ServerFrame): void {
    const text = JSON.stringify(frame);
    for (const c of this.facilitators(room)) this.sendRaw(c, text);
  }

  /** The round as one team's device sees it (its own view), or as everyone else does. */
  roundState(room: Room, team?: string): RoundState | null {
    const r = room.state.round;
    if (!r) return null;
    const base = { round: r.round, roundsTotal: r.roundsTotal, status: r.status, public: r.public };
    return team === undefined ? base : { ...base, view: r.views[team] ?? null };
  }

  /** Send the current round to everyone in the room: each team its own view. */
  broadcastRound(room: Room): void {
    const pub = this.roundState(room);
    if (!pub) return;
    const publicText = JSON.stringify({ t: 'round', ...pub });
    const perTeam = new Map<string, string>();
    for (const c of this.inRoom(room)) {
      const role = c.role;
      if (!role || role.kind === 'pending') continue;
      if (role.kind !== 'team') {
        this.sendRaw(c, publicText);
        continue;
      }
      let text = perTeam.get(role.team);
      if (text === undefined) perTeam.set(role.team, (text = JSON.stringify({ t: 'round', ...this.roundState(room, role.team) })));
      this.sendRaw(c, text);
    }
  }

  /** Who has submitted in the current round, to everyone in the room. */
  broadcastProgress(room: Room): void {
    const r = room.state.round;
    if (!r) return;
    const text = JSON.stringify({ t: 'progress', round: r.round, submitted: submittedTeams(room.state, r.round) });
    for (const c of this.inRoom(room)) if (c.role && c.role.kind !== 'pending') this.sendRaw(c, text);
  }

  presenceFrame(room: Room): FrameOf<'presence'> {
    const teams: Record<string, number> = {};
    for (const id of room.state.teams.keys()) teams[id] = this.teamDevices(room, id).length;
    return { t: 'presence', teams, spectators: this.spectatorCount(room), requests: this.requests(room).map(({ request, team, at }) => ({ request, team, at })) };
  }

  sendPresence(room: Room): void {
    this.toFacilitators(room, this.presenceFrame(room));
  }

  /** Every socket (for heartbeats and shutdown). */
  all(): Conn[] {
    return [...this.members.values()].flatMap((s) => [...s]);
  }
}
