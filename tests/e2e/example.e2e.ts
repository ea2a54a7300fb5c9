/**
 * The README's "add a view that runs the model" example really works: its component
 * (fixtures/OneRunView.tsx), mounted on a page of its own and served by Vite's development
 * server, runs the model in a Web Worker through the runner and shows the figure Node computes.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runModel } from '../../models/index';
import { findScenario, scenarioToRunInput } from '../../scenarios/index';
import { formatCount } from '../../src/shared/format';
import { launchChromium } from './chromium';
import { newPage, offOrigin, RUN_TIMEOUT_MS } from './harness';

const AGENTS = 5_000;

describe('the README’s example view', () => {
  let server: ViteDevServer;
  let browser: Browser;
  let url = '';

  beforeAll(async () => {
    server = await createServer({ logLevel: 'error', server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false } });
    await server.listen();
    const address = server.httpServer?.address();
    if (!address || typeof address === 'string') throw new Error('the Vite server did not report a TCP address');
    url = `http://127.0.0.1:${address.port}/`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is the code the README shows (apart from its import paths and name)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const shown = /\*\*Adding a view that runs the model\.\*\*[\s\S]*?```tsx\n([\s\S]*?)```/.exec(readme)?.[1];
    const fixture = readFileSync(new URL('./fixtures/OneRunView.tsx', import.meta.url), 'utf8');
    const body = fixture.slice(fixture.indexOf('import {')).replaceAll("'../../../src/", "'../../").replaceAll('OneRunView', 'MyView');
    expect(shown).toBe(body);
    expect(shown?.trimEnd().split('\n').length).toBeLessThan(20);
  });

  it('runs the model in a worker and shows the figure Node gives', async () => {
    const opened = await newPage(browser, 800, 600);
    await opened.page.goto(`${url}tests/e2e/fixtures/one-run.html?agents=${AGENTS}`);
    const deaths = opened.page.getByTestId('deaths');
    await deaths.waitFor({ timeout: RUN_TIMEOUT_MS * 2 });
    const expected = runModel({ ...scenarioToRunInput(findScenario('baseline')!), agents: AGENTS });
    expect(await deaths.textContent()).toBe(`Dead and missing over ${expected.months.length} months: ${formatCount(expected.summary.deathsMissing)}`);
    expect(opened.requests.some((r) => /pool-worker/.test(r)), 'the model ran in the pool worker').toBe(true);
    expect(opened.consoleErrors).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    expect(offOrigin(opened.requests, new URL(url).origin)).toEqual([]);
    await opened.context.close();
  });
});
