import { describe, expect, it } from 'vitest';
import { displayRoomCode, normaliseRoomCode, ROOM_CODE_ALPHABET, ROOM_CODE_RE, roomCodeFromBytes } from './room-code';

describe('room codes', () => {
  it('use 32 characters with no I, L, O or U, and every byte maps into them', () => {
    expect(ROOM_CODE_ALPHABET).toHaveLength(32);
    expect(ROOM_CODE_ALPHABET).not.toMatch(/[ILOU]/);
    const seen = new Set<string>();
    for (let b = 0; b < 256; b++) seen.add(roomCodeFromBytes(new Uint8Array(6).fill(b))[0]);
    expect([...seen].sort().join('')).toBe([...ROOM_CODE_ALPHABET].sort().join(''));
  });

  it('read what people type: case, spaces, dashes, and look-alike letters', () => {
    expect(normaliseRoomCode('k7q-3xm')).toBe('K7Q3XM');
    expect(normaliseRoomCode(' k7q 3xm ')).toBe('K7Q3XM');
    expect(normaliseRoomCode('O1LIAB')).toBe('0111AB');
    expect(normaliseRoomCode('K7Q3X')).toBeNull();
    expect(normaliseRoomCode('K7Q3XMM')).toBeNull();
    expect(normaliseRoomCode('K7Q3XU')).toBeNull();
    expect(normaliseRoomCode('x'.repeat(10_000))).toBeNull();
    expect(displayRoomCode('K7Q3XM')).toBe('K7Q-3XM');
    expect(ROOM_CODE_RE.test(normaliseRoomCode(displayRoomCode('K7Q3XM'))!)).toBe(true);
  });
});
