/**
 * Hosting the build: `vite preview` serves it, and so does any static host under a sub-path — here
 * the room server with `--base /sub/path/`, which also sends the Content-Security-Policy. Under
 * the sub-path the app loads, its model worker runs the explorer, the Compare view's worker pool
 * runs, the views switch, the favicon loads, every request stays under /sub/path/, nothing fails,
 * no CSP violation is reported, and the page can open its room socket beside itself.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startRoomServer, type RoomServer } from '../../server/server';
import { removeDir, tempDataDir } from '../room/harness';
import { launchChromium } from './chromium';
import { newPage, waitForResults, type OpenedPage } from './harness';

const baseUrl = inject('baseUrl');
let browser: Browser;
let server: RoomServer;
let dataDir: string;

/** Record CSP violations in the page (they are events, not always console errors). */
async function watchCsp(o: OpenedPage): Promise<void> {
  await o.context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

async function switchViews(page: Page): Promise<void> {
  await page.locator('a[data-view="seminar"]').click();
  await page.getByTestId('setup').waitFor();
  await page.locator('a[data-view="lecture"]').click();
  await page.getByTestId('step-title').waitFor();
  await page.locator('a[data-view="compare"]').click();
  await page.getByTestId('run-compare').or(page.getByTestId('tab-mixes')).first().waitFor();
  await page.locator('a[data-view="explore"]').click();
  await waitForResults(page);
}

beforeAll(async () => {
  browser = await launchChromium();
  dataDir = tempDataDir();
  server = await startRoomServer({ dataDir, distDir: 'dist', base: '/sub/path/', host: '127.0.0.1', port: 0 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dataDir) removeDir(dataDir);
});

describe('hosting the build', () => {
  it('vite preview serves the app: it runs the model and switches views with nothing failing', async () => {
    const o = await newPage(browser, 1280, 720, { serviceWorkers: 'allow' });
    // One seed and 20,000 agents: the figures (over more seeds, or of the default 100,000) are not this test's subject.
    await o.page.goto(`${baseUrl}?seeds=1&agents=20000`);
    await waitForResults(o.page);
    await switchViews(o.page);
    expect(o.failedResponses).toEqual([]);
    expect(o.pageErrors).toEqual([]);
    expect(o.consoleErrors).toEqual([]);
    expect(o.requests.some((u) => u.endsWith('/favicon.svg'))).toBe(true);
    await o.context.close();
  });

  it('under /sub/path/ of a static host with a strict CSP: loads, runs the model and the worker pool, switches views, reaches its room socket', async () => {
    const o = await newPage(browser, 1280, 720, { serviceWorkers: 'allow' });
    await watchCsp(o);
    const root = new URL(server.appUrl).origin;
    await o.page.goto(`${root}/sub/path`); // without the slash: redirected
    expect(o.page.url()).toBe(`${root}/sub/path/`);
    await waitForResults(o.page);
    await switchViews(o.page);

    await o.page.goto(`${root}/sub/path/#/compare?mix=baseline&mix=state-security-only&seeds=5&agents=5000`);
    const before = await o.page.getByTestId('compare-results').getAttribute('data-run-id').catch(() => null);
    await o.page.getByTestId('run-compare').click();
    await o.page.waitForFunction(
      (prev) => {
        const id = document.querySelector('[data-testid="compare-results"]')?.getAttribute('data-run-id');
        return !!id && id !== '0' && id !== prev && document.querySelector('[data-testid="compare-status"]')?.getAttribute('data-status') !== 'running';
      },
      before,
      { timeout: 60_000 },
    );

    // The service worker is scoped to the sub-path (not the host's root), and the room socket beside it still answers live.
    expect(await o.page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(`${root}/sub/path/`);
    const welcome = await o.page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const url = new URL('room', location.href);
          url.protocol = 'ws:';
          url.hash = '';
          const ws = new WebSocket(url);
          ws.onmessage = (e) => {
            resolve(String(e.data));
            ws.close();
          };
          ws.onerror = () => reject(new Error('the room socket could not be opened'));
        }),
    );
    expect(JSON.parse(welcome)).toMatchObject({ t: 'welcome', v: 1, server: 'crossings-room' });

    // Every request but the first (the address without its slash, redirected) is under the sub-path.
    const own = o.requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && u !== `${root}/sub/path`);
    expect(own.filter((u) => !u.startsWith(`${root}/sub/path/`))).toEqual([]);
    // The one model worker body (explorer lanes and Compare's pool alike) loads from the sub-path.
    expect(own.some((u) => /\/sub\/path\/assets\/pool-worker-[\w-]+\.js$/.test(u))).toBe(true);
    expect(own).toContain(`${root}/sub/path/favicon.svg`);
    expect(o.failedResponses).toEqual([]);
    expect(o.pageErrors).toEqual([]);
    expect(o.consoleErrors).toEqual([]);
    expect(await cspViolations(o.page)).toEqual([]);
    await o.context.close();
  });
});
