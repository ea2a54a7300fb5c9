/**
 * A room seen from other devices, through the real room server: a French phone, a spectator and
 * the projector at 150 %. The facilitator's page reads English; the phone of the interior
 * ministry opens its team link with ?lang=fr and must show what changed (the facilitator
 * publishes it as data) and a refusal from the server in French, with French numbers. A
 * spectator types the room code at #/watch on a second screen, follows who has decided without
 * seeing a lever or a move, and sees the reveal's figures. The projector window at 853×480 CSS
 * pixels (a 1280×720 projector at 150 %) never scrolls sideways.
 *
 * Set ROOM_SCREENSHOTS=<folder> to keep pictures (projector 1280×720 and 853×480@1.5, phone in
 * French and in Arabic, spectator).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium';
import { newPage, RUN_TIMEOUT_MS, type OpenedPage } from './harness';
import { RoomServerProcess } from './room-server';

const AGENTS = 20_000;

let server: RoomServerProcess;
let browser: Browser;
let fac: OpenedPage;
let phoneFr: OpenedPage;
let spectator: OpenedPage;
let projector: Page;
let code = '';
let interiorLink = '';

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const fr = {
  seminar: json('src/shared/i18n/locales/fr/seminar.json'),
  model: json('src/shared/i18n/locales/fr/model.json'),
  roles: json('scenarios/i18n/fr/seminar-roles.json') as Record<string, { text: string }>,
};

async function picture(page: Page, name: string): Promise<void> {
  const dir = process.env.ROOM_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

/** The projector at 853×480 CSS pixels at a device scale of 1.5: nothing wider than the window. */
async function projectorFitsAt150(name: string): Promise<void> {
  const cdp = await fac.context.newCDPSession(projector);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 853, height: 480, deviceScaleFactor: 1.5, mobile: false });
  await projector.waitForTimeout(500); // the charts redraw at the new size
  const { scroll, client, clipped } = await projector.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
    // A box that scrolls by itself (the figures table's) hides its columns just the same.
    clipped: [...document.querySelectorAll('.table-scroll')].filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => `${el.className}: ${el.scrollWidth} > ${el.clientWidth}`),
  }));
  if (process.env.ROOM_SCREENSHOTS) {
    const shot = (await cdp.send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true })) as { data: string };
    writeFileSync(`${process.env.ROOM_SCREENSHOTS}/${name}-853x480@1.5.png`, Buffer.from(shot.data, 'base64'));
  }
  await cdp.send('Emulation.clearDeviceMetricsOverride');
  expect(scroll, `${name}: the page is ${scroll} px wide in a ${client} px window`).toBeLessThanOrEqual(client);
  expect(clipped, name).toEqual([]);
}

describe('a room seen from a French phone, a spectator and the projector at 150 %', () => {
  beforeAll(async () => {
    [server, browser] = await Promise.all([RoomServerProcess.start(), launchChromium()]);
    fac = await newPage(browser, 1280, 720);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens a room; the French phone joins from its link, the spectator by typing the code; no links or codes per team while the room is open', async () => {
    const { page } = fac;
    await page.goto(`${server.appUrl}#/seminar`);
    await page.getByTestId('setup-rounds').fill('2');
    await page.getByTestId('setup-years').fill('1');
    await page.getByTestId('setup-agents').selectOption(String(AGENTS));
    await page.getByTestId('start-session').click();
    // Before a room is opened, the per-team links and the decision-code box are there (the way without a server).
    await page.getByTestId('team-link-interior').waitFor({ state: 'attached' });
    expect(await page.getByTestId('team-address').count()).toBe(1);
    await page.getByTestId('room-open').click();
    code = (await page.getByTestId('room-code').getAttribute('data-code'))!;
    await page.locator('[data-testid="room-connection"][data-state="connected"]').waitFor({ timeout: 30_000 });
    // While the room is open: the room's own QR codes only.
    expect(await page.locator('[data-testid^="team-link-"], [data-testid="team-address"], [data-testid="decision-code-input"], .team-device').count()).toBe(0);
    expect(await page.getByTestId('room-watch-link').textContent()).toBe(`${server.appUrl}#/watch/${code}`);
    const item = page.locator('[data-testid="room-team-interior"]:not([data-link=""])');
    await item.waitFor();
    interiorLink = (await item.getAttribute('data-link'))!;

    phoneFr = await newPage(browser, 390, 844);
    await phoneFr.page.goto(interiorLink.replace('/#', '/?lang=fr#'));
    await phoneFr.page.locator('[data-testid="phone-page"][data-team="interior"][data-round="1"]').waitFor({ timeout: 30_000 });
    // The role's name comes with the page's French role texts, a moment after the page (content.ts
    // shows the English until they arrive), as room-phones reads the Arabic objectives.
    await expect.poll(() => phoneFr.page.locator('#phone-title').textContent(), { timeout: 10_000 }).toBe(fr.roles['roles.interior.name'].text);

    spectator = await newPage(browser, 1280, 720);
    await spectator.page.goto(`${server.appUrl}#/watch`);
    await spectator.page.getByTestId('room-code-input').fill(code.toLowerCase());
    await spectator.page.getByRole('button', { name: 'Join' }).click();
    await spectator.page.locator('[data-testid="watch"][data-status="open"][data-round="1"]').waitFor({ timeout: 30_000 });
    expect(await spectator.page.getByTestId('watch-room-code').textContent()).toBe(`${code.slice(0, 3)}-${code.slice(3)}`);
    expect(await spectator.page.locator('.site-header, nav').count()).toBe(0);

    [projector] = await Promise.all([fac.context.waitForEvent('page'), page.getByTestId('open-projector').click()]);
    await projector.locator('[data-testid="projector"][data-status="open"][data-round="1"]').waitFor({ timeout: RUN_TIMEOUT_MS });
    await projectorFitsAt150('projector-open');
  });

  it('the spectator follows who decided, never what; then sees the reveal', async () => {
    const phone = phoneFr.page;
    await phone.locator('input[data-lever="enforcement.intensity"]').fill('0.7');
    await phone.getByTestId('phone-submit').click();
    await phone.locator('[data-testid="phone-sent"][data-round="1"]').waitFor();
    const watch = spectator.page.getByTestId('watch');
    await spectator.page.locator('[data-testid="watch-team-interior"][data-decided="true"]').waitFor({ timeout: 20_000 });
    expect(await watch.locator('input, select, button, [data-testid^="team-panel-"]').count()).toBe(0);
    expect(await watch.textContent()).not.toMatch(/→|0\.7/);
    await picture(spectator.page, 'spectator-open');

    await fac.page.getByTestId('reveal').click();
    await fac.page.getByTestId('reveal-results').waitFor({ timeout: RUN_TIMEOUT_MS });
    await spectator.page.locator('[data-testid="watch"][data-status="revealed"][data-round="1"]').waitFor({ timeout: RUN_TIMEOUT_MS });
    await phone.locator('[data-testid="phone-status"][data-status="revealed"]').waitFor({ timeout: RUN_TIMEOUT_MS });
    // The spectator's figures are the round's, as the team's phone has them.
    const shown = await spectator.page.getByTestId('phone-figure-deathsMissing').getAttribute('data-value');
    expect(shown).toBe(await phone.getByTestId('phone-figure-deathsMissing').getAttribute('data-value'));
    expect(await watch.locator('[data-testid^="phone-figure-"]').count()).toBe(6);
    await picture(spectator.page, 'spectator-revealed');

    await projector.locator('[data-testid="projector-results"][data-round="1"] [data-testid="plane-round-1"]').waitFor({ state: 'attached', timeout: RUN_TIMEOUT_MS });
    await picture(projector, 'projector-revealed-1280x720');
    await projectorFitsAt150('projector-revealed');
  });

  it('the French phone words what changed and a refusal in French', async () => {
    await fac.page.getByTestId('start-next-round').click();
    const phone = phoneFr.page;
    await phone.locator('[data-testid="phone-page"][data-round="2"] [data-testid="phone-status"][data-status="open"]').waitFor({ timeout: RUN_TIMEOUT_MS });
    const lever = fr.model.levers.enforcement.intensity.label as string;
    const line = `${fr.roles['roles.interior.name'].text} : ${lever} 0,30 → 0,70`;
    expect(await phone.locator('.phone-changes li').allTextContents()).toContain(line);
    expect(await phone.locator('.phone-changes').textContent()).not.toMatch(/Enforcement|interior ministry/);
    await picture(phone, 'phone-fr-round2');
    await spectator.page.locator('[data-testid="watch"][data-status="open"][data-round="2"]').waitFor({ timeout: 20_000 });
    expect(await spectator.page.locator('[data-decided="true"]').count()).toBe(0);

    // A link to a room that does not exist: the server refuses it (unknown-room); the phone says so in French.
    const wrong = await phoneFr.context.newPage();
    const nowhere = code === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ';
    await wrong.goto(`${server.appUrl}?lang=fr#/join/${nowhere}/interior?k=${'A'.repeat(22)}`);
    await expect.poll(() => wrong.getByTestId('phone-problem').textContent(), { timeout: 20_000 }).toBe(fr.seminar.room.refusal['unknown-room']);
    await wrong.close();

    if (process.env.ROOM_SCREENSHOTS) {
      // The same team in Arabic: a second page on the same device comes back with its key.
      const ar = await phoneFr.context.newPage();
      await ar.goto(interiorLink.replace('/#', '/?lang=ar#'));
      await ar.locator('[data-testid="phone-status"][data-status="open"]').waitFor();
      await picture(ar, 'phone-ar-round2');
      await ar.close();
    }
    for (const p of [fac, phoneFr, spectator]) expect(p.pageErrors).toEqual([]);
    const refused = [fac, phoneFr, spectator].flatMap((p) => p.consoleErrors).filter((e) => /Content Security Policy/i.test(e));
    expect(refused).toEqual([]);
  });
});
