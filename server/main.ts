/**
 * `npm run room`: start the room server for a class. It serves the production build and the
 * seminar's room socket, prints where phones can reach it and a QR code of the facilitator's
 * start page, and stops cleanly on Ctrl+C (the rooms are already on disk).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CliError, HELP, parseCli, type CliOptions } from './cli-options';
import { httpUrl, isLoopback, lanAddresses, terminalQr } from './lan';
import { normaliseBase, startRoomServer } from './server';

/** Where the facilitator starts a seminar in the app. */
export const FACILITATOR_HASH = '#/seminar';

function fail(message: string): never {
  console.error(`room server: ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  let opts: CliOptions;
  try {
    opts = parseCli(process.argv.slice(2));
  } catch (error) {
    if (error instanceof CliError) fail(error.message);
    throw error;
  }
  if (opts.help) {
    process.stdout.write(HELP);
    return;
  }
  const distDir = resolve(opts.distDir);
  if (!existsSync(join(distDir, 'index.html')))
    fail(`there is no production build in ${distDir} (no index.html). Run \`npm run build\` first, then \`npm run room\` again.`);
  const dataDir = resolve(opts.dataDir);
  const base = normaliseBase(opts.base);
  let server;
  try {
    server = await startRoomServer({ port: opts.port, host: opts.host, dataDir, distDir, base, lanUrls: (port) => lanAddresses(opts.host).map((a) => httpUrl(a, port, base)) });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') fail(`port ${opts.port} is already in use on ${opts.host}: choose another with --port N.`);
    if (code === 'EACCES') fail(`not allowed to listen on port ${opts.port} (ports below 1024 need administrator rights): choose another with --port N.`);
    if (code === 'EADDRNOTAVAIL') fail(`--host ${opts.host}: this computer has no such address.`);
    fail(`could not start: ${(error as Error).message}`);
  }
  const lan = lanAddresses(opts.host);
  const local = opts.host === '0.0.0.0' || opts.host === '::' ? httpUrl('localhost', server.port, base) : httpUrl(opts.host, server.port, base);
  const start = `${lan[0] ? httpUrl(lan[0], server.port, base) : local}${FACILITATOR_HASH}`;
  const lines = [
    'Crossings room server',
    `  On this computer:      ${local}`,
    ...(lan.length ? lan.map((a, k) => `  ${k === 0 ? 'On the local network:  ' : '                        '}${httpUrl(a, server.port, base)}`) : [
          isLoopback(opts.host)
            ? `  On the local network:  none: listening on ${opts.host} only, which phones cannot reach (use --host 0.0.0.0)`
            : '  On the local network:  none found: join the classroom Wi-Fi (or give --host ADDR), then restart',
        ]),
    `  Facilitator starts at: ${start}`,
    `  Room logs:             ${dataDir}`,
    '',
    terminalQr(start, process.stdout.isTTY === true),
    'Scan to open the facilitator page on a tablet or another laptop. Phones must be on the same network.',
    'Stop with Ctrl+C: rooms are kept on disk and come back when the server starts again.',
  ];
  console.log(lines.join('\n'));
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

void main();
