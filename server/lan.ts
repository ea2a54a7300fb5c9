/**
 * The addresses at which phones on the local network can reach this computer, and the terminal
 * QR code of the facilitator's start address. Only IPv4 is listed: it is what classroom Wi-Fi
 * hands out and what people can read aloud.
 */
import { networkInterfaces } from 'node:os';
import { renderUnicodeCompact } from 'uqr';

export const isLoopback = (host: string): boolean => host === 'localhost' || host === '::1' || host.startsWith('127.');

export function lanAddresses(host: string): string[] {
  if (isLoopback(host)) return [];
  if (host !== '0.0.0.0' && host !== '::') return [host];
  return Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((a) => a.family === 'IPv4' && !a.internal)
    .map((a) => a.address);
}

export function httpUrl(address: string, port: number, base: string): string {
  const host = address.includes(':') ? `[${address}]` : address;
  return `http://${host}:${port}${base}`;
}

/**
 * A QR code drawn with half-block characters (two rows of modules per line). A full block is a
 * light module, which reads right on a dark terminal; on a terminal (TTY) each line is also given
 * white-on-black colours so that it reads right on a light one too.
 */
export function terminalQr(text: string, colour: boolean): string {
  const lines = renderUnicodeCompact(text, { ecc: 'M', border: 2 }).split('\n');
  return (colour ? lines.map((l) => `\x1b[97;40m${l}\x1b[0m`) : lines).join('\n');
}
