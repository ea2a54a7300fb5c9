/**
 * The room client: one object per page that talks to the room server. It connects, says who it is
 * (open, resume, join or watch), sends requests and resolves each with the server's answer, and
 * hands every other frame to typed listeners. When the connection drops it reconnects with
 * backoff, says who it is again (the facilitator with its room secret, a team device with its
 * device key, a spectator with the room code), emits `resumed` with the server's fresh state, and
 * resends whatever was not yet answered — the server records a resent decision once. After a
 * refusal that cannot change (unknown room, wrong secret or token, released) it stops.
 */
import { FATAL_CODES, parseServerFrame, type FrameOf, type FrameType, type ServerFrame } from './frames';
import { PROTOCOL_VERSION, type ClientMessageInput, type ClientMessageType } from './protocol';
import { backoffDelay, DEFAULT_BACKOFF, RoomError, SOCKET_OPEN, type Backoff, type WebSocketConstructor, type WebSocketLike } from './transport';
import type { Decision, Prediction, PublicView, RoundStatus, TeamView } from './views';

export type Identity =
  | { readonly kind: 'facilitator'; readonly room: string; readonly secret: string }
  | { readonly kind: 'team'; readonly room: string; readonly team: string; readonly device: string }
  | { readonly kind: 'spectator'; readonly room: string };

export type ConnectionState = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'closed';

export interface ClientEvents {
  /** `code`: when closed for good, why (a server error code, or the library's `closed`). */
  status: { readonly state: ConnectionState; readonly attempt?: number; readonly delayMs?: number; readonly reason?: string; readonly code?: string };
  /** Who this client is, whenever it changes (keep it to come back after a reload). */
  identity: Identity | null;
  /** The server's answer to saying who we are again after a reconnect. */
  resumed: FrameOf<'room-state'> | FrameOf<'joined'> | FrameOf<'watching'>;
  /** An error frame that answers no request (e.g. a team released). */
  notice: FrameOf<'error'>;
}
type FrameEvents = { [K in Exclude<FrameType, 'error' | 'welcome' | 'opened' | 'ack' | 'pong' | 'waiting'>]: FrameOf<K> };
export type RoomEvents = ClientEvents & FrameEvents;

export interface RoomClientOptions {
  /** ws://… or wss://… of the room socket (see roomSocketUrl). */
  readonly url: string;
  /** The WebSocket constructor: the browser's by default; the `ws` package's in Node. */
  readonly WebSocket?: WebSocketConstructor;
  readonly backoff?: Backoff;
  /** A request unanswered this long on an open connection is rejected with code 'timeout'. */
  readonly requestTimeoutMs?: number;
  /** Send a ping this often, and reconnect when it goes unanswered (0: never). */
  readonly pingIntervalMs?: number;
  /** Come back as this identity (from storage) when connecting. */
  readonly identity?: Identity;
  readonly random?: () => number;
}

type Outgoing = { [K in ClientMessageType]: Omit<ClientMessageInput<K>, 'id' | 'v'> & { t: K } }[ClientMessageType];

interface Pending {
  readonly msg: Outgoing;
  readonly resolve: (frame: ServerFrame) => void;
  readonly reject: (error: RoomError) => void;
  readonly onWaiting?: (frame: FrameOf<'waiting'>) => void;
  timer?: ReturnType<typeof setTimeout>;
  sent: boolean;
}

const ENTRY = new Set(['open', 'resume', 'join', 'watch']);
/** Close codes after which the server will not take these credentials again. */
const FATAL_CLOSE = new Set([4001, 4002]);

export class RoomClient {
  private ws: WebSocketLike | null = null;
  private state: ConnectionState = 'idle';
  private ready = false;
  private attempt = 0;
  private counter = 0;
  private readonly prefix: string;
  private readonly pending = new Map<string, Pending>();
  private readonly listeners = new Map<string, Set<(payload: never) => void>>();
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private pingTimer: ReturnType<typeof setInterval> | null = null;
  private connectWaiters: Array<{ resolve: () => void; reject: (e: RoomError) => void }> = [];
  private me: Identity | null;
  private stopped = false;
  private readonly random: () => number;

  constructor(private readonly opts: RoomClientOptions) {
    this.me = opts.identity ?? null;
    this.random = opts.random ?? Math.random;
    // Request ids unique across page loads, so the server never takes a new decision for a resent one.
    this.prefix = Math.floor(this.random() * 36 ** 8).toString(36).padStart(8, '0');
  }

  get connection(): ConnectionState {
    return this.state;
  }

  get identity(): Identity | null {
    return this.me;
  }

  on<K extends keyof RoomEvents>(type: K, listener: (payload: RoomEvents[K]) => void): () => void {
    let set = this.listeners.get(type);
    if (!set) this.listeners.set(type, (set = new Set()));
    set.add(listener as (payload: never) => void);
    return () => set.delete(listener as (payload: never) => void);
  }

  private emit<K extends keyof RoomEvents>(type: K, payload: RoomEvents[K]): void {
    for (const l of this.listeners.get(type) ?? []) (l as (p: RoomEvents[K]) => void)(payload);
  }

  private setState(state: ConnectionState, extra: Omit<ClientEvents['status'], 'state'> = {}): void {
    this.state = state;
    this.emit('status', { state, ...extra });
  }

  private setIdentity(identity: Identity | null): void {
    this.me = identity;
    this.emit('identity', identity);
  }

  /** Open the connection (and come back as the stored identity, if any). Resolves once the server has greeted us. */
  connect(): Promise<void> {
    if (this.stopped) return Promise.reject(new RoomError('closed', 'This room client has been closed.'));
    if (this.ready) return Promise.resolve();
    const done = new Promise<void>((resolve, reject) => this.connectWaiters.push({ resolve, reject }));
    if (!this.ws && !this.retryTimer) this.dial();
    return done;
  }

  private dial(): void {
    this.retryTimer = null;
    this.setState(this.attempt === 0 ? 'connecting' : 'reconnecting', { attempt: this.attempt });
    const Ctor = this.opts.WebSocket ?? (globalThis as unknown as { WebSocket: WebSocketConstructor }).WebSocket;
    const ws = new Ctor(this.opts.url);
    this.ws = ws;
    ws.onmessage = (ev) => this.receive(ev.data);
    ws.onerror = () => undefined; // a close follows; it decides what to do
    ws.onclose = (ev) => this.dropped(ws, ev.code, ev.reason);
  }

  private receive(data: unknown): void {
    let json: unknown;
    try {
      json = JSON.parse(String(data));
    } catch {
      return;
    }
    const frame = parseServerFrame(json);
    if (!frame) return;
    if (frame.t === 'welcome') return void this.greeted(frame);
    const re = 're' in frame ? frame.re : undefined;
    const request = re ? this.pending.get(re) : undefined;
    if (request && re) {
      if (frame.t === 'waiting') {
        if (request.timer) clearTimeout(request.timer);
        request.onWaiting?.(frame);
        return;
      }
      this.pending.delete(re);
      if (request.timer) clearTimeout(request.timer);
      if (frame.t === 'error') request.reject(new RoomError(frame.code, frame.reason));
      else {
        this.learnIdentity(frame);
        request.resolve(frame);
      }
      return;
    }
    if (frame.t === 'error') {
      if (FATAL_CODES.has(frame.code)) this.stop(frame.reason, new RoomError(frame.code, frame.reason));
      return this.emit('notice', frame);
    }
    if (re) return; // the answer to a request we no longer wait for (e.g. a re-entry, handled above)
    this.emit(frame.t as keyof FrameEvents, frame as never);
  }

  private learnIdentity(frame: ServerFrame): void {
    if (frame.t === 'joined') this.setIdentity({ kind: 'team', room: frame.room, team: frame.team.id, device: frame.device });
    else if (frame.t === 'watching') this.setIdentity({ kind: 'spectator', room: frame.room });
  }

  private async greeted(frame: FrameOf<'welcome'>): Promise<void> {
    if (frame.v !== PROTOCOL_VERSION) return this.stop(`The server speaks room protocol ${frame.v}; this page speaks ${PROTOCOL_VERSION}: reload the page.`);
    this.attempt = 0;
    if (this.me) {
      try {
        const reply = await this.send(this.reentry(this.me), true);
        this.emit('resumed', reply as ClientEvents['resumed']);
      } catch (error) {
        const e = error instanceof RoomError ? error : new RoomError('closed', String(error));
        if (FATAL_CODES.has(e.code)) this.stop(e.reason, e);
        else this.ws?.close(4000, 'could not rejoin'); // try again after a backoff
        return;
      }
    }
    this.ready = true;
    this.setState('connected');
    for (const w of this.connectWaiters.splice(0)) w.resolve();
    for (const [id, p] of this.pending) if (!p.sent) this.transmit(id, p);
    this.startPing();
  }

  private reentry(me: Identity): Outgoing {
    if (me.kind === 'facilitator') return { t: 'resume', room: me.room, secret: me.secret };
    if (me.kind === 'team') return { t: 'join', room: me.room, team: me.team, device: me.device };
    return { t: 'watch', room: me.room };
  }

  private dropped(ws: WebSocketLike, code: number, reason: string): void {
    if (ws !== this.ws) return;
    this.ws = null;
    this.ready = false;
    this.stopPing();
    for (const p of this.pending.values()) {
      if (p.timer) clearTimeout(p.timer);
      p.sent = false;
    }
    if (this.stopped) return;
    if (FATAL_CLOSE.has(code)) return this.stop(reason || 'The server closed this connection for good.');
    const delayMs = backoffDelay(this.opts.backoff ?? DEFAULT_BACKOFF, this.attempt, this.random);
    this.attempt += 1;
    this.setState('reconnecting', { attempt: this.attempt, delayMs, reason });
    this.retryTimer = setTimeout(() => this.dial(), delayMs);
  }

  /** Stop for good: no reconnect; every waiting request fails with the reason. */
  private stop(reason: string, error = new RoomError('closed', reason)): void {
    this.stopped = true;
    this.ready = false;
    this.stopPing();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    for (const p of this.pending.values()) {
      if (p.timer) clearTimeout(p.timer);
      p.reject(error);
    }
    this.pending.clear();
    for (const w of this.connectWaiters.splice(0)) w.reject(error);
    const ws = this.ws;
    this.ws = null;
    if (ws && ws.readyState <= SOCKET_OPEN) ws.close(1000, 'closed by the page');
    if (this.state !== 'closed') this.setState('closed', { reason, code: error.code });
  }

  /** Close the connection and stop reconnecting. */
  close(): void {
    this.stop('closed by the page');
  }

  private transmit(id: string, p: Pending): void {
    const ws = this.ws;
    if (!ws || ws.readyState !== SOCKET_OPEN) return;
    const body = ENTRY.has(p.msg.t) ? { ...p.msg, v: PROTOCOL_VERSION, id } : { ...p.msg, id };
    ws.send(JSON.stringify(body));
    p.sent = true;
    const timeout = this.opts.requestTimeoutMs ?? 10_000;
    p.timer = setTimeout(() => {
      this.pending.delete(id);
      p.reject(new RoomError('timeout', `The server did not answer within ${Math.round(timeout / 1000)} s.`));
    }, timeout);
  }

  /** Send a request; `now` sends even before the connection is ready (entry messages). */
  private send(msg: Outgoing, now = false, onWaiting?: Pending['onWaiting']): Promise<ServerFrame> {
    if (this.stopped) return Promise.reject(new RoomError('closed', 'This room client has been closed.'));
    const id = `${this.prefix}-${(this.counter += 1).toString(36)}`;
    return new Promise<ServerFrame>((resolve, reject) => {
      const p: Pending = { msg, resolve, reject, onWaiting, sent: false };
      this.pending.set(id, p);
      if (now || this.ready) this.transmit(id, p);
    });
  }

  private async enter<T extends ServerFrame>(msg: Outgoing, onWaiting?: Pending['onWaiting']): Promise<T> {
    if (this.me) throw new RoomError('already-joined', 'This client has already joined a room: make a new client for another.');
    await this.connect();
    return (await this.send(msg, true, onWaiting)) as T;
  }

  private startPing(): void {
    const every = this.opts.pingIntervalMs ?? 20_000;
    if (every <= 0 || this.pingTimer) return;
    this.pingTimer = setInterval(() => {
      this.send({ t: 'ping' }).catch((e: RoomError) => {
        if (e.code === 'timeout') this.ws?.close(4000, 'no answer to ping');
      });
    }, every);
  }

  private stopPing(): void {
    if (this.pingTimer) clearInterval(this.pingTimer);
    this.pingTimer = null;
  }

  // ── As the facilitator ────────────────────────────────────────────────────────────────────

  async openRoom(): Promise<{ room: string; secret: string }> {
    const f = await this.enter<FrameOf<'opened'>>({ t: 'open' });
    this.setIdentity({ kind: 'facilitator', room: f.room, secret: f.secret });
    return { room: f.room, secret: f.secret };
  }

  async resumeRoom(room: string, secret: string): Promise<FrameOf<'room-state'>> {
    const f = await this.enter<FrameOf<'room-state'>>({ t: 'resume', room, secret });
    this.setIdentity({ kind: 'facilitator', room: f.room, secret });
    return f;
  }

  async setTeams(teams: ReadonlyArray<{ id: string; name: string }>): Promise<FrameOf<'teams-set'>['teams']> {
    return ((await this.send({ t: 'teams', teams: [...teams] })) as FrameOf<'teams-set'>).teams;
  }

  async publish(round: { round: number; roundsTotal: number; status: RoundStatus; public: PublicView; views: Record<string, TeamView> }): Promise<void> {
    await this.send({ t: 'publish', ...round });
  }

  async lock(round: number): Promise<void> {
    await this.send({ t: 'lock', round });
  }

  async admit(request: string): Promise<void> {
    await this.send({ t: 'admit', request });
  }

  async refuse(request: string): Promise<void> {
    await this.send({ t: 'refuse', request });
  }

  async release(team: string): Promise<void> {
    await this.send({ t: 'release', team });
  }

  // ── As a team device or a spectator ───────────────────────────────────────────────────────

  /**
   * Join a team: with its token (QR code), or with neither token nor device key to ask the
   * facilitator (`onWaiting` is called while the facilitator decides). Resolves once joined.
   */
  join(args: { room: string; team: string; token?: string; device?: string }, onWaiting?: (f: FrameOf<'waiting'>) => void): Promise<FrameOf<'joined'>> {
    return this.enter<FrameOf<'joined'>>({ t: 'join', ...args }, onWaiting);
  }

  watch(room: string): Promise<FrameOf<'watching'>> {
    return this.enter<FrameOf<'watching'>>({ t: 'watch', room });
  }

  /** Send the team's decision for a round; resolves with the server's record number once it is on disk. */
  async submit(args: { round: number; team: string; decision: Decision; prediction?: Prediction }): Promise<number> {
    const f = (await this.send({ t: 'submit', ...args })) as FrameOf<'ack'>;
    return f.seq ?? 0;
  }

  async ping(): Promise<void> {
    await this.send({ t: 'ping' });
  }
}
