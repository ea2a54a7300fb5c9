/**
 * A seminar played on five phones through the real room server (a child process serving dist/
 * on a free loopback port with a temporary data folder): the facilitator opens a room, four
 * teams join from the link their QR codes carry (the room code shown plus the team's token) and
 * one by typing the room code shown, picking its team and being let in, each on a phone
 * viewport, and two rounds are played over WebSocket. In the middle: the server is killed
 * (SIGKILL) and started again between submissions, a phone drops and rejoins and keeps its team
 * and its decision, the facilitator locks a round, and the facilitator's page reloads and
 * resumes the room. The debrief then equals the same decisions run by the seminar engine in
 * Node, and the session holds every decision. Beside it, the projector window opened from the
 * facilitator's page follows a phone's decision, a lever moved by the facilitator, the lock and
 * each reveal over its BroadcastChannel, and shows no team's moves before a reveal. One browser,
 * one context per device.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runModel } from '../../models/index';
import { displayRoomCode } from '../../src/shared/room/room-code';
import { reveal, setDecision, setPrediction, startRound } from '../../src/features/seminar/session/actions';
import { sessionValue } from '../../src/features/seminar/session/debrief';
import { roundValue, sessionRunInput } from '../../src/features/seminar/session/engine';
import { DEFAULT_ROLES } from '../../src/features/seminar/session/roles';
import { createSession, teamFromRole, type Session } from '../../src/features/seminar/session/session';
import { readSessionText } from '../../src/features/seminar/session/session-store';
import { launchChromium } from './chromium';
import { newPage, RUN_TIMEOUT_MS, type OpenedPage } from './harness';
import { RoomServerProcess } from './room-server';

const AGENTS = 20_000;
const TEAMS = ['interior', 'origin', 'transit', 'un', 'ngo'] as const;
type TeamId = (typeof TEAMS)[number];

interface Move {
  readonly decision: Record<string, number>;
  readonly prediction?: { output: string; value: number };
}

/** What each team decides on its phone, round by round. */
const ROUNDS: ReadonlyArray<Record<TeamId, Move>> = [
  {
    interior: { decision: { 'enforcement.intensity': 0.7 }, prediction: { output: 'irregularArrivals', value: 150_000 } },
    transit: { decision: { 'protection.safeguards': 0.6 } },
    ngo: { decision: { 'searchAndRescue.capacity': 0.7 }, prediction: { output: 'deathsMissing', value: 5000 } },
    origin: { decision: { 'rootCauses.investment': 0.3 } },
    un: { decision: { 'cooperation.regional': 0.5 } },
  },
  {
    interior: { decision: { 'enforcement.intensity': 0.5 } },
    transit: { decision: { 'enforcement.pullbacks': 0.3 } },
    origin: { decision: { 'rootCauses.investment': 0.5 }, prediction: { output: 'humanSecurityIndex', value: 55 } },
    ngo: { decision: {} },
    un: { decision: { 'cooperation.regional': 0.7 } },
  },
];

/** The same session straight from the engine. */
function directSession(): Session {
  const teams = TEAMS.map((id) => teamFromRole(DEFAULT_ROLES.find((r) => r.id === id)!));
  let s = createSession({ title: 'Room seminar', agents: AGENTS, yearsPerRound: 1, roundsTotal: 2, teams });
  for (const moves of ROUNDS) {
    s = startRound(s);
    for (const id of TEAMS) {
      s = setDecision(s, id, moves[id].decision);
      const p = moves[id].prediction;
      if (p) s = setPrediction(s, id, p);
    }
    s = reveal(s);
  }
  return s;
}

function noSecret(session: Session): Omit<Session, 'secret'> {
  const { secret: _secret, ...rest } = session;
  return rest;
}

let server: RoomServerProcess;
let browser: Browser;
let fac: OpenedPage;
/** The projector window, opened from the facilitator's page and kept in step with it. */
let projector: Page;
const projectorErrors: string[] = [];
const phones = new Map<TeamId, OpenedPage>();
const links = new Map<TeamId, string>();

const phone = (id: TeamId): Page => phones.get(id)!.page;

/** Set ROOM_SCREENSHOTS=<folder> to keep pictures of the pages as the test goes. */
async function picture(page: Page, name: string): Promise<void> {
  const dir = process.env.ROOM_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

async function projectorShows(status: string, round: number): Promise<void> {
  await projector.locator(`[data-testid="projector"][data-status="${status}"][data-round="${round}"]`).waitFor({ timeout: RUN_TIMEOUT_MS });
}

/** Before a reveal the projector shows who has decided, never what: no team panel, no lever, no move. */
async function expectNoMoves(): Promise<void> {
  const view = projector.getByTestId('projector');
  expect(await view.locator('[data-testid^="team-panel-"], input, select, button').count()).toBe(0);
  expect(await view.textContent()).not.toMatch(/→/);
}

async function decideOnPhone(id: TeamId, round: number): Promise<void> {
  const page = phone(id);
  const move = ROUNDS[round][id];
  await page.locator(`[data-testid="phone-status"][data-status="open"]`).waitFor();
  expect(await page.getByTestId('phone-page').getAttribute('data-round')).toBe(String(round + 1));
  for (const [lever, value] of Object.entries(move.decision)) await page.locator(`input[data-lever="${lever}"]`).fill(String(value));
  if (move.prediction) {
    await page.getByTestId('prediction-output').selectOption(move.prediction.output);
    await page.getByTestId('prediction-value').fill(String(move.prediction.value));
  }
  await page.getByTestId('phone-submit').click();
  await page.locator(`[data-testid="phone-sent"][data-round="${round + 1}"]`).waitFor();
}

async function expectReceived(n: number): Promise<void> {
  await expect.poll(() => fac.page.getByTestId('room-progress').textContent(), { timeout: 20_000 }).toBe(`Decisions received: ${n} of 5.`);
}

async function connected(page: Page, testId: string): Promise<void> {
  await page.locator(`[data-testid="${testId}"][data-state="connected"]`).waitFor({ timeout: 30_000 });
}

describe('a seminar on five phones through the room server', () => {
  beforeAll(async () => {
    [server, browser] = await Promise.all([RoomServerProcess.start(), launchChromium()]);
    fac = await newPage(browser, 1280, 720);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens a room; four phones join from the links their QR codes carry, one by typing the room code', async () => {
    const { page } = fac;
    await page.goto(`${server.appUrl}#/seminar`);
    await page.getByTestId('setup-title').fill('Room seminar');
    await page.getByTestId('setup-rounds').fill('2');
    await page.getByTestId('setup-years').fill('1');
    await page.getByTestId('setup-agents').selectOption(String(AGENTS));
    await page.getByTestId('team-editor-community').getByRole('button', { name: /^Remove/ }).click();
    await page.getByTestId('start-session').click();
    await page.getByTestId('room-open').click();
    const code = (await page.getByTestId('room-code').getAttribute('data-code'))!;
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{6}$/);
    await connected(page, 'room-connection');
    for (const id of TEAMS) {
      const item = page.locator(`[data-testid="room-team-${id}"]:not([data-link=""])`);
      await item.waitFor();
      const link = (await item.getAttribute('data-link'))!;
      // Short: the app's address, the room code, the team and its 22-character token.
      expect(link).toBe(`${server.appUrl}#/join/${code}/${id}?k=${link.slice(-22)}`);
      links.set(id, link);
      expect(await item.locator('img[data-testid="team-qr"]').getAttribute('src')).toMatch(/^blob:/);
    }
    await Promise.all(
      TEAMS.map(async (id) => {
        const opened = await newPage(browser, 390, 844);
        phones.set(id, opened);
        if (id === 'un') {
          // This phone types the code shown (as a person would: lower case, a dash), picks its team and is let in.
          await opened.page.goto(`${server.appUrl}#/join`);
          await opened.page.getByTestId('room-code-input').fill(`${code.slice(0, 3).toLowerCase()}-${code.slice(3).toLowerCase()}`);
          await opened.page.getByRole('button', { name: 'Join' }).click();
          await opened.page.getByTestId('pick-team-un').click();
          await page.getByTestId('room-request-un').getByRole('button', { name: 'Let in' }).click();
        } else await opened.page.goto(links.get(id)!);
        await opened.page.locator(`[data-testid="phone-page"][data-team="${id}"][data-round="1"]`).waitFor({ timeout: 30_000 });
      }),
    );
    // The projector window beside the facilitator's: the room code, the round, nobody decided yet.
    [projector] = await Promise.all([fac.context.waitForEvent('page'), page.getByTestId('open-projector').click()]);
    projector.on('console', (m) => {
      if (m.type() === 'error') projectorErrors.push(m.text());
    });
    projector.on('pageerror', (e) => projectorErrors.push(e.message));
    await projectorShows('open', 1);
    expect(await projector.getByTestId('projector-room-code').textContent()).toBe(displayRoomCode(code)); // as on the facilitator's screen: T7Z-TNY
    expect(await projector.locator('[data-decided="true"]').count()).toBe(0);
    await picture(page, 'facilitator-room');
    await picture(projector, 'projector-open');
    await picture(phone('interior'), 'phone-interior');
    // A phone's page has no way into the facilitator's pages.
    expect(await phone('ngo').locator('.site-header, nav, a[href*="seminar"]').count()).toBe(0);
    expect(await phone('interior').locator('input[type="range"]').count()).toBe(4);
  });

  it('plays round 1 across a server crash, a phone that drops and rejoins, a lock and the reveal', async () => {
    await decideOnPhone('interior', 0);
    await decideOnPhone('transit', 0);
    await expectReceived(2);
    expect(await fac.page.getByTestId('team-panel-interior').locator('input[data-lever="enforcement.intensity"]').inputValue()).toBe('0.7');
    await projector.locator('[data-testid="projector-team-interior"][data-decided="true"]').waitFor();
    // A lever moved on the facilitator's screen: the projector shows that the team has decided, not what.
    await fac.page.getByTestId('team-panel-un').locator('input[data-lever="cooperation.regional"]').fill('0.5');
    await projector.locator('[data-testid="projector-team-un"][data-decided="true"]').waitFor();
    await expectNoMoves();

    // The server dies between submissions and comes back on the same folder: nothing is lost.
    await server.kill();
    await phone('ngo').locator('[data-testid="phone-connection"]:not([data-state="connected"])').waitFor();
    await server.restart();
    await Promise.all([connected(fac.page, 'room-connection'), ...TEAMS.map((id) => connected(phone(id), 'phone-connection'))]);
    await decideOnPhone('ngo', 0);

    // The NGO's phone drops and comes back: same team, same round, its decision still there.
    await phones.get('ngo')!.page.close();
    const again = await phones.get('ngo')!.context.newPage();
    phones.set('ngo', { ...phones.get('ngo')!, page: again });
    await again.goto(links.get('ngo')!);
    await again.locator('[data-testid="phone-sent"][data-round="1"]').waitFor({ timeout: 30_000 });
    expect(await again.getByTestId('phone-page').getAttribute('data-team')).toBe('ngo');
    expect(await again.locator('input[data-lever="searchAndRescue.capacity"]').inputValue()).toBe('0.7');

    await decideOnPhone('origin', 0);
    await decideOnPhone('un', 0);
    await expectReceived(5);
    expect(await fac.page.locator('[data-testid^="room-team-"][data-submitted="true"]').count()).toBe(5);

    await fac.page.getByTestId('room-lock').click();
    await phone('un').locator('[data-testid="phone-status"][data-status="locked"]').waitFor();
    await projectorShows('locked', 1);
    await expectNoMoves();
    expect(await phone('un').getByTestId('phone-submit').isDisabled()).toBe(true);

    await fac.page.getByTestId('reveal').click();
    await fac.page.getByTestId('reveal-results').waitFor({ timeout: RUN_TIMEOUT_MS });
    await phone('origin').locator('[data-testid="phone-status"][data-status="revealed"]').waitFor({ timeout: RUN_TIMEOUT_MS });
    await projectorShows('revealed', 1);
    await projector.locator('[data-testid="projector-results"][data-round="1"] [data-testid="plane-round-1"]').waitFor({ state: 'attached', timeout: RUN_TIMEOUT_MS });
    expect(await projector.getByTestId('projector').textContent()).toMatch(/Enforcement intensity 0\.30 → 0\.70/);
    await picture(projector, 'projector-revealed');
    await picture(phone('origin'), 'phone-origin-revealed');
    if (process.env.ROOM_SCREENSHOTS) {
      // The projector at 150 % (853×480 CSS pixels at a device scale of 1.5), then back.
      const cdp = await fac.context.newCDPSession(projector);
      await cdp.send('Emulation.setDeviceMetricsOverride', { width: 853, height: 480, deviceScaleFactor: 1.5, mobile: false });
      await projector.waitForTimeout(500); // the charts redraw at the new size
      const shot = (await cdp.send('Page.captureScreenshot', { format: 'png' })) as { data: string };
      writeFileSync(`${process.env.ROOM_SCREENSHOTS}/projector-revealed-853x480@1.5.png`, Buffer.from(shot.data, 'base64'));
      await cdp.send('Emulation.clearDeviceMetricsOverride');
    }
    // The same team's phone in Arabic (a second page on the same device comes back with its key):
    // the facilitator's page reads English, the phone words the team's objectives in Arabic.
    const ar = await phones.get('origin')!.context.newPage();
    await ar.goto(links.get('origin')!.replace('/#', '/?lang=ar#'));
    await ar.locator('[data-testid="phone-status"][data-status="revealed"]').waitFor();
    const arCards = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'scenarios', 'i18n', 'ar', 'seminar-roles.json'), 'utf8')) as Record<string, { text: string }>;
    const arObjectives = DEFAULT_ROLES.find((r) => r.id === 'origin')!.objectives.map((_, i) => arCards[`roles.origin.objectives.${i}`].text);
    await expect.poll(() => ar.getByTestId('phone-objectives').locator('li').allTextContents(), { timeout: 10_000 }).toEqual(arObjectives);
    if (process.env.ROOM_SCREENSHOTS) await picture(ar, 'phone-origin-revealed-ar');
    await ar.close();
    const s = directSession();
    const shown = Number(await phone('origin').getByTestId('phone-figure-deathsMissing').getAttribute('data-value'));
    expect(shown).toBe(roundValue(runModel(sessionRunInput(s, 0)), 'deathsMissing', s, 0, true));
  });

  it('plays round 2 across a facilitator reload, and the debrief equals the engine in Node', async () => {
    const { page } = fac;
    await page.getByTestId('start-next-round').click();
    await phone('interior').locator('[data-testid="phone-page"][data-round="2"] [data-testid="phone-status"][data-status="open"]').waitFor({ timeout: RUN_TIMEOUT_MS });
    expect(await phone('interior').locator('.phone-changes').textContent()).toMatch(/Search-and-rescue capacity 0\.40 → 0\.70/);
    await decideOnPhone('interior', 1);
    await decideOnPhone('transit', 1);
    await expectReceived(2);

    await page.reload();
    await connected(page, 'room-connection');
    await decideOnPhone('origin', 1);
    await decideOnPhone('ngo', 1);
    await decideOnPhone('un', 1);
    await expectReceived(5);

    await projectorShows('open', 2); // the reloaded facilitator's window still drives the projector
    await page.getByTestId('reveal').click();
    await page.getByTestId('reveal-results').waitFor({ timeout: RUN_TIMEOUT_MS });
    await projectorShows('revealed', 2);
    await page.getByTestId('open-debrief').click();
    const s = directSession();
    const saved = readSessionText(await page.evaluate(() => localStorage.getItem('crossings:seminar') ?? ''));
    expect(noSecret(saved)).toEqual(noSecret(s));
    const run = runModel(sessionRunInput(s, 1));
    for (const key of ['deathsMissing', 'smugglingDemand', 'humanSecurityIndex'] as const) {
      const row = page.getByTestId(`debrief-total-${key}`);
      await row.waitFor({ timeout: RUN_TIMEOUT_MS });
      expect(Number(await row.getAttribute('data-value')), key).toBe(sessionValue(run, key, s, 2));
    }
    for (const p of [fac, ...phones.values()]) expect(p.pageErrors).toEqual([]);
    // Served with the room server's Content-Security-Policy header: nothing the pages do is refused.
    const refused = [fac, ...phones.values()].flatMap((p) => p.consoleErrors).concat(projectorErrors).filter((e) => /Content Security Policy/i.test(e));
    expect(refused).toEqual([]);
    expect(projectorErrors.filter((e) => !/WebSocket/.test(e))).toEqual([]);
  });
});
