/**
 * The explorer's settings written as a URL query (url.ts has the format and reads it back, with
 * zod: a link from outside trusts nothing). Writing needs no validator, so this part is apart:
 * the page keeps its address and autosave up to date without loading zod.
 */
import { AIM_SEPARATOR } from '../../../models/index';
import { aimOf, snapToStep, weightsOf, type ExplorerSettings, type SettingsContext } from './settings';
import { encodeTimeline } from './url-timeline-encode';
import { encodeWeights } from './url-encode-weights';

export const QUERY_KEYS = { model: 'model', scenario: 'scenario', seed: 'seed', agents: 'agents', months: 'months', reference: 'ref', spreadSeeds: 'seeds', timeline: 'tl' } as const;

/** The query for a set of settings (without the leading `?`), in a fixed order. */
export function encodeSettings(settings: ExplorerSettings, ctx: SettingsContext): string {
  const params = new URLSearchParams();
  params.set(QUERY_KEYS.model, ctx.modelVersion);
  params.set(QUERY_KEYS.scenario, settings.scenarioId);
  params.set(QUERY_KEYS.seed, String(settings.seed));
  params.set(QUERY_KEYS.agents, String(settings.agents));
  params.set(QUERY_KEYS.months, String(settings.months));
  if (settings.spreadSeeds !== undefined) params.set(QUERY_KEYS.spreadSeeds, String(settings.spreadSeeds));
  if (settings.reference) params.set(QUERY_KEYS.reference, settings.reference);
  for (const spec of ctx.levers) {
    const value = Object.prototype.hasOwnProperty.call(settings.overrides, spec.key) ? settings.overrides[spec.key] : undefined;
    const route = aimOf(settings, spec.key);
    if (value !== undefined) params.set(route === undefined ? spec.key : `${spec.key}${AIM_SEPARATOR}${route}`, String(snapToStep(spec, value)));
  }
  // Weights before the timeline, which stays last (a link cut short loses the end of the timeline).
  if (settings.weights) encodeWeights(params, settings.weights, weightsOf(ctx, { scenarioId: settings.scenarioId }));
  if (settings.timeline) params.set(QUERY_KEYS.timeline, encodeTimeline(settings.timeline));
  return params.toString();
}
