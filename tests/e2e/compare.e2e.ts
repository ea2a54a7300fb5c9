/**
 * The compare view in Chromium, against the production build: mixes added from the library run
 * over a small ensemble in the worker pool, with bands and paired differences that equal the
 * model run in Node; a large batch shows the seeds finished so far as it goes, and Cancel stops
 * it and brings back the earlier results; the setup
 * survives a reload and a bad link is explained; a sweep and a tornado draw; the explorer's note
 * brings its settings here; no console errors, no request beyond the origin, and no serious
 * accessibility problems. Screenshots go to test-artifacts/.
 */
import { mkdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { INDEX_DECLARATIONS, rankingRobustness, runModel, spreadOf, termMeans, type RunSummary } from '../../models/index';
import { findScenario, scenarioToRunInput } from '../../scenarios/index';
import { downloadBytes, launchChromium } from './chromium';
import { newPage, offOrigin, reusePage, waitForResults, type OpenedPage } from './harness';

const ARTIFACTS = 'test-artifacts';
const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;
const SMALL = { agents: 20_000, months: 120 };
const SEEDS = [1, 2, 3, 4, 5];
/** For the phone's sensitivity map, whose figures no test reads (its layout is the subject): the field's minimum (COMPARE_LIMITS.sensitivityAgents). */
const SENSITIVITY_AGENTS = 1_000;

let browser: Browser;
const opened: OpenedPage[] = [];
let desktop: OpenedPage;

async function open(hash: string, width = 1280, height = 720): Promise<OpenedPage> {
  const o = await newPage(browser, width, height);
  opened.push(o);
  await o.page.goto(`${baseUrl}${hash}`);
  await o.page.getByTestId('run-compare').or(o.page.getByTestId('tab-mixes')).first().waitFor();
  return o;
}

const runId = (page: Page) => page.getByTestId('compare-results').getAttribute('data-run-id');

async function waitForComparison(page: Page, before: string | null): Promise<void> {
  await page.waitForFunction(
    (prev) => {
      const el = document.querySelector('[data-testid="compare-results"]');
      const id = el?.getAttribute('data-run-id');
      return !!id && id !== '0' && id !== prev && document.querySelector('[data-testid="compare-status"]')?.getAttribute('data-status') !== 'running';
    },
    before,
    { timeout: 60_000 },
  );
}

const nodeRuns = new Map<string, RunSummary[]>();

/** A scenario's run summaries over the seeds, run in Node (once per scenario). */
function nodeSummaries(scenarioId: string): RunSummary[] {
  let found = nodeRuns.get(scenarioId);
  if (!found) {
    const input = scenarioToRunInput(findScenario(scenarioId)!);
    found = SEEDS.map((seed) => runModel({ ...input, ...SMALL, seed }).summary);
    nodeRuns.set(scenarioId, found);
  }
  return found;
}

/** The summary value of one output for a scenario over the seeds, run in Node. */
function nodeValues(scenarioId: string, key: 'deathsMissing' | 'smugglingDemand'): number[] {
  return nodeSummaries(scenarioId).map((s) => s[key]);
}

describe('the compare view', () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await launchChromium();
    desktop = await open('#/compare?mix=baseline&seeds=5&agents=20000');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('adds two built-in mixes, runs five seeds each, and shows bands, the plane and paired differences equal to Node', async () => {
    const { page } = desktop;
    expect(await page.getByTestId('mix-item').count()).toBe(1);
    for (const id of ['state-security-only', 'human-security-mix']) {
      await page.getByTestId('add-preset-select').selectOption(id);
      await page.getByTestId('add-preset').click();
    }
    expect(await page.getByTestId('mix-item').count()).toBe(3);
    await page.getByTestId('run-compare').click();
    await waitForComparison(page, '0');

    const bands = page.getByTestId('chart-compare-bands');
    expect(await bands.locator('.recharts-area').count()).toBe(6);
    expect(await bands.locator('.recharts-line').count()).toBe(3);
    for (const n of [1, 2, 3]) expect(await page.getByTestId(`plane-mix-${n}`).count()).toBe(1);

    // The same seeds in Node give exactly the medians and the paired difference shown.
    const base = nodeValues('baseline', 'deathsMissing');
    const surge = nodeValues('state-security-only', 'deathsMissing');
    const cell = (n: number) => page.getByTestId(`summary-deathsMissing-${n}`);
    expect(Number(await cell(1).getAttribute('data-median'))).toBe(spreadOf(base).median);
    expect(Number(await cell(2).getAttribute('data-median'))).toBe(spreadOf(surge).median);
    expect(Number(await cell(2).getAttribute('data-diff-median'))).toBe(spreadOf(surge.map((v, i) => v - base[i])).median);
    expect(await cell(1).getAttribute('data-diff-median')).toBeNull();
    expect(await cell(2).textContent()).toMatch(/[+−]\d.*to [+−]?\d/);

    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'this table, every output' }).click()]);
    const csv = (await downloadBytes(file)).toString('utf8').split('\n');
    expect(file.suggestedFilename()).toBe('crossings-compare-summary.csv');
    expect(csv.find((l) => l.startsWith('deathsMissing,people/month,1,'))?.split(',')[6]).toBe(String(spreadOf(base).median));

    // Under the table, each mix against the reference on both indices over 1,000 weightings:
    // exactly the shares Node gives over the same seeds (the State share of the human-security
    // mix is strictly between 0 and 1, so a difference in any run or weighting would show).
    const lines = page.getByTestId('compare-robustness').locator('[data-testid^="robustness-"]');
    expect(await lines.count()).toBe(2);
    const shares: number[] = [];
    for (const [i, id] of ['state-security-only', 'human-security-mix'].entries()) {
      for (const index of INDEX_DECLARATIONS) {
        const share = rankingRobustness(index, termMeans(index, nodeSummaries(id)), termMeans(index, nodeSummaries('baseline'))).aHigherShare;
        const key = index.output === 'humanSecurityIndex' ? 'human' : 'state';
        expect(Number(await lines.nth(i).locator(`p[data-index="${key}"]`).getAttribute('data-share'))).toBe(share);
        shares.push(share);
      }
    }
    expect(shares.some((x) => x > 0 && x < 1)).toBe(true);

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${ARTIFACTS}/compare-1280x720.png` });
    await page.screenshot({ path: `${ARTIFACTS}/compare-1280x720-full.png`, fullPage: true });
    await page.getByTestId('show-difference').check();
    await expect.poll(() => page.getByTestId('chart-compare-difference').locator('.recharts-line').count()).toBe(2);
    await page.getByTestId('chart-compare-difference').screenshot({ path: `${ARTIFACTS}/compare-difference-1280.png` });
  });

  it('shows the seeds finished so far while a large batch runs; Cancel stops it and brings back the earlier results; going back to them is instant', async () => {
    const { page } = desktop;
    const before = await runId(page);
    const median = await page.getByTestId('summary-deathsMissing-2').getAttribute('data-median');
    await page.getByTestId('seeds').fill('100');
    await page.getByText('More settings: agents, months, first seed').click();
    await page.getByTestId('agents').fill('100000');
    await page.getByTestId('run-compare').click();
    const status = page.getByTestId('compare-status');
    await page.getByTestId('cancel-runs').waitFor({ timeout: 10_000 });
    // While it runs, the seeds every mix has finished are shown, and said to be partial.
    const partial = page.locator('[data-testid="compare-results"][data-partial="true"]');
    await partial.waitFor({ timeout: 60_000 });
    const seedsShown = Number(await partial.getAttribute('data-seeds'));
    expect(seedsShown).toBeGreaterThanOrEqual(2);
    expect(seedsShown).toBeLessThan(100);
    expect(await page.getByTestId('partial-note').textContent()).toMatch(/^So far \d+ of 100 seeds have finished for every mix/);
    expect(await page.locator('.stale-note').count()).toBe(0);
    await page.getByTestId('partial-note').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}/compare-partial-1280x720.png` });
    await page.getByTestId('cancel-runs').click();
    await expect.poll(() => status.getAttribute('data-status')).toBe('done');
    const doneAtCancel = await status.getAttribute('data-done');
    expect(await page.getByTestId('compare-note').textContent()).toMatch(/^Cancelled/);
    await page.waitForTimeout(1_500);
    expect(await status.getAttribute('data-done')).toBe(doneAtCancel);
    expect(Number(doneAtCancel)).toBeLessThan(300);
    expect(await runId(page)).toBe(before);
    expect(await page.getByTestId('summary-deathsMissing-2').getAttribute('data-median')).toBe(median);
    expect(await page.locator('.stale-note').count()).toBe(1);

    // Back to the settings already run: the session's store has every run, no new batch starts.
    await page.getByTestId('agents').fill('20000');
    await page.getByTestId('seeds').fill('5');
    await expect.poll(() => page.locator('.stale-note').count()).toBe(0);
    expect(await status.getAttribute('data-status')).toBe('done');
    expect(await page.getByTestId('summary-deathsMissing-2').getAttribute('data-median')).toBe(median);
  });

  it('keeps the setup across a reload, and explains a bad link without failing', async () => {
    const { page } = desktop;
    await page.reload();
    await page.getByTestId('mix-item').first().waitFor();
    expect(await page.getByTestId('mix-item').count()).toBe(3);
    expect(await page.getByTestId('seeds').inputValue()).toBe('5');
    expect(page.url()).toMatch(/#\/compare\?mix=baseline&mix=state-security-only&mix=human-security-mix&seeds=5&seed=1&agents=20000/);
    // A reload is a new session: its run store is empty, so the results need one more click.
    expect(await runId(page)).toBe('0');
    await page.getByTestId('run-compare').click();
    await waitForComparison(page, '0');
    // (On a second page, which the phone's test takes over later: reusePage.)
    const bad = await open('#/compare?mix=atlantis&mix=baseline&seeds=banana&output=nope');
    const text = (await bad.page.getByTestId('compare-notice').textContent()) ?? '';
    expect(text).toContain('mix = “atlantis”: there is no built-in scenario “atlantis”');
    expect(text).toContain('seeds = “banana”: the number of seeds must be a whole number from 5 to 100');
    expect(await bad.page.getByTestId('mix-item').count()).toBe(1);
    expect(bad.pageErrors).toEqual([]);
  });

  it('imports a scenario file as a mix, and explains a file it cannot use without changing anything', async () => {
    const { page } = desktop;
    const scenario = { ...findScenario('baseline')!, id: 'class-mix', title: 'Our class mix', kind: 'user', levers: { 'enforcement.intensity': 0.9 } };
    const bad = { ...scenario, levers: { 'enforcement.intensity': 7 } };
    const file = (name: string, data: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) });
    await page.getByTestId('import-file').setInputFiles(file('bad.json', bad));
    await expect.poll(() => page.getByTestId('add-feedback').textContent()).toMatch(/^“bad\.json” could not be used, and nothing was changed\. levers\.enforcement\.intensity: got 7; .*1/);
    expect(await page.getByTestId('mix-item').count()).toBe(3);
    await page.getByTestId('import-file').setInputFiles(file('good.json', scenario));
    await expect.poll(() => page.getByTestId('mix-item').count()).toBe(4);
    expect(await page.getByTestId('mix-item').nth(3).textContent()).toContain('Imported file (class-mix)');
    expect(page.url()).toContain('mix=file%3Aclass-mix');
    await page.getByRole('button', { name: 'Remove mix 4, Our class mix' }).click();
    expect(await page.getByTestId('mix-item').count()).toBe(3);
  });

  it('runs a sweep and a tornado around a mix, with fewer agents and seeds said on screen', async () => {
    const { page } = desktop;
    await page.getByTestId('tab-sensitivity').click();
    expect(await page.locator('.sensitivity-note').textContent()).toMatch(/20,000 agents/);
    // (At the default 20,000 agents: with fewer, some levers' bars in the tornado come to nothing
    // and are not drawn, and the count below would fail for that reason.)
    await page.getByTestId('sensitivity-seeds').fill('3');
    await page.getByTestId('run-sweep').click();
    const sweep = page.getByTestId('analysis-sweep').getByTestId('chart-sweep');
    await sweep.waitFor({ timeout: 30_000 });
    expect(await sweep.locator('.recharts-line').count()).toBe(3);
    await expect.poll(() => page.getByTestId('compare-status').getAttribute('data-status')).toBe('done');
    await page.getByTestId('run-tornado').click();
    const tornado = page.getByTestId('analysis-tornado').getByTestId('chart-tornado');
    await tornado.waitFor({ timeout: 60_000 });
    await expect.poll(() => tornado.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(15);
    await expect.poll(() => page.getByTestId('compare-status').getAttribute('data-status')).toBe('done');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${ARTIFACTS}/compare-sensitivity-1280x720.png` });
    await page.screenshot({ path: `${ARTIFACTS}/compare-sensitivity-1280x720-full.png`, fullPage: true });
  });

  it('has no serious or critical accessibility problems (axe-core) on either tab', async () => {
    const { page } = desktop;
    for (const tab of ['sensitivity', 'mixes']) {
      await page.getByTestId(`tab-${tab}`).click();
      if (tab === 'mixes') await page.getByTestId('chart-compare-bands').getByRole('button', { name: 'Show the data as a table' }).click();
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.impact}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(bad, tab).toEqual([]);
    }
  });

  it('is reached from the explorer’s note with the explorer’s settings added as a mix, and fits a phone', async () => {
    // The bad link's page, if its test ran, loaded anew with its storage emptied (reusePage); a page of its own if not.
    const explorerLink = `${baseUrl}?enforcement.intensity=0.8&seed=3&seeds=1&agents=20000`;
    const second = opened.at(-1) !== desktop ? opened.at(-1) : undefined;
    const phone = second ? await reusePage(second, explorerLink, 390, 844) : await newPage(browser, 390, 844);
    opened.push(phone);
    const { page } = phone;
    if (!second) await page.goto(explorerLink);
    await waitForResults(page);
    // On a phone the explorer shows one part at a time; the note to Compare is under Results.
    await page.getByTestId('phone-view-results').click();
    await page.getByTestId('see-spread').click();
    await page.getByTestId('compare-notice').waitFor();
    expect(await page.getByTestId('compare-notice').textContent()).toContain('Added “My explorer settings: Baseline (status quo)”');
    const items = page.getByTestId('mix-item');
    expect(await items.count()).toBe(3);
    expect(await items.nth(2).textContent()).toContain('Enforcement intensity 0.8');
    expect(page.url()).toContain('mix=explorer%3Abaseline%3Aenforcement.intensity%3D0.8');
    await page.getByTestId('seeds').fill('5');
    await page.getByText('More settings: agents, months, first seed').click();
    await page.getByTestId('agents').fill('20000');
    await page.getByTestId('run-compare').click();
    await waitForComparison(page, '0');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    // The results are below the mixes on a phone: the page brings them into view.
    await expect.poll(async () => (await page.getByTestId('compare-results').boundingBox())?.y ?? -1).toBeLessThan(100);
    await page.screenshot({ path: `${ARTIFACTS}/compare-390x844.png` });
    await page.screenshot({ path: `${ARTIFACTS}/compare-390x844-full.png`, fullPage: true });
    await page.getByTestId('tab-sensitivity').click();
    // (The map's layout on a phone is the subject, not its figures: the fewest agents.)
    await page.getByTestId('sensitivity-agents').fill(String(SENSITIVITY_AGENTS));
    await page.getByTestId('sensitivity-seeds').fill('3');
    await page.getByTestId('run-map').click();
    await page.getByTestId('chart-map').waitFor({ timeout: 30_000 });
    await page.getByTestId('chart-map').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}/compare-sensitivity-390x844.png` });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });

  it('logs no errors and never makes a request beyond its own origin', () => {
    for (const o of opened) {
      expect(o.consoleErrors).toEqual([]);
      expect(o.pageErrors).toEqual([]);
      expect(o.failedResponses).toEqual([]);
    }
    const all = opened.flatMap((o) => o.requests);
    expect(all.some((url) => /pool-worker.*\.js$/.test(url)), 'the pool worker script was loaded').toBe(true);
    expect(offOrigin(all, origin)).toEqual([]);
  });
});
