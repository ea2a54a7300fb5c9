/**
 * A room's log on disk: `<data>/rooms/<CODE>.jsonl`, one event per line. An event is written at
 * once and flushed to the disk (fsync) before any answer leaves the server, so an acknowledged
 * message survives a crash or a power cut; events written in the same turn of the event loop share
 * one fsync (see Hub), so twelve teams submitting together wait for one flush, not twelve. Reading back tolerates only a torn last line (a crash mid-write); any other damage
 * is reported with the line number, and the room is not opened half-read.
 */
import { safeParse } from '../scenarios/safe-parse';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync, existsSync, readdirSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { roomEventSchema, type RoomEvent } from './room-events';

export class RoomLogError extends Error {
  override name = 'RoomLogError';
}

export function roomsDir(dataDir: string): string {
  return join(dataDir, 'rooms');
}

export function roomFile(dataDir: string, code: string): string {
  return join(roomsDir(dataDir), `${code}.jsonl`);
}

export function ensureDataDir(dataDir: string): void {
  mkdirSync(roomsDir(dataDir), { recursive: true, mode: 0o700 });
}

export function roomExists(dataDir: string, code: string): boolean {
  return existsSync(roomFile(dataDir, code));
}

export function countRooms(dataDir: string): number {
  return readdirSync(roomsDir(dataDir)).filter((f) => f.endsWith('.jsonl')).length;
}

/** An open log: append() writes a line, sync() makes every written line durable. */
export class RoomLog {
  private fd: number | null;
  private dirty = false;

  private constructor(fd: number) {
    this.fd = fd;
  }

  /** Create a new log (fails if it exists) and make its directory entry durable too. */
  static create(dataDir: string, code: string): RoomLog {
    const fd = openSync(roomFile(dataDir, code), 'wx', 0o600);
    const dir = openSync(roomsDir(dataDir), 'r');
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
    return new RoomLog(fd);
  }

  static openExisting(dataDir: string, code: string): RoomLog {
    return new RoomLog(openSync(roomFile(dataDir, code), 'a', 0o600));
  }

  append(event: RoomEvent): void {
    if (this.fd === null) throw new RoomLogError('the room log is closed');
    const buf = Buffer.from(`${JSON.stringify(event)}\n`, 'utf8');
    let written = 0;
    while (written < buf.length) written += writeSync(this.fd, buf, written, buf.length - written);
    this.dirty = true;
  }

  sync(): void {
    if (this.fd === null || !this.dirty) return;
    fsyncSync(this.fd);
    this.dirty = false;
  }

  close(): void {
    if (this.fd !== null) {
      this.sync();
      closeSync(this.fd);
    }
    this.fd = null;
  }
}

/**
 * Every event of a room's log, checked. A torn last line (no newline after it) is cut off the
 * file, so that the next event starts on a line of its own.
 */
export function readRoomLog(dataDir: string, code: string): RoomEvent[] {
  const file = roomFile(dataDir, code);
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const torn = lines.pop() ?? '';
  const events: RoomEvent[] = [];
  lines.forEach((line, k) => {
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch {
      throw new RoomLogError(`room ${code}: line ${k + 1} of its log is not JSON`);
    }
    const res = safeParse(roomEventSchema, data);
    if (!res.success) throw new RoomLogError(`room ${code}: line ${k + 1} of its log is not a room event (${res.error.issues[0].path.join('.')}: ${res.error.issues[0].message})`);
    events.push(res.data);
  });
  if (torn !== '') {
    console.warn(`room ${code}: cut a torn last line off its log (${torn.length} characters): the server stopped while writing it`);
    truncateSync(file, Buffer.byteLength(text, 'utf8') - Buffer.byteLength(torn, 'utf8'));
  }
  if (events.length === 0 || events[0].e !== 'created') throw new RoomLogError(`room ${code}: its log does not start with the room's creation`);
  return events;
}
