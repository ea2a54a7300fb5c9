/**
 * Lecture mode in Chromium, against the production build: a walkthrough navigated by keyboard
 * (the step and the highlighted chart change with it, and the address follows), the step's
 * statements, the presenter view in large type without the site's chrome, accessibility, no
 * console errors and no request beyond the origin.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BUILT_IN_TOURS } from '../../scenarios/tours';
import { launchChromium } from './chromium';
import { newPage, offOrigin, reusePage, RUN_TIMEOUT_MS, type OpenedPage } from './harness';

const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;
const tour = BUILT_IN_TOURS[0];
const ARTIFACTS = 'test-artifacts';

let browser: Browser;
let lecture: OpenedPage;

/** Wait until step n (1-based) is shown with its chart drawn; returns the highlighted chart's name. */
async function shown(page: Page, n: number): Promise<string> {
  await page.locator(`[data-testid="lecture"][data-step="${n}"] [data-testid="lecture-chart"][data-ready="true"]`).waitFor({ timeout: RUN_TIMEOUT_MS });
  await page.locator('[data-testid="lecture-chart"] figure, [data-testid="lecture-chart"] .lecture-kpis').first().waitFor({ timeout: RUN_TIMEOUT_MS });
  return (await page.getByTestId('lecture').getAttribute('data-highlight')) ?? '';
}

describe('lecture mode', () => {
  beforeAll(async () => {
    browser = await launchChromium();
    lecture = await newPage(browser, 1280, 720);
    await lecture.page.goto(`${baseUrl}#/lecture`);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens the first step of the walkthrough with its chart emphasised, accessible', async () => {
    const { page } = lecture;
    expect(await shown(page, 1)).toBe(tour.steps[0].highlight);
    expect(await page.getByTestId('step-title').textContent()).toBe(tour.steps[0].title);
    expect(await page.locator('[data-testid="lecture-chart"] [data-testid="chart-security-plane"]').count()).toBe(1);
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(bad).toEqual([]);
  });

  it('moves through the steps by keyboard, and the highlighted chart follows', async () => {
    const { page } = lecture;
    const presses: [string, number][] = [
      ['ArrowRight', 2],
      ['End', tour.steps.length],
      ['Home', 1],
      ['3', 3],
      ['PageDown', 4],
      ['PageUp', 3],
      [' ', 4],
      ['ArrowLeft', 3],
    ];
    for (const [key, n] of presses) {
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      expect(await shown(page, n), `${key} → step ${n}`).toBe(tour.steps[n - 1].highlight);
      expect(page.url()).toMatch(new RegExp(`#/lecture/${tour.id}/${n}$`));
    }
    await page.keyboard.press('1');
    await shown(page, 1);
    await page.keyboard.press('ArrowRight');
    expect(await shown(page, 2)).toBe('monthly');
    expect(await page.locator('[data-testid="lecture-chart"] [data-testid="chart-monthly-series"]').count()).toBe(1);
    expect(await page.locator('[data-testid="lecture-chart"] [data-testid="series-output"]').inputValue()).toBe(tour.steps[1].claims[0].output);
    const claims = page.getByTestId('lecture-claims').locator('li');
    expect(await claims.count()).toBe(tour.steps[1].claims.length);
    expect(await claims.first().textContent()).toMatch(/This run: [+−±]\d+%/);

    // The month-by-month chart opens on the 12-month average; "Year by year" shows ten values.
    const monthly = page.locator('[data-testid="lecture-chart"] [data-testid="chart-monthly-series"]');
    expect(await monthly.getByTestId('series-view').inputValue()).toBe('smoothed');
    await monthly.getByTestId('series-view').selectOption('year');
    const toggle = monthly.locator('.chart-tools button[aria-expanded]');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    const months = await monthly.locator('table.data-table tbody tr td:first-child, table.data-table tbody tr th:first-child').allTextContents();
    expect(months.map((m) => m.trim())).toEqual(['12', '24', '36', '48', '60', '72', '84', '96', '108', '120']);
    expect(await monthly.locator('figcaption').first().textContent()).toMatch(/year by year/);
  });

  it('has a presenter view in large type without the site’s chrome, also driven by keys', async () => {
    const { page } = lecture;
    await page.getByTestId('present-toggle').click();
    await page.locator('[data-testid="lecture"][data-present="true"]').waitFor();
    await shown(page, 2);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    const size = await page.locator('.narrative').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(22);
    const box = await page.getByTestId('lecture-chart').boundingBox();
    expect(box && box.width).toBeGreaterThan(640);
    expect(box && box.y + box.height).toBeLessThanOrEqual(720);
    await page.keyboard.press('ArrowRight');
    expect(await shown(page, 3)).toBe('outcomes');
    expect(page.url()).toMatch(new RegExp(`#/lecture/present/${tour.id}/3$`));
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });

  it('fits a projector at 150% with controls and speaker notes, and opens an audience window that follows the keys', async () => {
    // 1280 × 720 at 150% zoom is 853 × 480 CSS pixels.
    // (The lecture's page, loaded anew with its storage emptied: reusePage. Its own lists keep what it recorded before.)
    const presenter = await reusePage(lecture, `${baseUrl}#/lecture/present/${tour.id}/5`, 853, 480);
    const { page, context } = presenter;
    await shown(page, 5);
    const fits = () => page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight && document.documentElement.scrollWidth <= window.innerWidth);
    expect(await fits()).toBe(true);
    for (const id of ['lecture-next', 'open-audience', 'lecture-chart'])
      expect(await page.getByTestId(id).evaluate((el) => el.getBoundingClientRect().top < window.innerHeight), `${id} is on screen`).toBe(true);
    // Step 5 states a comparison with Operation Sophia (step 2), and its plane shows Sophia's point.
    const other = page.locator('[data-testid="lecture-chart"] [data-testid="plane-other"]');
    expect(await other.count()).toBe(1);
    expect(await other.getAttribute('data-label')).toBe('Step 2');
    const notes = page.getByTestId('speaker-notes');
    expect(await notes.textContent()).toContain(tour.steps[4].notes);
    await page.screenshot({ path: `${ARTIFACTS}/lecture-presenter-853x480.png` });

    const [audience] = await Promise.all([context.waitForEvent('page'), page.getByTestId('open-audience').click()]);
    await audience.setViewportSize({ width: 853, height: 480 });
    await shown(audience, 5);
    expect(audience.url()).toMatch(new RegExp(`#/lecture/audience/${tour.id}/5$`));
    expect(await audience.locator('nav.lecture-bar').count()).toBe(0);
    expect(await audience.getByTestId('speaker-notes').count()).toBe(0);
    expect(await audience.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
    await audience.screenshot({ path: `${ARTIFACTS}/lecture-audience-853x480.png` });

    // The presenter's keys move the audience window; its own keys move the presenter back.
    await page.keyboard.press('ArrowRight');
    expect(await shown(audience, 6)).toBe(tour.steps[5].highlight);
    expect(audience.url()).toMatch(new RegExp(`#/lecture/audience/${tour.id}/6$`));
    await audience.keyboard.press('Home');
    expect(await shown(page, 1)).toBe(tour.steps[0].highlight);
    expect(page.url()).toMatch(new RegExp(`#/lecture/present/${tour.id}/1$`));
    expect(await fits()).toBe(true);
    expect(presenter.pageErrors).toEqual([]);
    await audience.close();
  });

  it('logged no console errors and sent no request beyond its origin', () => {
    expect(lecture.consoleErrors).toEqual([]);
    expect(lecture.pageErrors).toEqual([]);
    expect(lecture.failedResponses).toEqual([]);
    expect(offOrigin(lecture.requests, origin)).toEqual([]);
  });
});
