/**
 * The generated parts of models/ODD.md. The parameter, route and output tables are rendered from
 * the model's own declarations (LEVERS, CALIBRATION_SPECS, ROUTES, OUTPUTS); the table of fixed
 * constants is read from the model's source files; the calibration check runs the baseline
 * scenario and the history check runs the historical scenario. So the document cannot drift from
 * the code: the docs test regenerates the file and compares it with the one on disk.
 *
 * `regenerate(text)` returns the document with every generated section rewritten. It writes no
 * file (it only reads the model's sources). Hand-written text outside the markers is left as it is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  AIMABLE_LEVER_KEYS,
  CALIBRATION,
  CALIBRATION_DOCS,
  CALIBRATION_SPECS,
  DEFAULT_AGENTS,
  FEE_INDEX_WEIGHTS,
  LAND_TRACKS,
  LEVERS,
  LEVER_GROUPS,
  METHODS,
  formatWeight,
  formulaText,
  INDEX_DECLARATIONS,
  STATE_READING_IDS,
  STATE_READINGS,
  STATE_SECURITY_INDEX,
  MODEL_VERSION,
  OUTPUTS,
  ROUTE_OUTPUTS,
  ROUTES,
  aimableRoutes,
  methodKey,
  RUN_LIMIT_TABLE,
  runModel,
  type MethodSpec,
  type ParamSpec,
  type RouteSpec,
  type RunResult,
} from '../../models/index';
import { findScenario, scenarioToRunInput } from '../../scenarios/index';
import { historicalFit, type SeriesFit } from '../../scenarios/history';
import { renderCalibrationFit } from './calibration-fit';
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
  if (r === 0) return '0';
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
  sea: { label: 'Sea crossing', unit: 'yes/no', doc: 'Boats, rescue, pull-backs, vessel destruction and the weather act only on sea routes.' },
  runningCostUsd: { label: 'Running cost', unit: 'USD per passenger', doc: 'Cost per passenger of an operator of median cost on the usual land track: logistics, safe houses, bribes. Vessels and crew come on top.' },
  crossingDeathRisk: { label: 'Crossing death risk', unit: 'per crossing', doc: 'Death risk of the route’s safest method in calm weather with no rescue; methods are multiples of it.' },
  landDeathPerMonth: { label: 'Overland death risk', unit: 'per month', doc: 'Monthly death risk on the way to the crossing point, on the usual track.' },
  abusePerMonth: { label: 'Abuse in transit', unit: 'per month', doc: 'Monthly chance of an abuse incident while travelling or waiting at the coast.' },
  baseInterception: { label: 'Routine interception', unit: 'per crossing', doc: 'Chance that routine controls stop a fully visible crossing with no enforcement effort.' },
  transitMonths: { label: 'Time to the crossing', unit: 'months', doc: 'The crossing is attempted in this month of the journey at the earliest; a journey longer than one month has a land leg.' },
  enforcementExposure: { label: 'Exposure to patrols', unit: 'share 0–1', doc: 'Share of the route the destination’s patrols can watch (1 = a narrow, easily patrolled strait).' },
  operatorCapacityPerMillion: { label: 'Operator capacity', unit: 'people/month per million represented', doc: 'Mean number of people one operator can organise in a month, per million people the agents stand for.' },
  vesselTripsPerMonth: { label: 'Trips of a reusable vessel', unit: 'per month', doc: 'Crossings (with the return) a reusable vessel makes in a month of calm weather.' },
  vesselPool: { label: 'Reusable vessels for sale', unit: 'vessels', doc: 'Stock of reusable vessels smugglers can buy at the start, and the most the stock can hold.' },
  vesselPoolRefillPerMonth: { label: 'New reusable vessels', unit: 'vessels/month', doc: 'Reusable vessels coming up for sale each month.' },
  interdictionCapacityAtFull: { label: 'Patrol capacity at full strength', unit: 'people/month', doc: 'Most people the destination’s patrols can stop in a month at full strength.' },
  pullbackCapacityAtFull: { label: 'Pull-back capacity at full strength', unit: 'people/month', doc: 'Most people the transit coastguard can pull back in a month at full strength.' },
  rescueCapacityAtFull: { label: 'Rescue capacity at full strength', unit: 'people/month', doc: 'Most people in distress rescue assets can save in a month at full strength.' },
  landPatrolCapacityAtFull: { label: 'Desert patrol capacity at full strength', unit: 'people/month', doc: 'Most people desert patrols can stop on the land leg in a month at full strength (interdiction lever of the route).' },
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

type MethodField = Exclude<keyof MethodSpec, 'id' | 'route' | 'label' | 'source'>;

/** What each method property means; typed over every field of MethodSpec, so a new field must be documented here. */
const METHOD_FIELDS: Readonly<Record<MethodField, { label: string; unit: string }>> = {
  vesselPriceUsd: { label: 'Vessel (papers) price', unit: 'USD' },
  seatsPerVessel: { label: 'People per vessel', unit: 'people' },
  reusable: { label: 'Reusable', unit: 'yes/no' },
  seaworthy: { label: 'Seaworthy', unit: 'yes/no' },
  crewPerTripUsd: { label: 'Crew per trip', unit: 'USD' },
  interdictionVisibility: { label: 'Visible to patrols', unit: 'share 0–1' },
  pullbackVisibility: { label: 'Visible to the coastguard', unit: 'share 0–1' },
  roughExposure: { label: 'Rough weather met', unit: 'share 0–1' },
  riskCalm: { label: 'Risk in calm weather', unit: '× crossingDeathRisk' },
  riskRough: { label: 'Risk in rough weather', unit: '× crossingDeathRisk' },
  fatalityInDistress: { label: 'Dying if in distress and not rescued', unit: 'share 0–1' },
  suddenLossShare: { label: 'Distress beyond any rescue', unit: 'share 0–1' },
};

function renderMethods(): string {
  const parts: string[] = ['#### Crossing methods', ''];
  for (const route of ROUTES) {
    const methods = METHODS.filter((m) => m.route === route.id);
    const header = ['Property', 'Unit', ...methods.map((m) => `${m.label} (${code(m.id)})`)];
    const rows = (Object.keys(METHOD_FIELDS) as MethodField[]).map((f) => [METHOD_FIELDS[f].label, METHOD_FIELDS[f].unit, ...methods.map((m) => routeValue(m[f]))]);
    parts.push(`${route.label} (${code(route.id)}):`, '', table(header, rows), '');
  }
  const sources = [...new Map(METHODS.map((m) => [m.source, m])).values()].map((m) => `- ${METHODS.filter((x) => x.source === m.source).map((x) => code(methodKey(x))).join(', ')}: ${cell(m.source)}`);
  parts.push('Sources of the method values:', '', ...sources, '');
  parts.push('#### Land tracks', '', table(['Track', 'Running cost', 'Death risk', 'Visible to desert patrols', 'Source'], LAND_TRACKS.map((t) => [`${t.label} (${code(t.id)})`, `× ${formatNumber(t.runningCostMultiple)}`, `× ${formatNumber(t.deathMultiple)} landDeathPerMonth`, formatNumber(t.patrolVisibility), t.source])), '');
  return parts.join('\n');
}

function renderAiming(): string {
  const rows = AIMABLE_LEVER_KEYS.map((k) => [code(k), aimableRoutes(k, ROUTES).map(code).join(', ')]);
  return ['#### Levers that can be aimed at a route', '', table(['Lever', 'Routes it can be aimed at (`--set KEY@ROUTE=V`, `route` in a timeline entry, `routeLevers` in a scenario)'], rows), '', 'Every other lever acts on all routes at once.', ''].join('\n');
}

function renderFeeWeights(): string {
  const rows = METHODS.map((m) => [code(methodKey(m)), formatNumber(FEE_INDEX_WEIGHTS[methodKey(m)] ?? 0)]);
  return ['#### Weights of the fixed-mix fee index', '', table(['Method', 'Weight'], rows), '', 'The baseline’s shares of hires by route and method (`models/fee-index.ts`; `npx tsx scripts/model/fee-index-weights.ts` measures them again).', ''].join('\n');
}

export function renderParameters(): string {
  return [
    `*Generated from \`models/params/levers.ts\`, \`models/params/calibration.ts\`, \`models/params/calibration-docs.ts\`, \`models/routes.ts\`, \`models/methods.ts\`, \`models/aim.ts\` and \`models/fee-index.ts\` (model version ${MODEL_VERSION}) by \`npm run docs\`. Do not edit by hand.*`,
    '',
    renderLevers(),
    renderAiming(),
    renderCalibration(),
    renderRoutes(ROUTES),
    renderMethods(),
    renderFeeWeights(),
  ].join('\n');
}

// ── Outputs ─────────────────────────────────────────────────────────────────────────────────────

export function renderOutputs(): string {
  const rows = OUTPUTS.map((o) => [code(o.key), o.label, o.unit, o.kind, o.doc]);
  const routeRows = ROUTE_OUTPUTS.map((o) => [code(o.key), o.label, o.unit, o.kind, o.doc]);
  return [
    `*Generated from \`models/outputs.ts\` by \`npm run docs\`. Do not edit by hand.*`,
    '',
    table(['Key', 'Label', 'Unit', 'Kind', 'What it measures'], rows),
    '',
    'Per route and per crossing method, month by month (`RunResult.routes`; the JSON record’s `routes`; `simulate --by-route --format csv`):',
    '',
    table(['Key', 'Label', 'Unit', 'Kind', 'What it measures'], routeRows),
    '',
  ].join('\n');
}

// ── The two indices ─────────────────────────────────────────────────────────────────────────────

export function renderIndices(): string {
  const rows = INDEX_DECLARATIONS.flatMap((index) => index.terms.map((t) => [index.label, code(t.name), code(t.output), formatWeight(t.weight), t.meaning]));
  const readings = STATE_READING_IDS.map((id) => [code(id), formulaText(STATE_SECURITY_INDEX, STATE_READINGS[id])]);
  const references = [...new Set(INDEX_DECLARATIONS.flatMap((d) => d.references))].map((key) => [
    code(key),
    formatNumber(CALIBRATION[key].defaultValue),
    CALIBRATION[key].unit,
    CALIBRATION_DOCS[key].source,
  ]);
  return [
    `*Generated from \`models/indices.ts\` by \`npm run docs\`: the declaration the model computes the indices from and the explorer shows. Do not edit by hand.*`,
    '',
    '```',
    ...INDEX_DECLARATIONS.map((d) => formulaText(d)),
    '```',
    '',
    'Each term is a monthly output of its own (column Output), a harm divided by a reference value and never capped: twice the harm is twice the term. Weights are the defaults; the explorer, a scenario file and `--weights` may set others, and the index is then 100 × (1 − Σ wₜ·termₜ ÷ Σ wₜ).',
    '',
    table(['Index', 'Term', 'Output', 'Weight', 'What it measures'], rows),
    '',
    'The reference values the terms are divided by:',
    '',
    table(['Constant', 'Value', 'Unit', 'Source'], references),
    '',
    'The three readings of State security (weights over the same State terms; `control` is the default):',
    '',
    table(['Reading', 'Formula'], readings),
    '',
  ].join('\n');
}

// ── Run limits ──────────────────────────────────────────────────────────────────────────────────

export function renderLimits(): string {
  const rows = Object.entries(RUN_LIMIT_TABLE).map(([key, l]) => [code(key), l.what, formatNumber(l.min), formatNumber(l.max), l.reason]);
  return [
    `*Generated from \`models/limits.ts\` by \`npm run docs\`: the one declaration every way into the model (its input check, the command line and sweeps, scenario files, links to the explorer and Compare, the seminar) takes its ranges from. Do not edit by hand.*`,
    '',
    table(['Limit', 'What', 'Lowest', 'Highest', 'Why'], rows),
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

/** Sea deaths on a route per attempted crossing: dead at sea ÷ (arrivals + dead at sea + pull-backs), the evidence's definition. */
function seaDeathRate(r: RunResult, id: string): number {
  const route = r.routes.find((x) => x.route === id);
  if (!route) throw new Error(`calibration check: no route "${id}" in the model's routes`);
  let sea = 0;
  let attempts = 0;
  for (const m of route.months) {
    sea += m.deathsMissing - m.deathsOnLand;
    attempts += m.arrivals + (m.deathsMissing - m.deathsOnLand) + m.pullbacks;
  }
  return attempts > 0 ? sea / attempts : 0;
}

const TARGETS: readonly Target[] = [
  {
    label: 'Journeys ended a year (arrived, died or intercepted), all routes',
    low: 156_992,
    high: 200_350,
    evidence: 'Attempted Central Mediterranean crossings 2014–2016 = arrivals + dead + coastguard returns (derived in docs/EVIDENCE.md#central-med-death-rate).',
    measure: (r, y) => r.summary.journeysEnded / y,
  },
  {
    label: 'Irregular arrivals a year',
    low: 153_842,
    high: 181_436,
    evidence: 'Sea arrivals in Italy 2014–2016 (UNHCR; docs/EVIDENCE.md#central-med-series).',
    measure: (r, y) => r.summary.irregularArrivals / y,
  },
  {
    label: 'Dead and missing a year (land and sea)',
    low: 3_150,
    high: 4_582,
    evidence: 'Central Mediterranean dead and missing at sea 2014–2016 (IOM Missing Migrants Project; docs/EVIDENCE.md#central-med-series); the model’s figure adds deaths on the land leg.',
    measure: (r, y) => r.summary.deathsMissing / y,
  },
  {
    label: 'Dead on the land leg a year',
    low: 875,
    high: 9_000,
    evidence: 'At least 1,750 deaths on the land routes to the Mediterranean in 2018–2019 (UNHCR & MMC 2020, a floor; docs/EVIDENCE.md#unhcr-mmc-2020); land routes estimated twice as deadly as the sea (UNHCR/IOM/MMC 2024, very uncertain).',
    measure: (r, y) => r.summary.deathsOnLand / y,
  },
  {
    label: 'Sea deaths per attempted crossing, desert and long sea route',
    low: 0.0183,
    high: 0.0229,
    percent: true,
    evidence: 'Central Mediterranean 2014–2017, dead ÷ (arrivals + dead + coastguard returns), year by year (docs/EVIDENCE.md#central-med-death-rate); ISPI: 2.1% on average.',
    measure: (r) => seaDeathRate(r, CENTRAL_MED_ROUTE),
  },
  {
    label: 'Sea deaths per attempted crossing, short sea route',
    low: 0.001,
    high: 0.002,
    percent: true,
    evidence: 'Eastern Mediterranean 2015–2016: about 0.1–0.2% (derived, docs/EVIDENCE.md#pattern-12).',
    measure: (r) => seaDeathRate(r, EASTERN_MED_ROUTE),
  },
  {
    label: 'Pull-backs as a share of ended journeys',
    low: 0.07,
    high: 0.11,
    percent: true,
    evidence: 'Libyan coastguard returns as a share of Central Mediterranean attempts, 2016–2017 (derived, docs/EVIDENCE.md#central-med-death-rate).',
    measure: (r) => (r.summary.journeysEnded > 0 ? r.summary.pullbacks / r.summary.journeysEnded : 0),
  },
  {
    label: 'Mean fee paid (USD)',
    low: 1_000,
    high: 4_000,
    evidence: 'Sea leg from Libya to Italy, USD 1,000–4,000 (Handelsblatt Global c. 2015, as reported; docs/EVIDENCE.md#libya-fees); overland legs cost extra.',
    measure: (r) => r.summary.meanFeeUsd,
  },
];

export function renderCalibrationCheck(): string {
  const scenario = findScenario(BASELINE_SCENARIO_ID);
  if (!scenario) throw new Error(`calibration check: no built-in scenario "${BASELINE_SCENARIO_ID}"`);
  const runs = CHECK_SEEDS.map((seed) => runModel({ ...scenarioToRunInput(scenario), seed }));
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

// ── Fixed constants ─────────────────────────────────────────────────────────────────────────────

/** The model's source folder; the constants table lists what its files declare. */
const MODELS_URL = new URL('../../models/', import.meta.url);

/**
 * Folders of models/ that are not part of the simulation's mechanisms: the analysis helpers
 * (sweeps, ensembles) have limits of their own but do not change what a run computes.
 */
const NOT_MECHANISM_FOLDERS: readonly string[] = ['analysis/'];

/** Files of models/ whose constants are those of arithmetic, not of a mechanism: exp, log and pow from exact operations. */
const NOT_MECHANISM_FILES: readonly string[] = ['portable-math.ts'];

/**
 * Top-level constants that are codes or bookkeeping rather than numbers of a mechanism. Every
 * other upper-case constant declared on one line at the top level of a file in models/ is listed.
 */
const NOT_MECHANISM_CONSTANTS: Readonly<Record<string, string>> = {
  STATE_COUNT: 'the number of state codes',
  UNSCHEDULED: 'a code in the decision-month column',
  NEVER: 'a code in the decision-month column',
};

/** What a constant does, for the few declared without a comment in the code. */
const UNDOCUMENTED_ROLES: Readonly<Record<string, string>> = {
  DEFAULT_AGENTS: 'Number of agents when a run does not say.',
  DEFAULT_MONTHS: 'Months recorded when a run or scenario does not say.',
  DEFAULT_SEED: 'Seed when a run does not say.',
};

export interface FixedConstant {
  readonly name: string;
  /** Path inside models/, e.g. `phases/market.ts`. */
  readonly file: string;
  /** The value as written in the code. */
  readonly value: string;
  /** The doc comment above the declaration (or above the group it belongs to), as one line. */
  readonly role: string;
}

/** One top-level constant declaration on a single line: `[export] const NAME = value;`. */
const DECLARATION = /^(?:export )?const ([A-Z][A-Z0-9_]*) = (.+);$/;

/** The comment that ends on the line above `index`, joined into one line; '' if there is none. */
function commentAbove(lines: readonly string[], index: number): string {
  let k = index - 1;
  const above = lines[k]?.trim() ?? '';
  if (above.startsWith('//')) {
    const parts: string[] = [];
    while (k >= 0 && lines[k].trim().startsWith('//')) parts.unshift(lines[k--].trim().replace(/^\/\/\s?/, ''));
    return parts.join(' ').trim();
  }
  if (!above.endsWith('*/')) return '';
  const parts: string[] = [];
  while (k >= 0) {
    const line = lines[k].trim();
    parts.unshift(line);
    if (line.startsWith('/*')) break;
    k--;
  }
  return parts
    .join(' ')
    .replace(/^\/\*\*?/, '')
    .replace(/\*\/$/, '')
    .replace(/\s\*\s/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Source files of models/, sorted, tests and non-mechanism folders left out. */
function modelSourceFiles(): string[] {
  const root = fileURLToPath(MODELS_URL);
  return (readdirSync(root, { recursive: true }) as string[])
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !NOT_MECHANISM_FOLDERS.some((d) => f.startsWith(d)) && !NOT_MECHANISM_FILES.includes(f))
    .sort();
}

/**
 * Every numeric constant fixed in the model's code, file by file in declaration order. Only
 * single-line, top-level declarations of upper-case names count; strings and lists are data,
 * not constants. A constant with no comment of its own shares the comment of the group it follows.
 */
export function fixedConstants(): FixedConstant[] {
  const out: FixedConstant[] = [];
  for (const file of modelSourceFiles()) {
    const lines = readFileSync(new URL(file, MODELS_URL), 'utf8').split('\n');
    let groupRole = '';
    let previousWasConstant = false;
    lines.forEach((line, index) => {
      const m = DECLARATION.exec(line);
      if (!m) {
        previousWasConstant = false;
        return;
      }
      const [, name, value] = m;
      const own = commentAbove(lines, index);
      groupRole = own || (previousWasConstant ? groupRole : '');
      previousWasConstant = true;
      if (/^['"`[{]/.test(value) || name in NOT_MECHANISM_CONSTANTS) return;
      out.push({ name, file, value, role: groupRole || UNDOCUMENTED_ROLES[name] || '(no comment in the code)' });
    });
  }
  return out;
}

export function renderConstants(): string {
  const constants = fixedConstants();
  const rows = constants.map((c) => [code(c.name), code(c.file), code(c.value), c.role]);
  const skipped = Object.keys(NOT_MECHANISM_CONSTANTS).map(code).join(', ');
  return [
    `*Generated from the source files of \`models/\` (model version ${MODEL_VERSION}) by \`npm run docs\`: every upper-case constant declared on one line at the top level of a file, with the comment written above it in the code. Left out: \`models/${NOT_MECHANISM_FOLDERS.join('`, `models/')}\` (analysis helpers), \`models/${NOT_MECHANISM_FILES.join('`, `models/')}\` (exp, log and pow from exact arithmetic), strings and lists, and the codes ${skipped}. Do not edit by hand.*`,
    '',
    table(['Constant', 'File (in `models/`)', 'Value in the code', 'What it does'], rows),
    '',
  ].join('\n');
}

// ── History check ───────────────────────────────────────────────────────────────────────────────

const HISTORICAL_SCENARIO_ID = 'central-mediterranean-2014-2020';

const SERIES_LABELS: Readonly<Record<SeriesFit['series'], string>> = {
  irregularArrivals: 'Irregular arrivals',
  deathsMissing: 'Dead and missing',
  pullbacks: 'Pull-backs',
};
/** Short column headings for the same series. */
const SERIES_COLUMNS: Readonly<Record<SeriesFit['series'], string>> = {
  irregularArrivals: 'Arrivals',
  deathsMissing: 'Deaths',
  pullbacks: 'Pull-backs',
};

function signedPercent(x: number | undefined): string {
  if (x === undefined || !Number.isFinite(x)) return '–';
  const p = Math.round(100 * x);
  return `${p > 0 ? '+' : p < 0 ? '−' : ''}${Math.abs(p)}%`;
}

export function renderHistoryCheck(): string {
  const scenario = findScenario(HISTORICAL_SCENARIO_ID);
  if (!scenario) throw new Error(`history check: no built-in scenario "${HISTORICAL_SCENARIO_ID}"`);
  if (!scenario.observed?.length || scenario.startYear === undefined) throw new Error(`history check: "${HISTORICAL_SCENARIO_ID}" has no recorded figures`);
  const runs = CHECK_SEEDS.map((seed) => runModel({ ...scenarioToRunInput(scenario), seed, agents: DEFAULT_AGENTS }));
  const fits = historicalFit(scenario, runs);
  const years = fits[0].years.map((y) => y.year);
  const header = ['Year', ...fits.flatMap((f) => ['model', 'recorded', 'error'].map((c) => `${SERIES_COLUMNS[f.series]}, ${c}`))];
  const rows = years.map((year, k) => [
    String(year),
    ...fits.flatMap((f) => {
      const y = f.years[k];
      return [formatSignificant(y.modelled), y.observed === undefined ? '–' : formatNumber(y.observed), signedPercent(y.relativeError)];
    }),
  ]);
  const summary = fits.map(
    (f) =>
      `- ${SERIES_LABELS[f.series]}: mean absolute relative error ${formatNumber(Math.round(100 * f.meanAbsoluteRelativeError))}%, rank correlation (Spearman) ${Number.isNaN(f.rankCorrelation) ? 'not defined' : f.rankCorrelation.toFixed(2)} over ${f.years.filter((y) => y.observed !== undefined).length} recorded years.`,
  );
  return [
    `*Generated by \`npm run docs\`: the \`${HISTORICAL_SCENARIO_ID}\` scenario, model version ${MODEL_VERSION}, ${formatNumber(DEFAULT_AGENTS)} agents, seeds ${CHECK_SEEDS.join(', ')} (model figures are yearly totals, mean over the seeds, rounded to ${RESULT_DIGITS} significant figures; error = (model − recorded) ÷ recorded). The same figures are printed by \`npx tsx scripts/history-fit.ts\`. Do not edit by hand.*`,
    '',
    table(header, rows),
    '',
    ...summary,
    '',
  ].join('\n');
}

// ── The document ────────────────────────────────────────────────────────────────────────────────

/** Generated sections, by marker name, in the order they appear in the document. */
export const GENERATED_SECTIONS: Readonly<Record<string, () => string>> = {
  limits: renderLimits,
  indices: renderIndices,
  outputs: renderOutputs,
  parameters: renderParameters,
  constants: renderConstants,
  'calibration-check': renderCalibrationCheck,
  'history-check': renderHistoryCheck,
  'calibration-fit': () => renderCalibrationFit(),
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
