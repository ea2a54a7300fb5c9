/**
 * The charts below the explorer's first screen draw their plot only when the reader gets near
 * them (src/shared/charts/PlotGate.tsx), so the first view does not load their code. Checked here:
 * the first screen draws the plane, and the five charts under it are on the page at once — title,
 * summary, data table — with an empty plot of its final size; scrolling to each draws it without
 * moving anything; and their plot code is not among the first view's requests. In English and in
 * Arabic. Printing before scrolling draws them too (src/shared/charts/print-charts.ts).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';
import { openAgainAt, type OpenedPage } from './harness';

const baseUrl = inject('baseUrl');
const AGENTS = 20_000;
const BELOW = ['monthly-series', 'outcomes', 'routes', 'route-months', 'insecurity'] as const;
/** The lazily loaded plots' chunks (src/shared/charts/plots/). */
const PLOT_CHUNK = /\/assets\/(SeriesPlot|OutcomesPlot|MiniBars|RouteMonthsPlot|InsecurityPlot)-[\w-]+\.js$/;

let browser: Browser;
/** The tests take turns on one page, loaded anew with its storage emptied each time (reusePage). */
let latest: OpenedPage | undefined;
async function open(url: string): Promise<OpenedPage> {
  latest = await openAgainAt(browser, latest, url, 1280, 720);
  return latest;
}

describe('charts below the first screen', () => {
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const lang of ['en', 'ar'] as const) {
    it(`are there at once, draw when scrolled to, and move nothing (${lang})`, async () => {
      // One seed: no figures over more seeds run (and add ranges to the page) while the plots are placed.
      const o = await open(`${baseUrl}?agents=${AGENTS}&seeds=1&lang=${lang}#/explore`);
      const { page } = o;
      expect(await page.getByTestId('chart-plot-security-plane').locator('svg').count()).toBeGreaterThan(0);
      await page.waitForLoadState('networkidle');
      expect(o.requests.filter((u) => PLOT_CHUNK.test(new URL(u).pathname))).toEqual([]);

      // Where each figure stands on the page, and how big it is.
      const place = (id: string) =>
        page.getByTestId(`chart-${id}`).evaluate((f) => {
          const r = f.getBoundingClientRect();
          return { top: Math.round(r.top + window.scrollY), height: Math.round(r.height), width: Math.round(r.width) };
        });
      const before: Record<string, { top: number; height: number; width: number }> = {};
      for (const id of BELOW) {
        const figure = page.getByTestId(`chart-${id}`);
        const plot = page.getByTestId(`chart-plot-${id}`);
        expect(await plot.getAttribute('data-plot'), id).toBe('waiting');
        expect(await plot.locator('svg').count(), id).toBe(0);
        expect((await figure.locator('h3').textContent())?.trim(), id).not.toBe('');
        expect(await figure.getAttribute('data-run-id'), id).toBe(await page.getByTestId('results').getAttribute('data-run-id'));
        // The data table, the full alternative to the plot, opens without it (clicked in place: no scrolling).
        const toggle = figure.locator('.chart-tools button[aria-expanded]');
        await toggle.evaluate((b: HTMLButtonElement) => b.click());
        await figure.locator('table.data-table').waitFor();
        expect(await figure.locator('table.data-table tbody tr').count(), id).toBeGreaterThan(0);
        await toggle.evaluate((b: HTMLButtonElement) => b.click());
        expect(await plot.getAttribute('data-plot'), id).toBe('waiting');
      }
      for (const id of BELOW) before[id] = await place(id);

      for (const id of BELOW) {
        const plot = page.getByTestId(`chart-plot-${id}`);
        await page.getByTestId(`chart-${id}`).scrollIntoViewIfNeeded();
        await plot.locator('svg').first().waitFor();
        expect(await plot.getAttribute('data-plot'), id).toBe('seen');
      }
      // Every plot drawn: no figure moved or changed size.
      for (const id of BELOW) expect(await place(id), id).toEqual(before[id]);
      expect(o.requests.filter((u) => PLOT_CHUNK.test(new URL(u).pathname)).length).toBeGreaterThan(0);
      expect(o.consoleErrors).toEqual([]);
      expect(o.pageErrors).toEqual([]);
    });
  }

  it('are drawn when the page is printed before scrolling (Ctrl+P), and a print from the menu leaves them drawn for the next', async () => {
    // One seed here too: the plots are the subject, not the figures over ten seeds (twenty more runs on each of the two pages).
    const o = await open(`${baseUrl}?agents=${AGENTS}&seeds=1#/explore`);
    const { page } = o;
    await page.waitForLoadState('networkidle');
    const states = () => Promise.all(BELOW.map((id) => page.getByTestId(`chart-plot-${id}`).getAttribute('data-plot')));
    expect(await states()).toEqual(BELOW.map(() => 'waiting'));

    // The browser's menu (no key): beforeprint opens every gate before the page is laid out for
    // print; a plot whose code was not loaded yet prints a note instead, and is drawn right after.
    await page.pdf({ format: 'A4' });
    expect(await states()).toEqual(BELOW.map(() => 'seen'));
    for (const id of BELOW) await page.getByTestId(`chart-plot-${id}`).locator('svg').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.plot-print-note').count()).toBe(0);
    await page.emulateMedia({ media: 'screen' });

    // Ctrl+P on a fresh page (the same one loaded anew, emulating nothing): the plots load and draw first, then the browser's print starts.
    await page.emulateMedia({ media: null });
    const fresh = await open(`${baseUrl}?agents=${AGENTS}&seeds=1#/explore`);
    const p2 = fresh.page;
    await p2.waitForLoadState('networkidle');
    await p2.evaluate(() => {
      const w = window as unknown as { printed: { drawn: number }[]; print: () => void };
      w.printed = [];
      // What the page holds when it hands over to the browser's print.
      w.print = () => w.printed.push({ drawn: [...document.querySelectorAll('[data-plot]')].filter((f) => f.querySelector('svg')).length });
    });
    const total = await p2.locator('[data-plot]').count();
    await p2.keyboard.press('ControlOrMeta+p');
    await expect.poll(() => p2.evaluate(() => (window as unknown as { printed: { drawn: number }[] }).printed), { timeout: 15_000 }).toEqual([{ drawn: total }]);
    expect(await p2.evaluate(() => window.scrollY)).toBe(0);
    expect(fresh.consoleErrors).toEqual([]);
    expect(fresh.pageErrors).toEqual([]);
    expect(o.consoleErrors).toEqual([]);
  });
});
