/**
 * Human-readable output: the summary of one run, the ensemble table over several seeds, and the
 * lever and scenario lists.
 */
import { LEVERS, OUTPUTS, ROUTES, aimableRoutes, defaultLevers, type OutputKey, type RouteLevers, type RouteOutputKey, type RunResult } from '../../models/index';
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
  readonly scenario: Pick<Scenario, 'id' | 'title'>;
  readonly agents: number;
  readonly months: number;
  /** Levers in force in month 0. */
  readonly levers: Record<string, number>;
  /** Timeline entries still in force after `--set` overrides. */
  readonly timelineEntries: number;
  /** Starting values aimed at single routes (scenario's and `--set KEY@ROUTE`). */
  readonly routeLevers?: RouteLevers;
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
  const aimed = Object.entries(ctx.routeLevers ?? {}).flatMap(([route, l]) => Object.entries(l).map(([k, v]) => `${k}@${route}=${v}`));
  if (aimed.length) lines.push(`Aimed at single routes from month 0: ${aimed.join(', ')}`);
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

/** The routes a lever can be aimed at with `--set KEY@ROUTE=V`, as text ('-' when it cannot be aimed). */
function aimText(key: string): string {
  const routes = aimableRoutes(key, ROUTES);
  return routes.length ? routes.join(' ') : '-';
}

function leverRows(): string[][] {
  return LEVERS.map((l) => [l.key, l.unit, `${l.min}–${l.max}`, String(l.defaultValue), aimText(l.key), `${l.label}. ${l.doc}`]);
}

/** `--list-levers`: key, unit, range, default, the routes it can be aimed at, and description of every lever. */
export function leverList(format: 'table' | 'json' | 'csv'): string {
  if (format === 'json') {
    return `${JSON.stringify(LEVERS.map((l) => ({ key: l.key, label: l.label, unit: l.unit, min: l.min, max: l.max, step: l.step, default: l.defaultValue, group: l.group, aimableAt: aimableRoutes(l.key, ROUTES), description: l.doc })))}\n`;
  }
  if (format === 'csv') {
    const rows = [
      ['key', 'unit', 'min', 'max', 'default', 'aimable_at', 'label', 'description'],
      ...LEVERS.map((l) => [l.key, l.unit, String(l.min), String(l.max), String(l.defaultValue), aimableRoutes(l.key, ROUTES).join(' '), l.label, l.doc]),
    ];
    return `${rows.map((r) => r.map(csvText).join(',')).join('\n')}\n`;
  }
  const align: Align[] = ['left', 'left', 'left', 'right', 'left', 'left'];
  const note = 'AIM AT lists the routes a lever can be aimed at with --set KEY@ROUTE=VALUE (- = every route only).';
  return `${columns([['KEY', 'UNIT', 'RANGE', 'DEFAULT', 'AIM AT', 'DESCRIPTION'], ...leverRows()], align)}\n\n${note}\n`;
}

/** `--by-route` tables: each route's and each method's totals over the run, and their fees, operators and boats in the last month. */
export function routeTables(result: RunResult): string {
  const out: string[] = ['By route and crossing method (totals over the run; fee, operators, capacity and boats in the last month)'];
  for (const series of result.routes) {
    const sum = (f: (m: (typeof series.months)[number]) => number) => series.months.reduce((s, m) => s + f(m), 0);
    const last = series.months[series.months.length - 1];
    const row = (label: string, get: (m: (typeof series.months)[number]) => Readonly<Record<RouteOutputKey, number>>) => {
      const attempts = sum((m) => get(m).attempts);
      const paid = attempts > 0 ? sum((m) => get(m).revenueUsd) / attempts : NaN;
      const end = last ? get(last) : undefined;
      return [
        label,
        groupDigits(attempts),
        groupDigits(sum((m) => get(m).departures)),
        groupDigits(sum((m) => get(m).arrivals)),
        groupDigits(sum((m) => get(m).deathsMissing)),
        groupDigits(sum((m) => get(m).interceptions)),
        groupDigits(sum((m) => get(m).pullbacks)),
        Number.isFinite(paid) ? groupDigits(paid) : 'n/a',
        end ? groupDigits(end.feeUsd) : 'n/a',
        end ? groupDigits(end.operators) : 'n/a',
        end ? groupDigits(end.capacity) : 'n/a',
        end ? groupDigits(end.vessels, 1) : 'n/a',
      ];
    };
    const rows = [
      ['', 'Attempts', 'Departures', 'Arrivals', 'Dead/missing', 'Stopped', 'Pulled back', 'Fee paid', 'Fee now', 'Operators', 'Seats/month', 'Boats'],
      row(`${series.label} (all methods)`, (m) => m),
      ...series.methods.map((method, j) => row(`  ${method.label}`, (m) => m.byMethod[j])),
    ];
    out.push('', columns(rows, ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'], '  '));
  }
  out.push('', 'Fees in USD; "Fee paid" is the mean paid over the run, "Fee now" the fee posted in the last month (for a route: the mean paid that month).');
  return `${out.join('\n')}\n`;
}

/** `--list-scenarios`: id and title of every built-in scenario. */
export function scenarioList(scenarios: readonly Scenario[], format: 'table' | 'json' | 'csv'): string {
  if (format === 'json') return `${JSON.stringify(scenarios.map((s) => ({ id: s.id, title: s.title, summary: s.summary })))}\n`;
  if (format === 'csv') return `${[['id', 'title'], ...scenarios.map((s) => [s.id, s.title])].map((r) => r.map(csvText).join(',')).join('\n')}\n`;
  return `${columns([['ID', 'TITLE'], ...scenarios.map((s) => [s.id, s.title])], ['left', 'left'])}\n`;
}
