/**
 * The page's built-in scenarios are validated when the app is built (scripts/vite-built-in-scenarios.ts)
 * and imported as plain data, without the decoder, their texts for people in a module apart that
 * loadScenarioTexts() puts back. These tests hold that data to what the decoder makes of the
 * library's files, so the page can never show a scenario the decoder would refuse or read
 * differently, nor lose a text on the way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import shipped from 'virtual:built-in-scenarios';
import shippedTexts from 'virtual:built-in-scenario-texts';
import { BUILT_IN_SCENARIOS as decodedOnLoad, parseScenario } from '../scenarios/index';
import { BUILT_IN_SCENARIOS, DEFAULT_SCENARIO_ID, findScenario } from '../src/shared/built-in-scenarios';
import { loadScenarioTexts } from '../src/shared/scenario-texts';

const LIBRARY = join(import.meta.dirname, '..', 'scenarios', 'library');

describe('the built-in scenarios the page ships', () => {
  it('start without their texts for people, which come apart, and hold nothing else apart', () => {
    // Before loadScenarioTexts (each test file has its own modules): what the first screen gets.
    const sophia = shipped.find((s) => s.id === 'operation-sophia')!;
    const decoded = decodedOnLoad.find((s) => s.id === 'operation-sophia')!;
    expect(sophia.summary).toBe('');
    expect(sophia.narrative).toBeUndefined();
    expect(sophia.questions).toEqual([]);
    expect(sophia.claims.map((c) => c.text)).toEqual(decoded.claims.map(() => ''));
    // The title, the timeline with its notes and every number are there from the start.
    expect(sophia.title).toBe(decoded.title);
    expect(sophia.timeline).toEqual(decoded.timeline);
    expect(sophia.claims.map(({ text: _, ...c }) => c)).toEqual(decoded.claims.map(({ text: _, ...c }) => c));
    expect(Object.keys(shippedTexts)).toEqual(decodedOnLoad.map((s) => s.id));
    expect(shippedTexts['operation-sophia'].summary).toBe(decoded.summary);
  });

  it('are, file by file, the decoder’s output for the library’s files, in the library’s order, once their texts are in', async () => {
    await loadScenarioTexts();
    expect(shipped.map((s) => s.id)).toEqual(decodedOnLoad.map((s) => s.id));
    for (const s of shipped) {
      const file: unknown = JSON.parse(readFileSync(join(LIBRARY, `${s.id}.json`), 'utf8'));
      expect(s, s.id).toEqual(parseScenario(file));
    }
    // JSON round trip: what the page receives has nothing the decoder's output does not (no undefined, no class instances).
    expect(JSON.parse(JSON.stringify(shipped))).toEqual(decodedOnLoad);
  });

  it('carry the defaults the decoder fills in, which the raw files leave out', () => {
    // Operation Sophia's first claim names no comparison: the decoder compares it with the baseline.
    const raw = JSON.parse(readFileSync(join(LIBRARY, 'operation-sophia.json'), 'utf8')) as { claims: Record<string, unknown>[] };
    expect(raw.claims[0].against).toBeUndefined();
    expect(findScenario('operation-sophia')!.claims[0].against).toEqual({ scenario: 'baseline' });
  });

  it('are what the page module exports, with the default scenario among them', () => {
    expect(BUILT_IN_SCENARIOS).toBe(shipped);
    expect(findScenario(DEFAULT_SCENARIO_ID)?.id).toBe(DEFAULT_SCENARIO_ID);
    expect(findScenario('no-such-scenario')).toBeUndefined();
  });
});
