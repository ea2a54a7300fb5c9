/**
 * A mix as people see it (title, what it is) and as the model runs it (its run input), with its
 * colour, line and marker. A mix's input has no seed, agents or months: the comparison sets those
 * for every mix alike, so that the runs pair up seed by seed.
 */
import { LEVER_BY_KEY, runCacheKey, type RunInput } from '../../../models/index';
import { findScenario } from '../../shared/built-in-scenarios';
import { scenarioToRunInput } from '../../../scenarios/scenario-run';
import type { Scenario } from '../../../scenarios/format';
import { OKABE_ITO } from '../../shared/charts/chart-theme';
import type { ImageLegendItem } from '../../shared/export/chart-image';
import { buildRunInput } from '../../shared/settings/run-input';
import type { Mix, MixSpec } from './setup';

export type MarkerShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'cross' | 'star';

export interface MixStyle {
  readonly colour: string;
  /** SVG dash pattern of the mix's line; undefined for solid. */
  readonly dash?: string;
  readonly marker: MarkerShape;
}

/**
 * One style per slot: Okabe–Ito colours, and a dash pattern and marker shape of its own for each,
 * so the mixes can be told apart without colour too.
 */
export const MIX_STYLES: readonly MixStyle[] = [
  { colour: OKABE_ITO.blue, marker: 'circle' },
  { colour: OKABE_ITO.vermillion, dash: '9 4', marker: 'square' },
  { colour: OKABE_ITO.bluishGreen, dash: '2 3', marker: 'diamond' },
  { colour: OKABE_ITO.reddishPurple, dash: '10 3 2 3', marker: 'triangle' },
  { colour: OKABE_ITO.orange, dash: '5 5', marker: 'cross' },
  { colour: OKABE_ITO.black, dash: '1 4', marker: 'star' },
];

export function mixStyle(mix: Pick<Mix, 'slot'>): MixStyle {
  return MIX_STYLES[((mix.slot % MIX_STYLES.length) + MIX_STYLES.length) % MIX_STYLES.length];
}

export interface ResolvedMix {
  readonly mix: Mix;
  /** 1-based position in the list: the label on the charts. */
  readonly number: number;
  readonly title: string;
  /** Where it comes from, in a few words. */
  readonly source: string;
  readonly style: MixStyle;
  /** The run input without seed, agents and months. */
  readonly input: RunInput;
}

const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

function changesText(overrides: Readonly<Record<string, number>>): string {
  const parts = Object.entries(overrides).map(([k, v]) => `${LEVER_BY_KEY.get(k)?.label ?? k} ${grouped.format(v)}`);
  return parts.length ? parts.join('; ') : 'no lever changed';
}

function withoutSize(input: RunInput): RunInput {
  const { seed: _seed, agents: _agents, months: _months, ...rest } = input;
  return rest;
}

/** The scenario a mix starts from, if it still exists (an imported file always does). */
export function mixScenario(spec: MixSpec): Scenario | undefined {
  return spec.kind === 'file' ? spec.scenario : findScenario(spec.scenarioId);
}

/** Title, source and run input of a mix; null if its scenario no longer exists. */
export function resolveMix(mix: Mix, index: number): ResolvedMix | null {
  const spec = mix.spec;
  const scenario = mixScenario(spec);
  if (!scenario) return null;
  const base = { mix, number: index + 1, style: mixStyle(mix) };
  switch (spec.kind) {
    case 'preset':
      return { ...base, title: scenario.title, source: 'Built-in scenario', input: withoutSize(scenarioToRunInput(scenario)) };
    case 'file':
      return { ...base, title: scenario.title, source: `Imported file (${scenario.id})`, input: withoutSize(scenarioToRunInput(scenario)) };
    case 'explorer': {
      const built = buildRunInput(scenario, { scenarioId: scenario.id, overrides: spec.overrides, seed: 0, agents: 0, months: 0 });
      const input = spec.timeline ? { ...built, timeline: spec.timeline } : built;
      const edited = spec.timeline ? '; an edited timeline' : '';
      return { ...base, title: `My explorer settings: ${scenario.title}`, source: `From the explorer: ${changesText(spec.overrides)}${edited}`, input: withoutSize(input) };
    }
  }
}

/** Every mix resolved, those whose scenario is gone left out. */
export function resolveMixes(mixes: readonly Mix[]): ResolvedMix[] {
  return mixes.map((m, i) => resolveMix(m, i)).filter((m): m is ResolvedMix => m !== null);
}

/** Identities worked out already, per spec (specs are immutable); hashing a whole run input is not free. */
const identities = new WeakMap<MixSpec, string | null>();

/** What makes two mixes the same runs: equal keys, equal results for every seed. */
export function mixIdentity(spec: MixSpec): string | null {
  const known = identities.get(spec);
  if (known !== undefined) return known;
  const resolved = resolveMix({ id: 'x', slot: 0, spec }, 0);
  const identity = resolved ? runCacheKey({ ...resolved.input, seed: 0, agents: 1, months: 1 }) : null;
  identities.set(spec, identity);
  return identity;
}

/** The run input of a mix for one seed, with the comparison's size. */
export function mixRunInput(resolved: Pick<ResolvedMix, 'input'>, size: { readonly agents: number; readonly months: number }, seed: number): RunInput {
  return { ...resolved.input, agents: size.agents, months: size.months, seed };
}

/** The mixes as legend entries (their number and title as `label` words them, colour and line). */
export function mixLegend(mixes: readonly ResolvedMix[], label: (m: ResolvedMix) => string = (m) => `${m.number}. ${m.title}`): ImageLegendItem[] {
  return mixes.map((m) => ({ label: label(m), colour: m.style.colour, dash: m.style.dash }));
}
