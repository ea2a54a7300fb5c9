/**
 * The first page, in Chromium against the production build: it runs the baseline scenario in a
 * Web Worker, shows the chart and the key figures, talks to nobody but its own origin, gives the
 * same numbers as the model run in Node, and has no serious accessibility faults.
 */
import { mkdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runModel, type OutputKey, type RunResult } from '../../models/index';
import { DEFAULT_SCENARIO_ID, findScenario } from '../../scenarios/index';
import { scenarioToRunInput } from '../../src/scenario-input';
import { launchChromium } from './chromium';

const ARTIFACTS = 'test-artifacts';
const KPI_KEYS: readonly OutputKey[] = ['smugglingDemand', 'deathsMissing', 'deathRatePerAttempt', 'meanFeeUsd'];
/** A full baseline run takes about a second in a worker; leave room for a slow machine. */
const RUN_TIMEOUT_MS = 60_000;

interface OpenedPage {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  readonly requests: string[];
  readonly failedResponses: string[];
}

const baseUrl = inject('baseUrl');
let browser: Browser;

/** Open the page at a viewport size and wait until the run is done and the chart drawn. */
async function openPage(width: number, height: number): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width, height } });
  const opened: OpenedPage = { context, page: await context.newPage(), consoleErrors: [], pageErrors: [], requests: [], failedResponses: [] };
  const { page } = opened;
  // Record every state the status line goes through, however briefly it shows.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __statusSeen: string[] }).__statusSeen = seen;
    new MutationObserver(() => {
      const el = document.querySelector('[data-testid="run-status"]');
      const entry = el ? `${el.getAttribute('data-status')}: ${el.textContent ?? ''}` : '';
      if (el && seen[seen.length - 1] !== entry) seen.push(entry);
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  page.on('console', (m) => {
    if (m.type() === 'error') opened.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => opened.pageErrors.push(e.message));
  // Context-level, so requests made by the Web Worker are seen too.
  context.on('request', (r) => opened.requests.push(r.url()));
  context.on('response', (r) => {
    if (r.status() >= 400) opened.failedResponses.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(baseUrl);
  await page.locator('[data-testid="run-status"][data-status="done"]').waitFor({ timeout: RUN_TIMEOUT_MS });
  await page.locator('[data-testid="demand-chart"] .recharts-line-curve').first().waitFor({ timeout: RUN_TIMEOUT_MS });
  return opened;
}

describe('the first page (baseline scenario)', () => {
  let desktop: OpenedPage;
  let expected: RunResult;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await launchChromium();
    desktop = await openPage(1280, 720);
    const scenario = findScenario(DEFAULT_SCENARIO_ID);
    if (!scenario) throw new Error(`scenario ${DEFAULT_SCENARIO_ID} not found`);
    expected = runModel(scenarioToRunInput(scenario));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the chart with both series and the key figures, without console or page errors', async () => {
    const { page } = desktop;
    await expect.poll(() => page.locator('[data-testid="demand-chart"] .recharts-line-curve').count()).toBe(2);
    expect(await page.locator('[data-testid="demand-chart"] figcaption').textContent()).toMatch(/smuggling demand/i);
    for (const key of KPI_KEYS) {
      const kpi = page.getByTestId(`kpi-${key}`);
      expect(await kpi.isVisible(), `kpi-${key} visible`).toBe(true);
      expect(Number.isFinite(Number(await kpi.getAttribute('data-value'))), `kpi-${key} has a numeric data-value`).toBe(true);
    }
    expect(desktop.consoleErrors).toEqual([]);
    expect(desktop.pageErrors).toEqual([]);
    expect(desktop.failedResponses).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/home-1280x720.png` });
  });

  it('shows "Running…" with progress while the model runs, then a note on the finished run', async () => {
    const seen = await desktop.page.evaluate(() => (window as unknown as { __statusSeen: string[] }).__statusSeen);
    const running = seen.filter((s) => s.startsWith('running:'));
    expect(running.length, seen.join('\n')).toBeGreaterThan(0);
    expect(running[0]).toMatch(/Running…/);
    expect(running.some((s) => /month \d+ of 120/.test(s)), seen.join('\n')).toBe(true);
    expect(seen[seen.length - 1]).toMatch(/^done: Simulated 120 months with 100,000 agents/);
  });

  it('makes no request beyond its own origin', () => {
    const origin = new URL(baseUrl).origin;
    const offOrigin = desktop.requests.filter((url) => {
      const u = new URL(url);
      // data: and blob: URLs are resolved inside the browser, not fetched from anywhere.
      if (u.protocol === 'data:' || u.protocol === 'blob:') return false;
      return u.origin !== origin;
    });
    expect(desktop.requests.length).toBeGreaterThan(0);
    expect(desktop.requests.some((url) => /worker.*\.js$/.test(url)), 'the model worker script was loaded').toBe(true);
    expect(offOrigin).toEqual([]);
  });

  it('reports exactly the numbers the model gives in Node for the same scenario', async () => {
    for (const key of KPI_KEYS) {
      const raw = await desktop.page.getByTestId(`kpi-${key}`).getAttribute('data-value');
      expect(Number(raw), key).toBe(expected.summary[key]);
    }
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    const results = await new AxeBuilder({ page: desktop.page }).analyze();
    const bad = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(bad).toEqual([]);
  });

  it('fits a 390 px wide phone screen without sideways scrolling', async () => {
    const phone = await openPage(390, 844);
    try {
      const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(phone.consoleErrors).toEqual([]);
      expect(phone.pageErrors).toEqual([]);
      await phone.page.screenshot({ path: `${ARTIFACTS}/home-390x844.png`, fullPage: true });
    } finally {
      await phone.context.close();
    }
  });
});
