/** Text ↔ URL-safe base64 (UTF-8), for decision codes and team links. */

export function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Throws on input that is not base64 or not UTF-8. */
export function fromBase64Url(b64: string): string {
  const binary = atob(b64.replace(/-/g, '+').replace(/_/g, '/'));
  // A plain loop: Uint8Array.from with a function per character was the slowest step of reading a link.
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
