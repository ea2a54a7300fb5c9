/**
 * Rules the browser tests must keep for the shared Chromium (tests/e2e/chromium.ts): every file
 * connects to the one Chromium the global setup starts, and a connected client cannot ask where
 * a download was saved (Playwright's download.path() throws "not available when connected
 * remotely"; that broke the first attempt at sharing). So downloads are read with
 * downloadBytes(). Checked here, in Node, so that a new browser test that calls path() fails in
 * seconds with the reason rather than after the build, in the middle of the browser run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = join(import.meta.dirname, 'e2e');

describe('the browser tests', () => {
  it('read downloads with downloadBytes(), never download.path() (not available from the shared Chromium)', () => {
    const offenders = readdirSync(DIR)
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) =>
        readFileSync(join(DIR, f), 'utf8')
          .split('\n')
          .map((line, i) => ({ where: `tests/e2e/${f}:${i + 1}`, line }))
          .filter(({ line }) => /\.path\(\s*\)/.test(line) && !line.trimStart().startsWith('*') && !line.trimStart().startsWith('//')),
      )
      .map(({ where, line }) => `${where}: ${line.trim()}`);
    expect(offenders).toEqual([]);
  });
});
