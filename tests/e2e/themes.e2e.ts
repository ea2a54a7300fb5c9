/**
 * Dark and high contrast, as a reader with those settings meets them. A browser set to dark gets
 * the dark theme at once, readable by axe's contrast rules, with the charts' axes and titles in
 * light ink; the theme menu overrides the system and is remembered across a reload. In forced
 * colours (Windows high contrast) the charts' text takes the system's text colour instead of
 * fading. Screenshots of both go to test-artifacts/.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';
import { newPage, reusePage, waitForResults, type OpenedPage } from './harness';

const baseUrl = inject('baseUrl');
const ARTIFACTS = 'test-artifacts';
/** A small run: these tests look at colours, not figures. */
const AGENTS = 20_000;

let browser: Browser;

/**
 * The explorer with the system's colour settings as `media` says. The tests take turns on one page:
 * the settings emulated on it (as a context's options would), then loaded anew with its storage
 * emptied (reusePage), so no theme chosen in the menu before is remembered.
 */
let latest: OpenedPage | undefined;
async function open(media: { readonly colorScheme: 'dark'; readonly forcedColors?: 'active' }): Promise<Page> {
  const url = `${baseUrl}?agents=${AGENTS}&seeds=1#/explore`; // one seed: no figures over more seeds run beside the test
  latest ??= await newPage(browser, 1280, 720);
  await latest.page.emulateMedia({ colorScheme: media.colorScheme, forcedColors: media.forcedColors ?? 'none' });
  latest = await reusePage(latest, url, 1280, 720);
  await waitForResults(latest.page);
  return latest.page;
}

/** Relative luminance (WCAG) of a computed CSS colour such as "rgb(18, 20, 23)". */
function luminance(css: string): number {
  const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The computed fill of the plane's axis titles and tick labels, and the page's background and text. */
async function inks(page: Page) {
  return page.evaluate(() => {
    const plane = document.querySelector('[data-testid="plane-current"]')?.closest('svg');
    const fill = (sel: string) => [...(plane?.querySelectorAll(sel) ?? [])].map((el) => getComputedStyle(el).fill);
    return {
      theme: document.documentElement.dataset.theme,
      background: getComputedStyle(document.documentElement).backgroundColor,
      text: getComputedStyle(document.body).color,
      titles: fill('.recharts-label'),
      ticks: fill('.recharts-cartesian-axis-tick-value'),
    };
  });
}

describe('themes', () => {
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('follows a dark system setting, passes axe’s contrast rules, and the menu’s choice outlives a reload', async () => {
    const page = await open({ colorScheme: 'dark' });
    const dark = await inks(page);
    expect(dark.theme).toBe('dark');
    expect(luminance(dark.background)).toBeLessThan(0.05);
    expect(dark.titles.length).toBe(2);
    for (const ink of [...dark.titles, ...dark.ticks]) expect(luminance(ink)).toBeGreaterThan(0.4);
    await page.screenshot({ path: `${ARTIFACTS}/theme-dark-1280x720.png` });
    const results = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
    const bad = results.violations.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(bad).toEqual([]);

    // The reader prefers light here, whatever the system says; the choice is remembered.
    await page.getByTestId('theme-menu').selectOption('light');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await page.reload();
    await waitForResults(page);
    const light = await inks(page);
    expect(light.theme).toBe('light');
    expect(luminance(light.background)).toBeGreaterThan(0.9);
    for (const ink of light.titles) expect(luminance(ink)).toBeLessThan(0.05);
    expect(await page.getByTestId('theme-menu').inputValue()).toBe('light');
  });

  it('draws the charts’ text in the system’s text colour under forced colours', async () => {
    const page = await open({ forcedColors: 'active', colorScheme: 'dark' });
    const forced = await inks(page);
    expect(forced.titles.length).toBe(2);
    // Every title and tick is painted in exactly the colour of the page's text: none fades.
    for (const ink of [...forced.titles, ...forced.ticks]) expect(ink).toBe(forced.text);
    expect(Math.abs(luminance(forced.text) - luminance(forced.background))).toBeGreaterThan(0.5);
    await page.screenshot({ path: `${ARTIFACTS}/theme-forced-colours-1280x720.png` });
  });
});
