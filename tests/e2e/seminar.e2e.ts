/**
 * Seminar mode in Chromium, against the production build: a two-round session with three teams
 * played through the interface — set-up, decisions on the facilitator's screen, a reload in the
 * middle, a decision made on a team's own page (a second browser context) and pasted as a code,
 * an event, two reveals and the debrief — whose figures equal the same decisions run in Node.
 * Also: session files, downloads, printable pages, accessibility, no console errors and no
 * request leaving the origin. Small agents and one-year rounds keep it quick.
 */
import { mkdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { HUMAN_SECURITY_INDEX, indexFromRecord, runModel } from '../../models/index';
import { reveal, setDecision, setEvent, setPrediction, startRound } from '../../src/features/seminar/session/actions';
import { sessionValue } from '../../src/features/seminar/session/debrief';
import { roundValue, sessionRunInput } from '../../src/features/seminar/session/engine';
import { DEFAULT_ROLES } from '../../src/features/seminar/session/roles';
import { createSession, teamFromRole, type Session } from '../../src/features/seminar/session/session';
import { readSessionText } from '../../src/features/seminar/session/session-store';
import { downloadBytes, launchChromium } from './chromium';
import { newPage, offOrigin, RUN_TIMEOUT_MS, type OpenedPage } from './harness';

const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;
const AGENTS = 20_000;

let browser: Browser;
let fac: OpenedPage;
let team: OpenedPage;

/** The same session built directly from the engine: the decisions the test makes in the browser. */
/** A session without its random secret (which keys the decision codes and differs in every session). */
function noSecret(session: Session): Omit<Session, 'secret'> {
  expect(session.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
  const { secret: _secret, ...rest } = session;
  return rest;
}

function equivalentSession() {
  const teams = ['interior', 'origin', 'ngo'].map((id) => teamFromRole(DEFAULT_ROLES.find((r) => r.id === id)!));
  let s = createSession({ title: 'E2E seminar', agents: AGENTS, yearsPerRound: 1, roundsTotal: 2, teams });
  s = startRound(s);
  s = setDecision(s, 'interior', { 'enforcement.intensity': 0.6, 'enforcement.vesselDestruction': 0.2 });
  s = setPrediction(s, 'interior', { output: 'irregularArrivals', value: 150_000 });
  s = setDecision(s, 'ngo', { 'searchAndRescue.capacity': 0.7 });
  s = setPrediction(s, 'ngo', { output: 'deathsMissing', value: 5000 });
  s = setDecision(s, 'origin', {});
  s = reveal(s);
  s = startRound(s);
  s = setEvent(s, 'drought');
  s = setDecision(s, 'origin', { 'rootCauses.investment': 0.4 });
  return reveal(s);
}

async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad).toEqual([]);
}

const panel = (page: Page, id: string) => page.getByTestId(`team-panel-${id}`);
const lever = (scope: ReturnType<typeof panel>, key: string) => scope.locator(`input[data-lever="${key}"]`);

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), text: (await downloadBytes(file)).toString('utf8') };
}

describe('seminar mode', () => {
  beforeAll(async () => {
    browser = await launchChromium();
    fac = await newPage(browser, 1280, 720);
    await fac.page.goto(`${baseUrl}#/seminar`);
    await fac.page.getByTestId('setup').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('sets up a session: settings, three of the default teams, accessible', async () => {
    const { page } = fac;
    await expectAccessible(page);
    await page.getByTestId('setup-title').fill('E2E seminar');
    await page.getByTestId('setup-rounds').fill('2');
    await page.getByTestId('setup-years').fill('1');
    await page.getByTestId('setup-agents').selectOption(String(AGENTS));
    for (const id of ['transit', 'un', 'community']) await page.getByTestId(`team-editor-${id}`).getByRole('button', { name: /^Remove/ }).click();
    await page.getByTestId('setup-years').fill('9');
    expect(await page.getByText('Years per round must be at most 5').count()).toBe(1);
    await page.getByTestId('setup-years').fill('1');
    await page.getByTestId('start-session').click();
    await page.getByTestId('round-screen').waitFor();
    expect(await page.locator('[data-testid^="team-panel-"]').count()).toBe(3);
  });

  it('takes decisions on the facilitator’s screen within each team’s levers and budget', async () => {
    const { page } = fac;
    const interior = panel(page, 'interior');
    expect(await lever(interior, 'searchAndRescue.capacity').count()).toBe(0);
    await lever(interior, 'enforcement.intensity').fill('0.6');
    expect(await interior.getByTestId('decision-status').textContent()).toMatch(/Decision saved: 1 lever/);
    await lever(interior, 'enforcement.vesselDestruction').fill('0.5');
    expect(await interior.getByRole('alert').textContent()).toMatch(/more than the budget of 0.60/);
    expect(await interior.getByTestId('decision-status').textContent()).toMatch(/Not saved/);
    await lever(interior, 'enforcement.vesselDestruction').fill('0.2');
    expect(Number(await interior.getByTestId('budget').getAttribute('data-spent'))).toBeCloseTo(0.5, 9);
    await interior.getByTestId('prediction-output').selectOption('irregularArrivals');
    await interior.getByTestId('prediction-value').fill('150,000');
    await panel(page, 'origin').getByRole('button', { name: 'No change this round' }).click();
  });

  it('loses nothing on a reload', async () => {
    const { page } = fac;
    await page.reload();
    const interior = panel(page, 'interior');
    await interior.waitFor();
    expect(await lever(interior, 'enforcement.intensity').inputValue()).toBe('0.6');
    expect(await lever(interior, 'enforcement.vesselDestruction').inputValue()).toBe('0.2');
    expect(await interior.getByTestId('prediction-value').inputValue()).toBe('150000');
    expect(await panel(page, 'origin').getByTestId('decision-status').textContent()).toMatch(/no change/);
  });

  it('takes a decision made on the team’s own page as a code, and explains a bad code', async () => {
    // Served at 127.0.0.1, the page warns that phones cannot open its own address, takes a typed one (checked), and shows a QR code per team.
    const fp = fac.page;
    await fp.getByTestId('team-address-warning').waitFor();
    await fp.getByTestId('team-address-input').fill('ftp://192.168.1.23/');
    await fp.getByRole('button', { name: 'Use this address' }).click();
    expect(await fp.locator('#team-address-problem').textContent()).toMatch(/http:\/\/ or https:\/\//);
    await fp.getByTestId('team-address-input').fill('192.168.1.23:4173');
    await fp.getByRole('button', { name: 'Use this address' }).click();
    await expect.poll(() => fp.getByTestId('team-address-url').textContent()).toBe('http://192.168.1.23:4173/');
    expect(await fp.getByTestId('team-link-ngo').inputValue()).toMatch(/^http:\/\/192\.168\.1\.23:4173\/#\/seminar\/team\/ngo\?s=/);
    expect(await fp.getByTestId('team-address-warning').count()).toBe(0);
    await fp.getByRole('button', { name: 'Forget it' }).click();
    await fp.getByTestId('team-address-warning').waitFor();
    expect(await panel(fp, 'ngo').getByTestId('team-qr').getAttribute('src')).toMatch(/^blob:/);
    const link = await fac.page.getByTestId('team-link-ngo').inputValue();
    team = await newPage(browser, 390, 844); // another device: its own context and storage
    await team.page.goto(link);
    await team.page.getByTestId('team-page').waitFor();
    expect(await team.page.locator('input[type="range"]').count()).toBe(1);
    await team.page.locator('input[data-lever="searchAndRescue.capacity"]').fill('0.7');
    await team.page.getByTestId('prediction-output').selectOption('deathsMissing');
    await team.page.getByTestId('prediction-value').fill('5000');
    await team.page.getByTestId('team-decision-code').and(team.page.locator('[value*="-"]')).waitFor();
    const code = await team.page.getByTestId('team-decision-code').inputValue();
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/); // a short code: 16 characters with a check character
    await expectAccessible(team.page);

    const { page } = fac;
    const input = page.getByTestId('decision-code-input');
    const message = page.getByTestId('decision-code-message');
    await input.fill(`${code.slice(0, 12)}${code[12] === 'X' ? 'Y' : 'X'}${code.slice(13)}`);
    await page.getByRole('button', { name: 'Apply code' }).click();
    await expect.poll(() => message.textContent()).toMatch(/wrong, or two are swapped/);
    expect(await panel(page, 'ngo').getByTestId('decision-status').textContent()).toMatch(/No decision yet/);
    // Typed as a person would: lower case, no dashes, O for 0 and l for 1.
    await input.fill(code.replace(/-/g, '').toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l'));
    await page.getByRole('button', { name: 'Apply code' }).click();
    await expect.poll(() => message.textContent()).toMatch(/Applied the decision of Civil society and rescue organisations \(1 lever changed, with a prediction\)/);
    // The same code again would replace the decision now recorded: it asks first.
    await input.fill(code);
    await page.getByRole('button', { name: 'Apply code' }).click();
    await page.getByTestId('decision-code-confirm').waitFor();
    await page.getByTestId('decision-code-replace').click();
    await expect.poll(() => message.textContent()).toMatch(/Applied the decision/);
    expect(await lever(panel(page, 'ngo'), 'searchAndRescue.capacity').inputValue()).toBe('0.7');
    expect(await panel(page, 'ngo').getByTestId('prediction-value').inputValue()).toBe('5000');
  });

  it('reveals round 1: figures, scorecards, predictions and the plane, accessible', async () => {
    const { page } = fac;
    await page.getByTestId('reveal').click();
    await page.getByTestId('reveal-results').waitFor({ timeout: RUN_TIMEOUT_MS });
    expect(await page.locator('[data-testid^="scorecard-"]').count()).toBe(3);
    expect(await page.locator('[data-testid^="prediction-"]').count()).toBe(2);
    await page.getByTestId('plane-round-1').waitFor({ state: 'attached' });
    const expected = runModel(sessionRunInput(equivalentSession(), 0));
    const shown = Number(await page.getByTestId('round-figure-deathsMissing').getAttribute('data-value'));
    expect(shown).toBe(roundValue(expected, 'deathsMissing', equivalentSession(), 0, true));
    // Each change against business as usual is coloured by what it means: more deaths is worse for people.
    const row = page.getByTestId('round-figure-deathsMissing');
    const bau = Number(await row.getAttribute('data-bau'));
    const meaning = await row.locator('.kpi-change').last().getAttribute('data-meaning');
    expect(meaning).toBe(shown > bau ? 'worse-people' : shown < bau ? 'better-people' : 'neutral');
    expect(await page.getByTestId('meaning-legend').count()).toBeGreaterThan(0);
    await expectAccessible(page);
  });

  it('plays round 2 with an event and reaches the debrief with the same figures as the engine in Node', async () => {
    const { page } = fac;
    await page.getByTestId('start-next-round').click();
    await page.getByTestId('round-event').selectOption('drought');
    await lever(panel(page, 'origin'), 'rootCauses.investment').fill('0.4');
    await page.getByTestId('reveal').click();
    await page.getByTestId('reveal-results').waitFor({ timeout: RUN_TIMEOUT_MS });
    await page.getByTestId('open-debrief').click();
    await page.locator('[data-testid="debrief"][data-effects="done"]').waitFor({ timeout: RUN_TIMEOUT_MS });

    const s = equivalentSession();
    const run = runModel(sessionRunInput(s, 1));
    for (const key of ['deathsMissing', 'smugglingDemand', 'humanSecurityIndex'] as const)
      expect(Number(await page.getByTestId(`debrief-total-${key}`).getAttribute('data-value')), key).toBe(sessionValue(run, key, s, 2));
    await page.getByTestId('plane-round-2').waitFor({ state: 'attached' });
    expect(await page.getByTestId('debrief-round-2').textContent()).toMatch(/Event: Drought/);
    expect(await page.getByTestId('effect-1-ngo').textContent()).toMatch(/Search-and-rescue capacity 0.40 → 0.70/);
    expect(await page.getByTestId('questions').locator('li').count()).toBeGreaterThanOrEqual(5);
    // Each team's own score on its role's weights, beside the shared index: the rescue NGO's
    // human-security score is the mean over the months played of the index read with its weights.
    const ngo = DEFAULT_ROLES.find((r) => r.id === 'ngo')!.weighting;
    const played = run.months.slice(0, 24);
    const own = played.reduce((sum, m) => sum + indexFromRecord(HUMAN_SECURITY_INDEX, m, ngo.weights.human), 0) / played.length;
    const shared = played.reduce((sum, m) => sum + m.humanSecurityIndex, 0) / played.length;
    const cell = page.getByTestId('debrief-score-ngo-human');
    expect(Number(await cell.getAttribute('data-value'))).toBe(own);
    expect(Number(await page.getByTestId('debrief-score-shared-human').getAttribute('data-value'))).toBe(shared);
    expect(own).not.toBeCloseTo(shared, 1);
    expect(await page.getByTestId('debrief-score-ngo').textContent()).toContain(ngo.reason);
    await expect.poll(() => page.getByTestId('debrief-robustness').locator('p').count()).toBe(2);
    // Business as usual is named mid-sentence in lower case (the table's label keeps its capital).
    expect(await page.getByTestId('debrief-robustness').innerText()).toMatch(/Session: (higher|lower) than business as usual on human security/);
    mkdirSync('test-artifacts', { recursive: true });
    await page.getByTestId('debrief-scores').screenshot({ path: 'test-artifacts/seminar-debrief-scores-1280.png' });
    const saved = readSessionText(await page.evaluate(() => localStorage.getItem('crossings:seminar') ?? ''));
    expect(noSecret(saved)).toEqual(noSecret(s));
    await expectAccessible(page);
  });

  it('downloads the session file and the debrief, and refuses a broken session file without changing anything', async () => {
    const { page } = fac;
    const file = await download(page, () => page.getByTestId('save-session').click());
    expect(file.name).toBe('crossings-session-e2e-seminar.json');
    expect(noSecret(readSessionText(file.text))).toEqual(noSecret(equivalentSession()));
    const html = await download(page, () => page.getByTestId('download-debrief-html').click());
    expect(html.text).toMatch(/<h1>Debrief: E2E seminar<\/h1>/);
    expect(html.text).toContain('<svg');
    const md = await download(page, () => page.getByTestId('download-debrief-md').click());
    expect(md.text).toContain('## Round 2');
    const broken = JSON.stringify({ ...JSON.parse(file.text), agents: 3 });
    await page.getByTestId('open-session').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
    expect(await page.getByTestId('session-message').textContent()).toMatch(/Could not open broken\.json: agents: .*Nothing was changed/);
    expect(noSecret(readSessionText(await page.evaluate(() => localStorage.getItem('crossings:seminar') ?? '')))).toEqual(noSecret(equivalentSession()));
  });

  it('prints role cards and the debrief without the site’s navigation', async () => {
    const { page } = fac;
    await page.goto(`${baseUrl}#/seminar/cards`);
    await page.getByTestId('role-card-ngo').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.session-bar').isVisible()).toBe(false);
    for (const id of ['interior', 'origin', 'ngo']) expect(await page.getByTestId(`role-card-${id}`).isVisible()).toBe(true);
    expect(await page.getByTestId('role-card-ngo').textContent()).toMatch(/Search-and-rescue capacity0\.70/);
    await page.goto(`${baseUrl}#/seminar/debrief`);
    await page.locator('[data-testid="debrief"][data-effects="done"]').waitFor({ timeout: RUN_TIMEOUT_MS });
    const pdf = await page.pdf({ format: 'A4' });
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(4);
    await page.emulateMedia({ media: 'screen' });
  });

  it('shows a round reopened after a re-weighing in the debrief with the same weights, and names the reading on every plane', async () => {
    const { page } = fac;
    await page.goto(`${baseUrl}#/seminar/debrief`);
    await page.locator('[data-testid="debrief"][data-effects="done"]').waitFor({ timeout: RUN_TIMEOUT_MS });
    const point = (scope: string) => page.locator(`${scope} [data-testid="plane-round-1"]`);
    const defaultX = Number(await point('[data-testid="chart-debrief-plane"]').getAttribute('data-x'));
    await page.getByTestId('debrief-weights').locator('summary').click();
    await page.getByTestId('debrief-weights').getByTestId('weights-preset').selectOption('numbers');
    await expect.poll(async () => Number(await point('[data-testid="chart-debrief-plane"]').getAttribute('data-x'))).not.toBe(defaultX);
    const debriefX = Number(await point('[data-testid="chart-debrief-plane"]').getAttribute('data-x'));
    expect(await page.getByTestId('chart-debrief-plane').textContent()).toContain('State-security index, read as numbers');

    // Round 1 reopened: its plane and its figures are read with the session's new weights too.
    await page.goto(`${baseUrl}#/seminar/reveal/1`);
    await page.getByTestId('reveal-results').waitFor({ timeout: RUN_TIMEOUT_MS });
    await point('[data-testid="reveal-results"]').waitFor({ state: 'attached' });
    const revealX = Number(await point('[data-testid="reveal-results"]').getAttribute('data-x'));
    expect(revealX).toBe(debriefX);
    expect(await page.getByTestId('reveal-results').textContent()).toContain('State-security index, read as numbers');
    await page.getByTestId('reveal-results').screenshot({ path: 'test-artifacts/seminar-reveal-reweighed-1280.png' });

    // Back to the defaults, so the session is the one the other tests compare with.
    await page.goto(`${baseUrl}#/seminar/debrief`);
    await page.locator('[data-testid="debrief"][data-effects="done"]').waitFor({ timeout: RUN_TIMEOUT_MS });
    await page.getByTestId('debrief-weights').locator('summary').click();
    await page.getByTestId('debrief-weights').getByTestId('weights-preset').selectOption('defaults');
    await expect.poll(async () => Number(await point('[data-testid="chart-debrief-plane"]').getAttribute('data-x'))).toBe(defaultX);
    expect(await page.getByTestId('chart-debrief-plane').textContent()).toContain('State-security index, read as control');
  });

  it('logged no console errors and sent no request beyond its origin', () => {
    for (const o of [fac, team]) {
      expect(o.consoleErrors).toEqual([]);
      expect(o.pageErrors).toEqual([]);
      expect(o.failedResponses).toEqual([]);
      expect(offOrigin(o.requests, origin)).toEqual([]);
    }
  });
});
