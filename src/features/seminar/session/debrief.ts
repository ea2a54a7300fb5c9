/**
 * The debrief after the last round, as data: the whole session summarised from its runs — the
 * path on the plane round by round (and business as usual beside it), each round's event,
 * decisions (from → to) and their effects (counterfactual runs, when computed), predictions,
 * objectives met, totals over the session, each team's own score on its own weights beside the
 * shared index (team-weights.ts), and a few observations written from the figures. The
 * page, the Markdown and the HTML download are all drawn from this one object.
 */
import { LEVERS, type OutputKey, type RunResult } from '../../../../models/index';
import { findScenario } from '../../../shared/built-in-scenarios';
import { reweighResult } from '../../../../scenarios/index-weights';
import { windowValue } from '../../../../scenarios/claims';
import { currentRound } from './actions';
import { leversBeforeDecisions, roundValue } from './engine';
import { findEvent } from './events';
import { EFFECT_OUTPUTS, ROUND_FIGURES, formatRoundValue } from './figures';
import { discussionQuestions, type DiscussionQuestion } from './questions';
import { isFlow, predictionResults, scorecard, type DecisionEffect, type PredictionResult } from './scoring';
import { roundStartMonth, type Session } from './session';
import { sessionWeights, teamScores, weighedScore, type TeamScore, type WeighedScore } from './team-weights';
import { formatNumber } from '../../../shared/format';
import { contentText } from '../../../shared/i18n/content';
import { i18n } from '../../../shared/i18n/i18n';
import { roleTextNow } from '../role-text';

export interface LeverChange {
  readonly lever: string;
  readonly label: string;
  readonly from: number;
  readonly to: number;
}

export interface DecisionLine {
  readonly teamId: string;
  readonly teamName: string;
  readonly changes: readonly LeverChange[];
  /** Output → effect of this decision (actual − without it), when counterfactuals have been run. */
  readonly effects?: Readonly<Record<string, number>>;
}

export interface RoundSummary {
  /** 0-based. */
  readonly round: number;
  readonly event?: { readonly id: string; readonly name: string; readonly description: string };
  readonly decisions: readonly DecisionLine[];
  /** Output → the round's figure (per year for flows), and the same with no team decisions. */
  readonly figures: Readonly<Record<string, number>>;
  readonly businessAsUsual: Readonly<Record<string, number>>;
  readonly predictions: readonly (PredictionResult & { readonly teamName: string })[];
  readonly objectives: readonly { readonly teamId: string; readonly teamName: string; readonly met: number; readonly total: number }[];
}

export interface PathPoint {
  /** 1-based round. */
  readonly round: number;
  /** State-security index. */
  readonly x: number;
  /** Human-security index. */
  readonly y: number;
}

export interface Debrief {
  readonly title: string;
  readonly scenarioTitle: string;
  readonly yearsPerRound: number;
  readonly roundsPlayed: number;
  readonly roundsTotal: number;
  readonly seed: number;
  readonly agents: number;
  readonly teams: readonly { readonly id: string; readonly name: string }[];
  /** Over every month played: per year for flows, averages for the rest. */
  readonly totals: readonly { readonly output: OutputKey; readonly value: number; readonly businessAsUsual: number }[];
  readonly path: readonly PathPoint[];
  readonly businessAsUsualPath: readonly PathPoint[];
  readonly rounds: readonly RoundSummary[];
  readonly observations: readonly string[];
  readonly questions: readonly DiscussionQuestion[];
  readonly effectsIncluded: boolean;
  /** The shared index over the months played (the session's weights), session and business as usual. */
  readonly shared: WeighedScore;
  /** Each team's own score, on its own weights. */
  readonly scores: readonly TeamScore[];
}

const labelOfLever = (key: string) => (LEVERS.some((l) => l.key === key) ? i18n.t(`model:levers.${key}.label`) : key);

/** The levers a team changed in round r, from the values in force before it decided. */
export function decisionChanges(session: Session, r: number, teamId: string): LeverChange[] {
  const decision = session.rounds[r]?.decisions[teamId];
  if (!decision) return [];
  const before = leversBeforeDecisions(session, r);
  return Object.entries(decision)
    .filter(([lever, to]) => Math.abs(to - (before[lever] ?? to)) > 1e-9)
    .map(([lever, to]) => ({ lever, label: labelOfLever(lever), from: before[lever], to }));
}

/** An output over the first `rounds` rounds: per year for flows, the average for the rest. */
export function sessionValue(run: RunResult, output: OutputKey, session: Session, rounds: number): number {
  const v = windowValue(run.months, output, [0, roundStartMonth(session, rounds)]);
  return isFlow(output) ? v * 12 : v;
}

/** Rounds revealed so far (the debrief covers these). */
export function roundsRevealed(session: Session): number {
  return Math.min(currentRound(session), session.roundsTotal);
}

/** Each of the first `rounds` rounds as a point on the plane (the round's average of the two indices). */
export function sessionPath(run: RunResult, session: Session, rounds: number): PathPoint[] {
  return Array.from({ length: rounds }, (_, r) => ({
    round: r + 1,
    x: roundValue(run, 'stateSecurityIndex', session, r, false),
    y: roundValue(run, 'humanSecurityIndex', session, r, false),
  }));
}

const signed = (output: string, v: number) => `${v > 0 ? '+' : v < 0 ? '−' : '±'}${formatRoundValue(output, Math.abs(v))}`;

/** The observations' words, in the interface language. */
const t = (key: string, values?: Record<string, unknown>) => i18n.t(`seminar:observations.${key}`, values);
const one = (v: number) => formatNumber(v, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function observations(d: Omit<Debrief, 'observations' | 'questions'>): string[] {
  const out: string[] = [];
  const last = d.path[d.path.length - 1];
  const bau = d.businessAsUsualPath[d.businessAsUsualPath.length - 1];
  if (last && bau) {
    const dy = last.y - bau.y;
    const dx = last.x - bau.x;
    const word = (v: number) => (Math.abs(v) < 0.5 ? t('same') : v > 0 ? t('above', { points: one(v) }) : t('below', { points: one(-v) }));
    out.push(t('last', { human: word(dy), state: word(dx) }));
  }
  const lines = d.rounds.flatMap((r) => r.decisions.filter((x) => x.effects).map((x) => ({ ...x, round: r.round })));
  const extreme = (output: string, sign: 1 | -1) =>
    lines.reduce<(typeof lines)[number] | null>((best, x) => (x.effects![output] * sign > (best ? best.effects![output] * sign : 0) ? x : best), null);
  const fewerDeaths = extreme('deathsMissing', -1);
  if (fewerDeaths)
    out.push(t('fewerDeaths', { name: fewerDeaths.teamName, round: fewerDeaths.round + 1, change: signed('deathsMissing', fewerDeaths.effects!.deathsMissing) }));
  const moreDeaths = extreme('deathsMissing', 1);
  if (moreDeaths)
    out.push(t('moreDeaths', { name: moreDeaths.teamName, round: moreDeaths.round + 1, change: signed('deathsMissing', moreDeaths.effects!.deathsMissing) }));
  const lessSmuggling = extreme('smugglingDemand', -1);
  if (lessSmuggling)
    out.push(t('lessSmuggling', { name: lessSmuggling.teamName, round: lessSmuggling.round + 1, change: signed('smugglingDemand', lessSmuggling.effects!.smugglingDemand) }));
  const errors = new Map<string, number[]>();
  for (const r of d.rounds) for (const p of r.predictions) if (Number.isFinite(p.error)) errors.set(p.teamName, [...(errors.get(p.teamName) ?? []), Math.abs(p.error)]);
  const best = [...errors].map(([name, e]) => ({ name, mean: e.reduce((s, x) => s + x, 0) / e.length })).sort((a, b) => a.mean - b.mean)[0];
  if (best) out.push(t('closest', { name: best.name, error: formatNumber(best.mean, { style: 'percent', maximumFractionDigits: 0 }) }));
  const met = new Map<string, { met: number; total: number }>();
  for (const r of d.rounds) for (const o of r.objectives) {
    const m = met.get(o.teamName) ?? { met: 0, total: 0 };
    met.set(o.teamName, { met: m.met + o.met, total: m.total + o.total });
  }
  const scores = [...met].filter(([, m]) => m.total > 0).map(([name, m]) => t('score', { name, met: m.met, total: m.total }));
  if (scores.length) out.push(t('objectives', { scores: scores.join('; ') }));
  return out;
}

/**
 * Build the debrief from the session, the run of every round played (`run`), the same months
 * with no team decisions (`plain`) and, if computed, the effects of each decision.
 */
/** A scenario's title in the interface language. */
function scenarioTitleNow(id: string): string {
  const s = findScenario(id);
  return s ? contentText(s.id, 'title', s.title) : id;
}

export function buildDebrief(session: Session, runAtDefaults: RunResult, plainAtDefaults: RunResult, effects: readonly DecisionEffect[] | null): Debrief {
  const played = roundsRevealed(session);
  // The shared index is read with the session's weights everywhere: path, totals, scorecards.
  const weights = sessionWeights(session);
  const run = reweighResult(runAtDefaults, weights);
  const plain = reweighResult(plainAtDefaults, weights);
  const rounds: RoundSummary[] = Array.from({ length: played }, (_, r) => {
    const round = session.rounds[r];
    const event = round.event ? findEvent(round.event) : undefined;
    const figures: Record<string, number> = {};
    const businessAsUsual: Record<string, number> = {};
    for (const o of ROUND_FIGURES) {
      figures[o] = roundValue(run, o, session, r, isFlow(o));
      businessAsUsual[o] = roundValue(plain, o, session, r, isFlow(o));
    }
    const name = (id: string) => {
      const team = session.teams.find((t) => t.id === id);
      return team ? roleTextNow.teamName(team) : id;
    };
    return {
      round: r,
      ...(event ? { event: { id: event.id, name: roleTextNow.eventName(event), description: roleTextNow.eventDescription(event) } } : {}),
      decisions: session.teams
        .filter((t) => round.decisions[t.id] !== undefined)
        .map((t) => {
          const effect = effects?.find((e) => e.teamId === t.id && e.round === r);
          return { teamId: t.id, teamName: roleTextNow.teamName(t), changes: decisionChanges(session, r, t.id), ...(effect ? { effects: effect.effects } : {}) };
        }),
      figures,
      businessAsUsual,
      predictions: predictionResults(session, r, run).map((p) => ({ ...p, teamName: name(p.teamId) })),
      objectives: session.teams.map((t) => {
        const card = scorecard(t, session, r, run, plain);
        return { teamId: t.id, teamName: roleTextNow.teamName(t), met: card.filter((c) => c.met).length, total: card.length };
      }),
    };
  });
  const base = {
    title: roleTextNow.sessionTitle(session.title),
    scenarioTitle: scenarioTitleNow(session.scenarioId),
    yearsPerRound: session.yearsPerRound,
    roundsPlayed: played,
    roundsTotal: session.roundsTotal,
    seed: session.seed,
    agents: session.agents,
    teams: session.teams.map((t) => ({ id: t.id, name: roleTextNow.teamName(t) })),
    totals: EFFECT_OUTPUTS.map((output) => ({ output, value: sessionValue(run, output, session, played), businessAsUsual: sessionValue(plain, output, session, played) })),
    path: sessionPath(run, session, played),
    businessAsUsualPath: sessionPath(plain, session, played),
    rounds,
    effectsIncluded: effects !== null,
    shared: weighedScore(session, run, plain, played, weights),
    scores: teamScores(session, run, plain, played),
  };
  return { ...base, observations: observations(base), questions: discussionQuestions() };
}

/** How an effect reads: flows are totals over the rest of the session, the rest average changes. */
export function describeEffect(output: string, value: number): string {
  return isFlow(output) ? `${signed(output, value)}` : `${value > 0 ? '+' : value < 0 ? '−' : '±'}${one(Math.abs(value))}`;
}
