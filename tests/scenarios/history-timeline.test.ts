/**
 * A historical scenario's timeline is documented, not tuned: every dated change names where it is
 * documented, a section of docs/EVIDENCE.md that exists (whose facts carry the source itself).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS } from '../../scenarios/index';

const evidence = readFileSync(new URL('../../docs/EVIDENCE.md', import.meta.url), 'utf8');
const anchors = new Set([...evidence.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]));

describe('historical timelines', () => {
  const historical = BUILT_IN_SCENARIOS.filter((s) => s.kind === 'historical');
  it('exist', () => expect(historical.length).toBeGreaterThan(0));
  for (const scenario of historical) {
    it(`${scenario.id}: every entry cites a section of docs/EVIDENCE.md that exists`, () => {
      const unsourced = scenario.timeline.map((e, i) => ({ i, e })).filter(({ e }) => {
        const cited = [...(e.source ?? '').matchAll(/docs\/EVIDENCE\.md#([\w-]+)/g)].map((m) => m[1]);
        return cited.length === 0 || cited.some((a) => !anchors.has(a));
      });
      expect(unsourced.map(({ i, e }) => `timeline[${i}] ${e.lever} from month ${e.fromMonth}: ${e.source ?? 'no source'}`)).toEqual([]);
    });
  }
});
