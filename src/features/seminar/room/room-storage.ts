/**
 * What this browser remembers of a room, so that a reload comes back to it: the facilitator's
 * room (code, secret, the session it belongs to, and the last submission applied to the
 * session), and each team device's key. Kept in localStorage; anything unreadable is ignored
 * (the facilitator opens a new room, the phone scans its QR code again).
 */
import { z } from 'zod';
import { ROOM_CODE_RE, SECRET_RE, TOKEN_RE } from '../../../shared/room/room-code';
import { safeParse } from '../../../../scenarios/index';

const HOST_KEY = 'crossings:room-host';
const deviceKey = (room: string) => `crossings:room-device:${room}`;

const hostSchema = z.strictObject({
  room: z.string().regex(ROOM_CODE_RE),
  secret: z.string().regex(SECRET_RE),
  /** The session's own secret: a room belongs to one session. */
  session: z.string().max(64),
  /** The record number of the last submission applied to the session. */
  appliedSeq: z.number().int().min(0),
});
export type HostRecord = z.infer<typeof hostSchema>;

const deviceSchema = z.strictObject({ room: z.string().regex(ROOM_CODE_RE), team: z.string().regex(/^[a-z0-9-]{1,32}$/), device: z.string().regex(TOKEN_RE) });
export type DeviceRecord = z.infer<typeof deviceSchema>;

function read<T>(key: string, schema: z.ZodType<T>): T | null {
  try {
    const text = localStorage.getItem(key);
    if (!text) return null;
    const res = safeParse(schema, JSON.parse(text));
    return res.success ? res.data : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  } catch {
    /* storage full or unavailable: the room lasts for this page only */
  }
}

export const loadHost = (): HostRecord | null => read(HOST_KEY, hostSchema);
export const saveHost = (record: HostRecord | null): void => write(HOST_KEY, record);
export const loadDevice = (room: string): DeviceRecord | null => read(deviceKey(room), deviceSchema);
export const saveDevice = (room: string, record: DeviceRecord | null): void => write(deviceKey(room), record);
