/**
 * The robustness line under Compare's table reads the runs the comparison made: from a link,
 * through the plan, the runner and the comparison, each share equals the figure computed
 * directly from runModel in Node over the plan's seeds, on both indices. A link asking for fewer
 * seeds than Compare allows is refused with a notice and the default number is run, so a reading
 * over the link's own number of seeds would be another comparison (as happened: 0.768 shown in
 * the browser over 20 seeds, 0.781 computed in Node over 2).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, INDEX_DECLARATIONS, rankingRobustness, runModel, seedList, termMeans } from '../../../models/index';
import { findScenario, scenarioToRunInput } from '../../../scenarios/index';
import { RunQueue } from '../../runner/every-request';
import { sameThreadService } from '../../runner/same-thread';
import { i18n } from '../../shared/i18n/i18n';
import { robustnessSentences } from '../../shared/weights/robustness-text';
import { buildComparison, planComparison } from './ensembles';
import { COMPARE_LIMITS, DEFAULT_SEEDS, defaultSetup } from './setup';
import { decodeLink } from './setup-link';

const MIXES = 'mix=state-security-only&mix=human-security-mix';

async function compareFromLink(query: string) {
  const { setup, notices } = decodeLink(query, defaultSetup());
  const plan = planComparison(setup);
  const service = sameThreadService({ size: 2, delaySeed: 1 });
  const { runs } = await new RunQueue(service).runAll(
    plan.tasks.map((t) => t.input),
    { shape: 'months' },
  );
  service.dispose();
  return { comparison: buildComparison(plan, runs), notices };
}

/** Each index's share for mix 2 against mix 1, computed from runModel in Node over `seeds`. */
function nodeShares(seeds: readonly number[], size: { agents: number; months: number }) {
  const summaries = (id: string) => seeds.map((seed) => runModel({ ...scenarioToRunInput(findScenario(id)!), ...size, seed }).summary);
  const a = summaries('human-security-mix');
  const b = summaries('state-security-only');
  return INDEX_DECLARATIONS.map((index) => rankingRobustness(index, termMeans(index, a), termMeans(index, b)).aHigherShare);
}

describe("Compare's robustness shares", () => {
  it('equal the direct Node figure over the seeds the comparison ran, on both indices', async () => {
    const size = { agents: 2_000, months: 24 };
    const { comparison, notices } = await compareFromLink(`${MIXES}&seeds=${COMPARE_LIMITS.seeds.min}&seed=1&agents=${size.agents}&months=${size.months}`);
    expect(notices).toEqual([]);
    expect(comparison.seeds).toEqual(seedList(1, COMPARE_LIMITS.seeds.min));
    const [ref, mix] = comparison.mixes;
    const shown = robustnessSentences(i18n.getFixedT('en', 'common'), { a: 'A', b: 'B' }, mix.summaries.map((s) => s.summary), ref.summaries.map((s) => s.summary), DEFAULT_WEIGHTS);
    const direct = nodeShares(comparison.seeds, size);
    expect(shown.map((s) => s.share)).toEqual(direct);
    // At least one share strictly between 0 and 1, where a changed run or weighting would show.
    expect(direct.some((x) => x > 0 && x < 1)).toBe(true);
  });

  it('come from the default number of seeds when a link asks for fewer than Compare allows', async () => {
    const { setup, notices } = decodeLink(`${MIXES}&seeds=2&seed=1&agents=2000&months=24`, defaultSetup());
    expect(setup.seeds).toBe(DEFAULT_SEEDS);
    expect(planComparison(setup).seeds).toEqual(seedList(1, DEFAULT_SEEDS));
    expect(notices.map((n) => n.field)).toEqual(['seeds']);
  });
});
