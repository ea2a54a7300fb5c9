/**
 * Prints the quantities behind each pattern test (tests/model/patterns.test.ts) with its
 * threshold, so margins can be read at a glance: npx tsx scripts/pattern-report.ts
 */
import { AIMED_SEEDS, change, meanOf, meanOver, runSeeds, summaryMean, windowSum } from '../tests/model/helpers';

const LOW = { 'insecurity.level': 0.3 };
const HIGH = { 'insecurity.level': 0.8 };
const rows: [string, number, string][] = [];
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

const few = { 'regularPathways.availability': 0.05 }, many = { 'regularPathways.availability': 0.7 };
const lf = summaryMean({ ...LOW, ...few }, 'smugglingDemand'), lm = summaryMean({ ...LOW, ...many }, 'smugglingDemand');
const hf = summaryMean({ ...HIGH, ...few }, 'smugglingDemand'), hm = summaryMean({ ...HIGH, ...many }, 'smugglingDemand');
rows.push(['1 pathways: demand change, low insecurity', change(lf, lm), '< -20%']);
rows.push(['1 pathways: demand change, high insecurity', change(hf, hm), '< -10%']);
rows.push(['1 pathways: people saved high ÷ low (no longer asserted)', (hf - hm) / (lf - lm), 'was > 1.2']);
rows.push(['2 demand high ÷ low insecurity', summaryMean(HIGH, 'smugglingDemand') / summaryMean(LOW, 'smugglingDemand'), '> 1.5']);
const sq = { 'rootCauses.investment': 0.1 }, inv = { 'rootCauses.investment': 1 };
rows.push(['2 root causes: demand change year 1', change(windowSum(sq, 'smugglingDemand', 0, 12), windowSum(inv, 'smugglingDemand', 0, 12)), '|x| < 5%']);
rows.push(['2 root causes: demand change years 6–10', change(windowSum(sq, 'smugglingDemand', 60, 120), windowSum(inv, 'smugglingDemand', 60, 120)), '< -20%']);
const surge = { ...HIGH, 'enforcement.intensity': 0.9 };
rows.push(['3 enforcement: fee index change (mean fee paid)', change(summaryMean(HIGH, 'feeIndexUsd'), summaryMean(surge, 'feeIndexUsd')), `> 2% (mean fee ${pct(change(summaryMean(HIGH, 'meanFeeUsd'), summaryMean(surge, 'meanFeeUsd')))})`]);
const dr = change(summaryMean(HIGH, 'deathRatePerAttempt'), summaryMean(surge, 'deathRatePerAttempt'));
const arr = -change(summaryMean(HIGH, 'irregularArrivals'), summaryMean(surge, 'irregularArrivals'));
rows.push(['3 enforcement: death-rate change', dr, '> 5%']);
const dpa = (l: Record<string, number>) => summaryMean(l, 'deathsMissing') / summaryMean(l, 'irregularArrivals');
rows.push(['3 enforcement: deaths-per-arrival change', change(dpa(HIGH), dpa(surge)), '> 25%']);
rows.push(['3 enforcement: arrivals fall ÷ deaths-per-arrival rise', arr / change(dpa(HIGH), dpa(surge)), '< 0.8']);
const rs = (l: Record<string, number>) => summaryMean(l, 'repeatAttempts') / summaryMean(l, 'smugglingDemand');
rows.push(['3 enforcement: repeat share change', change(rs(HIGH), rs(surge)), '> 20%']);
const remote = (l: Record<string, number>) => meanOf(runSeeds(l), (r) => r.routes[1].months.reduce((s, m) => s + m.remoteTrackShare, 0) / r.months.length);
rows.push(['3 enforcement: remote-track share, surge (base)', remote(surge), `> 0.5 (base ${remote(HIGH).toFixed(2)} < 0.1)`]);
const desertShare = (input: Parameters<typeof meanOver>[0]) => meanOver(input, (r) => r.summary.byRoute[1].attempts / r.summary.byRoute.reduce((s, x) => s + x.attempts, 0), AIMED_SEEDS);
rows.push([`3 enforcement aimed at shortSea: deadliest-route share + (${AIMED_SEEDS.length} seeds)`, desertShare({ levers: HIGH, routeLevers: { shortSea: { 'enforcement.intensity': 0.9 } } }) - desertShare({ levers: HIGH }), '> 0.01']);
const keep = { 'enforcement.intensity': 0.6, 'enforcement.vesselDestruction': 0 }, destroy = { 'enforcement.intensity': 0.6, 'enforcement.vesselDestruction': 1 };
const level = (l: Record<string, number>, k: 'smugglingVessels' | 'vesselQuality') => meanOf(runSeeds(l), (r) => r.months.reduce((s, m) => s + m[k], 0) / r.months.length);
const destroyDr = change(summaryMean(keep, 'deathRatePerAttempt'), summaryMean(destroy, 'deathRatePerAttempt'));
rows.push(['4 vessel destruction: death-rate change', destroyDr, '> 15%']);
rows.push(['4 vessel destruction: boats destroy ÷ keep', level(destroy, 'smugglingVessels') / level(keep, 'smugglingVessels'), '< 0.5']);
rows.push(['4 vessel destruction: seaworthy share destroy ÷ keep', level(destroy, 'vesselQuality') / level(keep, 'vesselQuality'), '< 0.6']);
rows.push(['4 vessel destruction: departures fall ÷ risk rise', -change(summaryMean(keep, 'departures'), summaryMean(destroy, 'departures')) / destroyDr, '< 0.25']);
const s0 = { 'searchAndRescue.capacity': 0 }, s1 = { 'searchAndRescue.capacity': 1 };
const df = -change(summaryMean(s0, 'deathsMissing'), summaryMean(s1, 'deathsMissing'));
rows.push(['5 rescue: deaths fall', df, '> 20%']);
rows.push(['5 rescue: demand rise ÷ deaths fall', change(summaryMean(s0, 'smugglingDemand'), summaryMean(s1, 'smugglingDemand')) / df, '< 0.25']);
const p0 = { 'enforcement.intensity': 0.6, 'enforcement.pullbacks': 0 }, p1 = { 'enforcement.intensity': 0.6, 'enforcement.pullbacks': 1 };
rows.push(['6 pull-backs: arrivals change', change(summaryMean(p0, 'irregularArrivals'), summaryMean(p1, 'irregularArrivals')), '< -10% (was < -20% to 2.3.0)']);
rows.push(['6 pull-backs: abuse change', change(summaryMean(p0, 'abuseIncidents'), summaryMean(p1, 'abuseIncidents')), '> 20%']);
const pc = { ...p1, 'transit.containment': 1 };
rows.push(['6 pull-backs + containment: arrivals change', change(summaryMean(p0, 'irregularArrivals'), summaryMean(pc, 'irregularArrivals')), '< -20%']);
rows.push(['6 pull-backs + containment: abuse change', change(summaryMean(p0, 'abuseIncidents'), summaryMean(pc, 'abuseIncidents')), '> 20%']);
const enf = { 'enforcement.intensity': 0.9 };
const mix = { 'regularPathways.availability': 0.7, 'rootCauses.investment': 0.8, 'searchAndRescue.capacity': 0.8, 'protection.safeguards': 0.8, 'cooperation.regional': 0.8, 'enforcement.intensity': 0.4, 'enforcement.interdiction': 0.2, 'enforcement.prosecution': 1, 'enforcement.pullbacks': 0, 'enforcement.vesselDestruction': 0 };
rows.push(['7 mix ÷ enforcement: human-security index', summaryMean(mix, 'humanSecurityIndex') / summaryMean(enf, 'humanSecurityIndex'), '> 1.2']);
rows.push(['7 mix − enforcement: State-security index', summaryMean(mix, 'stateSecurityIndex') - summaryMean(enf, 'stateSecurityIndex'), '≥ 0']);
for (const [name, v, rule] of rows) console.log(name.padEnd(56), (Math.abs(v) < 5 && !/÷|−|remote-track share|share +/.test(name) ? pct(v) : v.toFixed(2)).padStart(9), ' required', rule);
