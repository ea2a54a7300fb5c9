/**
 * Ways to add a mix: a built-in scenario, the explorer's current settings, or a scenario file
 * from the computer. A file is validated like any file from outside; if it cannot be used, the
 * message names the field, the value and what is allowed, and nothing in the comparison changes.
 */
import { useId, useState, type ChangeEvent } from 'react';
import { parseScenarioText, ScenarioError } from '../../../scenarios/index';
import { BUILT_IN_SCENARIOS } from '../../shared/built-in-scenarios';
import { mixIdentity } from './mixes';
import { cannotAdd } from './setup-reducer';
import { MAX_MIXES, type CompareSetup, type MixSpec } from './setup';
import { explorerMix } from './use-compare-setup';
import { useTranslation } from 'react-i18next';
import { useScenarioTitles } from '../../shared/i18n/scenario-content';

interface AddMixProps {
  readonly setup: CompareSetup;
  readonly onAdd: (spec: MixSpec) => void;
}

type Feedback = { readonly text: string; readonly problem: boolean } | null;

export function AddMix({ setup, onAdd }: AddMixProps) {
  const { t } = useTranslation('compare');
  const titleOf = useScenarioTitles();
  const selectId = useId();
  const fileId = useId();
  const present = new Set(setup.mixes.map((m) => mixIdentity(m.spec)));
  const available = BUILT_IN_SCENARIOS.filter((s) => !present.has(mixIdentity({ kind: 'preset', scenarioId: s.id })));
  const [choice, setChoice] = useState('');
  const [feedback, setFeedback] = useState<Feedback>(null);
  const full = setup.mixes.length >= MAX_MIXES;
  const chosen = available.some((s) => s.id === choice) ? choice : (available[0]?.id ?? '');

  const add = (spec: MixSpec, title: string) => {
    const problem = cannotAdd(setup, spec, title);
    if (problem) setFeedback({ text: problem, problem: true });
    else {
      onAdd(spec);
      setFeedback({ text: t('add.added', { title }), problem: false });
    }
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const scenario = parseScenarioText(await file.text());
      add({ kind: 'file', scenario }, scenario.title);
    } catch (error) {
      const reason = error instanceof ScenarioError ? error.message : error instanceof Error ? error.message : String(error);
      setFeedback({ text: t('add.fileProblem', { file: file.name, reason }), problem: true });
    }
  };

  return (
    <div className="add-mix">
      <div className="add-row">
        <label htmlFor={selectId} className="add-label">
          {t('add.builtIn')}
        </label>
        <select id={selectId} value={chosen} onChange={(e) => setChoice(e.currentTarget.value)} disabled={full || available.length === 0} data-testid="add-preset-select">
          {available.map((s) => (
            <option key={s.id} value={s.id}>
              {titleOf(s)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="small-button"
          disabled={full || !chosen}
          data-testid="add-preset"
          onClick={() => {
            const s = BUILT_IN_SCENARIOS.find((x) => x.id === chosen);
            add({ kind: 'preset', scenarioId: chosen }, s ? titleOf(s) : chosen);
          }}
        >
          {t('add.add')}
        </button>
      </div>
      <div className="add-row">
        <button
          type="button"
          className="small-button"
          disabled={full}
          data-testid="add-explorer"
          onClick={() => {
            const { spec, title } = explorerMix();
            add(spec, title);
          }}
        >
          {t('add.explorer')}
        </button>
        <span className={full ? 'file-button disabled' : 'file-button'}>
          <input id={fileId} type="file" accept=".json,application/json" className="visually-hidden" disabled={full} onChange={(e) => void importFile(e)} data-testid="import-file" />
          <label htmlFor={fileId}>{t('add.file')}</label>
        </span>
      </div>
      {full && <p className="small">{t('add.full')}</p>}
      <p className={feedback?.problem ? 'add-feedback add-problem' : 'add-feedback'} role="status" data-testid="add-feedback">
        {feedback?.text}
      </p>
    </div>
  );
}
