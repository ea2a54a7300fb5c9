/**
 * The scenario library in Chromium, against the production build: a preset's story, claims
 * (checked live in a worker, to the same numbers as in Node) and questions; an edited timeline
 * that runs, is marked on the monthly chart and comes back from the link; importing scenario
 * files by the file picker and by drag and drop, a bad file that changes nothing, the question
 * before work is lost; the history check against the record; accessibility; and no request
 * beyond the page's origin. Screenshots go to test-artifacts/.
 */
import { mkdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runModel, type RunResult } from '../../models/index';
import { findScenario, parseScenario, type Scenario } from '../../scenarios/index';
import { KEY_FIGURES } from '../../src/shared/key-figures';
import { judgeClaims, planClaimRuns, describeMeasured } from '../../src/features/explore/scenario/claims-check';
import { historyPanels, historyRuns } from '../../src/features/explore/scenario/history-data';
import { formatCount } from '../../src/shared/format';
import { buildRunInput } from '../../src/shared/settings/run-input';
import type { ExplorerSettings } from '../../src/shared/settings/settings';
import { downloadBytes, launchChromium } from './chromium';
import { kpi, leverValues, offOrigin, openAgainAt, slider, waitForResults, type OpenedPage } from './harness';

const ARTIFACTS = 'test-artifacts';
const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;
/** Small runs keep the page and the checks in Node quick; the behaviour is the same at any size. */
const AGENTS = 20_000; // (with one seed in every link: the figures over more seeds are no test's subject here)

let browser: Browser;
const opened: OpenedPage[] = [];

/** The tests take turns on one page, loaded anew with its storage emptied each time (reusePage). */
async function open(query: string, width = 1280, height = 720): Promise<OpenedPage> {
  const o = await openAgainAt(browser, opened.at(-1), `${baseUrl}${query}`, width, height);
  opened.push(o);
  return o;
}

async function figures(page: Page): Promise<Record<string, number>> {
  return Object.fromEntries(await Promise.all(KEY_FIGURES.map(async (k) => [k, await kpi(page, k)] as const)));
}

function expected(scenario: Scenario, settings: Omit<ExplorerSettings, 'scenarioId'>): Record<string, number> {
  const run: RunResult = runModel(buildRunInput(scenario, { ...settings, scenarioId: scenario.id }));
  return Object.fromEntries(KEY_FIGURES.map((k) => [k, run.summary[k]]));
}

async function seriousViolations(page: Page, selectors: readonly string[]): Promise<string[]> {
  let axe = new AxeBuilder({ page });
  for (const s of selectors) axe = axe.include(s);
  const results = await axe.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const MY_FILE = {
  formatVersion: 1,
  id: 'my-rescue-cut',
  title: 'Rescue cut in year three',
  summary: 'Search and rescue is withdrawn from month 25.',
  narrative: 'A file written by hand for the test: rescue capacity falls to almost nothing in the third year.',
  levers: { 'enforcement.intensity': 0.5 },
  timeline: [{ lever: 'searchAndRescue.capacity', value: 0.05, fromMonth: 24, note: 'Rescue withdrawn' }],
  months: 60,
};
const fileFor = (data: unknown, name: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data, null, 2)) });

describe('the scenario library', () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  // (Was two tests, each opening Operation Sophia as loaded: saving it to a file goes on on this page.)
  it('shows a preset’s story, claims and questions, and checks its claims live to the numbers Node gives; saved without changes, it is named after itself, keeps its story, claims and questions, and imports back to the same run', async () => {
    const { page } = await open(`?agents=${AGENTS}&seeds=1`);
    const before = await page.getByTestId('results').getAttribute('data-run-id');
    await page.getByTestId('scenario-select').selectOption('operation-sophia');
    await waitForResults(page, before ?? undefined);
    const sophia = findScenario('operation-sophia')!;
    const panel = page.getByTestId('scenario-panel');
    await expect.poll(() => page.getByTestId('scenario-story').textContent(), { timeout: 30_000 }).toContain(sophia.narrative!.slice(0, 80));
    expect(await panel.textContent()).toContain('Box 22');
    await page.screenshot({ path: `${ARTIFACTS}/scenario-panel-1280x720.png` });

    // The tabs' panels and the scenario texts load when first opened: wait for them, then compare.
    await page.getByRole('tab', { name: /Questions/ }).click();
    await expect.poll(() => page.getByTestId('scenario-questions').locator('li').allTextContents(), { timeout: 30_000 }).toEqual(sophia.questions);
    await page.getByRole('tab', { name: /Claims/ }).click();
    await expect.poll(() => page.getByTestId('claim').locator('.claim-text').allTextContents(), { timeout: 30_000 }).toEqual(sophia.claims.map((c) => c.text));
    expect(await page.getByTestId('scenario-claims').textContent()).toMatch(/test suite checks every claim over 5 seeds/);

    await page.getByTestId('check-claims').click();
    await expect.poll(() => page.getByTestId('claims-status').getAttribute('data-status'), { timeout: 60_000 }).toBe('done');
    expect(await page.getByTestId('claims-status').textContent()).toBe('5 of 5 claims hold for the scenario as loaded (mean over 5 seeds).');
    // The first claim's measured change, as Node computes it from the same runs.
    const plan = planClaimRuns(sophia, findScenario, 'scenario');
    const wanted = plan.runs.filter((r) => r.scenarioId === '(own)' || r.scenarioId === 'baseline');
    const verdict = judgeClaims({ ...sophia, claims: [sophia.claims[0]] }, { runs: wanted, missing: [] }, wanted.map((r) => runModel(r.input)))[0];
    expect(await page.getByTestId('claim').first().locator('.verdict').textContent()).toBe(`✓ Holds: measured ${describeMeasured(verdict.result!)}.`);
    expect(await seriousViolations(page, ['[data-testid="scenario-panel"]'])).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/scenario-claims-1280x720.png` });
    // The verdicts outlive a look at another tab.
    await page.getByRole('tab', { name: 'Sources' }).click();
    await page.getByRole('tab', { name: /Claims/ }).click();
    expect(await page.locator('[data-verdict="holds"]').count()).toBe(sophia.claims.length);

    // Saved as loaded (no lever moved: the claims were checked in a worker of their own).
    const asLoaded = await figures(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Scenario file (JSON)' }).click()]);
    expect(download.suggestedFilename(), 'the file of a scenario without changes').toBe('operation-sophia.json');
    const text = (await downloadBytes(download)).toString('utf8');
    expect(JSON.parse(text), 'the saved file').toMatchObject({ id: sophia.id, title: sophia.title, narrative: sophia.narrative, claims: sophia.claims, questions: sophia.questions, leavesOut: sophia.leavesOut });
    await page.getByTestId('import-file').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
    // The same run as before, so it may come from the cache with the same run id.
    await expect.poll(() => page.getByTestId('scenario-select').inputValue()).toBe('operation-sophia-file');
    await waitForResults(page);
    expect(await figures(page), 'the figures of the file imported back').toEqual(asLoaded);
    // Loading a file opens its panel at the story.
    const reopened = await page.getByTestId('scenario-panel').textContent();
    expect(reopened, 'the imported file’s panel').toContain(sophia.narrative!.slice(0, 80));
    expect(reopened).toContain(`Claims (${sophia.claims.length})`);
    expect(reopened).toContain(`Questions (${sophia.questions.length})`);
  });

  it('runs an edited timeline at once, marks it on the monthly chart, and gets it back from the link', async () => {
    const o = await open(`?scenario=operation-sophia&agents=${AGENTS}&seeds=1`);
    const { page } = o;
    await page.getByTestId('scenario-panel-toggle').click();
    await page.getByRole('tab', { name: /Timeline/ }).click();
    const add = page.getByRole('form', { name: 'Add a change to the timeline' });
    await add.getByLabel('New change: lever').selectOption('enforcement.pullbacks');
    await add.getByLabel('New change: value').fill('0.1');
    await add.getByLabel('New change: from month').fill('37');
    await add.getByLabel('New change: until month').fill('72');
    await add.getByLabel('New change: note').fill('Deal collapses');
    let runId = (await page.getByTestId('results').getAttribute('data-run-id')) ?? '';
    await page.getByTestId('add-change').click();
    runId = await waitForResults(page, runId);
    const mine = { lever: 'enforcement.pullbacks' as const, value: 0.1, fromMonth: 36, toMonth: 72, note: 'Deal collapses' };
    const sophia = findScenario('operation-sophia')!;
    const settings = { overrides: {}, seed: 1, agents: AGENTS, months: 120, timeline: [...sophia.timeline, mine] };
    expect(await figures(page)).toEqual(expected(sophia, settings));
    const chart = page.getByTestId('chart-monthly-series');
    // The plot is drawn when the chart comes near the viewport (below the first screen).
    await chart.scrollIntoViewIfNeeded();
    await chart.locator('[data-marker][data-month="37"]').waitFor();
    expect(await chart.locator('[data-marker][data-month="37"]').count()).toBe(1);
    expect(await chart.locator('[data-marker][data-month="73"]').count()).toBe(1);
    expect(await page.getByTestId('timeline-marks').textContent()).toContain('Month 37: Pull-backs to the transit country 1.00 → 0.10 (Deal collapses)');
    await page.getByTestId('timeline-editor').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}/timeline-editor-1280x720.png` });

    // A bad edit is explained and not applied.
    const from = page.getByLabel('Change 7: from month');
    await from.fill('700');
    expect(await page.locator('[data-problem="from"]').textContent()).toBe(
      'From month: got “700”; a change starts in a whole month from 2 to 120 (month 1 holds the starting values, which the sliders set).',
    );
    expect(await from.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('results').getAttribute('data-run-id')).toBe(runId);
    expect(await seriousViolations(page, ['[data-testid="scenario-panel"]'])).toEqual([]);

    // A moved slider sets the lever's timeline changes aside, says so, and Reset brings them back.
    await slider(page, 'Pull-backs to the transit country').focus();
    await page.keyboard.press('Home');
    runId = await waitForResults(page, runId);
    expect(await page.getByTestId('lever-overrides-timeline').textContent()).toMatch(/Your value overrides the timeline’s 2 changes to this lever for the whole run/);
    await page.getByRole('button', { name: /^Reset Pull-backs to the transit country/ }).click();
    runId = await waitForResults(page, runId);
    expect(await figures(page)).toEqual(expected(sophia, settings));

    // The link holds the timeline: a fresh browser gets it back, with the same figures.
    const link = (await page.getByTestId('copy-link').getAttribute('data-link')) ?? '';
    expect(link).toMatch(/&tl=1_.*enforcement\.pullbacks\*0\.1\*36\*72\*Deal\+collapses$/);
    expect(link).not.toMatch(/&enforcement\.pullbacks=/); // the slider was reset
    await expect.poll(() => page.url()).toBe(link); // written to the address bar (and the autosave)
    const here = await figures(page);
    // (The same page, its storage emptied and the link loaded anew: as a browser that never saw the edit.)
    const elsewhere = await open(link.slice(baseUrl.length));
    expect(await figures(elsewhere.page)).toEqual(here);
    expect(await elsewhere.page.getByTestId('settings-notice').count()).toBe(0);
    await elsewhere.page.getByTestId('scenario-panel-toggle').click();
    expect(await elsewhere.page.getByRole('tab', { name: /Timeline/ }).textContent()).toMatch(/Timeline \(7\) · edited/);
    await elsewhere.page.getByRole('tab', { name: /Timeline/ }).click();
    expect(await elsewhere.page.getByLabel('Change 7: note').inputValue()).toBe('Deal collapses');
  });

  it('imports a file by the picker and by drag and drop; a bad file changes nothing; work is never dropped unasked', async () => {
    const { page } = await open(`?agents=${AGENTS}&seeds=1`);
    const imported = parseScenario(MY_FILE);
    let runId = (await page.getByTestId('results').getAttribute('data-run-id')) ?? '';
    await page.getByTestId('import-file').setInputFiles(fileFor(MY_FILE, 'rescue-cut.json'));
    runId = await waitForResults(page, runId);
    expect(await page.getByTestId('import-loaded').textContent()).toMatch(/Loaded “Rescue cut in year three” from rescue-cut\.json/);
    expect(await page.getByTestId('scenario-select').inputValue()).toBe('my-rescue-cut');
    expect(await page.locator('optgroup[label="Your scenarios (from files)"] option').allTextContents()).toEqual(['Rescue cut in year three']);
    const loaded = expected(imported, { overrides: {}, seed: 1, agents: AGENTS, months: 60 });
    expect(await figures(page)).toEqual(loaded);
    // An imported scenario is a policy, so its figures are compared with the status quo (the baseline scenario, same seed and size).
    const statusQuo = expected(findScenario('baseline')!, { overrides: {}, seed: 1, agents: AGENTS, months: 60 });
    expect(Number(await page.getByTestId('kpi-deathRatePerAttempt').getAttribute('data-baseline'))).toBe(statusQuo.deathRatePerAttempt);

    // Work in hand: a bad file is explained (field, value, rule) and nothing moves.
    await slider(page, 'Enforcement intensity').focus();
    await page.keyboard.press('PageUp');
    runId = await waitForResults(page, runId);
    const levers = await leverValues(page);
    const before = await figures(page);
    const bad = { ...MY_FILE, id: 'broken', timeline: [{ ...MY_FILE.timeline[0], value: 7 }] };
    await page.getByTestId('import-file').setInputFiles(fileFor(bad, 'broken.json'));
    const alert = page.getByRole('alert').filter({ has: page.getByTestId('import-error') });
    await alert.waitFor();
    expect(await page.getByTestId('import-error').getAttribute('data-path')).toBe('timeline.0.value');
    expect(await alert.textContent()).toContain('“timeline.0.value” is 7 in the file: the value must be at most 1.');
    expect(await alert.textContent()).toContain('Fix the field “timeline.0.value” in the file');
    expect(await alert.textContent()).toContain('“broken.json” could not be loaded. Nothing on the page has changed.');
    expect(await leverValues(page)).toEqual(levers);
    expect(await figures(page)).toEqual(before);
    expect(await page.getByTestId('results').getAttribute('data-run-id')).toBe(runId);
    expect(await seriousViolations(page, ['.import-alert-region', '.scenario-bar'])).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/import-error-1280x720.png` });

    // A JSON syntax error (a comma before the closing brace) names the line and column.
    const commaText = JSON.stringify(MY_FILE, null, 2).replace(/\n}$/, ',\n}');
    const lastLine = commaText.split('\n').length;
    await page.getByTestId('import-file').setInputFiles({ name: 'comma.json', mimeType: 'application/json', buffer: Buffer.from(commaText) });
    await expect.poll(() => alert.textContent()).toContain('“comma.json” could not be loaded');
    expect(await alert.textContent()).toContain(`The file is not valid JSON: reading stops at line ${lastLine}, column 1.`);
    expect(await alert.textContent()).toContain(`The file stops being valid JSON at line ${lastLine}, column 1`);
    expect(await figures(page)).toEqual(before);

    // Choosing another scenario asks first; keeping the work keeps everything.
    await page.getByTestId('scenario-select').selectOption('baseline');
    expect(await page.getByTestId('confirm-switch').textContent()).toMatch(/You have 1 moved lever in “Rescue cut in year three”/);
    await page.getByTestId('cancel-load').click();
    expect(await page.getByTestId('scenario-select').inputValue()).toBe('my-rescue-cut');
    expect(await leverValues(page)).toEqual(levers);

    // Drag and drop: the drop zone shows while a file is dragged, and the drop loads it once confirmed.
    const other = { ...MY_FILE, id: 'dropped-file', title: 'Dropped file', months: 48 };
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      (window as unknown as { __drop: DataTransfer }).__drop = data;
      document.body.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, JSON.stringify(other));
    expect(await page.getByTestId('drop-zone').isVisible()).toBe(true);
    await page.evaluate(() => {
      const data = (window as unknown as { __drop: DataTransfer }).__drop;
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    expect(await page.getByTestId('drop-zone').count()).toBe(0);
    await page.getByTestId('confirm-load').click();
    runId = await waitForResults(page, runId);
    expect(await page.getByTestId('scenario-select').inputValue()).toBe('dropped-file');
    expect(await figures(page)).toEqual(expected(parseScenario(other), { overrides: {}, seed: 1, agents: AGENTS, months: 48 }));
    expect(await page.locator('optgroup[label="Your scenarios (from files)"] option').allTextContents()).toEqual(['Rescue cut in year three', 'Dropped file']);

    // The imported scenarios are autosaved: a reload in this browser still lists them.
    const link = await page.getByTestId('copy-link').getAttribute('data-link');
    await expect.poll(() => page.url()).toBe(link);
    await page.reload();
    await waitForResults(page);
    expect(await page.getByTestId('scenario-select').inputValue()).toBe('dropped-file');
    expect(await page.locator('optgroup[label="Your scenarios (from files)"] option').count()).toBe(2);
  });

  it('sets the modelled years against the record, with the fit, for the history scenario', async () => {
    const { page } = await open(`?scenario=central-mediterranean-2014-2020&agents=${AGENTS}&seeds=1`);
    const check = page.getByTestId('history-check');
    await expect.poll(() => check.getAttribute('data-status'), { timeout: 60_000 }).toBe('done');
    const med = findScenario('central-mediterranean-2014-2020')!;
    const settings: ExplorerSettings = { scenarioId: med.id, overrides: {}, seed: 1, agents: AGENTS, months: 84 };
    const panels = historyPanels(med, historyRuns(med, settings).map((r) => runModel(r.input)));
    const arrivals = panels[0];
    expect(await check.getByTestId('history-fit-irregularArrivals').textContent()).toContain(`rank correlation ${arrivals.fit.rankCorrelation.toFixed(2)}`);
    expect(await check.textContent()).toMatch(/The model is not fitted to these years/);
    expect(await check.textContent()).toMatch(/containment on the Libyan coast from mid-2017.*2020 two fifths too low/);
    await check.getByRole('button', { name: 'Show the data as a table' }).click();
    const row2018 = check.locator('tbody tr', { has: page.locator('th', { hasText: '2018' }) });
    const y2018 = arrivals.rows.find((r) => r.year === 2018)!;
    const cells2018 = await row2018.locator('td').allTextContents();
    expect([cells2018[0], cells2018[2]]).toEqual([formatCount(y2018.modelled), formatCount(y2018.recorded!)]);
    // The calibrated model's band (stored with the ABC fit) is drawn in every panel, named in the legend and given in the table.
    expect(cells2018[1]).toBe(`${formatCount(y2018.band![0])} – ${formatCount(y2018.band![1])}`);
    expect(await check.locator('.history-row[data-band="yes"]').count()).toBe(3);
    for (const series of ['irregularArrivals', 'deathsMissing', 'pullbacks']) {
      const bars = check.locator(`.history-row[data-series="${series}"] .history-band .recharts-rectangle`);
      expect(await bars.count(), series).toBeGreaterThanOrEqual(5);
    }
    expect(await check.textContent()).toContain('Calibrated model, 5–95%');
    await check.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}/history-check-1280x720.png` });
    expect(await seriousViolations(page, ['[data-testid="history-check"]'])).toEqual([]);
    const svg = await Promise.all([page.waitForEvent('download'), check.getByRole('button', { name: /as SVG/ }).click()]);
    expect(svg[0].suggestedFilename()).toBe('crossings-history-check.svg');
  });

  it('fits a phone: panel, timeline editor and history check', async () => {
    const { page } = await open(`?scenario=central-mediterranean-2014-2020&agents=${AGENTS}&seeds=1`, 390, 844);
    // On a phone the scenario's texts are one part of three: "Story" shows it, opened.
    await page.getByRole('button', { name: 'Story', exact: true }).click();
    expect(await page.getByTestId('scenario-panel-toggle').getAttribute('aria-expanded')).toBe('true');
    await page.screenshot({ path: `${ARTIFACTS}/scenario-panel-390x844.png` });
    await page.getByRole('tab', { name: /Timeline/ }).click();
    await page.getByTestId('timeline-editor').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}/timeline-editor-390x844.png` });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await expect.poll(() => page.getByTestId('history-check').getAttribute('data-status'), { timeout: 60_000 }).toBe('done');
    await page.getByRole('button', { name: 'Results', exact: true }).click();
    await page.getByTestId('history-check').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}/history-check-390x844.png` });
  });

  it('loads without errors and never makes a request beyond its own origin', () => {
    for (const o of opened) {
      expect(o.pageErrors).toEqual([]);
      expect(o.consoleErrors).toEqual([]);
    }
    expect(offOrigin(opened.flatMap((o) => o.requests), origin)).toEqual([]);
  });
});
