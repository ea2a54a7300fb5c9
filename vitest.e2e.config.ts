/**
 * Browser end-to-end tests: Chromium (driven by playwright-core) against `vite preview` of the
 * production build in dist/. The global setup starts the preview server on a free port and stops
 * it afterwards; the tests read its URL with inject('baseUrl').
 *
 * Build first (`npm run build`, or `npm run test:e2e`, which builds and then runs these tests).
 */
import { defineConfig } from 'vitest/config';

/** Launching Chromium, loading the page and a full 120-month model run take a few seconds. */
const E2E_TIMEOUT_MS = 90_000;

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    // Tests compare the page with texts worded in Node: the same English catalogues as the unit tests.
    setupFiles: ['tests/setup-i18n.ts', 'tests/e2e/cost-report.ts'],
    testTimeout: E2E_TIMEOUT_MS,
    hookTimeout: E2E_TIMEOUT_MS,
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
  },
});
