/**
 * Reveal and debrief figures: each team's scorecard (its objectives this round, against the same
 * months with no team decisions at all and against the previous round), predictions against
 * outcomes, and the effect of each team's decisions (counterfactual runs without them).
 */
import { OUTPUTS, type OutputKey, type RunResult } from '../../../../models/index';
import { roundValue, sessionRunInput, type RunFn } from './engine';
import type { Session, Team } from './session';

const FLOW = new Set(OUTPUTS.filter((o) => o.kind === 'flow').map((o) => o.key as string));
export const isFlow = (k: string) => FLOW.has(k);

export interface ObjectiveScore {
  readonly label: string;
  readonly output: OutputKey;
  readonly direction: 'lower' | 'higher';
  readonly value: number;
  /** Same months, no team decisions (business as usual). */
  readonly businessAsUsual: number;
  readonly previous: number | undefined;
  readonly met: boolean;
}

export function scorecard(team: Team, session: Session, r: number, run: RunResult, plain: RunResult): ObjectiveScore[] {
  return team.objectives.map((o) => {
    const output = o.output as OutputKey;
    const value = roundValue(run, output, session, r, isFlow(output));
    const businessAsUsual = roundValue(plain, output, session, r, isFlow(output));
    const previous = r > 0 ? roundValue(run, output, session, r - 1, isFlow(output)) : undefined;
    const met = o.direction === 'lower' ? value < businessAsUsual : value > businessAsUsual;
    return { label: o.label, output, direction: o.direction, value, businessAsUsual, previous, met };
  });
}

export interface PredictionResult {
  readonly teamId: string;
  readonly output: OutputKey;
  readonly predicted: number;
  readonly outcome: number;
  /** (predicted − outcome) ÷ |outcome| */
  readonly error: number;
}

export function predictionResults(session: Session, r: number, run: RunResult): PredictionResult[] {
  const round = session.rounds[r];
  return Object.entries(round?.predictions ?? {}).map(([teamId, p]) => {
    const output = p.output as OutputKey;
    const outcome = roundValue(run, output, session, r, isFlow(output));
    return { teamId, output, predicted: p.value, outcome, error: outcome !== 0 ? (p.value - outcome) / Math.abs(outcome) : p.value === 0 ? 0 : Infinity };
  });
}

export interface DecisionEffect {
  readonly teamId: string;
  readonly round: number;
  /** Output → (actual − without this decision), over the months from the round's start to the end. */
  readonly effects: Record<string, number>;
}

/** Effects of each team's decision in each round, on the given outputs, by counterfactual runs. */
export async function decisionEffects(session: Session, upToRound: number, actual: RunResult, outputs: readonly OutputKey[], run: RunFn): Promise<DecisionEffect[]> {
  const out: DecisionEffect[] = [];
  for (let k = 0; k <= upToRound; k++) {
    for (const team of session.teams) {
      const decision = session.rounds[k]?.decisions[team.id];
      if (!decision || Object.keys(decision).length === 0) continue;
      const without = await run(sessionRunInput(session, upToRound, { exclude: { teamId: team.id, round: k } }));
      const from = k * session.yearsPerRound * 12;
      const effects: Record<string, number> = {};
      for (const output of outputs) {
        const sum = (res: RunResult) => res.months.slice(from).reduce((s, m) => s + m[output], 0);
        const months = actual.months.length - from;
        effects[output] = isFlow(output) ? sum(actual) - sum(without) : (sum(actual) - sum(without)) / Math.max(1, months);
      }
      out.push({ teamId: team.id, round: k, effects });
    }
  }
  return out;
}
