/**
 * The room server tells the app its LAN addresses (`<base>room-addresses.json`), so that team
 * links made on a page opened at localhost point at an address phones can open.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { removeDir, startServer, tempDataDir } from './harness';
import type { RoomServer } from '../../server/server';

let server: RoomServer | null = null;
let dir = '';

afterEach(async () => {
  await server?.close();
  server = null;
  removeDir(dir);
});

describe('room-addresses.json', () => {
  it('lists the addresses the server was given, with its port and base, uncached and with the security headers', async () => {
    dir = tempDataDir();
    server = await startServer(dir, { base: '/sub/', lanUrls: (port) => [`http://192.168.1.23:${port}/sub/`] });
    const res = await fetch(`${server.appUrl}room-addresses.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(await res.json()).toEqual({ v: 1, urls: [`http://192.168.1.23:${server.port}/sub/`], room: true });
  });

  it('is an empty list when the server has no LAN address', async () => {
    dir = tempDataDir();
    server = await startServer(dir);
    expect(await (await fetch(`${server.appUrl}room-addresses.json`)).json()).toEqual({ v: 1, urls: [], room: true });
  });
});
