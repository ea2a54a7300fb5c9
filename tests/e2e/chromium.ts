/**
 * Finding and launching the system Chromium for the browser tests (playwright-core never
 * downloads a browser here). CHROMIUM_PATH overrides the usual Debian locations.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

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

/** A Chromium of its own, for the global setup to share (launchServer) or for a test to use alone. */
export function launchChromiumServer() {
  return chromium.launchServer({ executablePath: findChromium(), headless: true, args: LAUNCH_ARGS });
}

/**
 * The browser for a test file. The global setup starts one Chromium for the whole run and hands
 * its address to the files (CHROMIUM_WS_ENDPOINT): each file connects to it instead of starting
 * its own, and each test still opens its own context (its own storage and cookies). Closing the
 * connected browser closes the file's contexts and leaves the shared one running. Without the
 * address (a file run outside the global setup), a Chromium is launched as before.
 */
export function launchChromium(): Promise<Browser> {
  const shared = process.env.CHROMIUM_WS_ENDPOINT;
  if (shared) return chromium.connect(shared);
  return chromium.launch({ executablePath: findChromium(), headless: true, args: LAUNCH_ARGS });
}
