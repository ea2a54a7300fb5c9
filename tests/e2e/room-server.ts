/**
 * The room server for the browser tests, as `npm run room` runs it: a child process serving the
 * production build on a loopback port with a temporary data folder, which a test can kill
 * (SIGKILL, no clean shutdown) and start again on the same port and folder. The server's source
 * (server/main.ts) is bundled once with esbuild, by tests/cli-process.ts as for the CLI tests, so that a restart is a plain `node` start
 * rather than tsx compiling the server again while the browser waits.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { programArgs } from '../cli-process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Starting tsx and the server takes a second or two; a busy machine more. */
const START_TIMEOUT_MS = 30_000;

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

export class RoomServerProcess {
  private child: ChildProcess | null = null;

  private constructor(
    readonly port: number,
    private readonly folder: string,
  ) {}

  static async start(): Promise<RoomServerProcess> {
    const server = new RoomServerProcess(await freePort(), mkdtempSync(join(tmpdir(), 'crossings-room-e2e-')));
    await server.restart();
    return server;
  }

  get dataDir(): string {
    return join(this.folder, 'data');
  }

  get appUrl(): string {
    return `http://127.0.0.1:${this.port}/`;
  }

  /** Start the server (again) on the same port and data folder; resolves once it listens. */
  async restart(): Promise<void> {
    const child = spawn(process.execPath, programArgs('room', ['--port', String(this.port), '--host', '127.0.0.1', '--data', this.dataDir, '--dist', resolve('dist')]), {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let output = '';
    await new Promise<void>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`the room server did not start within ${START_TIMEOUT_MS} ms: ${output}`)), START_TIMEOUT_MS);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Crossings room server')) {
          clearTimeout(timer);
          done();
        }
      };
      child.stdout?.on('data', read);
      child.stderr?.on('data', read);
      child.once('exit', (code) => {
        clearTimeout(timer);
        fail(new Error(`the room server stopped (exit ${code}): ${output}`));
      });
    });
    child.removeAllListeners('exit');
  }

  /** Kill the server at once, as a crash or a pulled plug would. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((done) => {
      child.once('exit', () => done());
      child.kill('SIGKILL');
    });
    this.child = null;
  }

  async stop(): Promise<void> {
    await this.kill();
    rmSync(this.folder, { recursive: true, force: true });
  }
}
