import { describe, expect, it } from 'vitest';
import { barePage, viewFromHash } from './routes';

describe('view routes', () => {
  it('reads the view from the hash and falls back to the explorer', () => {
    expect(viewFromHash('')).toEqual({ view: 'explore', rest: '' });
    expect(viewFromHash('#/compare')).toEqual({ view: 'compare', rest: '' });
    expect(viewFromHash('#/compare?mix=baseline&seeds=5')).toEqual({ view: 'compare', rest: 'mix=baseline&seeds=5' });
    expect(viewFromHash('#/seminar/team/ngo')).toEqual({ view: 'seminar', rest: 'team/ngo' });
    expect(viewFromHash('#/nowhere')).toEqual({ view: 'explore', rest: '' });
    expect(viewFromHash('#__proto__')).toEqual({ view: 'explore', rest: '' });
  });

  it('shows a team’s page and the projector without the app’s header and navigation', () => {
    expect(barePage('#/join/K7Q3XM/ngo?k=abc')).toBe('join');
    expect(barePage('#/join')).toBe('join');
    expect(barePage('#/joined')).toBeNull();
    expect(barePage('#/watch/K7Q3XM')).toBe('watch');
    expect(barePage('#/watch')).toBe('watch');
    expect(barePage('#/watching')).toBeNull();
    expect(barePage('#/seminar/team/ngo?s=abc')).toBe('team');
    expect(barePage('#/seminar/projector')).toBe('projector');
    expect(barePage('#/seminar')).toBeNull();
    expect(barePage('#/seminar/projectors')).toBeNull();
    expect(barePage('#/seminar/debrief')).toBeNull();
    expect(barePage('')).toBeNull();
  });
});
