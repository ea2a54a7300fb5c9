/**
 * The keys that make decision codes unforgeable. Each session has a random secret (32 bytes from
 * Web Crypto's getRandomValues) that never leaves the facilitator's session. Each team's key is
 * HMAC-SHA-256(secret, team id): it travels in that team's link only, so a team can sign its own
 * decisions but not another team's, and two classes with the same set-up have different keys. A
 * code's tag is HMAC-SHA-256(team key, what the code says, with its round and team), cut to the
 * bits the code has room for. The facilitator derives the team's key again from the secret.
 */

export const SESSION_SECRET_RE = /^[A-Za-z0-9_-]{43}$/;
export const TEAM_KEY_RE = /^[A-Za-z0-9_-]{43}$/;
const SECRET_BYTES = 32;
/** Labels keep the two uses of HMAC apart, so a team key can never be mistaken for a tag. */
const TEAM_KEY_LABEL = 'crossings/team-key/v1/';
const TAG_LABEL = 'crossings/decision/v1/';

function bytesToBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function base64UrlToBytes(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** A new session secret: 32 random bytes in base64url (43 characters). */
export function newSessionSecret(): string {
  return bytesToBase64Url(crypto.getRandomValues(new Uint8Array(SECRET_BYTES)));
}

/** Imported keys kept: a session's secret and its teams' keys (at most 12) fit many times over. */
const MAX_IMPORTED_KEYS = 64;
const imported = new Map<string, Promise<CryptoKey>>();

/**
 * The key as Web Crypto holds it, imported once: importing cost as much as signing, and the
 * facilitator's page signs with the same few keys again and again (team keys, then each code).
 */
function importedKey(keyText: string): Promise<CryptoKey> {
  let key = imported.get(keyText);
  if (!key) {
    if (imported.size >= MAX_IMPORTED_KEYS) imported.clear();
    key = crypto.subtle.importKey('raw', base64UrlToBytes(keyText), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    // A key that could not be imported is not kept: the next call tries again (and fails as it should).
    key.catch(() => imported.delete(keyText));
    imported.set(keyText, key);
  }
  return key;
}

async function hmac(keyText: string, message: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.sign('HMAC', await importedKey(keyText), new TextEncoder().encode(message)));
}

/** A team's signing key, derived from the session secret (the same secret and team give the same key). */
export async function teamKey(sessionSecret: string, teamId: string): Promise<string> {
  return bytesToBase64Url(await hmac(sessionSecret, TEAM_KEY_LABEL + teamId));
}

/** The tag of a code's contents under a team key, as a bigint of `bits` bits (1–256). */
export async function codeTag(key: string, round: number, teamId: string, contents: string, bits: number): Promise<bigint> {
  const mac = await hmac(key, `${TAG_LABEL}${round}/${teamId}/${contents}`);
  let n = 0n;
  for (const b of mac) n = (n << 8n) | BigInt(b);
  return n >> BigInt(256 - bits);
}

