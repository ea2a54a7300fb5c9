/**
 * The room server alone, for the room benchmark: a relay with no app, on a free loopback port and
 * a temporary data folder (real fsync on every recorded event). Prints its port as one JSON line,
 * then runs until it is killed. A process of its own, so that the benchmark's sixty-odd clients do
 * not share the server's event loop.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRoomServer } from '../server/server';

const dataDir = mkdtempSync(join(tmpdir(), 'crossings-bench-room-'));
const server = await startRoomServer({ dataDir, distDir: null, host: '127.0.0.1', port: 0 });
console.log(JSON.stringify({ port: server.port, dataDir }));
const stop = () => {
  void server.close().finally(() => {
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  });
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
