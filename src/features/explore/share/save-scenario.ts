/**
 * "Save scenario" (the share panel's scenario file, and "save first" before switching): the file
 * of scenario-file.ts, downloaded. A built-in scenario saved without changes carries its story,
 * claims and questions, which the page loads apart (src/shared/scenario-texts.ts): they are
 * awaited first, so the file is never written without them.
 */
import type { Scenario } from '../../../../scenarios/format';
import { downloadText } from '../../../shared/export/download';
import { loadScenarioTexts } from '../../../shared/scenario-texts';
import type { ExplorerSettings } from '../../../shared/settings/settings';
import { scenarioFile, scenarioFileName } from './scenario-file';

export async function saveScenario(scenario: Scenario, settings: ExplorerSettings): Promise<void> {
  await loadScenarioTexts();
  downloadText(`${JSON.stringify(scenarioFile(scenario, settings), null, 2)}\n`, scenarioFileName(scenario, settings), 'application/json');
}
