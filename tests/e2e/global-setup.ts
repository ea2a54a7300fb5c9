/**
 * Global setup for the browser tests: serve the production build (dist/) with `vite preview` on
 * a free port of 127.0.0.1, hand its URL to the tests, and stop it when they finish. It also
 * starts the one Chromium the test files share (chromium.ts) instead of one per file.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { launchChromiumServer, SHARED_ENDPOINT_VAR } from './chromium';
import { startRunReport } from './cost-report';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const DIST_INDEX = resolve('dist', 'index.html');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(DIST_INDEX)) {
    throw new Error('No production build in dist/. Run `npm run build` first, or `npm run test:e2e`, which builds and then tests.');
  }
  const endRunReport = startRunReport();
  // Port 0: the operating system picks a free port, so a running `npm run preview` is no obstacle.
  const server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('vite preview did not report a TCP address');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  // E2E_SHARED_CHROMIUM=0: each file launches its own, as before (to measure what sharing saves).
  if (process.env.E2E_SHARED_CHROMIUM === '0') {
    return async () => {
      endRunReport();
      await server.close();
    };
  }
  // The test files run in child processes, which inherit this environment.
  const browser = await launchChromiumServer();
  process.env[SHARED_ENDPOINT_VAR] = browser.wsEndpoint();
  // For cost-report.ts: the shared Chromium's CPU time is read from its process tree.
  process.env.CHROMIUM_SHARED_PID = String(browser.process().pid ?? '');
  return async () => {
    delete process.env[SHARED_ENDPOINT_VAR];
    delete process.env.CHROMIUM_SHARED_PID;
    endRunReport();
    await browser.close();
    await server.close();
  };
}
