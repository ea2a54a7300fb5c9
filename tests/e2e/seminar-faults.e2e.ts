/**
 * Fault injection on a seminar in Chromium (issue 10, item 1): the facilitator's autosave is
 * corrupted twice (garbled text before the class, then a session of a scenario this version does
 * not have), the browser's storage is filled to its quota in the middle of the session, a second
 * tab plays on the same session, and a team link names an unknown scenario. Whatever happens, the
 * facilitator ends with every round recorded, and each record that could not be read is kept
 * aside and downloadable exactly as it was stored.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../../src/features/seminar/session/base64url';
import { createSession } from '../../src/features/seminar/session/session';
import { readSessionText, STORAGE_KEY } from '../../src/features/seminar/session/session-store';
import { encodeTeamLink } from '../../src/features/seminar/session/team-link';
import { downloadBytes, launchChromium } from './chromium';
import { newPage, RUN_TIMEOUT_MS, type OpenedPage } from './harness';

const baseUrl = inject('baseUrl');
const AGENTS = 20_000;
/** The first corruption: what a crashed write or a hand edit leaves. */
const GARBLED = '{"formatVersion":1,"kind":"crossings-seminar","title":"Monday gro';

let browser: Browser;
let fac: OpenedPage;
/** The session file the facilitator saved while storage was full. */
let savedWhileFull = '';
/** The record of the second corruption, as it was stored. */
let unknownScenarioRecord = '';

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
const panel = (page: Page, id: string) => page.getByTestId(`team-panel-${id}`);

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), text: (await downloadBytes(file)).toString('utf8') };
}

async function revealRound(page: Page): Promise<void> {
  await page.getByTestId('reveal').click();
  await page.getByTestId('reveal-results').waitFor({ timeout: RUN_TIMEOUT_MS });
}

describe('seminar under fault injection', () => {
  beforeAll(async () => {
    browser = await launchChromium();
    // No service worker (newPage's default): the last test makes a lazy chunk fail to load, as on a
    // first visit over a flaky network; a worker would serve it from its cache.
    fac = await newPage(browser, 1280, 720);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('first corruption: a garbled autosave is set aside, downloadable, and a new session starts', async () => {
    const { page } = fac;
    await page.goto(`${baseUrl}#/seminar`);
    await page.getByTestId('setup').waitFor();
    await page.evaluate(([key, text]) => localStorage.setItem(key, text), [STORAGE_KEY, GARBLED] as const);
    await page.reload();
    await page.getByTestId('setup').waitFor();
    expect(await page.getByTestId('session-message').textContent()).toMatch(/could not be read .*kept aside, not deleted/);
    const records = page.getByTestId('set-aside-record');
    expect(await records.count()).toBe(1);
    const file = await download(page, () => records.first().getByTestId('download-set-aside').click());
    expect(file.name).toMatch(/^crossings-unreadable-seminar-\d{4}-\d\d-\d\d-\d{6}\.txt$/);
    expect(file.text).toBe(GARBLED);
    expect(await stored(page)).toBeNull();
  });

  it('plays round 1 and saves it over the empty key, keeping the record set aside', async () => {
    const { page } = fac;
    await page.getByTestId('setup-title').fill('Fault seminar');
    await page.getByTestId('setup-rounds').fill('2');
    await page.getByTestId('setup-years').fill('1');
    await page.getByTestId('setup-agents').selectOption(String(AGENTS));
    await page.getByTestId('start-session').click();
    await page.getByTestId('round-screen').waitFor();
    await panel(page, 'interior').locator('input[data-lever="enforcement.intensity"]').fill('0.6');
    await revealRound(page);
    const session = readSessionText((await stored(page)) ?? '');
    expect(session.rounds.map((r) => r.revealed)).toEqual([true]);
    expect(session.rounds[0].decisions.interior).toEqual({ 'enforcement.intensity': 0.6 });
    expect(await page.getByTestId('set-aside-record').count()).toBe(1);
  });

  it('a second tab saves: the first becomes stale, refuses to save, and reloads to the newer session', async () => {
    const { page } = fac;
    const other = await fac.context.newPage();
    await other.goto(`${baseUrl}#/seminar`);
    await other.getByTestId('start-next-round').click();
    await other.getByTestId('round-screen').waitFor();
    const fromOther = await stored(other);
    expect(readSessionText(fromOther ?? '').rounds).toHaveLength(2);

    await page.locator('[data-testid="storage-notice-seminar"][data-state="stale"]').waitFor();
    expect(await page.getByTestId('storage-notice-seminar').textContent()).toMatch(/changed in another tab or window/);
    expect(await page.getByTestId('autosaved').textContent()).toMatch(/not saved in this browser/);
    // This tab still shows round 1 revealed; what it does now must not overwrite the other tab's work.
    await page.getByTestId('start-next-round').click();
    await page.getByTestId('round-screen').waitFor();
    await panel(page, 'ngo').locator('input[data-lever="searchAndRescue.capacity"]').fill('0.7');
    expect(await stored(page)).toBe(fromOther);

    await page.getByTestId('storage-reload').click();
    await page.getByTestId('round-screen').waitFor();
    expect(await page.getByTestId('storage-notice-seminar').getAttribute('data-state')).toBe('saved');
    expect(await panel(page, 'ngo').locator('input[data-lever="searchAndRescue.capacity"]').inputValue()).not.toBe('0.7');
    await other.close();
  });

  it('storage filled to its quota mid-session: says so, plays on in memory, and the session file has every round', async () => {
    const { page } = fac;
    const junk = await page.evaluate(() => {
      // Fill with junk keys until the browser refuses (QuotaExceededError), halving the size each time.
      let n = 0;
      for (let size = 512 * 1024; size >= 1; size = Math.floor(size / 2)) {
        const value = 'x'.repeat(size);
        for (;;) {
          try {
            localStorage.setItem(`junk:${n}`, value);
            n++;
          } catch (error) {
            if ((error as Error).name !== 'QuotaExceededError') throw error;
            break;
          }
        }
      }
      return n;
    });
    expect(junk).toBeGreaterThan(10);
    const before = await stored(page);

    await panel(page, 'origin').locator('input[data-lever="rootCauses.investment"]').fill('0.4');
    await page.locator('[data-testid="storage-notice-seminar"][data-state="full"]').waitFor();
    expect(await page.getByTestId('storage-notice-seminar').textContent()).toMatch(/storage is full.*Nothing is lost while this tab stays open/);
    await revealRound(page);
    expect(await stored(page)).toBe(before);

    const file = await download(page, () => page.getByTestId('storage-download-current').click());
    savedWhileFull = file.text;
    const session = readSessionText(file.text);
    expect(session.rounds.map((r) => r.revealed)).toEqual([true, true]);
    expect(session.rounds[0].decisions.interior).toEqual({ 'enforcement.intensity': 0.6 });
    expect(session.rounds[1].decisions.origin).toEqual({ 'rootCauses.investment': 0.4 });

    await page.evaluate(() => {
      for (const key of Object.keys(localStorage)) if (key.startsWith('junk:')) localStorage.removeItem(key);
    });
  });

  it('second corruption: a session of an unknown scenario is set aside too (the first record kept), and the seminar stays usable', async () => {
    const { page } = fac;
    const session = JSON.parse(savedWhileFull) as { scenarioId: string };
    unknownScenarioRecord = JSON.stringify({ ...session, scenarioId: 'from-version-9' });
    await page.evaluate(([key, text]) => localStorage.setItem(key, text), [STORAGE_KEY, unknownScenarioRecord] as const);
    await page.reload();
    await page.getByTestId('setup').waitFor();
    expect(await page.getByTestId('session-message').textContent()).toMatch(/unknown scenario "from-version-9"/);
    // The session bar is all there: save, open, new.
    for (const id of ['save-session', 'new-session']) expect(await page.getByTestId(id).isVisible()).toBe(true);

    const records = page.getByTestId('set-aside-record');
    expect(await records.count()).toBe(2);
    const texts = [];
    for (let i = 0; i < 2; i++) texts.push((await download(page, () => records.nth(i).getByTestId('download-set-aside').click())).text);
    expect(texts).toEqual([GARBLED, unknownScenarioRecord]);
  });

  it('opens the session file: every round is back and saved; replacing it asks first', async () => {
    const { page } = fac;
    await page.getByTestId('open-session').setInputFiles({ name: 'fault-seminar.json', mimeType: 'application/json', buffer: Buffer.from(savedWhileFull) });
    await page.getByTestId('session-message').getByText(/Opened “Fault seminar” from fault-seminar\.json/).waitFor();
    const session = readSessionText((await stored(page)) ?? '');
    expect(session).toEqual(readSessionText(savedWhileFull));
    expect(session.rounds).toHaveLength(2);

    const other = JSON.stringify({ ...JSON.parse(savedWhileFull), title: 'Another class', rounds: [] });
    await page.getByTestId('open-session').setInputFiles({ name: 'another.json', mimeType: 'application/json', buffer: Buffer.from(other) });
    await page.getByTestId('confirm-open').waitFor();
    expect(await page.getByTestId('confirm-open').textContent()).toMatch(/Replace “Fault seminar” \(2 rounds played\) with “Another class” from another\.json\?/);
    await page.getByTestId('confirm-open').getByRole('button', { name: 'Cancel' }).click();
    expect(readSessionText((await stored(page)) ?? '')).toEqual(session);

    await page.getByTestId('new-session').click();
    expect(await page.getByTestId('confirm-new').textContent()).toMatch(/This one \(2 rounds played\) is lost unless you save it as a file/);
    await page.getByTestId('confirm-new').getByRole('button', { name: 'Cancel' }).click();
    expect(readSessionText((await stored(page)) ?? '')).toEqual(session);
    expect(await page.getByTestId('set-aside-record').count()).toBe(2);
  });

  it('a team link for an unknown scenario says so, on the team’s own phone', async () => {
    const payload = JSON.parse(fromBase64Url(encodeTeamLink(createSession(), 'ngo', 0))) as Record<string, unknown>;
    const link = `${baseUrl}#/seminar/team/ngo?s=${toBase64Url(JSON.stringify({ ...payload, sc: 'from-version-9' }))}`;
    const phone = await newPage(browser, 390, 844);
    await phone.page.goto(link);
    expect(await phone.page.getByTestId('team-link-error').textContent()).toMatch(/scenario \("from-version-9"\) that this version of Crossings does not have: ask the facilitator for a new link/);
    expect(phone.pageErrors).toEqual([]);
    await phone.context.close();
  });

  it('a part of the page that fails (its code does not load on a flaky network) leaves the session bar working', async () => {
    const { page } = fac;
    const chunk = /SessionPlane-[\w-]+\.js$/;
    await page.route(chunk, (route) => route.abort());
    await page.goto(`${baseUrl}#/seminar/reveal/1`);
    await page.reload();
    const failed = page.getByTestId('error-boundary');
    await failed.waitFor({ timeout: RUN_TIMEOUT_MS });
    expect(await failed.textContent()).toMatch(/this page of the seminar could not be shown .*The session bar above still works/);
    const file = await download(page, () => page.getByTestId('save-session').click());
    expect(readSessionText(file.text).rounds).toHaveLength(2);
    expect(await page.getByTestId('new-session').isVisible()).toBe(true);
    await page.unroute(chunk);
  });

  it('threw no page error', () => {
    expect(fac.pageErrors).toEqual([]);
  });
});
