/**
 * Finding and launching the system Chromium for the browser tests (playwright-core never
 * downloads a browser here). CHROMIUM_PATH overrides the usual Debian locations.
 *
 * One Chromium serves the whole run: the global setup starts it (launchChromiumServer) and hands
 * its address to the test files, which connect to it (launchChromium) instead of each starting
 * its own; every test file still opens contexts of its own (their own storage, cookies and downloads; a
 * file's tests may take turns on one page, its storage emptied between them: harness.ts, reusePage).
 * Starting Chromium cost about a second of CPU per file. A file run outside the global setup
 * launches a Chromium of its own, as before.
 *
 * A connected client cannot ask for a download's path on disk (Playwright's download.path()
 * throws "not available when connected remotely": the file is on the browser's side), so
 * tests read downloads through downloadBytes(), which streams the file over the connection.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Download } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The environment variable through which the global setup hands the shared Chromium to the files. */
export const SHARED_ENDPOINT_VAR = 'CHROMIUM_WS_ENDPOINT';

/** Flags that keep a headless Chromium quiet and offline apart from the page under test. */
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(`No Chromium found (tried ${CANDIDATES.join(', ')}). Install one (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  return found;
}

/** The Chromium the whole run shares, for the global setup. */
export function launchChromiumServer() {
  return chromium.launchServer({ executablePath: findChromium(), headless: true, args: LAUNCH_ARGS });
}

/**
 * The browser for a test file: a connection to the shared Chromium when the global setup started
 * one, or a Chromium of its own. Closing it closes the contexts the file opened (and, for a
 * Chromium of its own, the browser); the shared one keeps running for the other files.
 */
export function launchChromium(): Promise<Browser> {
  const shared = process.env[SHARED_ENDPOINT_VAR];
  if (shared) return chromium.connect(shared);
  return chromium.launch({ executablePath: findChromium(), headless: true, args: LAUNCH_ARGS });
}

/** A finished download's bytes, whether the browser is this process's or connected remotely. */
export async function downloadBytes(download: Download): Promise<Buffer> {
  const failure = await download.failure();
  if (failure) throw new Error(`the download of ${download.suggestedFilename()} failed: ${failure}`);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}
