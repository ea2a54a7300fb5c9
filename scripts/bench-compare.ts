/**
 * Benchmark of the compare view in Chromium (not a test): prints one JSON line per measurement.
 *
 *   npm run bench:compare                    build, then measure
 *   npm run bench:compare -- --no-build      measure the existing dist/
 *   npm run bench:compare -- --repeats 7     fresh pages to measure (default 5)
 *
 * - compare-cold: a fresh page (new workers, empty run store) with 4 mixes × 20 seeds of the
 *   default size (100,000 agents, 120 months); from the click on "Run the comparison" to the
 *   whole comparison drawn (not the partial results shown while seeds finish; `firstPartialMs`
 *   says when the first of those appeared) (the results' data-run-id changes, every chart of the comparison shows it, and
 *   two animation frames have passed). Target (issue 16): median ≤ 2 s on a 2-core machine.
 * - compare-new-seeds: then, in the same page, the same mixes with seeds 21–40: 80 new runs on
 *   warm workers (new seeds, so new populations to draw).
 * - compare-one-new-mix: seeds 1–20 again with the fourth mix replaced: 20 new runs, 60 from the
 *   page session's store, and the workers still hold the seeds' populations.
 * - compare-repeat: the first 4 mixes again: every run comes from the store (the results already
 *   show when the mixes are set; this times a click on Run all the same).
 * Each line also says where the time went (summed over workers): drawing populations, running.
 */
import type { Page } from 'playwright-core';
import { openBuiltApp } from './built-app';

const argv = process.argv.slice(2);
const repeatsFlag = argv.indexOf('--repeats');
const REPEATS = repeatsFlag >= 0 ? Number(argv[repeatsFlag + 1]) : 5;
const FIRST = ['baseline', 'state-security-only', 'human-security-mix', 'operation-sophia'];
const OTHER_FOURTH = 'khartoum-process';
const hashFor = (mixes: readonly string[]) => `#/compare?${mixes.map((m) => `mix=${m}`).join('&')}&seeds=20&seed=1&agents=100000&months=120`;

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** In-page code as text (tsx's `__name` helper does not exist in the page). */
const ARM = `(() => {
  const results = () => document.querySelector('[data-testid="compare-results"]');
  const before = results()?.getAttribute('data-run-id');
  const button = document.querySelector('[data-testid="run-compare"]');
  window.__firstPartial = null;
  window.__probe = new Promise((done) => {
    let t0 = 0;
    button.addEventListener('click', () => { t0 = performance.now(); }, { once: true, capture: true });
    const check = () => {
      const el = results();
      const id = el?.getAttribute('data-run-id');
      if (t0 && el?.hasAttribute('data-partial') && window.__firstPartial === null) window.__firstPartial = performance.now() - t0;
      // Results streamed while the batch runs carry data-partial: wait for the whole comparison.
      if (!t0 || !id || id === '0' || id === before || el.hasAttribute('data-partial')) return;
      const figures = [...el.querySelectorAll('figure[data-run-id]')];
      if (figures.length < 2 || !figures.every((f) => f.getAttribute('data-run-id') === id)) return;
      if (!el.querySelector('[data-testid="plane-mix-4"]')) return;
      observer.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - t0)));
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-run-id'] });
  });
})()`;

interface Measured {
  readonly ms: number;
  /** When the first partial results (the seeds finished so far) appeared; NaN if none did. */
  readonly firstPartialMs: number;
  readonly wallMs: number;
  readonly populationMs: number;
  readonly runMs: number;
  readonly draws: number;
  readonly computed: number;
}

async function measure(page: Page): Promise<Measured> {
  await page.evaluate(ARM);
  await page.getByTestId('run-compare').click();
  const ms = (await page.evaluate('window.__probe')) as number;
  const status = page.getByTestId('compare-status');
  const num = async (name: string) => Number((await status.getAttribute(name)) ?? NaN);
  const firstPartialMs = Number((await page.evaluate('window.__firstPartial')) ?? NaN);
  return { ms, firstPartialMs, wallMs: await num('data-wall-ms'), populationMs: await num('data-population-ms'), runMs: await num('data-run-ms'), draws: await num('data-draws'), computed: await num('data-computed') };
}

async function setFirstSeed(page: Page, seed: number): Promise<void> {
  const field = page.getByTestId('first-seed');
  if (!(await field.isVisible())) await page.getByText('More settings: agents, months, first seed').click();
  await field.fill(String(seed));
}

async function replaceFourth(page: Page, id: string): Promise<void> {
  await page.getByRole('button', { name: /^Remove mix 4,/ }).click();
  await page.getByTestId('add-preset-select').selectOption(id);
  await page.getByTestId('add-preset').click();
}

const round = (x: number) => Math.round(x);

function line(name: string, xs: readonly Measured[], runs: number, extra: Record<string, unknown> = {}) {
  const pick = (k: keyof Measured) => round(median(xs.map((x) => x[k])));
  return {
    name,
    repeats: xs.length,
    medianMs: pick('ms'),
    firstPartialMedianMs: pick('firstPartialMs'),
    minMs: round(Math.min(...xs.map((x) => x.ms))),
    maxMs: round(Math.max(...xs.map((x) => x.ms))),
    runs,
    computed: pick('computed'),
    batchWallMs: pick('wallMs'),
    populationMsSummed: pick('populationMs'),
    populationsDrawn: pick('draws'),
    runMsSummed: pick('runMs'),
    ...extra,
  };
}

async function main(): Promise<void> {
  const app = await openBuiltApp({ build: !argv.includes('--no-build') });
  const { url, browser } = app;
  const cold: Measured[] = [];
  const newSeeds: Measured[] = [];
  const oneNew: Measured[] = [];
  const repeat: Measured[] = [];
  let workers = 0;
  try {
    for (let r = 0; r < REPEATS; r++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      await page.goto(`${url}${hashFor(FIRST)}`);
      await page.getByTestId('run-compare').waitFor();
      // Let the page settle as a person would before clicking (the pool's workers start at once).
      await page.waitForTimeout(1_000);
      cold.push(await measure(page));
      workers = Number((/on (\d+) worker/.exec((await page.getByTestId('compare-note').textContent()) ?? '') ?? [])[1] ?? 0);
      await setFirstSeed(page, 21);
      newSeeds.push(await measure(page));
      await setFirstSeed(page, 1);
      await replaceFourth(page, OTHER_FOURTH);
      oneNew.push(await measure(page));
      await replaceFourth(page, FIRST[3]);
      repeat.push(await measure(page));
      await context.close();
    }
    const target = { targetMs: 2000, mixes: 4, seeds: 20, agents: 100_000, months: 120, workers };
    console.log(JSON.stringify(line('compare-cold', cold, 80, target)));
    console.log(JSON.stringify(line('compare-new-seeds', newSeeds, 80, target)));
    console.log(JSON.stringify(line('compare-one-new-mix', oneNew, 80, target)));
    console.log(JSON.stringify(line('compare-repeat', repeat, 80, target)));
  } finally {
    await app.close();
  }
}

await main();
