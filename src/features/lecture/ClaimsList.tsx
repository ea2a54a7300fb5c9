/** "What the model shows here": a step's statements, with what this one run shows for each. */
import type { Tour } from '../../../scenarios/tours';
import type { RunResult } from '../../../models/index';
import { formatChange, stepClaims } from './step-claims';

interface ClaimsListProps {
  readonly tour: Tour;
  readonly step: number;
  readonly runOf: (step: number) => RunResult | null;
}

export function ClaimsList({ tour, step, runOf }: ClaimsListProps) {
  const claims = stepClaims(tour, step, runOf);
  if (claims.length === 0) return null;
  return (
    <section className="lecture-claims" aria-labelledby="claims-title" data-testid="lecture-claims">
      <h3 id="claims-title">What the model shows here</h3>
      <ul>
        {claims.map((c) => (
          <li key={c.text}>
            {c.text}
            {c.change !== null && <span className="claim-run"> This run: {formatChange(c.change)}.</span>}
          </li>
        ))}
      </ul>
      <p className="claims-note">Each statement is checked by the test suite as the mean over five seeds; a single run can differ a little.</p>
    </section>
  );
}
