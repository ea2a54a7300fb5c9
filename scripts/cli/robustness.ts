/**
 * `simulate --scenario A --against B --robustness`: for each index, the share of weightings (drawn
 * uniformly from the simplex of its terms) in which A scores higher than B, each term left out in
 * turn, and the weight at which each term would flip the ranking at the default weights. The terms
 * are averaged over the months and seeds of each mix once (models/analysis/robustness.ts).
 */
import { sameWeights } from '../../scenarios/index';
import { DEFAULT_WEIGHTS, INDEX_DECLARATIONS, rankingRobustness, termMeans, type IndexRobustness, type IndexWeights, type RunResult } from '../../models/index';

export interface RobustnessContext {
  readonly scenario: string;
  readonly against: string;
  readonly seeds: readonly number[];
  readonly agents: number;
  readonly months: number;
}

export interface RobustnessRecord {
  readonly robustness: true;
  readonly scenario: string;
  readonly against: string;
  readonly seeds: readonly number[];
  readonly agents: number;
  readonly months: number;
  readonly indices: readonly IndexRobustness[];
  /** The weights the indices were read with, when not the model's defaults. */
  readonly weights?: IndexWeights;
}

/** `weights`: the weights the indices are read with (--weights, --set index.*); the random weightings cover every term. */
export function robustnessRecord(a: readonly RunResult[], b: readonly RunResult[], ctx: RobustnessContext, weights: IndexWeights = DEFAULT_WEIGHTS): RobustnessRecord {
  const indices = INDEX_DECLARATIONS.map((index) =>
    rankingRobustness(
      index,
      termMeans(index, a.map((r) => r.summary)),
      termMeans(index, b.map((r) => r.summary)),
      { weights: index.output === 'humanSecurityIndex' ? weights.human : weights.state },
    ),
  );
  return sameWeights(weights, DEFAULT_WEIGHTS) ? { robustness: true, ...ctx, indices } : { robustness: true, ...ctx, indices, weights };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** The record for people: one block per index. */
export function robustnessTable(rec: RobustnessRecord): string {
  const lines = [
    `Robustness of the ranking: ${rec.scenario} against ${rec.against}`,
    `${rec.seeds.length} seed(s) from ${rec.seeds[0]}, ${rec.agents} agents, ${rec.months} months; indices averaged over months and seeds.`,
    '',
  ];
  for (const r of rec.indices) {
    lines.push(`${r.index}: ${rec.scenario} ${r.atDefaults.a.toFixed(1)}, ${rec.against} ${r.atDefaults.b.toFixed(1)} at ${rec.weights ? 'the chosen' : 'the default'} weights.`);
    lines.push(`  ${rec.scenario} ranks higher in ${pct(r.aHigherShare)} of ${r.samples} weightings drawn uniformly over its ${r.terms.length} terms.`);
    const width = Math.max(...r.terms.map((t) => t.length));
    lines.push(`  ${'term'.padEnd(width)}  ${rec.scenario.slice(0, 12).padStart(12)}  ${rec.against.slice(0, 12).padStart(12)}  without it  flips at weight`);
    r.terms.forEach((t, k) => {
      const loo = r.leaveOneOut[k];
      const be = r.breakEven[k];
      const flip = be.flipsAt === null ? 'never' : `${pct(be.flipsAt)} (${rec.scenario} higher ${be.aHigherAbove ? 'above' : 'below'})`;
      lines.push(`  ${t.padEnd(width)}  ${r.a[t].toFixed(3).padStart(12)}  ${r.b[t].toFixed(3).padStart(12)}  ${pct(loo.aHigherShare).padStart(10)}  ${flip}`);
    });
    lines.push('');
  }
  lines.push('Terms are harms over their reference values (lower is better). "without it": the share of weightings in which');
  lines.push('the scenario ranks higher when that term is left out; "flips at weight": the term\'s weight, the others keeping');
  lines.push('their default proportions, at which the ranking changes.');
  return `${lines.join('\n')}\n`;
}
