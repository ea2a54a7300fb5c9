/**
 * What the model declares once reaches the page unchanged: a link made with an older model
 * version says so (the figures may differ from the ones shared), the short scenario's months are
 * taken from a link as they are, and every output picker offers the model's one ordered list of
 * outputs. Screenshots go to test-artifacts/.
 */
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MODEL_VERSION, OUTPUT_CHOICES } from '../../models/index';
import { launchChromium } from './chromium';
import { openAgainAt, reusePage, type OpenedPage } from './harness';

const ARTIFACTS = 'test-artifacts';
const baseUrl = inject('baseUrl');
/** The version every link carried before the first bump. */
const OLD_VERSION = '1.0.0';

let browser: Browser;
const opened: OpenedPage[] = [];
/** The tests take turns on one page, loaded anew with its storage emptied each time (reusePage). */
const latest = () => opened.at(-1);

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('links across model versions', () => {
  it('an old link (model 1.0.0) runs its settings and shows the version notice', async () => {
    expect(MODEL_VERSION).not.toBe(OLD_VERSION);
    const o = await openAgainAt(browser, latest(), `${baseUrl}?model=${OLD_VERSION}&scenario=operation-sophia&seed=3&agents=20000&months=6`, 1280, 720);
    opened.push(o);
    const notice = o.page.getByTestId('settings-notice');
    await expect.poll(() => notice.isVisible()).toBe(true);
    const items = await notice.locator('li').allTextContents();
    expect(items).toEqual([
      `model = “${OLD_VERSION}”: this link was made with model version ${OLD_VERSION}, and this page runs version ${MODEL_VERSION}; the settings are used, but the figures may differ from the ones that were shared.`,
    ]);
    expect(await o.page.getByTestId('scenario-select').inputValue()).toBe('operation-sophia');
    expect(o.pageErrors).toEqual([]);
    expect(o.consoleErrors).toEqual([]);
    await o.page.screenshot({ path: `${ARTIFACTS}/old-version-link-1280x720.png` });
  });

  // (A link with the current version and six months opening without any notice was a test of its
  // own, with a page of its own: the output pickers' test below opens the explorer with that link.)
});

describe('output pickers', () => {
  const expected = OUTPUT_CHOICES.map((o) => o.key);

  it('offer the model’s one ordered list in the explorer and in Compare (the explorer opened by a link with the current version and six months, which shows no notice)', async () => {
    const explorer = await openAgainAt(browser, latest(), `${baseUrl}?model=${MODEL_VERSION}&scenario=baseline&seed=1&agents=20000&months=6&seeds=1`, 1280, 720);
    opened.push(explorer);
    expect(await explorer.page.getByTestId('settings-notice').count(), 'a notice on a link with the current version and six months').toBe(0);
    expect(explorer.pageErrors, 'page errors on that link').toEqual([]);
    const options = (testId: string, page = explorer.page) => page.getByTestId(testId).locator('option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
    expect(await options('series-output')).toEqual(expected);

    const compare = await reusePage(explorer, `${baseUrl}#/compare?tab=sensitivity`, 1280, 720);
    opened.push(compare);
    await compare.page.getByTestId('sweep-output').waitFor();
    for (const id of ['sweep-output', 'map-output', 'tornado-output']) expect(await options(id, compare.page), id).toEqual(expected);
    expect(compare.pageErrors).toEqual([]);
  });
});
