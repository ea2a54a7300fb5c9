/**
 * The scenario file format (formatVersion 2), validated with zod on load. A scenario is data:
 * starting levers (some of them aimed at one route), a timeline of lever changes (each for every
 * route or aimed at one), optional calibration and route overrides, and text for people (title,
 * summary, narrative, references). Errors name the field path, the value and what is allowed, so
 * a lecturer can fix a file by hand. Files of format version 1 are read through the migration in
 * migrate.ts, with the same meaning.
 */
import { z } from 'zod';
import { parseJsonText } from './json-text';
import { boundedEntries, boundedList, safeParse } from './safe-parse';
import { jsonStart, shownJson } from './shown';
import { findReservedKey } from './reserved-keys';
import { plainRule, plainRuleText, type PlainRule } from './plain-rule';
import { aimProblem, CALIBRATION, MONTHS_LIMIT, isLeverKey, isRouteId, LEVER_KEYS, OUTPUT_KEYS, ROUTES, ROUTE_IDS, type LeverKey, type RouteId } from '../models/index';
import { migrateV1 } from './migrate';
import { weightsSchema } from './weights-schema';
import { MAX_SCENARIO_TEXT, MAX_TIMELINE_ENTRIES, READABLE_FORMAT_VERSIONS, SCENARIO_FORMAT_VERSION } from './scenario-run';

export { MAX_SCENARIO_FILE_BYTES, MAX_SCENARIO_TEXT, MAX_TIMELINE_ENTRIES, READABLE_FORMAT_VERSIONS, SCENARIO_FORMAT_VERSION, scenarioRoutes, scenarioToRunInput } from './scenario-run';

/** A lever's key from a file: refused with the list of keys allowed; typed as a LeverKey once valid. */
/**
 * Marks a rule whose message quotes the value it refused (an unknown lever, route or output names
 * it beside the list of what is allowed), so that the file's message does not say it twice: with
 * 52 outputs listed, a long value said twice made a message of over 1,000 characters.
 */
const NAMES_VALUE_PARAM = 'namesValue';
const NAMES_VALUE = { [NAMES_VALUE_PARAM]: true } as const;

export const leverKeySchema = z.string().pipe(
  z.custom<LeverKey>(isLeverKey, {
    error: (iss) => `unknown lever ${shownJson(iss.input)}; allowed: ${LEVER_KEYS.join(', ')}`,
    params: NAMES_VALUE,
  }),
);
const leverKey = leverKeySchema;
const unit = z.number().finite().min(0).max(1);

const calibrationShape = Object.fromEntries(
  Object.entries(CALIBRATION).map(([k, s]) => [k, z.number().finite().min(s.min).max(s.max).optional()]),
) as Record<keyof typeof CALIBRATION, z.ZodOptional<z.ZodNumber>>;

const routeId = z.string().pipe(
  z.custom<RouteId>(isRouteId, {
    error: (iss) => `unknown route ${shownJson(iss.input)}; allowed: ${ROUTE_IDS.join(', ')}`,
    params: NAMES_VALUE,
  }),
);

export const timelineEntrySchema = z
  .strictObject({
    lever: leverKey,
    value: unit,
    fromMonth: z.number().int().min(0).max(MONTHS_LIMIT.max),
    toMonth: z.number().int().min(1).max(MONTHS_LIMIT.max).optional(),
    /** Aim the change at one route; omitted = every route. */
    route: routeId.optional(),
    note: z.string().max(500).optional(),
    /** Where the dated change is documented: a section of docs/EVIDENCE.md, cited by its anchor (a historical scenario gives one for every entry). */
    source: z.string().max(300).optional(),
  })
  .refine((e) => e.toMonth === undefined || e.toMonth > e.fromMonth, {
    error: 'toMonth must be greater than fromMonth',
    path: ['toMonth'],
  })
  .superRefine((e, ctx) => {
    const problem = e.route === undefined ? null : aimProblem(e.lever, e.route, ROUTES);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['route'] });
  });

/** Starting values aimed at one route: route id → lever key → value. */
const routeLeversSchema = z.partialRecord(routeId, z.partialRecord(leverKey, unit)).superRefine((byRoute, ctx) => {
  for (const [id, levers] of Object.entries(byRoute)) {
    for (const k of Object.keys(levers ?? {})) {
      const problem = aimProblem(k, id, ROUTES);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, path: [id, k] });
    }
  }
});

/**
 * The list of allowed outputs is long (56 names, about 890 characters), so a refused name is
 * shown shorter than other values: the message stays within a thousand characters even for a
 * name written in characters outside the Basic Multilingual Plane, two UTF-16 units each.
 */
const UNKNOWN_OUTPUT_SHOWN_CHARS = 24;

const outputKey = z.string().refine((k) => (OUTPUT_KEYS as readonly string[]).includes(k), {
  error: (iss) => `unknown output ${shownJson(iss.input, UNKNOWN_OUTPUT_SHOWN_CHARS)}; allowed: ${OUTPUT_KEYS.join(', ')}`,
  params: NAMES_VALUE,
});
const monthWindow = z
  .tuple([z.number().int().min(0).max(MONTHS_LIMIT.max), z.number().int().min(1).max(MONTHS_LIMIT.max)])
  .refine(([from, to]) => to > from, { error: 'a window is [fromMonth, toMonth) with toMonth > fromMonth' });

/**
 * A checkable claim: the scenario's mean (over seeds) of an output over a window of months,
 * compared with the same window of another scenario (by default the baseline) or with an earlier
 * window of itself. `higher`/`lower` need a relative change of at least `minChange`; `similar`
 * needs a relative change of at most `maxChange` either way.
 */
export const claimSchema = z.strictObject({
  text: z.string().min(1).max(500),
  output: outputKey,
  window: monthWindow,
  against: z
    .union([
      z.strictObject({ scenario: z.string().max(64) }),
      z.strictObject({ window: monthWindow }),
    ])
    .default({ scenario: 'baseline' }),
  direction: z.enum(['higher', 'lower', 'similar']),
  minChange: z.number().finite().min(0).max(100).default(0.05),
  maxChange: z.number().finite().min(0).max(100).optional(),
  /**
   * For a claim about one of the two indices that says higher or lower: the least share (0–1) of
   * the robustness check's weightings (ROBUSTNESS_SAMPLES weight vectors drawn uniformly over the
   * index's terms, models/analysis/robustness.ts) in which the scenario ranks on the claimed side
   * of what it is compared with. minChange is then judged at the default weights, and both must hold.
   */
  holdsInWeightings: z.number().finite().min(0).max(1).optional(),
  /**
   * For a claim about one of the two indices: judge it with these weights (as a scenario's
   * `weights` field writes them; terms left out keep their default weight) instead of the
   * defaults — e.g. the numbers reading of State security. holdsInWeightings is not affected.
   */
  weights: weightsSchema.optional(),
});

/** Outputs whose value depends on how the terms are weighed (a claim about them may state holdsInWeightings). */
export const WEIGHED_OUTPUTS: readonly string[] = ['humanSecurityIndex', 'stateSecurityIndex'];

/** Why a claim's holdsInWeightings or weights cannot be checked, and which field (null: they can, or it has neither). */
export function weightingsProblem(claim: { output: string; direction: string; holdsInWeightings?: number; weights?: unknown }): { field: 'weights' | 'holdsInWeightings'; message: string } | null {
  const about = `only a claim about ${WEIGHED_OUTPUTS.join(' or ')}`;
  if (claim.weights !== undefined && !WEIGHED_OUTPUTS.includes(claim.output)) return { field: 'weights', message: `${about} can name weights (this one is about ${claim.output})` };
  if (claim.holdsInWeightings === undefined) return null;
  if (!WEIGHED_OUTPUTS.includes(claim.output)) return { field: 'holdsInWeightings', message: `${about} can state a share of weightings (this one is about ${claim.output})` };
  if (claim.direction === 'similar') return { field: 'holdsInWeightings', message: 'only a claim that says higher or lower can state a share of weightings (a ranking)' };
  return null;
}

/** Per-route changes: switch a route off, or change its numbers within sensible bounds. */
const routeOverrideSchema = z.strictObject({
  enabled: z.boolean().optional(),
  runningCostUsd: z.number().finite().min(0).max(100_000).optional(),
  crossingDeathRisk: z.number().finite().min(0).max(0.5).optional(),
  landDeathPerMonth: z.number().finite().min(0).max(0.2).optional(),
  abusePerMonth: z.number().finite().min(0).max(1).optional(),
  baseInterception: z.number().finite().min(0).max(0.95).optional(),
  transitMonths: z.number().int().min(1).max(36).optional(),
  enforcementExposure: z.number().finite().min(0).max(1).optional(),
});
export const observedYearSchema = z.strictObject({
  year: z.number().int().min(1900).max(2100),
  irregularArrivals: z.number().finite().min(0).optional(),
  deathsMissing: z.number().finite().min(0).optional(),
  pullbacks: z.number().finite().min(0).optional(),
});

export const scenarioSchema = z
  .strictObject({
    formatVersion: z.literal(SCENARIO_FORMAT_VERSION, { error: `must be ${READABLE_FORMAT_VERSIONS.join(' or ')} (files of version 1 are read as version 2)` }),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case letters, digits and hyphens, at most 64 characters'),
    title: z.string().min(1).max(200),
    /** preset: a policy response; historical: compared with real figures; shock: a sudden change; user: written by a user. */
    kind: z.enum(['preset', 'historical', 'shock', 'user']).default('user'),
    summary: z.string().max(2000).default(''),
    /**
     * Why the scenario is set up this way: the commitments and how they map to levers. Month
     * numbers in texts count from 1, as the charts do; fromMonth/toMonth in the timeline count from 0.
     */
    narrative: z.string().max(20000).optional(),
    /** Where the module discusses it (e.g. its boxes). */
    moduleReferences: boundedList(z.string().max(500), 50).optional(),
    /** Sources for the settings and the claims. */
    references: boundedList(z.string().max(1000), 100).optional(),
    levers: boundedEntries(LEVER_KEYS.length).pipe(z.partialRecord(leverKey, unit)).default({}),
    /** Starting values aimed at one route, on top of `levers` (enforcement and rescue levers only). */
    routeLevers: boundedEntries(ROUTE_IDS.length).pipe(routeLeversSchema).optional(),
    timeline: boundedList(timelineEntrySchema, MAX_TIMELINE_ENTRIES).default([]),
    calibration: z.strictObject(calibrationShape).optional(),
    routes: boundedEntries(ROUTE_IDS.length)
      .pipe(z.partialRecord(routeId, routeOverrideSchema))
      .refine((r) => ROUTE_IDS.some((id) => r[id]?.enabled !== false), { error: 'at least one route must stay enabled' })
      .optional(),
    /** The run's length; the same range as every other way into the model (models/limits.ts). */
    months: z.number().int().min(MONTHS_LIMIT.min).max(MONTHS_LIMIT.max).optional(),
    /** The calendar year of month 0, for scenarios tied to history. */
    startYear: z.number().int().min(1900).max(2100).optional(),
    claims: boundedList(claimSchema, 50).default([]),
    questions: boundedList(z.string().max(1000), 50).default([]),
    leavesOut: boundedList(z.string().max(1000), 50).default([]),
    /** Real figures per calendar year (historical scenarios). */
    observed: boundedList(observedYearSchema, 200).optional(),
    /** The weights the indices are read with (index-weights.ts); terms left out keep their default weight. */
    weights: weightsSchema.optional(),
  })
  .superRefine((s, ctx) => {
    s.claims.forEach((c, i) => {
      const problem = weightingsProblem(c);
      if (problem) ctx.addIssue({ code: 'custom', message: problem.message, path: ['claims', i, problem.field] });
    });
    // A value aimed at a route the scenario switches off would silently do nothing.
    const off = new Set(Object.entries(s.routes ?? {}).filter(([, r]) => r.enabled === false).map(([id]) => id));
    s.timeline.forEach((e, i) => {
      if (e.route !== undefined && off.has(e.route)) ctx.addIssue({ code: 'custom', message: `route ${e.route} is switched off in this scenario (routes.${e.route}.enabled)`, path: ['timeline', i, 'route'] });
    });
    for (const id of Object.keys(s.routeLevers ?? {})) {
      if (off.has(id)) ctx.addIssue({ code: 'custom', message: `route ${id} is switched off in this scenario (routes.${id}.enabled)`, path: ['routeLevers', id] });
    }
  });

export type Scenario = z.infer<typeof scenarioSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type ObservedYear = z.infer<typeof observedYearSchema>;

/** A problem with one field, as data: the value found (as shown) and the rule it breaks. */
export interface FieldProblem {
  readonly value: string;
  readonly rule: PlainRule;
}

/** Where in a file's text it stopped being JSON (1-based). */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

export class ScenarioError extends Error {
  constructor(
    message: string,
    readonly path: string,
    /** The field's value and rule, when a field is at fault (for wording the message elsewhere). */
    readonly field?: FieldProblem,
    /** The line and column of a JSON syntax error. */
    readonly at?: TextPosition,
  ) {
    super(message);
    this.name = 'ScenarioError';
  }
}

function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v); // 1e999 in a file; JSON would print null
  // Only the beginning is written: never copy a megabyte or a list of 10,000 entries to show sixty characters.
  const s = jsonStart(v, 60);
  return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, p)) return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[p];
  }
  return cur;
}

/** Validate parsed JSON as a scenario; throws ScenarioError naming the field, value and rule. */
export function parseScenario(data: unknown): Scenario {
  return parseScenarioWithNotes(data).scenario;
}

/** As parseScenario, with the notes of the migration when the file was of an older format version. */
export function parseScenarioWithNotes(data: unknown): { scenario: Scenario; notes: string[]; migratedFrom?: number } {
  try {
    // Reserved keys are looked for in the file as written: a migration must not launder them away.
    refuseReservedKeys(data);
    if (data !== null && typeof data === 'object' && !Array.isArray(data) && (data as Record<string, unknown>).formatVersion === 1) {
      const { data: migrated, notes } = migrateV1(data as Record<string, unknown>);
      return { scenario: validate(migrated), notes, migratedFrom: 1 };
    }
    return { scenario: validate(data), notes: [] };
  } catch (e) {
    if (e instanceof ScenarioError) throw e;
    // Pathological input (e.g. nesting deep enough to exhaust the stack) is still just a bad file.
    const why = e instanceof RangeError ? 'nested too deeply' : e instanceof Error ? e.name : 'error';
    throw new ScenarioError(`(file): cannot be read as a scenario (${why})`, '(file)');
  }
}

function refuseReservedKeys(data: unknown): void {
  const reserved = findReservedKey(data);
  if (reserved) {
    const path = reserved.path.map(String).join('.') || '(file)';
    throw new ScenarioError(`${path}: got ${shortKey(reserved.key)}; unknown key not allowed`, path);
  }
}

/** Validate data whose reserved keys were already looked for (parseScenarioWithNotes does, once, on the file as written). */
function validate(data: unknown): Scenario {
  const res = safeParse(scenarioSchema, data);
  if (res.success) return res.data;
  const issue = res.error.issues[0];
  // The value is described once: describing a value of 10,000 keys costs a walk of its keys.
  const problem = issueProblem(data, issue);
  throw new ScenarioError(issueMessage(issue, problem), issuePath(issue), problem);
}

function issuePath(issue: z.core.$ZodIssue): string {
  return issue.path.map((p) => shortKey(String(p))).join('.') || '(file)';
}

/** Longest key shown in a message; a longer one is cut (a key can be as long as the file). */
const MAX_SHOWN_KEY = 60;
/** How many unknown keys a message names before it says how many more there are. */
const MAX_LISTED_KEYS = 5;

function shortKey(key: string): string {
  return key.length <= MAX_SHOWN_KEY ? key : `${key.slice(0, MAX_SHOWN_KEY - 3)}...`;
}

/** "a, b, c, d, e and 59,995 more unknown keys": a file with 60,000 unknown keys gives a short line. */
function listKeys(keys: readonly string[]): string {
  const shown = keys.slice(0, MAX_LISTED_KEYS).map(shortKey).join(', ');
  const more = keys.length - MAX_LISTED_KEYS;
  return more > 0 ? `${shown} and ${more.toLocaleString('en-GB')} more unknown key${more === 1 ? '' : 's'}` : shown;
}

/** Longest zod message passed on as it is (its own words for a rule; never a list of the input's keys). */
const MAX_ISSUE_MESSAGE = 200;

/**
 * A validation issue's own message, short whatever the input: unknown keys are listed as
 * listKeys lists them ("k0, k1, k2, k3, k4 and 8,995 more unknown keys"), where zod would name
 * every one of them, and any other message is cut. For decoders that word a problem with zod's
 * message (session files, team links, room frames).
 */
export function shortIssueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown key${issue.keys.length === 1 ? '' : 's'} ${listKeys(issue.keys)}; not allowed here`;
  return issue.message.length <= MAX_ISSUE_MESSAGE ? issue.message : `${issue.message.slice(0, MAX_ISSUE_MESSAGE - 1)}…`;
}

/** The value found and the rule broken, in plain words (scenarios/plain-rule.ts). */
export function issueProblem(data: unknown, issue: z.core.$ZodIssue): FieldProblem {
  const found = valueAt(data, issue.path);
  let value = describeValue(found);
  if (issue.code === 'unrecognized_keys') value = listKeys(issue.keys);
  else if (issue.code === 'invalid_key') value = shownJson(issue.path[issue.path.length - 1]);
  return { value, rule: plainRule(issue, found === undefined && issue.code === 'invalid_type') };
}

/** One line for a validation problem: the field path, the value found and the rule broken. */
export function describeIssue(data: unknown, issue: z.core.$ZodIssue): string {
  return issueMessage(issue, issueProblem(data, issue));
}

/** Whether the issue's message quotes the refused value (directly, or for a record's key). */
function namesValue(issue: z.core.$ZodIssue): boolean {
  if (issue.code === 'custom') return issue.params?.[NAMES_VALUE_PARAM] === true;
  if (issue.code === 'invalid_key') return issue.issues.length === 1 && namesValue(issue.issues[0]!);
  return false;
}

function issueMessage(issue: z.core.$ZodIssue, { value, rule }: FieldProblem): string {
  // A message that quotes the value itself ("unknown output "x"; allowed: …") is not given it twice.
  if (namesValue(issue)) return `${issuePath(issue)}: ${plainRuleText(rule)}`;
  return `${issuePath(issue)}: got ${value}; ${plainRuleText(rule)}`;
}

/** Parse scenario text (JSON); throws ScenarioError for malformed JSON too. */
export function parseScenarioText(text: string): Scenario {
  if (text.length > MAX_SCENARIO_TEXT) {
    throw new ScenarioError(`(file): ${text.length.toLocaleString('en-GB')} characters; a scenario file may have at most ${MAX_SCENARIO_TEXT.toLocaleString('en-GB')}`, '(file)');
  }
  const json = parseJsonText(text);
  // Worded as parseScenario words a value nested too deeply, so that a file says the same either way.
  if (!json.ok) {
    if (json.why === 'depth') throw new ScenarioError('(file): cannot be read as a scenario (nested too deeply)', '(file)');
    const at = json.at ? ` at line ${json.at.line}, column ${json.at.column}` : '';
    throw new ScenarioError(`(file): ${json.problem}${at}`, '(file)', undefined, json.at);
  }
  return parseScenario(json.value);
}
