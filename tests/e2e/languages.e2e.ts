/**
 * The interface in English, French, Spanish and Arabic, in Chromium against the production build:
 * for each language the explorer and a scenario's story render with no missing key (no raw
 * `a.b.c` keys or `{{placeholders}}` on the page, no i18next missing-key warning on the console),
 * the story in that language (fresh translations from scenarios/i18n/); the language menu switches
 * and the link (and Copy link) keeps the choice; an unknown `lang=` is named, not a blank page;
 * Arabic is mirrored (dir=rtl, the levers on the right, the value axis on the right). Screenshots
 * go to test-artifacts/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findScenario } from '../../scenarios/index';
import { launchChromium } from './chromium';
import { newPage, reusePage, waitForResults, type OpenedPage } from './harness';

const ARTIFACTS = 'test-artifacts';
const baseUrl = inject('baseUrl');
const AGENTS = 20_000;
const SCENARIO = 'operation-sophia';

let browser: Browser;
/** The tests take turns on one page (reusePage: its storage emptied, the page loaded anew). */
let latest: OpenedPage | undefined;
/** i18next's warnings since the latest open, from the first script on. */
let warnings: string[] = [];

/** Opens the explorer, recording i18next's warnings from the first script on. */
async function open(query: string, width = 1280, height = 720): Promise<OpenedPage & { warnings: string[] }> {
  warnings = [];
  const mine = warnings;
  if (latest) latest = await reusePage(latest, `${baseUrl}${query}`, width, height);
  else {
    latest = await newPage(browser, width, height);
    latest.page.on('console', (m) => {
      if (/i18next/i.test(m.text())) warnings.push(m.text());
    });
    await latest.page.goto(`${baseUrl}${query}`);
  }
  await waitForResults(latest.page);
  return { ...latest, warnings: mine };
}

/** What a reader sees that is not words: catalogue keys and unfilled placeholders. */
async function rawKeys(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  const keys = text.match(/\b(?:common|model|explore|compare|seminar|lecture):[\w.]+|\b[a-z]\w*\.[a-z]\w*\.[a-z]\w*\b|\{\{|\}\}/g) ?? [];
  return [...new Set(keys)];
}

/** The story as the page should show it: the fresh translation, or the English. */
function expectedStory(lang: string): string {
  const english = findScenario(SCENARIO)!.narrative!;
  if (lang === 'en') return english;
  const file = JSON.parse(readFileSync(join('scenarios', 'i18n', lang, `${SCENARIO}.json`), 'utf8')) as Record<string, { source: string; text: string }>;
  expect(file.narrative.source, `the ${lang} story is stale`).toBe(english);
  return file.narrative.text;
}

/** The scenario's timeline note N as the page should show it. */
function expectedNote(lang: string, n: number): string {
  const english = findScenario(SCENARIO)!.timeline[n]!.note!;
  if (lang === 'en') return english;
  const file = JSON.parse(readFileSync(join('scenarios', 'i18n', lang, `${SCENARIO}.json`), 'utf8')) as Record<string, { source: string; text: string }>;
  expect(file[`timeline.${n}.note`]!.source, `the ${lang} note is stale`).toBe(english);
  return file[`timeline.${n}.note`]!.text;
}

/** The explorer in `lang`, a scenario chosen: its story, notes and every text translated, no key showing, and the link keeping the language. */
async function expectStoryIn(lang: string, { page, warnings, pageErrors }: OpenedPage & { warnings: string[] }): Promise<void> {
  expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([lang, lang === 'ar' ? 'rtl' : 'ltr']);

  const before = await page.getByTestId('results').getAttribute('data-run-id');
  await page.getByTestId('scenario-select').selectOption(SCENARIO);
  await waitForResults(page, before ?? undefined);
  const story = expectedStory(lang);
  await expect.poll(() => page.getByTestId('scenario-story').textContent(), { timeout: 15_000 }).toContain(story.slice(0, 60));
  expect(await page.getByTestId('scenario-story').getByTestId('untranslated').count()).toBe(0);
  // The levers' "set by the timeline" lines quote the scenario's notes in the page's language.
  const note = expectedNote(lang, 0);
  await expect.poll(() => page.locator('.lever-timeline').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(note)]));

  expect(await rawKeys(page)).toEqual([]);
  expect(warnings).toEqual([]);
  expect(pageErrors).toEqual([]);
  // The link keeps the language.
  expect(new URL(page.url()).searchParams.get('lang')).toBe(lang);
  expect(new URL((await page.getByTestId('copy-link').getAttribute('data-link')) ?? '', baseUrl).searchParams.get('lang')).toBe(lang);
  await page.screenshot({ path: `${ARTIFACTS}/language-${lang}-explorer-1280x720.png` });
}

/** Arabic is mirrored at this size: the levers on the right (side by side), months from the right, the value axis on the right. */
async function expectMirrored(page: Page, width: number): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
  // Nothing wider than the screen (the monthly chart's picker was, by 40 px, on a phone in Arabic).
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  if (width > 800) {
    const levers = await page.locator('.levers-column').boundingBox();
    const results = await page.getByTestId('results').boundingBox();
    expect(levers!.x).toBeGreaterThan(results!.x + results!.width / 2);
  }
  // The plane's value axis stands on the right of its plot, and its 100 is at the left end of the x axis.
  const plane = page.locator('figure', { has: page.getByTestId('plane-current') }).first();
  const axes = await plane.evaluate((fig) => {
    const yAxis = fig.querySelector('.recharts-yAxis-tick-labels')?.getBoundingClientRect();
    const grid = fig.querySelector('.recharts-cartesian-grid')?.getBoundingClientRect();
    const xTicks = [...fig.querySelectorAll('.recharts-xAxis-tick-labels text')]
      .map((t) => ({ x: t.getBoundingClientRect().x, text: (t.textContent ?? '').trim() }))
      .filter((t) => /^\d+$/.test(t.text));
    return { yLeft: yAxis?.x ?? 0, gridRight: (grid?.x ?? 0) + (grid?.width ?? 0), xTicks };
  });
  expect(axes.yLeft).toBeGreaterThanOrEqual(axes.gridRight - 2);
  const sorted = [...axes.xTicks].sort((a, b) => a.x - b.x);
  expect(sorted[0].text).toBe('100');
  // The quadrant labels stay inside the plane's drawing (not clipped at either edge).
  const clipped = await plane.evaluate((fig) => {
    const svg = fig.querySelector('svg.recharts-surface')!.getBoundingClientRect();
    return [...fig.querySelectorAll('svg.recharts-surface text')]
      .map((t) => ({ r: t.getBoundingClientRect(), text: t.textContent ?? '' }))
      .filter(({ r, text }) => text.trim() !== '' && (r.left < svg.left - 1 || r.right > svg.right + 1))
      .map(({ text }) => text);
  });
  expect(clipped).toEqual([]);
}

describe('four languages', () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await latest?.context.close().catch(() => undefined);
    await browser?.close();
  });

  for (const lang of ['fr', 'es'] as const) {
    it(`${lang}: the explorer and a scenario's story render with no missing key`, async () => {
      await expectStoryIn(lang, await open(`?agents=${AGENTS}&seeds=1&lang=${lang}`));
    });
  }

  // Each of the next two tests was two, each opening the same page; one page now serves both checks.
  it('en: the explorer and a scenario’s story render with no missing key; the language menu switches the page, and the link and Copy link keep the choice', async () => {
    const en = await open(`?agents=${AGENTS}&seeds=1&lang=en`);
    await expectStoryIn('en', en);
    const { page, warnings } = en;
    const english = await page.locator('#levers-title').textContent();
    await page.getByTestId('language-menu').selectOption('fr');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await expect.poll(() => page.locator('#levers-title').textContent()).not.toBe(english);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('fr');
    await expect.poll(async () => new URL((await page.getByTestId('copy-link').getAttribute('data-link')) ?? '', baseUrl).searchParams.get('lang')).toBe('fr');
    // A reload keeps it (it is in the link).
    await page.reload();
    await waitForResults(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(warnings).toEqual([]);
  });

  it('names an unknown language and the ones there are, and still shows the page', async () => {
    const { page } = await open(`?agents=${AGENTS}&seeds=1&lang=de`);
    const body = await page.locator('body').innerText();
    expect(body).toContain('“de”');
    for (const code of ['en', 'fr', 'es', 'ar']) expect(body).toContain(code);
    expect(await page.getByTestId('results').isVisible()).toBe(true);
  });

  it('ar: the explorer is mirrored (the levers on the right, months from the right, the value axis on the right), and a scenario’s story renders with no missing key', async () => {
    const wide = await open(`?agents=${AGENTS}&seeds=1&lang=ar`);
    await expectMirrored(wide.page, 1280);
    await expectStoryIn('ar', wide); // (its screenshot: language-ar-explorer-1280x720.png)
  });

  it('Arabic is mirrored on a 390 px phone too', async () => {
    const { page } = await open(`?agents=${AGENTS}&seeds=1&lang=ar`, 390, 844);
    await expectMirrored(page, 390);
    await page.screenshot({ path: `${ARTIFACTS}/language-ar-explorer-390x844.png` });
  });
});
