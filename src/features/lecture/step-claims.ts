/**
 * "What the model shows here": a step's claims, each with what this one run shows (the relative
 * change the claim is about). The claims themselves are checked by the test suite over five
 * seeds; a single run on the screen can differ a little, which the page says.
 */
import type { RunResult } from '../../../models/index';
import { evaluateClaimsWith } from '../../../scenarios/claims';
import type { Tour } from '../../../scenarios/tours';
import { formatNumber } from '../../shared/format';
import { i18n } from '../../shared/i18n/i18n';

export interface ShownClaim {
  readonly text: string;
  /** Relative change in this run (value vs reference), or null when the runs it needs are not in yet. */
  readonly change: number | null;
  readonly holdsInThisRun: boolean | null;
}

export function stepClaims(tour: Tour, step: number, runOf: (step: number) => RunResult | null): ShownClaim[] {
  const own = runOf(step);
  return tour.steps[step].claims.map((c) => {
    const other = 'step' in c.against ? runOf(c.against.step) : own;
    if (!own || !other) return { text: c.text, change: null, holdsInThisRun: null };
    // The claim checker's own judgement (a claim read with named weights is read so here too), on this one run.
    const claim = { ...c, against: 'step' in c.against ? { scenario: 'step' } : c.against };
    const [result] = evaluateClaimsWith([claim], [own], () => [other]);
    return { text: c.text, change: result.change, holdsInThisRun: result.holds };
  });
}

/** "+34%", "−12%", "from zero". */
export function formatChange(change: number): string {
  if (!Number.isFinite(change)) return i18n.t('lecture:claims.fromZero');
  const pct = Math.round(change * 100);
  return `${pct > 0 ? '+' : pct < 0 ? '−' : '±'}${formatNumber(Math.abs(pct) / 100, { style: 'percent', maximumFractionDigits: 0 })}`;
}
