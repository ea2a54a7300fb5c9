/**
 * Benchmark of the explorer in Chromium (not a test): prints one JSON line per measurement.
 *
 *   npm run bench:ui                    build, then measure
 *   npm run bench:ui -- --no-build      measure the existing dist/
 *   npm run bench:ui -- --steps 25      number of measured slider steps (default 15)
 *   npm run bench:ui -- --case first-load   only the first-load and load-to-results lines (English and Arabic)
 *   npm run bench:ui -- --case drag         only the drag line
 *   npm run bench:ui -- --case reweigh      only the reweigh lines (no browser)
 *
 * - slider-to-kpi / slider-to-charts: from the `input` event of a keyboard step on "Enforcement
 *   intensity" to the key figures, and then every chart, showing the run of the new value (the
 *   results' data-run-id changes, data-run-state is idle, every chart's data-run-id matches),
 *   plus two animation frames so the browser has painted it. Every step is a new value, so no
 *   step is served from the cache. Target: median ≤ 250 ms.
 * - drag: a mouse drag across the slider for about two seconds at about 60 moves a second; how
 *   many results were shown on the way, how long after the last movement the final one settled,
 *   and the main thread's long tasks (over 50 ms, PerformanceObserver 'longtask') from the press
 *   to the settled result. Target: none. A busy machine stretches tasks (the page's thread waits
 *   for a core), so the same drag is also read from a Chromium trace: the main thread's tasks by
 *   CPU time (tasksOverBudgetCpu, longestTaskCpuMs), which only the page's own work makes long,
 *   and the worker threads it saw. DRAG_TRACE=FILE also writes that trace, to open in a viewer.
 * - first-load (and first-load-ar, the same page in Arabic): gzip size of the JavaScript
 *   index.html loads (script and modulepreload tags: what the first paint needs), of all
 *   JavaScript the page loads for its first full view (the explorer, its charts, the language's
 *   catalogues and content texts, without the model worker) before any interaction, and of the
 *   worker. Target: ≤ 300 kB for the first view.
 * - load-to-results: from navigation to the first results drawn.
 * - reweigh-indices: both indices of a 120-month run of 100,000 agents recomputed for a new set
 *   of weights from the terms the run already holds (reweighIndices, no model run), median over
 *   200 random weightings. Measured in Node for now: the weights panel that will call it in the
 *   page is not built yet. Target: ≤ 16 ms (one frame).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { openBuiltApp, ROOT } from './built-app';
import { DEFAULT_WEIGHTS, reweighIndices, runModel, simplexWeights, type IndexWeights } from '../models/index';
import { reweighResult } from '../scenarios/index';

const DIST = join(ROOT, 'dist');
const argv = process.argv.slice(2);
const stepsFlag = argv.indexOf('--steps');
const STEPS = stepsFlag >= 0 ? Number(argv[stepsFlag + 1]) : 15;
const caseFlag = argv.indexOf('--case');
const CASE = caseFlag >= 0 ? argv[caseFlag + 1] : undefined;
if (CASE !== undefined && CASE !== 'first-load' && CASE !== 'drag' && CASE !== 'reweigh') {
  console.error(`error: --case ${CASE}: unknown case; the cases that run alone are first-load, drag and reweigh`);
  process.exit(2);
}
const WARMUP_STEPS = 3;
const SLIDER = 'input[data-lever="enforcement.intensity"]';

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const round = (x: number) => Math.round(x * 10) / 10;
const gzipKb = (bytes: Buffer) => round(gzipSync(bytes).length / 1024);

/** The JavaScript index.html itself loads: module scripts and modulepreload links. */
function firstPaintScripts(): string[] {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const out = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) out.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) out.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*href="([^"]+)"[^>]*rel="modulepreload"/g)) out.add(m[1]);
  return [...out];
}

const distFile = (urlPath: string) => join(DIST, decodeURIComponent(new URL(urlPath, 'http://x/').pathname));

/**
 * In-page code, as text: tsx (esbuild) wraps named functions in a `__name` helper that does not
 * exist in the page, so functions cannot be passed to page.evaluate from here.
 */
const ARM_PROBE = `(() => {
  const results = document.querySelector('[data-testid="results"]');
  const slider = document.querySelector('${SLIDER}');
  if (!results || !slider) throw new Error('the explorer is not on the page');
  const before = results.getAttribute('data-run-id');
  window.__probe = new Promise((done) => {
    let t0 = 0;
    let kpiAt = 0;
    slider.addEventListener('input', () => { t0 = performance.now(); }, { once: true });
    const observer = new MutationObserver(() => {
      if (!t0 || results.getAttribute('data-run-state') !== 'idle') return;
      const id = results.getAttribute('data-run-id');
      if (id === before) return;
      if (!kpiAt) kpiAt = performance.now();
      const figures = [...document.querySelectorAll('figure[data-run-id]')];
      if (!figures.every((f) => f.getAttribute('data-run-id') === id)) return;
      observer.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => done({ kpiMs: kpiAt - t0, chartsMs: performance.now() - t0 })));
    });
    observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-run-id', 'data-run-state'] });
  });
})()`;

const ARM_DRAG = `(() => {
  window.__ids = new Set();
  window.__lastInput = 0;
  window.__longTasks = [];
  window.__longTaskObserver = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push(Math.round(e.duration));
  });
  window.__longTaskObserver.observe({ type: 'longtask' });
  const results = document.querySelector('[data-testid="results"]');
  document.querySelector('${SLIDER}').addEventListener('input', () => { window.__lastInput = performance.now(); });
  new MutationObserver(() => window.__ids.add(results.getAttribute('data-run-id'))).observe(results, { attributes: true, attributeFilter: ['data-run-id'] });
})()`;

const IDLE = `document.querySelector('[data-testid="results"]')?.getAttribute('data-run-state') === 'idle' && !!document.querySelector('[data-testid="plane-current"]')`;

/** Arm the probe, press a key, and return how long from the input event to KPIs and charts being shown. */
async function measureStep(page: Page): Promise<{ kpiMs: number; chartsMs: number }> {
  await page.evaluate(ARM_PROBE);
  await page.keyboard.press('ArrowRight');
  return (await page.evaluate('window.__probe')) as { kpiMs: number; chartsMs: number };
}

async function waitIdle(page: Page): Promise<void> {
  await page.waitForFunction(IDLE, null, { timeout: 60_000 });
}

interface DragFigures {
  updatesShown: number;
  settleMs: number;
  durationMs: number;
  moves: number;
  longTasks: number;
  longestTaskMs: number;
  longTaskMs: number[];
  /** The same drag read from a Chromium trace: main-thread tasks by CPU time (thread time), which a busy machine does not stretch. */
  tasksOverBudgetCpu: number;
  longestTaskCpuMs: number;
  /** Tasks over 50 ms of wall time in the trace (the observer's count, read from the trace). */
  tasksOverBudgetWall: number;
  /** Worker threads the trace saw: the pool's, plus one for each worker started to replace one stopped for a newer run (a fresh worker runs cold). */
  workerThreads: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { type?: string } };
}

/**
 * What a Chromium trace of the drag says: the renderer main thread's tasks, taken from the thread
 * that handled the drag's mouse moves (other pages' renderers are in the trace too), and how many
 * worker threads it saw.
 */
function readTrace(trace: Buffer): { tasks: TraceEvent[]; workerThreads: number } {
  const parsed = JSON.parse(trace.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const names = events.filter((e) => e.name === 'thread_name');
  const mains = new Set(names.filter((e) => e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const moves = new Map<string, number>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (mains.has(key) && e.name === 'EventDispatch' && e.args?.data?.type === 'mousemove') moves.set(key, (moves.get(key) ?? 0) + 1);
  }
  const thread = [...moves.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return {
    tasks: events.filter((e) => `${e.pid}:${e.tid}` === thread && e.ph === 'X' && e.name === 'RunTask'),
    workerThreads: names.filter((e) => e.args?.name === 'DedicatedWorker thread').length,
  };
}

async function drag(page: Page): Promise<DragFigures> {
  const box = await page.locator(SLIDER).boundingBox();
  if (!box) throw new Error('slider not visible');
  await page.evaluate(ARM_DRAG);
  const y = box.y + box.height / 2;
  await page.context().browser()?.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'] });
  const started = Date.now();
  await page.mouse.move(box.x + box.width * 0.2, y);
  await page.mouse.down();
  // About two seconds at 60 Hz.
  const moves = 120;
  for (let i = 1; i <= moves; i++) {
    await page.mouse.move(box.x + box.width * (0.2 + (0.7 * i) / moves), y);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  const durationMs = Date.now() - started;
  await waitIdle(page);
  // Let the observer deliver the last entries (it reports after the task ends).
  await page.waitForTimeout(100);
  const trace = await page.context().browser()?.stopTracing();
  if (process.env.DRAG_TRACE) writeFileSync(process.env.DRAG_TRACE, trace ?? '');
  const read = trace ? readTrace(trace) : { tasks: [], workerThreads: 0 };
  const traced = read.tasks;
  const cpuMs = traced.map((t) => (t.tdur ?? 0) / 1000);
  const { ids, settleMs, tasks } = (await page.evaluate(
    '({ ids: window.__ids.size, settleMs: performance.now() - window.__lastInput, tasks: (window.__longTaskObserver.disconnect(), window.__longTasks) })',
  )) as { ids: number; settleMs: number; tasks: number[] };
  return { updatesShown: ids, settleMs: round(settleMs), durationMs, moves, longTasks: tasks.length, longestTaskMs: tasks.length ? Math.max(...tasks) : 0, longTaskMs: tasks, tasksOverBudgetCpu: cpuMs.filter((ms) => ms > 50).length, longestTaskCpuMs: round(Math.max(0, ...cpuMs)), tasksOverBudgetWall: traced.filter((t) => (t.dur ?? 0) > 50_000).length, workerThreads: read.workerThreads };
}

/**
 * A fresh page (no cache) opened at the explorer in a language; returns it once the first full
 * view is drawn, with the paths of every script it loaded so far.
 */
async function openExplorer(browser: Browser, url: string): Promise<{ page: Page; scripts: string[]; loadMs: number }> {
  // The build's Content-Security-Policy forbids eval, which waitForFunction's string form uses.
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 720 }, bypassCSP: true })).newPage();
  const scripts: string[] = [];
  page.context().on('request', (r) => {
    // The service worker's own script and its precache (every chunk, fetched in the background
    // after the page has loaded, for offline use) are not what the page loads to show itself;
    // the registration script (registerSW.js) is, and counts.
    if (r.serviceWorker() || /\/(sw|workbox-[\w-]+)\.js$/.test(new URL(r.url()).pathname)) return;
    if (r.resourceType() === 'script' || /\.js($|\?)/.test(r.url())) scripts.push(new URL(r.url()).pathname);
  });
  const t0 = Date.now();
  await page.goto(url);
  await waitIdle(page);
  await page.waitForFunction(`document.querySelectorAll('figure[data-run-id]').length >= 5`);
  const loadMs = Date.now() - t0;
  // Chunks asked for just after the results are drawn (a story's translation) count too.
  await page.waitForLoadState('networkidle');
  return { page, scripts: [...scripts], loadMs };
}

function firstLoadLine(name: string, loaded: readonly string[]): string {
  const paint = firstPaintScripts();
  const worker = [...new Set(loaded)].filter((p) => /worker/i.test(p));
  const view = [...new Set(loaded)].filter((p) => !/worker/i.test(p));
  const sum = (paths: readonly string[]) => round(paths.reduce((s, p) => s + gzipKb(readFileSync(distFile(p))), 0));
  return JSON.stringify({
    name,
    firstPaintJsGzipKb: sum(paint),
    firstPaintFiles: paint,
    firstViewJsGzipKb: sum(view),
    firstViewFiles: view,
    workerJsGzipKb: sum(worker),
    targetKb: 300,
  });
}

/** Recompute both indices of one 120-month run for 200 weightings (no model run). */
function measureReweigh(whole = false): { weightings: number; medianMs: number; maxMs: number } {
  const run = runModel({ agents: 100_000, months: 120, seed: 1 });
  const human = simplexWeights(Object.keys(DEFAULT_WEIGHTS.human).length, 200, 1);
  const state = simplexWeights(Object.keys(DEFAULT_WEIGHTS.state).length, 200, 2);
  const named = (keys: readonly string[], w: Float64Array) => Object.fromEntries(keys.map((k, i) => [k, w[i]]));
  const times: number[] = [];
  for (let i = 0; i < human.length; i++) {
    const weights = { human: named(Object.keys(DEFAULT_WEIGHTS.human), human[i]), state: named(Object.keys(DEFAULT_WEIGHTS.state), state[i]) } as IndexWeights;
    const t0 = performance.now();
    // `whole`: what the explorer does with a shown run (reweighResult: both indices of every month and the summary, in a copy of the run).
    if (whole) reweighResult(run, weights);
    else reweighIndices(run.months, weights);
    times.push(performance.now() - t0);
  }
  return { weightings: times.length, medianMs: round(median(times)), maxMs: round(Math.max(...times)) };
}

async function main(): Promise<void> {
  if (CASE === 'reweigh') {
    console.log(JSON.stringify({ name: 'reweigh-indices', ...measureReweigh(), agents: 100_000, months: 120, targetMs: 16 }));
    console.log(JSON.stringify({ name: 'reweigh-run', ...measureReweigh(true), agents: 100_000, months: 120, targetMs: 16 }));
    return;
  }
  const app = await openBuiltApp({ build: !argv.includes('--no-build') });
  const { url, browser } = app;
  try {
    const { page, scripts, loadMs } = await openExplorer(browser, url);
    const arabic = await openExplorer(browser, `${url}?lang=ar`);
    await arabic.page.context().close();
    if (CASE === 'drag') {
      await page.locator(SLIDER).focus();
      console.log(JSON.stringify({ name: 'drag', ...(await drag(page)) }));
      return;
    }
    if (CASE === 'first-load') {
      console.log(firstLoadLine('first-load', scripts));
      console.log(firstLoadLine('first-load-ar', arabic.scripts));
      console.log(JSON.stringify({ name: 'load-to-results', ms: loadMs, agents: 100_000, months: 120 }));
      console.log(JSON.stringify({ name: 'load-to-results-ar', ms: arabic.loadMs, agents: 100_000, months: 120 }));
      return;
    }

    await page.locator(SLIDER).focus();
    for (let i = 0; i < WARMUP_STEPS; i++) await measureStep(page);
    const kpi: number[] = [];
    const charts: number[] = [];
    for (let i = 0; i < STEPS; i++) {
      const m = await measureStep(page);
      kpi.push(m.kpiMs);
      charts.push(m.chartsMs);
    }
    const line = (name: string, xs: number[]) => ({ name, steps: xs.length, medianMs: round(median(xs)), minMs: round(Math.min(...xs)), maxMs: round(Math.max(...xs)), targetMs: 250 });
    console.log(JSON.stringify(line('slider-to-kpi', kpi)));
    console.log(JSON.stringify(line('slider-to-charts', charts)));
    console.log(JSON.stringify({ name: 'drag', ...(await drag(page)) }));

    console.log(firstLoadLine('first-load', scripts));
    console.log(firstLoadLine('first-load-ar', arabic.scripts));
    console.log(JSON.stringify({ name: 'load-to-results', ms: loadMs, agents: 100_000, months: 120 }));
    console.log(JSON.stringify({ name: 'reweigh-indices', ...measureReweigh(), agents: 100_000, months: 120, targetMs: 16 }));
    console.log(JSON.stringify({ name: 'reweigh-run', ...measureReweigh(true), agents: 100_000, months: 120, targetMs: 16 }));
  } finally {
    await app.close();
  }
}

await main();
