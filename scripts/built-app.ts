/**
 * The built app served by `vite preview` and a headless Chromium to look at it, for the scripts
 * that measure or photograph the app (bench-ui, bench-compare, screenshot). Not used by the
 * tests, which have their own harness in tests/e2e/.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { preview } from 'vite';
import { launchChromium } from '../tests/e2e/chromium';

export const ROOT = resolve(import.meta.dirname, '..');

export interface BuiltApp {
  /** The app's address, ending in "/". */
  readonly url: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

/** Build (unless `build` is false), serve dist/ on a free port and start Chromium. */
export async function openBuiltApp({ build = true }: { build?: boolean } = {}): Promise<BuiltApp> {
  if (build) {
    const built = spawnSync(join(ROOT, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  const server = await preview({ root: ROOT, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('vite preview did not report a TCP address');
  const browser = await launchChromium();
  return {
    url: `http://127.0.0.1:${address.port}/`,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
