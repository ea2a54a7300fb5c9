/**
 * The room server's command-line options, read with node:util's parseArgs and checked one by one:
 * a bad value is reported with the option, the value and what is allowed, never a stack trace.
 */
import { parseArgs } from 'node:util';

export interface CliOptions {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly distDir: string;
  readonly base: string;
  readonly help: boolean;
}

/** 8080 is free on most laptops and needs no administrator rights (ports below 1024 do). */
export const DEFAULT_PORT = 8080;
/** All network interfaces, so that phones on the classroom Wi-Fi can reach the laptop. */
export const DEFAULT_HOST = '0.0.0.0';
export const DEFAULT_DATA_DIR = '.room-data';
export const DEFAULT_DIST_DIR = 'dist';

export const HELP = `Crossings room server: serves the built app and relays seminars to phones on the local network.

Usage: npm run room -- [options]

  --port N       TCP port, 0–65535 (0: any free port). Default: ${DEFAULT_PORT}
  --host ADDR    Address to listen on. Default: ${DEFAULT_HOST} (every network interface);
                 127.0.0.1 keeps the server to this computer
  --data DIR     Folder for the rooms' logs (created if missing). Default: ${DEFAULT_DATA_DIR}
  --base PATH    Serve the app under this path, e.g. /crossings/. Default: /
  --dist DIR     The production build to serve. Default: ${DEFAULT_DIST_DIR} (made by npm run build)
  --help         This text
`;

export class CliError extends Error {
  override name = 'CliError';
}

const HOST_RE = /^([A-Za-z0-9.-]{1,253}|\[?[0-9A-Fa-f:.]{2,45}\]?)$/;
const BASE_RE = /^\/?([A-Za-z0-9._~-]+\/?)*$/;

export function parseCli(argv: readonly string[]): CliOptions {
  if (argv.includes('--help') || argv.includes('-h')) return { port: DEFAULT_PORT, host: DEFAULT_HOST, dataDir: DEFAULT_DATA_DIR, distDir: DEFAULT_DIST_DIR, base: '/', help: true };
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { port: { type: 'string' }, host: { type: 'string' }, data: { type: 'string' }, base: { type: 'string' }, dist: { type: 'string' }, help: { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new CliError(`${(error as Error).message.split('\n')[0]} (see --help)`);
  }
  const portText = (values.port as string | undefined) ?? String(DEFAULT_PORT);
  const port = Number(portText);
  if (!/^\d{1,5}$/.test(portText) || port > 65535) throw new CliError(`--port ${JSON.stringify(portText)}: must be a whole number from 0 to 65535`);
  const host = (values.host as string | undefined) ?? DEFAULT_HOST;
  if (!HOST_RE.test(host)) throw new CliError(`--host ${JSON.stringify(host)}: must be an IP address or a host name (e.g. 0.0.0.0 or 127.0.0.1)`);
  const base = (values.base as string | undefined) ?? '/';
  if (!BASE_RE.test(base) || base.includes('..')) throw new CliError(`--base ${JSON.stringify(base)}: must be a path of letters, digits and . _ ~ - separated by /, e.g. /crossings/`);
  const dataDir = (values.data as string | undefined) ?? DEFAULT_DATA_DIR;
  const distDir = (values.dist as string | undefined) ?? DEFAULT_DIST_DIR;
  for (const [flag, v] of [['--data', dataDir], ['--dist', distDir]] as const) if (v.trim() === '') throw new CliError(`${flag}: must name a folder`);
  return { port, host: host.replace(/^\[|\]$/g, ''), dataDir, distDir, base, help: false };
}
