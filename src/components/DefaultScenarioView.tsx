/**
 * The default (baseline) scenario, run on load. App imports this module lazily: it pulls in the
 * scenario library (zod validation) and the model's declarations, which the page shell does not
 * need to appear.
 */
import { DEFAULT_SCENARIO_ID, findScenario } from '../../scenarios/index';
import { ScenarioRun } from './ScenarioRun';

const scenario = findScenario(DEFAULT_SCENARIO_ID);

export default function DefaultScenarioView() {
  if (!scenario) {
    return (
      <p className="status status-error" role="alert">
        The built-in scenario “{DEFAULT_SCENARIO_ID}” is missing.
      </p>
    );
  }
  return <ScenarioRun scenario={scenario} />;
}
