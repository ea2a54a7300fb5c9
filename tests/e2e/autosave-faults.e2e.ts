/**
 * The explorer's and Compare's autosaves under fault injection, in Chromium (issue 10, items 1
 * and 3): a saved comparison of 50,000 junk mixes (the length object that used to make Compare
 * fail on every reload) gives a handful of notice lines and is kept aside, downloadable; explorer
 * settings and an imported-scenario list that cannot be used are kept aside too instead of being
 * overwritten; storage filled to quota is reported; two tabs of the explorer do not overwrite
 * each other silently.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MAX_NOTICES } from '../../src/shared/settings/url';
import { LENGTH_OBJECT } from '../decoders/hostile';
import { downloadBytes, launchChromium } from './chromium';
import { closePagesAfterEachTest, newPage, waitForResults, type OpenedPage } from './harness';

const baseUrl = inject('baseUrl');

let browser: Browser;
const opened: OpenedPage[] = [];

/** A fresh browser whose storage holds `records` when the page first opens (not again on a reload). */
async function openWith(records: Record<string, string>, hash: string, width = 1280, height = 720): Promise<OpenedPage> {
  const o = await newPage(browser, width, height);
  opened.push(o);
  await o.context.addInitScript((r) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [k, v] of Object.entries(r)) localStorage.setItem(k, v);
  }, records);
  await o.page.goto(`${baseUrl}${hash}`);
  return o;
}

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return (await downloadBytes(file)).toString('utf8');
}

const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);

describe('autosaves under fault injection', () => {
  beforeAll(async () => {
    browser = await launchChromium();
  });
  // An explorer left open refines its figures over more seeds while the next test runs.
  closePagesAfterEachTest(opened);

  afterAll(async () => {
    await browser?.close();
  });

  it('Compare: 50,000 junk mixes in the autosave make a handful of notice lines, and the record is kept aside, downloadable', async () => {
    const junk = `{"mixes":[${new Array<string>(50_000).fill(LENGTH_OBJECT).join(',')}],"seeds":{"length":{"toString":1,"valueOf":1}}}`;
    const { page, pageErrors } = await openWith({ 'crossings:compare': junk }, '#/compare');
    await page.getByTestId('compare-notice').waitFor();
    const lines = page.getByTestId('compare-notice').locator('li');
    expect(await lines.count()).toBeLessThanOrEqual(MAX_NOTICES);
    expect(await lines.last().textContent()).toMatch(/[\d,]+ more settings had problems/);
    // The view works: its controls are there.
    await page.getByTestId('run-compare').waitFor();
    const notice = page.getByTestId('storage-notice-compare');
    expect(await notice.getByTestId('set-aside-record').count()).toBe(1);
    expect(await download(page, () => notice.getByTestId('download-set-aside').click())).toBe(junk);
    // Once kept aside, the autosave holds the comparison on screen (no mixes; seeds back to a whole number).
    const now = JSON.parse((await stored(page, 'crossings:compare')) ?? 'null') as { mixes: unknown[]; seeds: unknown };
    expect(now.mixes).toEqual([]);
    expect(Number.isInteger(now.seeds)).toBe(true);
    expect(await notice.getAttribute('data-state')).toBe('saved');
    expect(pageErrors).toEqual([]);
  });

  it('explorer: settings and imported scenarios that cannot be used are kept aside, each downloadable, and the page runs', async () => {
    const settings = 'colour=blue&size=huge';
    const library = `[${LENGTH_OBJECT}]`;
    const { page, pageErrors } = await openWith({ 'crossings:explorer': settings, 'crossings:scenarios': library }, '');
    await waitForResults(page);
    const own = page.getByTestId('storage-notice-explorer');
    const imported = page.getByTestId('storage-notice-library');
    expect(await own.textContent()).toMatch(/Saved settings that could not be used were kept aside .*: it names no setting the explorer knows/);
    expect(await imported.textContent()).toMatch(/Imported scenarios that could not be used were kept aside/);
    expect(await download(page, () => own.getByTestId('download-set-aside').click())).toBe(settings);
    expect(await download(page, () => imported.getByTestId('download-set-aside').click())).toBe(library);
    // Discarding asks first, then removes only that record.
    await own.getByTestId('discard-set-aside').click();
    await own.getByTestId('confirm-discard-set-aside').click();
    await own.waitFor({ state: 'detached' });
    expect(await imported.getByTestId('set-aside-record').count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });

  it('explorer: a second tab’s save makes the first stale; it saves only when told to', async () => {
    const first = await openWith({}, '?seed=3&seeds=1');
    await waitForResults(first.page);
    await first.page.waitForFunction(() => localStorage.getItem('crossings:explorer')?.includes('seed=3'));
    const second = await first.context.newPage();
    await second.goto(`${baseUrl}?seed=4&seeds=1`);
    await waitForResults(second);
    await second.waitForFunction(() => localStorage.getItem('crossings:explorer')?.includes('seed=4'));
    const notice = first.page.locator('[data-testid="storage-notice-explorer"][data-state="stale"]');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/saved from another tab or window/);
    await notice.getByTestId('storage-take-over').click();
    await first.page.waitForFunction(() => localStorage.getItem('crossings:explorer')?.includes('seed=3'));
    await second.locator('[data-testid="storage-notice-explorer"][data-state="stale"]').waitFor();
    await second.close();
  });

  it('explorer: storage full is said, and saving resumes once there is room', async () => {
    const { page } = await openWith({}, '?seed=5&seeds=1');
    await waitForResults(page);
    await page.evaluate(() => {
      let n = 0;
      for (let size = 512 * 1024; size >= 1; size = Math.floor(size / 2)) {
        const value = 'x'.repeat(size);
        for (;;) {
          try {
            localStorage.setItem(`junk:${n++}`, value);
          } catch {
            break;
          }
        }
      }
    });
    await page.locator('input[data-lever="enforcement.intensity"]').fill('0.8');
    const notice = page.locator('[data-testid="storage-notice-explorer"][data-state="full"]');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/storage is full.*The address still holds them/);
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage)) if (key.startsWith('junk:')) localStorage.removeItem(key);
    });
    await page.locator('input[data-lever="enforcement.intensity"]').fill('0.7');
    await page.waitForFunction(() => localStorage.getItem('crossings:explorer')?.includes('enforcement.intensity=0.7'));
    await page.getByTestId('storage-notice-explorer').waitFor({ state: 'detached' });
    expect(await stored(page, 'crossings:explorer')).toMatch(/seed=5/);
  });

  it('logged no page error', () => {
    for (const o of opened) expect(o.pageErrors).toEqual([]);
  });
});
