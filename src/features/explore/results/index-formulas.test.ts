/** The formulas shown in the explorer are the model's own, word for word (models/outputs.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CALIBRATION } from '../../../../models/index';
import { INDEX_FORMULAS } from './index-formulas';

/** The header comment of models/outputs.ts as one line of text. */
function documentedText(): string {
  const source = readFileSync(new URL('../../../../models/outputs.ts', import.meta.url), 'utf8');
  const header = source.slice(source.indexOf('/**'), source.indexOf('*/'));
  return header
    .split('\n')
    .map((line) => line.replace(/^\s*\/?\*+\s?/, ''))
    .join(' ')
    .replace(/\s+/g, ' ');
}

describe('index formulas on display', () => {
  const doc = documentedText();

  it('quote each formula of models/outputs.ts exactly', () => {
    for (const f of INDEX_FORMULAS) expect(doc, f.name).toContain(f.formula);
  });

  it('quote each term’s definition exactly', () => {
    for (const f of INDEX_FORMULAS) for (const t of f.terms) expect(doc, `${f.name}: ${t.term}`).toContain(`${t.term} = ${t.meaning}`);
  });

  it('cover both indices and name only calibration constants that exist', () => {
    expect(INDEX_FORMULAS.map((f) => f.formula.split(' ')[0])).toEqual(['humanSecurityIndex', 'stateSecurityIndex']);
    for (const f of INDEX_FORMULAS) for (const key of f.references) expect(CALIBRATION[key]).toBeDefined();
  });
});
