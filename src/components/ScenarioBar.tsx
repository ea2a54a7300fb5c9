/**
 * The scenario the explorer starts from: a choice among the built-in scenarios and its summary.
 * Choosing another scenario starts it as loaded (levers back to its values); it becomes the
 * baseline every figure is compared with.
 */
import type { ReactNode } from 'react';
import { BUILT_IN_SCENARIOS, type Scenario } from '../../scenarios/index';

interface ScenarioBarProps {
  readonly scenario: Scenario;
  readonly onChoose: (id: string) => void;
  /** Buttons shown at the end of the bar (Copy link). */
  readonly actions?: ReactNode;
}

export function ScenarioBar({ scenario, onChoose, actions }: ScenarioBarProps) {
  return (
    <div className="scenario-bar">
      <label className="scenario-choice">
        <span>Scenario</span>
        <select value={scenario.id} onChange={(e) => onChoose(e.currentTarget.value)} data-testid="scenario-select">
          {BUILT_IN_SCENARIOS.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </label>
      {scenario.summary && (
        <details className="scenario-summary">
          <summary>What is this scenario?</summary>
          <p>{scenario.summary}</p>
          <p className="small">It is the baseline: every figure below is compared with it, run with the same seed and size.</p>
        </details>
      )}
      {actions && <div className="scenario-actions">{actions}</div>}
    </div>
  );
}
