/**
 * Human-readable output: the summary of one run, the ensemble table over several seeds, and the
 * lever and scenario lists.
 */
import { LEVERS, OUTPUTS, defaultLevers, type OutputKey, type RunResult } from '../../models/index';
import type { Scenario } from '../../scenarios/index';
import { OUTPUT_BY_KEY, columns, csvText, groupDigits, valueParts, type Align } from './format';
import { escapeControl } from './escape';
import type { Ensemble } from './stats';

/** Totals over the run (flows, with the rate and the mean fee computed from them). */
const TOTAL_KEYS: readonly OutputKey[] = [
  'smugglingDemand',
  'repeatAttempts',
  'irregularArrivals',
  'regularArrivals',
  'deathsMissing',
  'deathRatePerAttempt',
  'interceptions',
  'pullbacks',
  'returns',
  'abuseIncidents',
  'meanFeeUsd',
  'smugglerRevenueUsd',
];

/** Stocks and levels as they stand in the last month. */
const END_KEYS: readonly OutputKey[] = [
  'inTransit',
  'stranded',
  'regularQueue',
  'trappedPopulation',
  'smugglingCapacity',
  'vesselQuality',
  'insecurityIndex',
];

export interface RunContext {
  readonly scenario: Scenario;
  readonly agents: number;
  readonly months: number;
  /** Levers in force in month 0. */
  readonly levers: Record<string, number>;
  /** Timeline entries still in force after `--set` overrides. */
  readonly timelineEntries: number;
}

function heading(ctx: RunContext, seedText: string): string[] {
  const years = ctx.months % 12 === 0 ? ` (${ctx.months / 12} year${ctx.months === 12 ? '' : 's'})` : '';
  const lines = [
    // The title comes from the scenario file: shown with its control characters escaped.
    `Crossings: scenario "${ctx.scenario.id}", ${escapeControl(ctx.scenario.title)}`,
    `${groupDigits(ctx.agents)} agents, ${ctx.months} months${years}, ${seedText}`,
  ];
  const defaults = defaultLevers();
  const changed = LEVERS.filter((l) => ctx.levers[l.key] !== defaults[l.key]).map((l) => `${l.key}=${ctx.levers[l.key]}`);
  lines.push(`Levers differing from the defaults at month 0: ${changed.length ? changed.join(', ') : 'none'}`);
  if (ctx.timelineEntries > 0) lines.push(`Timeline: ${ctx.timelineEntries} scheduled lever change${ctx.timelineEntries === 1 ? '' : 's'}`);
  return lines;
}

function figureRows(keys: readonly OutputKey[], values: Record<OutputKey, number>): string[][] {
  return keys.map((k) => {
    const spec = OUTPUT_BY_KEY.get(k)!;
    return [spec.label, ...valueParts(spec, values[k])];
  });
}

/** The readable summary of one run (the default `--format table`). */
export function runTable(result: RunResult, ctx: RunContext): string {
  const s = result.summary;
  const out: string[] = [...heading(ctx, `seed ${result.seed}`), ''];
  out.push(`Totals over the ${ctx.months} months`);
  out.push(columns(figureRows(TOTAL_KEYS, s), ['left', 'right', 'left'], '  '), '');
  out.push(`At the end of month ${ctx.months}`);
  out.push(columns(figureRows(END_KEYS, s), ['left', 'right', 'left'], '  '), '');
  out.push('Indices (0–100, higher is more secure; mean over all months)');
  out.push(columns(figureRows(['humanSecurityIndex', 'stateSecurityIndex'], s), ['left', 'right', 'left'], '  '), '');
  out.push('By route (totals over the run)');
  const routeRows = [
    ['Route', 'Attempts', 'Arrivals', 'Dead and missing', 'Interceptions', 'Deaths per journey'],
    ...s.byRoute.map((r) => [
      r.label,
      groupDigits(r.attempts),
      groupDigits(r.arrivals),
      groupDigits(r.deathsMissing),
      groupDigits(r.interceptions),
      `${(r.deathRatePerAttempt * 100).toFixed(2)}%`,
    ]),
  ];
  out.push(columns(routeRows, ['left', 'right', 'right', 'right', 'right', 'right'], '  '));
  out.push('', 'Counts are people (agents scaled to the population); "Deaths per journey" is deaths per ended journey.');
  return `${out.join('\n')}\n`;
}

/** Median and 5–95% range of every summary output over the seeds (`--seeds K --format table`). */
export function ensembleTable(ensemble: Ensemble, ctx: RunContext): string {
  const first = ensemble.seeds[0];
  const last = ensemble.seeds[ensemble.seeds.length - 1];
  const seedText = ensemble.seeds.length === 1 ? `seed ${first}` : `${ensemble.seeds.length} seeds (${first} to ${last})`;
  const rows = [
    ['Output', 'Unit', 'Median', '5%', '95%'],
    ...OUTPUTS.map((o) => {
      const unit = valueParts(o, 0)[1].replace(/^\((.*)\)$/, '$1') || (o.kind === 'rate' ? 'percent' : o.unit);
      return [o.label, unit, ...[ensemble.median, ensemble.p5, ensemble.p95].map((v) => valueParts(o, v[o.key])[0])];
    }),
  ];
  const out = [...heading(ctx, seedText), ''];
  out.push(columns(rows, ['left', 'left', 'right', 'right', 'right'], '  '));
  out.push(
    '',
    'Flows are totals over the run, stocks and levels are at the last month, indices are means over the months.',
    'Percentiles interpolate linearly between the nearest ranks of the per-seed values.',
  );
  return `${out.join('\n')}\n`;
}

function leverRows(): string[][] {
  return LEVERS.map((l) => [l.key, l.unit, `${l.min}–${l.max}`, String(l.defaultValue), `${l.label}. ${l.doc}`]);
}

/** `--list-levers`: key, unit, range, default and description of every lever. */
export function leverList(format: 'table' | 'json' | 'csv'): string {
  if (format === 'json') {
    return `${JSON.stringify(LEVERS.map((l) => ({ key: l.key, label: l.label, unit: l.unit, min: l.min, max: l.max, step: l.step, default: l.defaultValue, group: l.group, description: l.doc })))}\n`;
  }
  if (format === 'csv') {
    const rows = [['key', 'unit', 'min', 'max', 'default', 'label', 'description'], ...LEVERS.map((l) => [l.key, l.unit, String(l.min), String(l.max), String(l.defaultValue), l.label, l.doc])];
    return `${rows.map((r) => r.map(csvText).join(',')).join('\n')}\n`;
  }
  const align: Align[] = ['left', 'left', 'left', 'right', 'left'];
  return `${columns([['KEY', 'UNIT', 'RANGE', 'DEFAULT', 'DESCRIPTION'], ...leverRows()], align)}\n`;
}

/** `--list-scenarios`: id and title of every built-in scenario. */
export function scenarioList(scenarios: readonly Scenario[], format: 'table' | 'json' | 'csv'): string {
  if (format === 'json') return `${JSON.stringify(scenarios.map((s) => ({ id: s.id, title: s.title, summary: s.summary })))}\n`;
  if (format === 'csv') return `${[['id', 'title'], ...scenarios.map((s) => [s.id, s.title])].map((r) => r.map(csvText).join(',')).join('\n')}\n`;
  return `${columns([['ID', 'TITLE'], ...scenarios.map((s) => [s.id, s.title])], ['left', 'left'])}\n`;
}
