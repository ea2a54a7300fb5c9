/**
 * Room codes and the random credentials of the room protocol, in the forms people and links carry.
 *
 * A room code is six characters of Crockford's base-32 alphabet, which leaves out I, L, O and U so
 * that a code read off a projector cannot be mistyped as a look-alike. What a person types is
 * read generously (lower case, spaces and dashes, O for 0, I or L for 1), as Crockford intends.
 * Secrets, team tokens and device keys are random bytes in base64url: they travel in QR codes and
 * links, never typed, so they favour length (unguessable) over readability.
 */

/** Crockford's base-32 alphabet: digits and capitals without I, L, O and U. */
export const ROOM_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 32^6 ≈ 10^9 codes: a code cannot be guessed by chance, and six characters are quick to type. */
export const ROOM_CODE_LENGTH = 6;
export const ROOM_CODE_RE = /^[0-9A-HJKMNP-TV-Z]{6}$/;

/** Bytes of randomness in a room secret (facilitator), and in a team token or device key. */
export const SECRET_BYTES = 32;
export const TOKEN_BYTES = 16;
/** base64url lengths of those byte counts, without padding. */
export const SECRET_CHARS = 43;
export const TOKEN_CHARS = 22;
export const SECRET_RE = /^[A-Za-z0-9_-]{43}$/;
export const TOKEN_RE = /^[A-Za-z0-9_-]{22}$/;

/**
 * A room code as typed, in its canonical form, or null if it cannot be one: upper case, spaces and
 * dashes dropped, O read as 0 and I or L as 1 (letters the alphabet leaves out for that reason).
 */
export function normaliseRoomCode(typed: string): string | null {
  if (typed.length > 32) return null;
  const clean = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return ROOM_CODE_RE.test(clean) ? clean : null;
}

/** A room code from random bytes (one byte per character; 256 is a multiple of 32, so no bias). */
export function roomCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < ROOM_CODE_LENGTH) throw new RangeError(`a room code needs ${ROOM_CODE_LENGTH} random bytes`);
  let code = '';
  for (let i = 0; i < ROOM_CODE_LENGTH; i++) code += ROOM_CODE_ALPHABET[bytes[i] % 32];
  return code;
}

/** A room code shown to people, split in two halves for reading aloud: "K7Q-3XM". */
export function displayRoomCode(code: string): string {
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}
