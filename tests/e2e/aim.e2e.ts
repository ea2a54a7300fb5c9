/**
 * A policy with an address, in the browser: a student aims the pull-backs lever at the short sea
 * crossing and switches them off there. The link keeps the aim (`enforcement.pullbacks@shortSea`),
 * a reload from the link shows the same aimed lever and figures, and the per-route chart, which
 * opens on the aimed route, shows pull-backs gone on that route only — the long sea route still has
 * its own. The figures match the same run in Node to the last digit.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runModel } from '../../models/index';
import { findScenario } from '../../scenarios/index';
import { KEY_FIGURES } from '../../src/shared/key-figures';
import { SETTINGS_CONTEXT } from '../../src/shared/settings/context';
import { buildRunInput } from '../../src/shared/settings/run-input';
import { defaultSettings } from '../../src/shared/settings/settings';
import { launchChromium } from './chromium';
import { kpi, openAt, slider, waitForResults } from './harness';

const baseUrl = inject('baseUrl');
const KEY = 'enforcement.pullbacks';
/** A small run keeps the test quick; the figures are checked against Node all the same. */
const AGENTS = 20_000;

let browser: Browser;

/** The "yours" and "baseline" columns of the per-route chart's table, summed over the months. */
async function routeTotals(page: Page, route: string, series: string): Promise<{ yours: number; baseline: number; months: number }> {
  const figure = page.getByTestId('chart-route-months');
  await figure.getByTestId('route-months-route').selectOption(route);
  await figure.getByTestId('route-months-series').selectOption(series);
  const toggle = figure.locator('.chart-tools button[aria-expanded]');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const rows = await figure.locator('table.data-table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
  const num = (text: string) => Number(text.replace(/[^\d.]/g, '') || 'NaN');
  return { yours: rows.reduce((s, r) => s + num(r[0]), 0), baseline: rows.reduce((s, r) => s + num(r[1]), 0), months: rows.length };
}

describe('aiming a lever at one route', () => {
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps the aim in the link, survives a reload, and changes the per-route chart on that route only', async () => {
    const { page } = await openAt(browser, `${baseUrl}?agents=${AGENTS}&seeds=1#/explore`, 1280, 720);
    const runId = (await page.getByTestId('results').getAttribute('data-run-id')) ?? '';
    await page.locator(`select[data-aim-lever="${KEY}"]`).selectOption('shortSea');
    const pullbacks = slider(page, 'Pull-backs to the transit country');
    await pullbacks.focus();
    await page.keyboard.press('Home');
    await waitForResults(page, runId);
    await expect.poll(() => decodeURIComponent(page.url())).toMatch(/enforcement\.pullbacks@shortSea=0(&|#|$)/);
    expect(await page.getByTestId('kpi-aimed').textContent()).toMatch(/Pull-backs to the transit country 0\.00 on “Short sea crossing” only/);

    await page.reload();
    await waitForResults(page);
    expect(await page.locator(`select[data-aim-lever="${KEY}"]`).inputValue()).toBe('shortSea');
    expect(Number(await pullbacks.inputValue())).toBe(0);
    expect(await page.getByTestId('lever-aimed').textContent()).toMatch(/Short sea crossing/);
    expect(await page.getByTestId('route-months-route').inputValue()).toBe('shortSea'); // the chart opens on the aimed route

    const settings = { ...defaultSettings(SETTINGS_CONTEXT), agents: AGENTS, overrides: { [KEY]: 0 }, aims: { [KEY]: 'shortSea' as const } };
    const expected = runModel(buildRunInput(findScenario(settings.scenarioId)!, settings));
    for (const key of KEY_FIGURES) expect(await kpi(page, key), key).toBe(expected.summary[key]);

    const short = await routeTotals(page, 'shortSea', 'pullbacks');
    const long = await routeTotals(page, 'desertSea', 'pullbacks');
    expect(short.months).toBe(120);
    expect(short.yours).toBe(0); // none on the route the lever is aimed at…
    expect(short.baseline).toBeGreaterThan(0);
    expect(long.yours).toBeGreaterThan(0); // …while the long sea route keeps its own
    expect(Math.abs(long.yours - long.baseline) / long.baseline).toBeLessThan(0.25);
    const exact = expected.routes.find((r) => r.route === 'desertSea')!.months.reduce((s, m) => s + m.pullbacks, 0);
    expect(long.yours).toBeCloseTo(exact, -1);
  });
});
