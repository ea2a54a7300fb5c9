/**
 * What the facilitator's browser publishes for a round, and what a team's device or the projector
 * is shown from it. The server does not run the model: it relays these views, keeps them in the
 * room's log, and uses a team's view to check that team's decision (its own levers, values in
 * [0, 1], within its budget, a prediction among those offered and in range), so that a phone
 * cannot record a decision the facilitator's session would refuse. Sizes are bounded so that one
 * frame cannot grow the log without limit.
 */
import { z } from 'zod';

/** Keys that would reach an object's prototype if used as a record key. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
export const keySchema = z
  .string()
  .regex(/^[A-Za-z0-9_.-]{1,64}$/, 'must be 1–64 letters, digits, dots, dashes or underscores')
  .refine((k) => !FORBIDDEN_KEYS.has(k), { error: 'is a reserved name' });

export const teamIdSchema = z.string().regex(/^[a-z0-9-]{1,32}$/, 'must be 1–32 lower-case letters, digits or dashes');

const text = (max: number) => z.string().max(max);
const unit = z.number().finite().min(0).max(1);
/** Largest magnitude of a figure or prediction: far above any output of the model (people, USD). */
export const MAX_FIGURE = 1e12;
const figureValue = z.number().finite().min(-MAX_FIGURE).max(MAX_FIGURE);

export const roundStatusSchema = z.enum(['open', 'locked', 'revealed']);
export type RoundStatus = z.infer<typeof roundStatusSchema>;

/** One figure to show: this round's (or last round's) value, the one before it, and how to read it. */
export const figureSchema = z.strictObject({
  key: keySchema,
  label: text(120),
  value: figureValue,
  previous: figureValue.optional(),
  /** The value as people read it ("85,000 a year"), formatted by the facilitator's app. */
  text: text(60).optional(),
  unit: text(60).optional(),
});

export type Figure = z.infer<typeof figureSchema>;

export const leverViewSchema = z.strictObject({
  key: keySchema,
  label: text(120),
  /** The lever's value before the team decides this round. */
  before: unit,
  /** The slider's step (the team page snaps to it). */
  step: z.number().finite().positive().max(1).optional(),
  note: text(300).optional(),
});

export const predictionChoiceSchema = z.strictObject({
  key: keySchema,
  label: text(120),
  unit: text(60).optional(),
  /** Plausible range of the figure; a prediction outside it is refused. */
  min: figureValue.optional(),
  max: figureValue.optional(),
});

/**
 * One thing that changed since the teams last decided, as data that each phone words in its own
 * language: the round's event (by id), or a team's move of a lever (from → to, both on the
 * lever's 0–1 scale). A team is named by its default role when it still has that role's name
 * (`role`), else by the name the facilitator typed (`name`), which is shown as typed.
 */
export const changeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('event'), event: keySchema }),
  z.strictObject({ kind: z.literal('move'), team: teamIdSchema, role: keySchema.optional(), name: text(80).optional(), lever: keySchema, from: unit, to: unit }),
]);
export type Change = z.infer<typeof changeSchema>;

/**
 * One of a team's objectives: a built-in objective by its key (the path of its words in the role
 * cards, e.g. `roles.interior.objectives.0`), worded on each phone in the phone's language, with
 * the facilitator's wording as `text` for a phone that does not know the key; a plain string is
 * an objective of the facilitator's own, or a room logged before objectives had keys: shown as is.
 */
export const objectiveViewSchema = z.union([text(200), z.strictObject({ key: keySchema, text: text(200) })]);
export type ObjectiveView = z.infer<typeof objectiveViewSchema>;

/** What one team's device shows in a round: briefing, levers and budget, last round and what changed. */
export const teamViewSchema = z.strictObject({
  name: text(80).min(1),
  /** The team's default role, when the team still has its name and briefing: the phone words them in its language. */
  role: keySchema.optional(),
  briefing: text(2000),
  objectives: z.array(objectiveViewSchema).max(10),
  /** Largest sum of |new − before| over the team's levers this round. */
  budget: z.number().finite().min(0).max(19),
  levers: z.array(leverViewSchema).max(19),
  predictions: z.array(predictionChoiceSchema).max(20),
  /** Last round's figures (or this round's, once revealed). */
  figures: z.array(figureSchema).max(20),
  /**
   * What changed since the last round: data (a Change) worded on the phone; a string is a line
   * already worded by the facilitator's page (rooms logged before changes were data), shown as is.
   */
  changes: z.array(z.union([changeSchema, text(300)])).max(20),
  message: text(500).optional(),
});
export type TeamView = z.infer<typeof teamViewSchema>;

/** What everyone may see (the projector, spectators): no team's levers or moves. */
export const publicViewSchema = z.strictObject({
  title: text(200),
  /** `id`: a built-in event's id, so that a spectator's page words it in its own language. */
  event: z.strictObject({ id: keySchema.optional(), name: text(120), description: text(500) }).optional(),
  figures: z.array(figureSchema).max(20),
  note: text(500).optional(),
});
export type PublicView = z.infer<typeof publicViewSchema>;

export const decisionSchema = z
  .record(keySchema, unit)
  .refine((d) => Object.keys(d).length <= 19, { error: 'has more than 19 levers' });
export type Decision = z.infer<typeof decisionSchema>;

export const predictionSchema = z.strictObject({ output: keySchema, value: figureValue });
export type Prediction = z.infer<typeof predictionSchema>;

/** Tolerance for the budget sum, so that values rounded to the slider's step never fail by a hair. */
const BUDGET_EPSILON = 1e-9;

/** Problems with a team's decision against its view, in words for the team; empty when acceptable. */
export function checkAgainstView(view: TeamView, decision: Decision, prediction?: Prediction): string[] {
  const problems: string[] = [];
  const levers = new Map(view.levers.map((l) => [l.key, l]));
  let spent = 0;
  for (const [key, value] of Object.entries(decision)) {
    const lever = levers.get(key);
    if (!lever) problems.push(`${key} is not one of your levers`);
    else spent += Math.abs(value - lever.before);
  }
  if (spent > view.budget + BUDGET_EPSILON)
    problems.push(`the changes add up to ${spent.toFixed(2)}, more than your budget of ${view.budget.toFixed(2)}`);
  if (prediction) {
    const choice = view.predictions.find((p) => p.key === prediction.output);
    if (!choice) problems.push(`${prediction.output} is not a figure you can predict this round`);
    else if ((choice.min !== undefined && prediction.value < choice.min) || (choice.max !== undefined && prediction.value > choice.max))
      problems.push(`a prediction of ${choice.label} must be between ${choice.min ?? '−∞'} and ${choice.max ?? '∞'}`);
  }
  return problems;
}
