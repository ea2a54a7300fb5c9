/**
 * The seminar engine: turns a session record into model runs. Round k's decisions (and any event)
 * become timeline entries at the round's first month, so running the session up to round r is one
 * deterministic model run — the model "advances from where it stood" because a change from month
 * m leaves every earlier month identical. Counterfactuals re-run the session without one team's
 * decisions in one round. Nothing here touches the DOM; the runner is supplied by the caller.
 */
import { compileSchedule, leverEntries, leversAt, LEVERS, type LeverValues, type OutputKey, type RunInput, type RunResult, type TimelineEntry } from '../../../../models/index';
import { findScenario } from '../../../shared/built-in-scenarios';
import { scenarioToRunInput } from '../../../../scenarios/scenario-run';
import { windowValue } from '../../../../scenarios/claims';
import { findEvent } from './events';
import { roundStartMonth, type Session, type Team } from './session';
import { i18n } from '../../../shared/i18n/i18n';
import { formatNumber } from '../../../shared/format';
import { roleTextNow } from '../role-text';

export type RunFn = (input: RunInput & { seed: number; agents: number }) => Promise<RunResult> | RunResult;

export interface Exclusion {
  readonly teamId: string;
  readonly round: number;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

function baseInput(session: Session): RunInput {
  const scenario = findScenario(session.scenarioId);
  if (!scenario) throw new Error(`unknown scenario "${session.scenarioId}"`);
  return scenarioToRunInput(scenario);
}

/** Lever values in force at a month, given a timeline so far. */
function valuesAt(input: RunInput, timeline: readonly TimelineEntry[], month: number): LeverValues {
  return leversAt(compileSchedule(input.levers ?? {}, timeline, month + 1), month);
}

/**
 * Timeline of the session's first `rounds` rounds on top of the scenario's own timeline: for
 * each round, the event (shifts from the values in force at that moment), then each team's
 * decisions (later teams win if two set the same lever).
 */
export function sessionTimeline(session: Session, rounds: number, exclude?: Exclusion, withDecisions = true): TimelineEntry[] {
  const input = baseInput(session);
  const timeline: TimelineEntry[] = [...(input.timeline ?? [])];
  for (let k = 0; k < Math.min(rounds, session.rounds.length); k++) {
    const start = roundStartMonth(session, k);
    const round = session.rounds[k];
    const event = round.event ? findEvent(round.event) : undefined;
    if (event) {
      const now = valuesAt(input, timeline, start);
      for (const [lever, shift] of leverEntries(event.shifts)) timeline.push({ lever, value: clamp01(now[lever] + shift), fromMonth: start });
    }
    if (!withDecisions) continue;
    for (const team of session.teams) {
      if (exclude && exclude.teamId === team.id && exclude.round === k) continue;
      for (const [lever, value] of leverEntries(round.decisions[team.id] ?? {})) timeline.push({ lever, value, fromMonth: start });
    }
  }
  return timeline;
}

/** Levers in force when teams decide in round r: earlier rounds plus round r's event. */
export function leversBeforeDecisions(session: Session, r: number): Record<string, number> {
  const input = baseInput(session);
  const withEvent = { ...session, rounds: session.rounds.slice(0, r + 1).map((x, k) => (k === r ? { ...x, decisions: {} } : x)) };
  return valuesAt(input, sessionTimeline(withEvent, r + 1), roundStartMonth(session, r));
}

/**
 * Model input for the session up to and including round r. `plain` is business as usual: the
 * same months and the same events (the world does not wait for policy), but no team decisions —
 * so comparing with it isolates what the teams did.
 */
export function sessionRunInput(session: Session, r: number, opts: { exclude?: Exclusion; plain?: boolean } = {}) {
  const input = baseInput(session);
  return {
    ...input,
    timeline: sessionTimeline(session, r + 1, opts.exclude, !opts.plain),
    months: roundStartMonth(session, r + 1),
    seed: session.seed,
    agents: session.agents,
  };
}

const two = (v: number) => formatNumber(v, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Problems with a team's decision, in words for the team (interface language); empty when it is acceptable. */
export function checkDecision(team: Team, decision: Readonly<Record<string, number>>, before: Readonly<Record<string, number>>): string[] {
  const problems: string[] = [];
  let spent = 0;
  for (const [lever, value] of Object.entries(decision)) {
    const label = LEVERS.some((l) => l.key === lever) ? i18n.t(`model:levers.${lever}.label`) : lever;
    if (!(team.levers as readonly string[]).includes(lever)) problems.push(i18n.t('seminar:decision.notTeams', { label, team: roleTextNow.teamName(team) }));
    else if (!(value >= 0 && value <= 1)) problems.push(i18n.t('seminar:decision.range', { label, value }));
    else spent += Math.abs(value - (before[lever] ?? 0));
  }
  if (spent > team.budgetPerRound + 1e-9)
    problems.push(i18n.t('seminar:decision.budget', { spent: two(spent), budget: two(team.budgetPerRound) }));
  return problems;
}

/** A round's figure for an output: per year for flows, the mean for everything else. */
export function roundValue(run: RunResult, output: OutputKey, session: Session, r: number, isFlow: boolean): number {
  const v = windowValue(run.months, output, [roundStartMonth(session, r), roundStartMonth(session, r + 1)]);
  return isFlow ? v * 12 : v;
}
