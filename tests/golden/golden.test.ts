/**
 * The golden baseline: the canonical runs (scripts/golden/canonical.ts) must give exactly the
 * hashes recorded in tests/golden/golden.json for the current MODEL_VERSION. A change to model
 * results without a version bump fails here, with what to do; so does a bump without recording.
 * The update rules themselves (refusal without a bump, the CHANGELOG entry) are checked too.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MODEL_VERSION, runModel } from '../../models/index';
import { CANONICAL_RUNS, canonicalInput, computeGolden, hashResult, type GoldenFile } from '../../scripts/golden/canonical';
import { GoldenRefusal, changelogVersions, compareVersions, goldenProblems, planUpdate } from '../../scripts/golden/update';

const onDisk = JSON.parse(readFileSync(new URL('./golden.json', import.meta.url), 'utf8')) as GoldenFile;
const now = computeGolden();

/** The golden file as if one run's results had moved. */
function withChangedRun(file: GoldenFile, id: string): GoldenFile {
  return { ...file, runs: file.runs.map((r) => (r.id === id ? { ...r, hash: '0'.repeat(64), headline: { ...r.headline, deathsMissing: r.headline.deathsMissing + 1 } } : r)) };
}

describe('the golden baseline', () => {
  it(`matches the canonical runs at model version ${MODEL_VERSION}`, () => {
    const problems = goldenProblems(onDisk, now);
    expect(problems, problems.join('\n')).toEqual([]);
    expect(onDisk.modelVersion).toBe(MODEL_VERSION);
  });

  it('covers the default scenario, presets, a timeline, the historical scenario and a fixed lever, over every month', () => {
    const scenarios = new Set(CANONICAL_RUNS.map((r) => r.scenario));
    for (const id of ['baseline', 'human-security-mix', 'shock-enforcement', 'central-mediterranean-2014-2020']) expect(scenarios.has(id), id).toBe(true);
    expect(CANONICAL_RUNS.some((r) => Object.keys(r.set).length > 0)).toBe(true);
    for (const r of now.runs) expect(r.months, r.id).toBe(canonicalInput(r).months);
  });

  it('hashes every figure: one changed output in one month changes the hash', () => {
    const result = runModel(canonicalInput(CANONICAL_RUNS[0]));
    const before = hashResult(result);
    expect(hashResult(result)).toBe(before);
    result.months[37].abuseIncidents += 1e-9;
    expect(hashResult(result)).not.toBe(before);
  });

  it('fails with the way out when results change but the version does not', () => {
    const problems = goldenProblems(withChangedRun(now, 'baseline'), now);
    expect(problems[0]).toMatch(/^Model results changed while MODEL_VERSION stayed \d+\.\d+\.\d+: bump MODEL_VERSION in models\/simulation\.ts and run `npm run golden -- --update --reason "…"`/);
    expect(problems[1]).toMatch(/baseline: deathsMissing/);
  });

  it(`has a CHANGELOG.md entry saying why ${MODEL_VERSION} changed, newest first`, () => {
    const changelog = readFileSync(new URL('../../CHANGELOG.md', import.meta.url), 'utf8');
    const versions = changelogVersions(changelog);
    expect(versions[0]).toBe(MODEL_VERSION);
    for (let i = 1; i < versions.length; i++) expect(compareVersions(versions[i - 1], versions[i])).toBeGreaterThan(0);
  });

  it('fails when the version was bumped but its results were not recorded', () => {
    const problems = goldenProblems({ ...now, modelVersion: '0.9.0' }, now);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('records 0.9.0');
  });
});

describe('npm run golden -- --update', () => {
  const request = { onDisk: withChangedRun(now, 'shock-enforcement'), now, reason: 'Fees clear the market.', date: '2026-12-01', changelog: null };

  it('refuses to rewrite the file unless MODEL_VERSION was bumped above the file’s', () => {
    expect(() => planUpdate(request)).toThrow(GoldenRefusal);
    expect(() => planUpdate(request)).toThrow(/bump MODEL_VERSION in models\/simulation\.ts above/);
    expect(() => planUpdate({ ...request, onDisk: { ...request.onDisk, modelVersion: '99.0.0' } })).toThrow(/bump MODEL_VERSION/);
  });

  it('refuses without a reason', () => {
    const bumped = { ...request, onDisk: { ...request.onDisk, modelVersion: '0.0.1' } };
    expect(() => planUpdate({ ...bumped, reason: undefined })).toThrow(/--reason is required/);
    expect(() => planUpdate({ ...bumped, reason: '   ' })).toThrow(/--reason is required/);
  });

  it('after a bump, writes the new hashes and a CHANGELOG entry with the version, the date and the reason, newest first', () => {
    const bumped = { ...request, onDisk: { ...request.onDisk, modelVersion: '0.0.1' } };
    const first = planUpdate(bumped);
    expect(first.golden).toBe(now);
    expect(first.changelog).toContain(`## ${now.modelVersion} — 2026-12-01\n\nFees clear the market.\n`);
    expect(first.changelog).toContain('- shock-enforcement: deathsMissing');
    const older = '# Changelog\n\nIntro.\n\n## 0.0.1 — 2026-01-01\n\nOlder.\n';
    const second = planUpdate({ ...bumped, changelog: older }).changelog ?? '';
    expect(second.indexOf(`## ${now.modelVersion}`)).toBeGreaterThan(second.indexOf('Intro.'));
    expect(second.indexOf(`## ${now.modelVersion}`)).toBeLessThan(second.indexOf('## 0.0.1'));
  });

  it('compares versions as numbers, not as text', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
    expect(compareVersions('0.9.9', '1.0.0')).toBeLessThan(0);
  });
});
