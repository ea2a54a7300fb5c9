/**
 * Containment in the transit country (`transit.containment`) and the time people spend waiting
 * there. Coast control stops boats on land; the people on them stay and must pay again. Nothing in
 * the model ties abuse to the lever: abuse accrues per month spent waiting, so if containment
 * raises the abuse each person suffers, it is because they wait longer. Means over five seeds.
 */
import { describe, expect, it } from 'vitest';
import { ROUTES, type RunInput, type RunResult } from '../../models/index';
import { meanOver, runInputSeeds } from './helpers';

type Input = Omit<RunInput, 'seed'>;

const DESERT = ROUTES.findIndex((r) => r.id === 'desertSea');
const SHORT = ROUTES.findIndex((r) => r.id === 'shortSea');

const monthly = (r: RunResult, key: 'transitHub' | 'detained' | 'stranded') => r.months.reduce((s, m) => s + m[key], 0) / r.months.length;
const total = (r: RunResult, key: 'hubAbuseIncidents' | 'smugglingDemand' | 'repeatAttempts' | 'departuresPrevented' | 'movedOn') => r.months.reduce((s, m) => s + m[key], 0);
/** Abuse in the transit country per person who set out (first hires): the harm each person carries. */
const abusePerPerson = (r: RunResult) => total(r, 'hubAbuseIncidents') / (total(r, 'smugglingDemand') - total(r, 'repeatAttempts'));
const routeDepartures = (r: RunResult, route: number) => r.summary.byRoute[route].departures;
/** Months in the transit country per crossing from it (Little's law: mean stock ÷ monthly outflow by sea). */
const stayMonths = (r: RunResult) => monthly(r, 'transitHub') / ((routeDepartures(r, DESERT) + routeDepartures(r, SHORT)) / r.months.length);

const none: Input = {};
const aimed: Input = { routeLevers: { desertSea: { 'transit.containment': 1 } } };

describe('containment in the transit country', () => {
  it('lowers departures on the route it is aimed at, and stops people on the coast', () => {
    expect(meanOver(aimed, (r) => routeDepartures(r, DESERT))).toBeLessThan(0.9 * meanOver(none, (r) => routeDepartures(r, DESERT)));
    expect(meanOver(aimed, (r) => total(r, 'departuresPrevented'))).toBeGreaterThan(0);
    expect(meanOver(none, (r) => total(r, 'departuresPrevented'))).toBe(0);
  });

  it('grows the transit country and the abuse each person suffers there (the trade-off)', () => {
    expect(meanOver(aimed, (r) => monthly(r, 'transitHub'))).toBeGreaterThan(1.5 * meanOver(none, (r) => monthly(r, 'transitHub')));
    expect(meanOver(aimed, stayMonths)).toBeGreaterThan(1.5 * meanOver(none, stayMonths));
    expect(meanOver(aimed, abusePerPerson)).toBeGreaterThan(1.5 * meanOver(none, abusePerPerson));
  });

  it('grows with its strength: half containment lies between none and full', () => {
    const hub = (x: number) => meanOver({ levers: { 'transit.containment': x } }, (r) => monthly(r, 'transitHub'));
    const [h0, h5, h1] = [hub(0), hub(0.5), hub(1)];
    expect(h5).toBeGreaterThan(h0);
    expect(h1).toBeGreaterThan(h5);
  });

  it('puts people in detention when safeguards are low, and fewer when they are high', () => {
    const detained = (safeguards: number) => meanOver({ ...aimed, levers: { 'protection.safeguards': safeguards } }, (r) => monthly(r, 'detained'));
    expect(detained(1)).toBeLessThan(0.5 * detained(0));
  });
});

describe('how long people wait in the transit country', () => {
  it('shortens when operators can carry more (no containment)', () => {
    const scaled = (factor: number): Input => ({
      routes: ROUTES.map((r) => (r.id === 'desertSea' ? { ...r, operatorCapacityPerMillion: r.operatorCapacityPerMillion * factor } : r)),
    });
    const [short, usual, ample] = [0.5, 1, 2].map((f) => meanOver(scaled(f), stayMonths));
    expect(usual).toBeLessThan(short);
    expect(ample).toBeLessThan(usual);
  });

  it('lengthens when stranded people earn less towards another crossing', () => {
    const earning = (usd: number): Input => ({ levers: { 'enforcement.pullbacks': 1 }, calibration: { hubEarningsPerMonthUsd: usd } });
    const stranded = (usd: number) => meanOver(earning(usd), (r) => monthly(r, 'stranded'));
    expect(stranded(0)).toBeGreaterThan(1.2 * stranded(400));
  });
});

describe('moving on from the transit country', () => {
  it('is open only to people abused there, and closed when that share is 0', () => {
    for (const run of runInputSeeds(aimed)) {
      for (const m of run.months) expect(m.movedOn, `month ${m.month}`).toBeLessThanOrEqual(m.hubAbuseIncidents + 1e-9);
      expect(total(run, 'movedOn')).toBeGreaterThan(0);
    }
    expect(meanOver({ ...aimed, calibration: { onwardAfterAbuseShare: 0 } }, (r) => total(r, 'movedOn'))).toBe(0);
  });

  it('grows when coast control lengthens the wait: no lever sends people on, the longer stay and the crowding do', () => {
    expect(meanOver(aimed, (r) => total(r, 'movedOn'))).toBeGreaterThan(2 * meanOver(none, (r) => total(r, 'movedOn')));
  });

  it('takes people out of the transit country, so fewer of them are abused there and fewer cross', () => {
    const closed: Input = { ...aimed, calibration: { onwardAfterAbuseShare: 0 } };
    expect(meanOver(aimed, (r) => total(r, 'hubAbuseIncidents'))).toBeLessThan(meanOver(closed, (r) => total(r, 'hubAbuseIncidents')));
    expect(meanOver(aimed, (r) => r.summary.irregularArrivals)).toBeLessThan(meanOver(closed, (r) => r.summary.irregularArrivals));
  });
});
