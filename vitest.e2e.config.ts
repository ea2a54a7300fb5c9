/**
 * Browser end-to-end tests: Chromium (driven by playwright-core) against `vite preview` of the
 * production build in dist/. The global setup starts the preview server on a free port and one
 * Chromium for the whole run, and stops both afterwards; the tests read the server's URL with
 * inject('baseUrl') and connect to the Chromium (tests/e2e/chromium.ts).
 *
 * Two files run at a time, each in its own process, when the machine's cores are free: a test
 * spends much of its time waiting for the page (a model run in a Web Worker, a chart drawing, a
 * room server answering), so while one file waits the other uses the second core. Every file
 * opens contexts of its own (own storage, own downloads; within a file, tests may take turns on
 * one page, its storage emptied between them: harness.ts, reusePage), so files running side by
 * side share nothing but the browser and the server. On a machine already busy with other work (load
 * average at or above the number of cores) one file runs at a time, as before: the tests' waits
 * (30 s for a run to show) are sized for that, and two files side by side on a machine at a load
 * of 30 timed out waiting for their pages. E2E_FILES_AT_ONCE=N overrides the choice; `npm test`
 * sets it from the cores left idle just before this step (scripts/test-all.mjs).
 * A process runs its files one after another with their modules shared (isolate: false):
 * loading the model, the scenarios and the interface's modules again for each file took about
 * two seconds of CPU per file. No file changes shared state (the test files' own variables are
 * theirs; the Node side only computes the figures the page must show).
 *
 * Build first (`npm run build`, or `npm run test:e2e`, which builds and then runs these tests).
 * E2E_COST_REPORT=FILE writes each file's wall and CPU time to FILE (tests/e2e/cost-report.ts).
 */
import { availableParallelism, loadavg } from 'node:os';
import { defineConfig } from 'vitest/config';
import { builtInScenarios } from './scripts/vite-built-in-scenarios.ts';

/** Launching Chromium, loading the page and a full 120-month model run take a few seconds. */
const E2E_TIMEOUT_MS = 90_000;
/** Two files at a time on free cores (more would only queue for two cores); one on a busy machine. */
function filesAtOnce(): number {
  const asked = Number(process.env.E2E_FILES_AT_ONCE);
  if (Number.isInteger(asked) && asked >= 1) return asked;
  const cores = availableParallelism();
  return cores >= 2 && loadavg()[0] < cores ? 2 : 1;
}
const FILES_AT_ONCE = filesAtOnce();

export default defineConfig({
  // Tests import page modules (the settings context) that read the built-in scenarios from this plugin's virtual module.
  plugins: [builtInScenarios()],
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    // Tests compare the page with texts worded in Node: the same English catalogues as the unit tests.
    setupFiles: ['tests/setup-i18n.ts', 'tests/e2e/cost-report.ts'],
    testTimeout: E2E_TIMEOUT_MS,
    hookTimeout: E2E_TIMEOUT_MS,
    pool: 'forks',
    fileParallelism: FILES_AT_ONCE > 1,
    maxWorkers: FILES_AT_ONCE,
    isolate: false,
  },
});
