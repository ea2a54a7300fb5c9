/**
 * The rooms a server knows: new ones get a fresh code, known ones are read back from their logs
 * the first time they are asked for (after a restart, that is how a room comes back). Every
 * change goes through `commit`, which writes the event to the log and only then applies it, so
 * the state in memory never holds anything the disk does not.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { roomCodeFromBytes, ROOM_CODE_RE } from '../src/shared/room/room-code';
import { LOG_FORMAT, type NewRoomEvent, type RoomEvent } from './room-events';
import { countRooms, ensureDataDir, readRoomLog, RoomLog, roomExists } from './room-log';
import { applyEvent, initialState, type RoomState } from './room-state';

export interface Room {
  readonly state: RoomState;
  readonly log: RoomLog;
}

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** Constant-time comparison of two strings of any length (through their hashes). */
export function sameSecret(a: string, b: string): boolean {
  return timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());
}

/** Whether a secret matches a stored SHA-256 (hex), in constant time. */
export function matchesHash(secret: string, hashHex: string): boolean {
  return timingSafeEqual(createHash('sha256').update(secret, 'utf8').digest(), Buffer.from(hashHex, 'hex'));
}

export const randomKey = (bytes: number): string => randomBytes(bytes).toString('base64url');

export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  /** Rooms with events written but not yet flushed to the disk. */
  private readonly unsynced = new Set<Room>();

  constructor(
    readonly dataDir: string,
    private readonly maxRooms: number,
    private readonly clock: () => number = Date.now,
  ) {
    ensureDataDir(dataDir);
  }

  /** A new room, with its secret (returned once; only its hash is kept). Null when the data folder holds maxRooms rooms. */
  create(): { room: Room; secret: string } | null {
    if (countRooms(this.dataDir) >= this.maxRooms) return null;
    let code = '';
    do code = roomCodeFromBytes(randomBytes(6));
    while (this.rooms.has(code) || roomExists(this.dataDir, code));
    const secret = randomKey(32);
    const created = { e: 'created', at: this.clock(), format: LOG_FORMAT, room: code, secretHash: sha256(secret) } as const;
    const log = RoomLog.create(this.dataDir, code);
    log.append(created);
    log.sync();
    const room: Room = { state: initialState(created), log };
    this.rooms.set(code, room);
    return { room, secret };
  }

  /** The room with this code, read from its log if it is not in memory; null if there is none. */
  get(code: string): Room | null {
    const known = this.rooms.get(code);
    if (known) return known;
    if (!ROOM_CODE_RE.test(code) || !roomExists(this.dataDir, code)) return null;
    const events = readRoomLog(this.dataDir, code);
    const first = events[0] as Extract<RoomEvent, { e: 'created' }>;
    const state = initialState(first);
    for (const event of events.slice(1)) applyEvent(state, event);
    const room: Room = { state, log: RoomLog.openExisting(this.dataDir, code) };
    this.rooms.set(code, room);
    return room;
  }

  /**
   * Write an event to the room's log, then apply it; returns its seq. The caller's answers must
   * wait for `sync()` (the Hub sends nothing before it), so nothing is acknowledged before it is
   * on the disk.
   */
  commit(room: Room, event: NewRoomEvent): number {
    const stamped = { ...event, at: this.clock() } as RoomEvent;
    room.log.append(stamped);
    this.unsynced.add(room);
    applyEvent(room.state, stamped);
    return room.state.seq;
  }

  /**
   * Flush every room written since the last call to the disk (one fsync per room). A room whose
   * log cannot be flushed is dropped from memory — what is on its disk is the truth, read again on
   * next use — and returned, so that nothing is confirmed to anyone in it.
   */
  sync(): Set<Room> {
    const failed = new Set<Room>();
    for (const room of this.unsynced) {
      try {
        room.log.sync();
      } catch (error) {
        console.error(`room server: room ${room.state.code}: its log could not be flushed to the disk:`, error);
        failed.add(room);
        this.rooms.delete(room.state.code);
        try {
          room.log.close();
        } catch {
          // already failing; the room is read again from the disk on next use
        }
      }
    }
    this.unsynced.clear();
    return failed;
  }

  close(): void {
    for (const room of this.rooms.values()) room.log.close();
    this.rooms.clear();
  }
}
