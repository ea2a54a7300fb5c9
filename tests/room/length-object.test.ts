/**
 * The room server and the frame whose field is `{"length":{"toString":1,"valueOf":1}}`: ordinary
 * JSON that made zod's validation throw a raw TypeError out of the frame parser, outside the
 * server's handler try — one frame from any device on the network could stop the server. Now the
 * frame is refused like any invalid one, naming the field, and the server goes on answering.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoomServer } from '../../server/server';
import { RawSocket, removeDir, startServer, tempDataDir } from './harness';

const LENGTH_OBJECT = '{"length":{"toString":1,"valueOf":1}}';
let dir: string;
let server: RoomServer;

beforeAll(async () => {
  dir = tempDataDir();
  server = await startServer(dir);
});

afterAll(async () => {
  await server.close();
  removeDir(dir);
});

describe('a frame with a length object', () => {
  it('is refused with the field named, and the server keeps answering', async () => {
    const r = await RawSocket.open(server.socketUrl);
    r.send(`{"t":"join","v":1,"id":"j1","room":${LENGTH_OBJECT},"team":"ngo"}`);
    const refused = await r.reply('j1');
    expect(refused).toMatchObject({ t: 'error', code: 'invalid' });
    expect(refused.t === 'error' && refused.reason).toMatch(/room/);
    r.send({ t: 'open', v: 1, id: 'o1' });
    expect((await r.reply('o1')).t).toBe('opened');
    r.close();
  });
});
