/**
 * The built-in scenarios' texts for people that the explorer's first screen does not show: the
 * summary, the narrative, the references, the discussion questions, what the scenario leaves out,
 * and the claims' sentences. The build keeps them out of the scenarios the page starts with
 * (scripts/vite-built-in-scenarios.ts) and ships them as one chunk of their own (about 9 kB gzip,
 * most of the library's size); `loadScenarioTexts()` fetches that chunk once and writes the texts
 * back into the built-in scenarios, so from then on every Scenario is whole again.
 *
 * Whatever shows or writes these texts awaits it first: the scenario panel's tabs (their lazy
 * chunk), saving a scenario file, and the views other than the explorer (App.tsx). Until then the
 * built-in scenarios hold empty texts (an empty summary, no questions, claims with empty
 * sentences) — never shown, since nothing that shows them is drawn before the texts are in.
 */
import type { Scenario } from '../../scenarios/format';
import { BUILT_IN_SCENARIOS } from './built-in-scenarios';

/** The texts of one scenario, as the build ships them (the claims' sentences by claim index). */
export interface ScenarioTexts {
  summary: string;
  narrative?: string;
  moduleReferences?: string[];
  references?: string[];
  questions: string[];
  leavesOut: string[];
  claims: string[];
}

let loading: Promise<void> | null = null;

/** Loads the texts (once) and puts them back into the built-in scenarios. */
export function loadScenarioTexts(): Promise<void> {
  loading ??= import('virtual:built-in-scenario-texts').then(
    (m) => {
      for (const s of BUILT_IN_SCENARIOS) restore(s, m.default[s.id]);
    },
    (error: unknown) => {
      // Offline before the chunk was cached, or a failed fetch: the next call tries again.
      loading = null;
      throw error;
    },
  );
  return loading;
}

function restore(s: Scenario, texts: ScenarioTexts | undefined): void {
  if (!texts) return;
  // The built-in scenarios are this module's own data, shared by every view: filled in once, in place.
  const whole = s as { -readonly [K in keyof Scenario]: Scenario[K] };
  whole.summary = texts.summary;
  if (texts.narrative !== undefined) whole.narrative = texts.narrative;
  if (texts.moduleReferences !== undefined) whole.moduleReferences = texts.moduleReferences;
  if (texts.references !== undefined) whole.references = texts.references;
  whole.questions = texts.questions;
  whole.leavesOut = texts.leavesOut;
  // In place, like the scenario: a claim object keeps its identity for whoever holds it.
  s.claims.forEach((c, i) => ((c as { text: string }).text = texts.claims[i] ?? c.text));
}
