/**
 * The meaning of each output's changes is declared once, for every output the model declares,
 * and drives the colours, the legend and the headline's verdict.
 */
import { describe, expect, it } from 'vitest';
import { OUTPUT_KEYS } from '../../models/index';
import { INDEX_DECLARATIONS } from '../../models/indices';
import { KEY_FIGURES } from './key-figures';
import { changeMeaning, OUTPUT_MEANING } from './output-meaning';

describe('what a change in each output means', () => {
  it('is declared for every output of the model, and for nothing else', () => {
    expect(Object.keys(OUTPUT_MEANING).sort()).toEqual([...OUTPUT_KEYS].sort());
    for (const key of OUTPUT_KEYS) {
      const m = OUTPUT_MEANING[key];
      expect(['people', 'state', 'neutral'], key).toContain(m.side);
      if (m.side !== 'neutral') expect(['up', 'down'], key).toContain(m.better);
    }
  });

  it('puts each index term on the side of the index it feeds, better when it falls', () => {
    for (const index of INDEX_DECLARATIONS) {
      const side = index.output === 'humanSecurityIndex' ? 'people' : 'state';
      for (const term of index.terms) expect(OUTPUT_MEANING[term.output as keyof typeof OUTPUT_MEANING], term.output).toEqual({ side, better: 'down' });
    }
    expect(OUTPUT_MEANING.humanSecurityIndex).toEqual({ side: 'people', better: 'up' });
    expect(OUTPUT_MEANING.stateSecurityIndex).toEqual({ side: 'state', better: 'up' });
  });

  it('gives every key figure a side, so no card on the explorer stays uncoloured when it moves', () => {
    for (const key of KEY_FIGURES) expect(OUTPUT_MEANING[key].side, key).not.toBe('neutral');
  });

  it('turns a rise or a fall into better or worse for the side concerned', () => {
    expect(changeMeaning('deathsMissing', 'up')).toBe('worse-people');
    expect(changeMeaning('deathsMissing', 'down')).toBe('better-people');
    expect(changeMeaning('regularArrivals', 'up')).toBe('better-people');
    expect(changeMeaning('irregularArrivals', 'down')).toBe('better-state');
    expect(changeMeaning('interceptions', 'down')).toBe('worse-state');
    expect(changeMeaning('deathsMissing', 'same')).toBe('neutral');
    expect(changeMeaning('departures', 'up')).toBe('neutral');
  });
});
