/**
 * "What counts as security?" in Chromium: the panel's sliders and presets move the point on the
 * plane without a new run (the indices recomputed from the run's terms equal the same reading in
 * Node), the link keeps the weights through a reload, a point below 0 stays on the plane, and
 * Compare says how robust each ranking is over other weightings.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { HUMAN_SECURITY_INDEX, rankingRobustness, runModel, seedList, STATE_SECURITY_INDEX, termMeans, type IndexDeclaration } from '../../models/index';
import { findScenario, reweighResult, scenarioToRunInput, WEIGHT_PRESETS } from '../../scenarios/index';
import { launchChromium } from './chromium';
import { newPage, reusePage, waitForResults, type OpenedPage } from './harness';

const ARTIFACTS = 'test-artifacts';
const baseUrl = inject('baseUrl');
const SIZE = { agents: 20_000, months: 120, seed: 1 };
/** Compare's fewest seeds per mix (COMPARE_LIMITS.seeds.min). */
const COMPARE_SEEDS = 5;
let browser: Browser;
const opened: OpenedPage[] = [];

/** The tests take turns on one page, loaded anew with its storage emptied each time (reusePage). */
async function open(hash: string, width = 1280, height = 900): Promise<Page> {
  const previous = opened.at(-1);
  const o = previous ? await reusePage(previous, `${baseUrl}${hash}`, width, height) : await newPage(browser, width, height);
  opened.push(o);
  if (!previous) await o.page.goto(`${baseUrl}${hash}`);
  return o.page;
}

const point = async (page: Page) => {
  const el = page.getByTestId('plane-current');
  return { x: Number(await el.getAttribute('data-x')), y: Number(await el.getAttribute('data-y')) };
};

describe('what counts as security', () => {

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const o of opened) {
      expect(o.pageErrors).toEqual([]);
      expect(o.consoleErrors).toEqual([]);
    }
    await browser?.close();
  });

  it('a preset moves the point without a new run, to the reading Node gives; the link keeps it after a reload', async () => {
    // Compared with itself as loaded (not the status quo, a policy scenario's default), so the two runs share their terms.
    const page = await open(`?scenario=human-security-mix&agents=${SIZE.agents}&ref=as-loaded&seeds=1#/`);
    const runId = await waitForResults(page);
    const run = runModel({ ...scenarioToRunInput(findScenario('human-security-mix')!), ...SIZE });
    expect(await point(page)).toEqual({ x: run.summary.stateSecurityIndex, y: run.summary.humanSecurityIndex });

    await page.getByTestId('weights-panel').locator('summary').click();
    await page.getByTestId('weights-preset').selectOption('numbers');
    const numbers = reweighResult(run, WEIGHT_PRESETS.numbers).summary;
    await expect.poll(() => point(page)).toEqual({ x: numbers.stateSecurityIndex, y: numbers.humanSecurityIndex });
    expect(numbers.stateSecurityIndex).not.toBe(run.summary.stateSecurityIndex);
    // No new run: the shown run is the same one, read with other weights.
    expect(await page.getByTestId('results').getAttribute('data-run-id')).toBe(runId);
    await expect.poll(() => page.getByTestId('chart-security-plane').innerText()).toContain('read as numbers');

    // One slider: the deaths weight, by keyboard.
    const deaths = page.locator('input[data-weight="deaths"]');
    await deaths.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    expect(Number(await deaths.inputValue())).toBeCloseTo(0.35, 10);
    await expect.poll(() => page.getByTestId('weights-preset').inputValue()).toBe('custom');
    const param = (key: string) => new URL(page.url()).searchParams.get(key);
    await expect.poll(() => param('index.deaths')).toBe('0.35');
    expect(param('index.arrivals')).toBe('1');
    const before = await point(page);
    await page.screenshot({ path: `${ARTIFACTS}/weights-panel-1280.png`, fullPage: true });

    await page.reload();
    await waitForResults(page);
    expect(await point(page)).toEqual(before);
    await page.getByTestId('weights-panel').locator('summary').click();
    expect(Number(await page.locator('input[data-weight="deaths"]').inputValue())).toBeCloseTo(0.35, 10);
    expect(await page.locator('input[data-weight="arrivals"]').inputValue()).toBe('1');
    // The decomposition and the robustness line stand beside the plane.
    expect(await page.getByTestId('decomposition').locator('[data-term]').count()).toBeGreaterThan(3);
    // No lever moved: the two runs have the same terms, and the line says no weighting can rank them.
    await expect.poll(() => page.getByTestId('robustness-line').innerText()).toContain('Your settings and the scenario as loaded have the same human security terms');
  });

  it('keeps a point below 0 on the plane, with 0 marked', async () => {
    const neg = 'scenario=shock-enforcement&insecurity.level=1&regularPathways.availability=0&enforcement.intensity=1&searchAndRescue.capacity=0&protection.safeguards=0';
    const page = await open(`?${neg}&agents=${SIZE.agents}&seeds=1#/`);
    await waitForResults(page);
    const { y } = await point(page);
    expect(y).toBeLessThan(0);
    const circle = page.getByTestId('plane-current').locator('circle');
    const dot = (await circle.boundingBox())!;
    const plot = (await page.getByTestId('chart-security-plane').locator('.recharts-cartesian-grid').boundingBox())!;
    // The point is drawn inside the plot, not clipped below its floor.
    expect(dot.y + dot.height / 2).toBeLessThan(plot.y + plot.height);
    const ticks = await page.getByTestId('chart-security-plane').locator('.recharts-cartesian-axis-tick-value').allTextContents();
    expect(ticks.map((t) => t.trim().replace('−', '-'))).toContain('-25');
    await page.screenshot({ path: `${ARTIFACTS}/weights-plane-below-zero.png` });
  });

  it('Compare gives each mix’s ranking against the reference over 1,000 weightings', async () => {
    // Five seeds: Compare's fewest (a link asking for fewer is refused with a notice and runs the
    // default 20, so a Node reading over fewer seeds would not be the same comparison).
    const page = await open(`#/compare?mix=state-security-only&mix=human-security-mix&seeds=${COMPARE_SEEDS}&seed=1&agents=5000&months=48`);
    expect(await page.getByTestId('compare-notice').count()).toBe(0);
    await page.getByTestId('run-compare').click();
    const line = page.getByTestId('compare-robustness').locator('[data-testid^="robustness-"]');
    await line.waitFor({ timeout: 200_000 });
    expect(await line.count()).toBe(1);
    const human = line.locator('p[data-index="human"]');
    const input = scenarioToRunInput(findScenario('human-security-mix')!);
    const other = scenarioToRunInput(findScenario('state-security-only')!);
    const months = 48;
    const seeds = seedList(1, COMPARE_SEEDS);
    const a = seeds.map((seed) => runModel({ ...input, agents: 5_000, months, seed }).summary);
    const b = seeds.map((seed) => runModel({ ...other, agents: 5_000, months, seed }).summary);
    // Both shares exactly as Node gives them over the same seeds. The human share is 100% (every
    // human term favours the mix), so only the State share, strictly between 0 and 1, can show a
    // difference in the runs or the weightings.
    const direct = (index: IndexDeclaration) => rankingRobustness(index, termMeans(index, a), termMeans(index, b)).aHigherShare;
    expect(Number(await human.getAttribute('data-share'))).toBe(direct(HUMAN_SECURITY_INDEX));
    const stateShare = direct(STATE_SECURITY_INDEX);
    expect(stateShare).toBeGreaterThan(0);
    expect(stateShare).toBeLessThan(1);
    expect(Number(await line.locator('p[data-index="state"]').getAttribute('data-share'))).toBe(stateShare);
    expect(await human.innerText()).toContain('higher than 1. State security only: an enforcement surge on human security in');
    await page.screenshot({ path: `${ARTIFACTS}/weights-compare-1280.png`, fullPage: true });

    // The set-up's own weights: the organised-crime reading of State security. The share over random
    // weightings does not depend on them; the sentence's "at these weights" part does.
    const state = line.locator('p[data-index="state"]');
    const atDefaults = await state.innerText();
    const shareAtDefaults = Number(await state.getAttribute('data-share'));
    const panel = page.getByTestId('compare-weights');
    await panel.locator('summary').click();
    await panel.getByTestId('weights-preset').selectOption('organisedCrime');
    await expect.poll(() => state.innerText()).not.toBe(atDefaults);
    const read = await state.innerText();
    // The share is over random weightings of every term: the set-up's weights do not move it.
    expect(Number(await state.getAttribute('data-share'))).toBe(shareAtDefaults);
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('index.market=0.5');
    expect(await page.evaluate(() => window.location.hash)).toContain('index.operators=0.5');
    await page.screenshot({ path: `${ARTIFACTS}/weights-compare-organised-crime-1280.png`, fullPage: true });
    // After a reload (link and autosave), the set-up still reads the indices that way.
    await page.reload();
    await page.getByTestId('run-compare').click();
    await line.waitFor({ timeout: 200_000 });
    expect(await page.getByTestId('compare-weights').getAttribute('data-preset')).toBe('organisedCrime');
    await expect.poll(() => state.innerText()).toBe(read);

    // Beside the table: these are the set-up's own weights, named, with one click back to the defaults;
    // the plane's axis names the reading, in the explorer's plane's words.
    const inUse = page.getByTestId('compare-weights-in-use');
    expect(await inUse.getAttribute('data-own')).toBe('true');
    expect(await inUse.innerText()).toContain('State security as fighting organised crime');
    expect(await page.getByTestId('chart-compare-plane').innerText()).toContain('State-security index, read as organised crime');
    await page.getByTestId('compare-use-default-weights').click();
    await expect.poll(() => inUse.getAttribute('data-own')).toBe('false');
    expect(await page.getByTestId('compare-weights').getAttribute('data-preset')).toBe('defaults');
    expect(await page.getByTestId('chart-compare-plane').innerText()).toContain('State-security index, read as control');
    await expect.poll(() => page.evaluate(() => window.location.hash)).not.toContain('index.');
    expect(Number(await state.getAttribute('data-share'))).toBe(shareAtDefaults);
    expect(await state.innerText()).toBe(atDefaults);

    // Own weights again, then: the address alone (#/compare) keeps the autosave's weights…
    if ((await panel.getAttribute('open')) === null) await panel.locator('summary').click();
    await panel.getByTestId('weights-preset').selectOption('organisedCrime');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('index.market=0.5');
    // (Through a blank page, so that each address is a fresh load, not a change of hash in the loaded page.)
    await page.goto('about:blank');
    await page.goto(`${baseUrl}#/compare`);
    await page.getByTestId('run-compare').click();
    await line.waitFor({ timeout: 200_000 });
    expect(await page.getByTestId('compare-weights').getAttribute('data-preset')).toBe('organisedCrime');
    expect(await page.getByTestId('compare-weights-in-use').getAttribute('data-own')).toBe('true');
    // …but a link someone sent, with a set-up and no weights, means the default weights.
    await page.goto('about:blank');
    await page.goto(`${baseUrl}#/compare?mix=state-security-only&mix=human-security-mix&seeds=${COMPARE_SEEDS}&seed=1&agents=5000&months=48`);
    await page.getByTestId('run-compare').click();
    await line.waitFor({ timeout: 200_000 });
    expect(await page.getByTestId('compare-weights').getAttribute('data-preset')).toBe('defaults');
    expect(await page.getByTestId('compare-weights-in-use').getAttribute('data-own')).toBe('false');
    expect(await page.evaluate(() => window.location.hash)).not.toContain('index.');
  }, 400_000);
});
