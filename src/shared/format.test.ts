/** How figures and their change against the baseline read. */
import { describe, expect, it } from 'vitest';
import { describeChange, formatAxis, formatOutput } from './format';

describe('describeChange', () => {
  it('gives the relative change with its sign, or says there is none', () => {
    expect(describeChange(112, 100)).toEqual({ direction: 'up', text: '+12%' });
    expect(describeChange(87.5, 100)).toEqual({ direction: 'down', text: '−12.5%' });
    expect(describeChange(5, 5)).toEqual({ direction: 'same', text: 'no change' });
    expect(describeChange(100.0001, 100)).toEqual({ direction: 'up', text: '+<0.1%' });
    expect(describeChange(3, 0)).toEqual({ direction: 'up', text: 'up from 0' });
    expect(describeChange(3, undefined).direction).toBe('unknown');
  });
});

describe('formatOutput', () => {
  it('reads each kind of output in its own unit', () => {
    expect(formatOutput({ kind: 'flow', unit: 'people/month' }, 1234567.4)).toBe('1,234,567');
    expect(formatOutput({ kind: 'flow', unit: 'USD/month' }, 3_900_000_000)).toBe('$3.9bn');
    // Money totals keep one decimal, so that a column of them lines up ("$529.0m" beside "$530.1m").
    expect(formatOutput({ kind: 'stock', unit: 'USD' }, 529_000_000)).toBe('$529.0m');
    expect(formatOutput({ kind: 'stock', unit: 'USD' }, 530_100_000)).toBe('$530.1m');
    expect(formatOutput({ kind: 'flow', unit: 'USD/month' }, 0)).toBe('$0');
    expect(formatOutput({ kind: 'rate', unit: 'share' }, 0.02068)).toBe('2.07%');
    expect(formatOutput({ kind: 'price', unit: 'USD' }, 2292.4)).toBe('$2,292');
    expect(formatOutput({ kind: 'index', unit: 'index 0–100' }, 43.44)).toBe('43.4');
    expect(formatOutput({ kind: 'rate', unit: 'share' }, NaN)).toBe('–');
    expect(formatAxis({ kind: 'rate', unit: 'share' }, 0.025)).toBe('2.5%');
  });
});
