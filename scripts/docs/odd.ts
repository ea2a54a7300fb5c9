/**
 * The generated parts of models/ODD.md. The parameter, route and output tables are rendered from
 * the model's own declarations (LEVERS, CALIBRATION_SPECS, ROUTES, OUTPUTS), and the calibration
 * check runs the baseline scenario, so the document cannot drift from the code: the docs test
 * regenerates the file and compares it with the one on disk.
 *
 * Everything here is pure: `regenerate(text)` returns the document with every generated section
 * rewritten and touches no file. Hand-written text outside the markers is left as it is.
 */
import {
  CALIBRATION_SPECS,
  LEVERS,
  LEVER_GROUPS,
  MODEL_VERSION,
  OUTPUTS,
  ROUTES,
  runModel,
  type ParamSpec,
  type RouteSpec,
  type RunResult,
} from '../../models/index';
import { findScenario } from '../../scenarios/index';
import { groupDigits } from '../cli/format';
import { percentile } from '../cli/stats';

/** The document the generator maintains. */
export const ODD_URL = new URL('../../models/ODD.md', import.meta.url);

// ── Markdown helpers ────────────────────────────────────────────────────────────────────────────

/** One table cell: pipes escaped, line breaks folded, so no text can break the table. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A number as written in the tables: integers with thousands separators, others as they are. */
export function formatNumber(n: number): string {
  return Number.isInteger(n) ? groupDigits(n) : String(n);
}

/** Significant figures shown for model results, which are illustrative anyway. */
const RESULT_DIGITS = 3;

/** Rounded to `digits` significant figures. */
function significant(n: number, digits = RESULT_DIGITS): number {
  if (n === 0 || !Number.isFinite(n)) return n;
  const exponent = digits - 1 - Math.floor(Math.log10(Math.abs(n)));
  // Multiply or divide by an exact power of ten, so 190,000 stays 190000 and not 190000.00000000003.
  const power = Math.pow(10, Math.abs(exponent));
  return exponent >= 0 ? Math.round(n * power) / power : Math.round(n / power) * power;
}

/** Rounded as text: 154,000 · 3.10 · 0.452 (trailing zeros kept below 1,000). */
function formatSignificant(n: number): string {
  const r = significant(n);
  return Math.abs(r) >= 10 ** (RESULT_DIGITS - 1) ? formatNumber(r) : r.toPrecision(RESULT_DIGITS);
}

const code = (s: string) => `\`${s}\``;

// ── Parameters ──────────────────────────────────────────────────────────────────────────────────

const PARAM_HEADER = ['Key', 'Label', 'Unit', 'Default', 'Range', 'What it does', 'Source'] as const;

function paramRow(p: ParamSpec): string[] {
  return [code(p.key), p.label, p.unit, formatNumber(p.defaultValue), `${formatNumber(p.min)} – ${formatNumber(p.max)}`, p.doc, p.source];
}

/** Headings for the calibration groups; a group not listed here is shown under its id. */
const CALIBRATION_GROUP_LABELS: Readonly<Record<string, string>> = {
  population: 'Population and resources',
  aspiration: 'Aspiration and capability',
  context: 'Regional context',
  regular: 'Regular pathways',
  choice: 'Channel choice',
  market: 'Smuggling market',
  journey: 'Journeys, interception, rescue and abuse',
  rootCauses: 'Root-cause investment',
  information: 'Information',
  indices: 'Reference values of the two indices',
};

/** Groups in order of first appearance, each with its members in declaration order. */
function groupBy(specs: readonly ParamSpec[]): Map<string, ParamSpec[]> {
  const out = new Map<string, ParamSpec[]>();
  for (const s of specs) {
    const list = out.get(s.group);
    if (list) list.push(s);
    else out.set(s.group, [s]);
  }
  return out;
}

function renderLevers(): string {
  const byGroup = groupBy(LEVERS);
  const known = new Set(LEVER_GROUPS.map((g) => g.id));
  const groups = [...LEVER_GROUPS, ...[...byGroup.keys()].filter((id) => !known.has(id)).map((id) => ({ id, label: id }))];
  const parts: string[] = [];
  for (const g of groups) {
    const members = byGroup.get(g.id);
    if (!members) continue;
    parts.push(`#### Levers: ${g.label}`, '', table(PARAM_HEADER, members.map(paramRow)), '');
  }
  return parts.join('\n');
}

function renderCalibration(): string {
  const parts: string[] = [];
  for (const [group, members] of groupBy(CALIBRATION_SPECS)) {
    parts.push(`#### Calibration: ${CALIBRATION_GROUP_LABELS[group] ?? group}`, '', table(PARAM_HEADER, members.map(paramRow)), '');
  }
  return parts.join('\n');
}

type RouteField = Exclude<keyof RouteSpec, 'id' | 'label' | 'source'>;

/**
 * What each route property means. Typed over every field of RouteSpec, so adding a field to the
 * route declaration fails to compile here until it is documented.
 */
const ROUTE_FIELDS: Readonly<Record<RouteField, { label: string; unit: string; doc: string }>> = {
  sea: { label: 'Sea crossing', unit: 'yes/no', doc: 'Vessel quality, rescue and pull-backs act only on sea routes.' },
  baseFeeUsd: { label: 'Base fee', unit: 'USD', doc: 'Fee for the whole journey with no enforcement and supply matching demand.' },
  crossingDeathRisk: { label: 'Crossing death risk', unit: 'per attempt', doc: 'Death risk of the final crossing with seaworthy boats, no rescue and no evasion.' },
  landDeathPerMonth: { label: 'Overland death risk', unit: 'per month', doc: 'Monthly death risk on the way to the crossing point.' },
  abusePerMonth: { label: 'Abuse in transit', unit: 'per month', doc: 'Monthly chance of an abuse incident while travelling, before safeguards.' },
  baseInterception: { label: 'Routine interception', unit: 'per crossing', doc: 'Chance of being stopped at the crossing with no enforcement effort.' },
  transitMonths: { label: 'Time to the crossing', unit: 'months', doc: 'The crossing is attempted in this month of the journey at the earliest.' },
  enforcementExposure: { label: 'Exposure to interdiction', unit: 'share 0–1', doc: 'How much of the interdiction effort reaches this route (1 = easily patrolled).' },
};

function routeValue(v: number | boolean): string {
  return typeof v === 'boolean' ? (v ? 'yes' : 'no') : formatNumber(v);
}

function renderRoutes(routes: readonly RouteSpec[]): string {
  const header = ['Property', 'Unit', ...routes.map((r) => `${r.label} (${code(r.id)})`), 'What it means'];
  const rows = (Object.keys(ROUTE_FIELDS) as RouteField[]).map((f) => [
    ROUTE_FIELDS[f].label,
    ROUTE_FIELDS[f].unit,
    ...routes.map((r) => routeValue(r[f])),
    ROUTE_FIELDS[f].doc,
  ]);
  const sources = routes.map((r) => `- ${r.label} (${code(r.id)}): ${cell(r.source)}`);
  return ['#### Routes', '', table(header, rows), '', 'Sources of the route values:', '', ...sources, ''].join('\n');
}

export function renderParameters(): string {
  return [
    `*Generated from \`models/params/levers.ts\`, \`models/params/calibration.ts\` and \`models/routes.ts\` (model version ${MODEL_VERSION}) by \`npm run docs\`. Do not edit by hand.*`,
    '',
    renderLevers(),
    renderCalibration(),
    renderRoutes(ROUTES),
  ].join('\n');
}

// ── Outputs ─────────────────────────────────────────────────────────────────────────────────────

export function renderOutputs(): string {
  const rows = OUTPUTS.map((o) => [code(o.key), o.label, o.unit, o.kind, o.doc]);
  return [
    `*Generated from \`models/outputs.ts\` by \`npm run docs\`. Do not edit by hand.*`,
    '',
    table(['Key', 'Label', 'Unit', 'Kind', 'What it measures'], rows),
    '',
  ].join('\n');
}

// ── Calibration check ───────────────────────────────────────────────────────────────────────────

/** Seeds of the baseline ensemble: the check reports the median and the range over them. */
export const CHECK_SEEDS: readonly number[] = [1, 2, 3, 4, 5];
const BASELINE_SCENARIO_ID = 'baseline';
/** The route that plays the Central Mediterranean, and the one that plays the Eastern Mediterranean. */
const CENTRAL_MED_ROUTE = 'desertSea';
const EASTERN_MED_ROUTE = 'shortSea';

interface Target {
  readonly label: string;
  readonly low: number;
  readonly high: number;
  readonly percent?: boolean;
  readonly evidence: string;
  readonly measure: (r: RunResult, years: number) => number;
}

function routeDeathRate(r: RunResult, id: string): number {
  const route = r.summary.byRoute.find((b) => b.route === id);
  if (!route) throw new Error(`calibration check: no route "${id}" in the model's routes`);
  return route.deathRatePerAttempt;
}

const TARGETS: readonly Target[] = [
  {
    label: 'Journeys ended a year (arrived, died or intercepted), all routes',
    low: 156_992,
    high: 200_350,
    evidence: 'Attempted Central Mediterranean crossings 2014–2016 = arrivals + dead + coastguard returns (derived in EVIDENCE.md §1.1).',
    measure: (r, y) => r.summary.journeysEnded / y,
  },
  {
    label: 'Irregular arrivals a year',
    low: 153_842,
    high: 181_436,
    evidence: 'Sea arrivals in Italy 2014–2016 (UNHCR).',
    measure: (r, y) => r.summary.irregularArrivals / y,
  },
  {
    label: 'Dead and missing a year',
    low: 3_150,
    high: 4_582,
    evidence: 'Central Mediterranean dead and missing 2014–2016 (IOM Missing Migrants Project).',
    measure: (r, y) => r.summary.deathsMissing / y,
  },
  {
    label: 'Deaths per ended journey, desert and long sea route',
    low: 0.0183,
    high: 0.0229,
    percent: true,
    evidence: 'Central Mediterranean 2014–2017, derived year by year (EVIDENCE.md §1.1); ISPI: 2.1% on average.',
    measure: (r) => routeDeathRate(r, CENTRAL_MED_ROUTE),
  },
  {
    label: 'Deaths per ended journey, short sea route',
    low: 0.001,
    high: 0.002,
    percent: true,
    evidence: 'Eastern Mediterranean 2015–2016: about 0.1–0.2% (derived, EVIDENCE.md stylised fact 12).',
    measure: (r) => routeDeathRate(r, EASTERN_MED_ROUTE),
  },
  {
    label: 'Pull-backs as a share of ended journeys',
    low: 0.07,
    high: 0.11,
    percent: true,
    evidence: 'Libyan coastguard returns as a share of Central Mediterranean attempts, 2016–2017 (derived, EVIDENCE.md §1.1).',
    measure: (r) => (r.summary.journeysEnded > 0 ? r.summary.pullbacks / r.summary.journeysEnded : 0),
  },
  {
    label: 'Mean fee paid (USD)',
    low: 1_000,
    high: 4_000,
    evidence: 'Sea leg from Libya to Italy, USD 1,000–4,000 (Handelsblatt Global c. 2015, as reported); overland legs cost extra.',
    measure: (r) => r.summary.meanFeeUsd,
  },
];

export function renderCalibrationCheck(): string {
  const scenario = findScenario(BASELINE_SCENARIO_ID);
  if (!scenario) throw new Error(`calibration check: no built-in scenario "${BASELINE_SCENARIO_ID}"`);
  const runs = CHECK_SEEDS.map((seed) =>
    runModel({ levers: scenario.levers, timeline: scenario.timeline, calibration: scenario.calibration, months: scenario.months, seed }),
  );
  const years = runs[0].months.length / 12;
  // Model results are rounded; evidence is shown as published (percentages to 0.01 point).
  const show = (t: Target, v: number) => (t.percent ? `${formatSignificant(100 * v)}%` : formatSignificant(v));
  const exact = (t: Target, v: number) => (t.percent ? `${formatNumber(Number((100 * v).toFixed(2)))}%` : formatNumber(v));
  const rows = TARGETS.map((t) => {
    const values = runs.map((r) => t.measure(r, years));
    // Judge the rounded median, the figure the reader sees, so the verdict and the number agree.
    const m = significant(percentile(values, 0.5));
    const verdict = m < t.low ? 'below' : m > t.high ? 'above' : 'within';
    return [t.label, show(t, m), `${show(t, Math.min(...values))} – ${show(t, Math.max(...values))}`, `${exact(t, t.low)} – ${exact(t, t.high)}`, verdict, t.evidence];
  });
  return [
    `*Generated by \`npm run docs\`: the \`${BASELINE_SCENARIO_ID}\` scenario, model version ${MODEL_VERSION}, ${formatNumber(runs[0].agents)} agents, seeds ${CHECK_SEEDS.join(', ')}. Yearly figures are means over the ${formatNumber(years)}-year run; model figures are rounded to ${RESULT_DIGITS} significant figures. Do not edit by hand.*`,
    '',
    table(['Quantity', 'Baseline (median)', 'Range over seeds', 'Evidence', 'Verdict', 'Source of the evidence'], rows),
    '',
  ].join('\n');
}

// ── The document ────────────────────────────────────────────────────────────────────────────────

/** Generated sections, by marker name, in the order they appear in the document. */
export const GENERATED_SECTIONS: Readonly<Record<string, () => string>> = {
  parameters: renderParameters,
  outputs: renderOutputs,
  'calibration-check': renderCalibrationCheck,
};

const begin = (name: string) => `<!-- BEGIN GENERATED: ${name} -->`;
const end = (name: string) => `<!-- END GENERATED: ${name} -->`;

/** Replace the text between one pair of markers; both markers must be present exactly once. */
export function replaceSection(doc: string, name: string, body: string): string {
  const open = begin(name);
  const close = end(name);
  const start = doc.indexOf(open);
  const stop = doc.indexOf(close);
  if (start < 0 || stop < 0) throw new Error(`models/ODD.md: missing marker ${start < 0 ? open : close}`);
  if (doc.indexOf(open, start + 1) >= 0 || doc.indexOf(close, stop + 1) >= 0) throw new Error(`models/ODD.md: the markers of "${name}" appear more than once`);
  if (stop < start) throw new Error(`models/ODD.md: ${close} comes before ${open}`);
  return `${doc.slice(0, start + open.length)}\n${body.trimEnd()}\n${doc.slice(stop)}`;
}

/** The document with every generated section rewritten from the code. */
export function regenerate(doc: string): string {
  let out = doc;
  for (const [name, render] of Object.entries(GENERATED_SECTIONS)) out = replaceSection(out, name, render());
  return out;
}
