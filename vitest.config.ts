/**
 * Unit, property and golden tests (Node). The golden test (tests/golden/golden.test.ts) checks the
 * canonical runs against tests/golden/golden.json at the current MODEL_VERSION; `npm run golden`
 * runs the same check, and `npm run golden -- --update --reason "…"` records a new version.
 * Browser end-to-end tests live in tests/e2e/ and have their own configuration
 * (vitest.e2e.config.ts), because they need a production build and Chromium.
 *
 * Model tests run many full simulations, so the timeout is generous. Test files run in forked
 * processes, two at a time on a 2-core machine (both cores busy without thrashing). The files of
 * one fork share its modules (isolate: false): loading the interface's catalogues, zod's schemas
 * and the model again for each of about a hundred files took more CPU than many of the tests (the
 * src/ tests: 63 s of CPU isolated, 28 s shared). No test changes shared state without putting it
 * back (the one that switches the language switches it back).
 */
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { contentTitles } from './scripts/vite-content-titles.ts';
import { builtInScenarios } from './scripts/vite-built-in-scenarios.ts';
import { catalogueParts } from './scripts/vite-catalogue-parts.ts';

/** A model test may run dozens of 120-month simulations of 100,000 agents (≈1 s each). */
const TEST_TIMEOUT_MS = 120_000;
/** Never more than four forks: the tests are CPU-bound and memory per fork is not small. */
const MAX_WORKERS = Math.max(1, Math.min(4, availableParallelism()));

const UNIT_FILES = ['tests/**/*.test.ts', 'models/**/*.test.ts', 'scenarios/**/*.test.ts', 'src/**/*.test.ts'];
const EXCLUDE = ['tests/e2e/**', 'node_modules/**', 'dist/**'];
const DECODER_FILES = ['tests/decoders/**/*.test.ts'];

export default defineConfig({
  // The page's modules import the language's titles, the built-in scenarios and the catalogues' parts from these plugins' virtual modules.
  plugins: [contentTitles(), builtInScenarios(), catalogueParts()],
  test: {
    environment: 'node',
    testTimeout: TEST_TIMEOUT_MS,
    hookTimeout: TEST_TIMEOUT_MS,
    pool: 'forks',
    isolate: false,
    maxWorkers: MAX_WORKERS,
    // The decoder tests collect garbage before they time a slow call again (tests/decoders/call-timing.ts).
    execArgv: ['--expose-gc'],
    // The interface's English catalogues, for tests of code that words messages.
    setupFiles: ['tests/setup-i18n.ts'],
    projects: [
      // (Each project names its own files: a list given here would be added to one given above, not replace it.)
      { extends: true, test: { name: 'unit', include: UNIT_FILES, exclude: [...EXCLUDE, ...DECODER_FILES], sequence: { groupOrder: 0 } } },
      // The decoders' property tests time each call (no call over 50 ms, tests/decoders/call-timing.ts).
      // They run after every other file has finished, each file in a fresh process of its own
      // (isolate), so that a call is not timed while the model tests fill the same cores and the
      // same heap; two at a time, as the other files.
      { extends: true, test: { name: 'decoders', include: DECODER_FILES, exclude: EXCLUDE, isolate: true, sequence: { groupOrder: 1 } } },
    ],
  },
});
