/**
 * Who is connected to which room, as what, and how frames reach them. A socket has no role until
 * its first message (open, resume, join, watch); then it is the room's facilitator, one of a
 * team's devices, a spectator, or a device waiting for the facilitator to admit it. Frames that
 * go to many sockets are serialised once.
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
    if (conn.ws.readyState === OPEN) conn.ws.send(text);
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
