/**
 * The scenario the explorer starts from: a choice among the built-in scenarios and the user's
 * imported files, grouped by kind. Choosing another scenario starts it as loaded (levers and
 * timeline back to its own); it becomes the baseline every figure is compared with. Whether
 * the user's changes may go is asked elsewhere (import-flow.ts): the list only asks.
 */
import type { ReactNode, Ref } from 'react';
import type { Scenario } from '../../../../scenarios/format';
import type { ScenarioGroup } from './scenario-groups';
import { useTranslation } from 'react-i18next';
import { useScenarioTitles } from '../../../shared/i18n/scenario-content';

interface ScenarioBarProps {
  readonly scenario: Scenario;
  readonly groups: readonly ScenarioGroup[];
  readonly onChoose: (id: string) => void;
  /** Buttons shown at the end of the bar (Import, Copy link). */
  readonly actions?: ReactNode;
  /** The list itself, so that focus can come back to it after a question about the user's work. */
  readonly selectRef?: Ref<HTMLSelectElement>;
}

export function ScenarioBar({ scenario, groups, onChoose, actions, selectRef }: ScenarioBarProps) {
  const { t } = useTranslation('explore');
  const titleOf = useScenarioTitles();
  return (
    <div className="scenario-bar">
      <label className="scenario-choice">
        <span>{t('scenario.label')}</span>
        <select ref={selectRef} value={scenario.id} onChange={(e) => onChoose(e.currentTarget.value)} data-testid="scenario-select">
          {groups.map((g) => (
            <optgroup key={g.id} label={t(`common:scenarioGroups.${g.id}`)}>
              {g.scenarios.map((s) => (
                <option key={s.id} value={s.id}>
                  {titleOf(s)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      {actions && <div className="scenario-actions">{actions}</div>}
    </div>
  );
}
