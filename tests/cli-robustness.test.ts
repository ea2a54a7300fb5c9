/**
 * `simulate --against B --robustness`, in process: the figures it prints are the robustness of
 * the two mixes' own runs (same seeds), computed again here from runs made directly; and a
 * mistake on the line is one clear message naming the option.
 */
import { describe, expect, it } from 'vitest';
import { INDEX_DECLARATIONS, rankingRobustness, runModel, termMeans } from '../models/index';
import { findScenario, scenarioToRunInput } from '../scenarios/index';
import { runCli } from '../scripts/cli/main';

const SIZE = ['--agents', '1000', '--months', '24', '--seeds', '2', '--seed', '4'];

describe('simulate --robustness', () => {
  it('prints, for each index, the robustness of the two mixes’ runs over the same seeds', () => {
    const out = runCli(['--scenario', 'human-security-mix', '--against', 'state-security-only', '--robustness', ...SIZE, '--format', 'json']);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const rec = JSON.parse(out.stdout);
    expect(rec).toMatchObject({ robustness: true, scenario: 'human-security-mix', against: 'state-security-only', seeds: [4, 5], months: 24 });
    const runs = (id: string) => [4, 5].map((seed) => runModel({ ...scenarioToRunInput(findScenario(id)!), agents: 1000, months: 24, seed }));
    const a = runs('human-security-mix');
    const b = runs('state-security-only');
    INDEX_DECLARATIONS.forEach((index, k) => {
      const direct = rankingRobustness(index, termMeans(index, a.map((r) => r.summary)), termMeans(index, b.map((r) => r.summary)));
      expect(rec.indices[k]).toEqual(JSON.parse(JSON.stringify(direct)));
      expect(rec.indices[k].samples).toBe(1000);
    });
  });

  it('has a table for people that names both mixes and every term', () => {
    const out = runCli(['--scenario', 'human-security-mix', '--against', 'baseline', '--robustness', '--agents', '500', '--months', '12']);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('human-security-mix ranks higher in');
    for (const index of INDEX_DECLARATIONS) for (const t of index.terms) expect(out.stdout).toContain(t.name);
  });

  it('refuses a half-given comparison with a message naming the option', () => {
    expect(runCli(['--robustness'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--robustness: needs --against') });
    expect(runCli(['--against', 'baseline'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--against baseline: is used only with --robustness') });
    expect(runCli(['--robustness', '--against', 'nowhere'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--against "nowhere": no built-in scenario') });
    expect(runCli(['--robustness', '--against', 'baseline', '--format', 'csv'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--format csv') });
  });
});
