/**
 * The explorer with the keyboard and a screen reader (issue 15 item 7): a skip link first; the
 * scenario list and the headline levers within the first twenty tab stops; each chart's plot one
 * tab stop, an image named by the chart's title and described by a summary generated from its
 * figures (the data table stays the full alternative).
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';
import { closePagesAfterEachTest, openAt, waitForResults, type OpenedPage } from './harness';

const baseUrl = inject('baseUrl');
const AGENTS = 20_000;
const HEADLINE_LEVERS = ['regularPathways.availability', 'insecurity.level', 'enforcement.intensity'];

let browser: Browser;
const opened: OpenedPage[] = [];

/** What has the focus: a test id, a lever key, or the tag with its accessible text. */
const FOCUSED = `(() => {
  const e = document.activeElement;
  const figure = e.closest('figure');
  return {
    testId: e.getAttribute('data-testid'),
    lever: e.getAttribute('data-lever'),
    tag: e.tagName,
    role: e.getAttribute('role'),
    figure: figure ? figure.getAttribute('data-testid') : null,
  };
})()`;

interface Focused {
  testId: string | null;
  lever: string | null;
  tag: string;
  role: string | null;
  figure: string | null;
}

/** Tab n times (or until focus comes back round to the skip link), recording each stop. */
async function tabs(page: Page, n: number): Promise<Focused[]> {
  const out: Focused[] = [];
  for (let i = 0; i < n; i++) {
    await page.keyboard.press('Tab');
    const f = (await page.evaluate(FOCUSED)) as Focused;
    if (i > 0 && f.testId === 'skip-link') break;
    out.push(f);
  }
  return out;
}

/** Tabbing through the whole page is some 80 key presses, each read back: slow on a busy machine. */
const WHOLE_PAGE_TIMEOUT_MS = 240_000;

describe('the explorer with the keyboard and a screen reader', () => {
  closePagesAfterEachTest(opened);

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const o of opened) await o.context.close();
    await browser?.close();
  });

  // One page for both checks (they were two tests, each opening the same page): the first twenty
  // tab stops after a reload, then the rest of the page's stops from there, once round.
  it('starts with a skip link, reaches the scenario list and the headline levers within twenty tab stops, and makes each chart one tab stop, named by its title and described by a summary of its figures', async () => {
    const o = await openAt(browser, `${baseUrl}?agents=${AGENTS}&seeds=1`, 1280, 720);
    opened.push(o);
    const { page } = o;
    const url = page.url();
    const first = await tabs(page, 1);
    expect(first[0].testId).toBe('skip-link');
    expect(await page.getByTestId('skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate('document.activeElement.id')).toBe('main-content');
    expect(page.url()).toBe(url); // the route (the #hash) is untouched

    await page.reload();
    await page.getByTestId('results').waitFor();
    const twenty = await tabs(page, 20);
    expect(twenty.map((f) => f.testId), 'the scenario list within twenty tab stops').toContain('scenario-select');
    for (const lever of HEADLINE_LEVERS) expect(twenty.map((f) => f.lever), `${lever} within twenty tab stops`).toContain(lever);

    await waitForResults(page);
    const figures = await page.locator('figure[data-run-id]').evaluateAll((fs) => fs.map((f) => f.getAttribute('data-testid') ?? ''));
    expect(figures.length).toBeGreaterThanOrEqual(6);
    // Every tab stop of the page, once round: the twenty above, then on to the end (until the skip link comes back).
    const stops = [...twenty, ...(await tabs(page, 200))];
    expect(stops.length).toBeLessThan(220); // came back round
    for (const id of figures) {
      const inside = stops.filter((s) => s.figure === id);
      const plots = inside.filter((s) => s.role === 'img');
      expect(plots, id).toHaveLength(1);
      // The rest are the chart's own controls: output pickers, "Show the data as a table", SVG, PNG, CSV.
      expect(inside.filter((s) => s.role !== 'img' && s.tag !== 'BUTTON' && s.tag !== 'SELECT' && s.tag !== 'SUMMARY'), id).toEqual([]);
    }
    for (const id of figures) {
      const plot = page.getByTestId(id).getByRole('img', { includeHidden: false }).first();
      const title = (await page.getByTestId(id).locator('h3').textContent()) ?? '';
      expect(await plot.evaluate((el) => el.getAttribute('tabindex'))).toBe('0');
      const name = await plot.evaluate((el) => document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent);
      expect(name, id).toBe(title);
    }

    // The plane's summary says the same numbers as the first row of its data table.
    const plane = page.getByTestId('chart-security-plane');
    const summary = (await page.getByTestId('chart-summary-security-plane').textContent()) ?? '';
    await plane.getByRole('button', { name: 'Show the data as a table' }).click();
    const average = await plane.locator('tbody tr').first().locator('td').allTextContents();
    expect(summary).toBe(
      `Run average of your settings: human security ${average[0]}, State security ${average[1]}; baseline: human security ${average[2]}, State security ${average[3]} (100 = no harm; higher is more secure).`,
    );
    const described = await page.getByTestId('chart-plot-security-plane').getAttribute('aria-describedby');
    expect(described?.split(' ')).toContain(await page.getByTestId('chart-summary-security-plane').getAttribute('id'));
    expect(await page.getByTestId('chart-summary-monthly-series').textContent()).toMatch(/^Smuggling demand with your settings: average over the months [\d.,k]+, lowest [\d.,k]+ \(month \d+\), highest [\d.,k]+ \(month \d+\); baseline average [\d.,k]+\.$/);

    const axe = await new AxeBuilder({ page }).include('figure').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }, WHOLE_PAGE_TIMEOUT_MS);
});
