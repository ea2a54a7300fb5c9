/**
 * Offline after one visit: the app is served once (its own `vite preview` of dist/, on a free
 * port), the service worker installs and precaches the app shell and every lazy chunk; then the
 * server is shut down and the browser context is set offline, so nothing can come from the
 * network. The page reloads, and every view opens through the header (explorer, Compare with a
 * run, lecture, seminar), a language is switched to French (its catalogues are lazy chunks), and
 * an address with the explorer's settings in its query opens too. The header's links change the
 * hash only: going from Compare to the explorer and back does not reload the page, so Compare's
 * results are still there.
 */
import type { Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium';
import { newPage, RUN_TIMEOUT_MS, waitForResults, type OpenedPage } from './harness';

let browser: Browser;
let server: PreviewServer | null = null;
let opened: OpenedPage;
let appUrl = '';

describe('offline after the first visit', () => {
  beforeAll(async () => {
    browser = await launchChromium();
    server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
    const address = server.httpServer.address();
    if (!address || typeof address === 'string') throw new Error('vite preview did not report a TCP address');
    appUrl = `http://127.0.0.1:${address.port}/`;
    opened = await newPage(browser, 1280, 800, { serviceWorkers: 'allow' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('installs a service worker that controls the page and a manifest with icons', async () => {
    const { page } = opened;
    // One seed and 20,000 agents: the figures (over more seeds, or of the default 100,000) are not this test's subject.
    await page.goto(`${appUrl}?seeds=1&agents=20000`);
    await waitForResults(page);
    // `ready` resolves once the worker is active, i.e. after its install step has precached everything.
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(appUrl);
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
      return link ? ((await (await fetch(link.href)).json()) as { name: string; icons: { src: string; sizes: string }[]; start_url: string }) : null;
    });
    expect(manifest?.name).toMatch(/Crossings/);
    expect(manifest?.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest?.start_url).toBe('./');
  });

  it('with the server gone and the network cut, reloads and opens every view, and switches language', async () => {
    const { page, context } = opened;
    await server?.close();
    server = null;
    await context.setOffline(true);
    await page.reload();
    await waitForResults(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await page.locator('a[data-view="compare"]').click();
    await page.getByTestId('run-compare').waitFor({ timeout: RUN_TIMEOUT_MS });
    // A small comparison, opened as a new address (a page load, answered by the cached page).
    await page.goto(`${appUrl}?lang=en#/compare?mix=baseline&seeds=5&agents=20000`);
    await page.getByTestId('add-preset-select').selectOption('human-security-mix');
    await page.getByTestId('add-preset').click();
    await page.getByTestId('run-compare').click();
    const done = () =>
      page.waitForFunction(
        () => {
          const id = document.querySelector('[data-testid="compare-results"]')?.getAttribute('data-run-id');
          return !!id && id !== '0' && document.querySelector('[data-testid="compare-status"]')?.getAttribute('data-status') !== 'running';
        },
        null,
        { timeout: 60_000 },
      );
    await done();
    // A marker on the page's window: a page load would lose it.
    await page.evaluate(() => ((window as unknown as { __samePage: boolean }).__samePage = true));
    await page.locator('a[data-view="explore"]').click();
    await waitForResults(page);
    await page.locator('a[data-view="compare"]').click();
    // Back on Compare, the comparison is there again without pressing Run (the view remounts and
    // restores it from its saved state), and the page was never reloaded.
    await done();
    expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(true);
    expect(await page.getByTestId('mix-item').count()).toBe(2);

    await page.locator('a[data-view="lecture"]').click();
    await page.getByTestId('step-title').waitFor({ timeout: RUN_TIMEOUT_MS });
    await page.locator('a[data-view="seminar"]').click();
    await page.getByTestId('setup').waitFor({ timeout: RUN_TIMEOUT_MS });
    await page.getByTestId('language-menu').selectOption('fr');
    await expect.poll(() => page.locator('html').getAttribute('lang'), { timeout: RUN_TIMEOUT_MS }).toBe('fr');
    await page.locator('a[data-view="explore"]').click();
    await waitForResults(page);

    // A shared link with settings and a language in its query: the cached page answers it too.
    await page.goto(`${appUrl}?lang=es#/lecture`);
    await page.getByTestId('step-title').waitFor({ timeout: RUN_TIMEOUT_MS });
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(opened.pageErrors).toEqual([]);
  });
});
