/**
 * Helpers for the explorer's browser tests: open the page at a size and record what it does
 * (console and page errors, failed responses, every request including the workers'), wait for
 * runs to settle, and read levers and key figures.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach } from 'vitest';
import { LEVERS } from '../../models/index';

/** A run takes well under a second; leave room for a slow, busy machine. */
export const RUN_TIMEOUT_MS = 30_000;

export interface OpenedPage {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  readonly requests: string[];
  readonly failedResponses: string[];
}

/**
 * A fresh browser context (its own storage) watching everything the page does. It blocks the app's service worker unless the test asks for it ({ serviceWorkers:
 * 'allow' }: the offline, hosting and CSP tests). The worker is those tests' subject; elsewhere it
 * would precache the whole build (about 2.2 MB) in every context, and once it controls a page it
 * serves lazy chunks from its cache, where page.route (a chunk failing to load) cannot reach them.
 */
export async function newPage(browser: Browser, width: number, height: number, options: { readonly serviceWorkers?: 'allow' | 'block' } = {}): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width, height }, serviceWorkers: options.serviceWorkers ?? 'block' });
  const opened: OpenedPage = { context, page: await context.newPage(), consoleErrors: [], pageErrors: [], requests: [], failedResponses: [] };
  const { page } = opened;
  recordingTo.set(page, opened);
  // Record every state the status line goes through, however briefly it shows.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __statusSeen: string[] }).__statusSeen = seen;
    new MutationObserver(() => {
      const el = document.querySelector('[data-testid="run-status"]');
      const entry = el ? `${el.getAttribute('data-status')}: ${el.textContent ?? ''}` : '';
      if (el && seen[seen.length - 1] !== entry) seen.push(entry);
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  // (Into the lists of the OpenedPage the page serves now: reusePage gives it new ones.)
  const current = () => recordingTo.get(page) ?? opened;
  page.on('console', (m) => {
    if (m.type() === 'error') current().consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => current().pageErrors.push(e.message));
  // Context-level, so requests made by the Web Workers are seen too.
  context.on('request', (r) => current().requests.push(r.url()));
  context.on('response', (r) => {
    if (r.status() >= 400) current().failedResponses.push(`${r.status()} ${r.url()}`);
  });
  return opened;
}

/** Which OpenedPage's lists a page's events go to (newPage's, then each reusePage's). */
const recordingTo = new WeakMap<Page, OpenedPage>();

/**
 * The page of an earlier test, made to serve the next as a fresh one from newPage would, at less
 * than half the cost: measured on the shared Chromium, a new context and page took about 2.4 s of
 * CPU to load the explorer, a page reused this way about 1.0 s. It leaves the app (about:blank,
 * which ends its workers and any refinement still running), empties the origin's storage
 * (localStorage, IndexedDB, cookies, caches: the autosaves, the language and theme chosen, the
 * invitation's memory), sets the viewport and loads `url` anew (a full load, even when only the
 * hash differs from the page before). It returns the page with empty lists of its own (console and
 * page errors, requests, failed responses); the earlier OpenedPage keeps what it recorded.
 * Only for a page newPage made with the default options, on which no test emulated anything
 * (emulateMedia, offline) or added routes or init scripts of its own, and with no other page open
 * in its context.
 */
export async function reusePage(previous: OpenedPage, url: string, width: number, height: number): Promise<OpenedPage> {
  const { context, page } = previous;
  await page.goto('about:blank');
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Storage.clearDataForOrigin', { origin: new URL(url).origin, storageTypes: 'all' });
  } finally {
    await cdp.detach();
  }
  const opened: OpenedPage = { context, page, consoleErrors: [], pageErrors: [], requests: [], failedResponses: [] };
  recordingTo.set(page, opened);
  await page.setViewportSize({ width, height });
  await page.goto(url);
  return opened;
}

/** Wait until the results show the newest run (and its baseline) and the charts have drawn it. */
export async function waitForResults(page: Page, afterRunId?: string): Promise<string> {
  await page.waitForFunction(
    (previous) => {
      const results = document.querySelector('[data-testid="results"]');
      if (!results || results.getAttribute('data-run-state') !== 'idle') return false;
      const id = results.getAttribute('data-run-id');
      if (!id || id === '0' || id === previous) return false;
      const figures = [...document.querySelectorAll('figure[data-run-id]')];
      return figures.length >= 5 && figures.every((f) => f.getAttribute('data-run-id') === id) && !!document.querySelector('[data-testid="plane-current"]');
    },
    afterRunId ?? null,
    { timeout: RUN_TIMEOUT_MS },
  );
  return (await page.getByTestId('results').getAttribute('data-run-id')) ?? '';
}

export async function openAt(browser: Browser, url: string, width: number, height: number): Promise<OpenedPage> {
  const opened = await newPage(browser, width, height);
  await opened.page.goto(url);
  await waitForResults(opened.page);
  return opened;
}

/**
 * openAt for a file whose tests take turns on one page: the first call opens it, each later one
 * reuses the page the call before returned (reusePage), so pass the latest.
 */
export async function openAgainAt(browser: Browser, previous: OpenedPage | undefined, url: string, width: number, height: number): Promise<OpenedPage> {
  if (!previous) return openAt(browser, url, width, height);
  const opened = await reusePage(previous, url, width, height);
  await waitForResults(opened.page);
  return opened;
}

export async function kpi(page: Page, key: string): Promise<number> {
  return Number(await page.getByTestId(`kpi-${key}`).getAttribute('data-value'));
}

/** Every lever's value as the page's sliders show it. */
export async function leverValues(page: Page): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const spec of LEVERS) out[spec.key] = Number(await page.locator(`input[data-lever="${spec.key}"]`).inputValue());
  return out;
}

export function slider(page: Page, label: string) {
  return page.getByRole('slider', { name: label, exact: true });
}

/** Requests that left the page's origin (data: and blob: URLs are resolved inside the browser). */
export function offOrigin(requests: readonly string[], origin: string): string[] {
  return requests.filter((url) => {
    const u = new URL(url);
    if (u.protocol === 'data:' || u.protocol === 'blob:') return false;
    return u.origin !== origin;
  });
}

/**
 * For files whose tests share no page: when a test ends, close the contexts opened during it (the
 * ones added to `opened` since it began). A page left open goes on working while the next tests
 * run: 400 ms after its last run it refines its figures over ten seeds (twenty model runs, about
 * two seconds of CPU at 20,000 agents) on the same two cores. The list keeps its entries, so
 * what the pages recorded can still be checked at the end.
 */
export function closePagesAfterEachTest(opened: readonly OpenedPage[]): void {
  let first = 0;
  beforeEach(() => {
    first = opened.length;
  });
  afterEach(async () => {
    for (const o of opened.slice(first)) await o.context.close().catch(() => undefined);
  });
}
