/**
 * The left-hand panel of the comparison: the mixes (each with its colour, line and marker, and a
 * way to remove it), ways to add more, the ensemble's size, and the button that runs it.
 */
import { AddMix } from './AddMix';
import { NumberField } from './Fields';
import { MixKey } from './MixKey';
import type { ResolvedMix } from './mixes';
import type { CompareAction } from './setup-reducer';
import { COMPARE_LIMITS, firstSeedMax, MIN_MIXES, referenceMix, type CompareSetup } from './setup';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../shared/format';
import { useMixText } from './use-mix-text';


interface MixPanelProps {
  readonly setup: CompareSetup;
  readonly mixes: readonly ResolvedMix[];
  readonly dispatch: (action: CompareAction) => void;
  readonly busy: boolean;
  readonly onRun: () => void;
}

export function MixPanel({ setup, mixes, dispatch, busy, onRun }: MixPanelProps) {
  const { t } = useTranslation('compare');
  const mixText = useMixText();
  const size = { seeds: setup.seeds, firstSeed: setup.firstSeed, agents: setup.agents, months: setup.months };
  const setSize = (patch: Partial<typeof size>) => dispatch({ type: 'setRunSize', size: { ...size, ...patch } });
  const ref = referenceMix(setup)?.id;
  const runs = mixes.length * setup.seeds;
  const enough = mixes.length >= MIN_MIXES;
  return (
    <section className="mix-panel" aria-labelledby="mix-panel-title">
      <h3 id="mix-panel-title">{t('panel.title')}</h3>
      {mixes.length === 0 ? (
        <p className="small">{t('panel.none')}</p>
      ) : (
        <ol className="mix-list">
          {mixes.map((m) => (
            <li key={m.mix.id} className="mix-item" data-testid="mix-item">
              <MixKey style={m.style} number={m.number} />
              <div className="mix-text">
                <span className="mix-title">
                  {mixText.numbered(m)}
                  {m.mix.id === ref && <span className="mix-badge"> {t('panel.reference')}</span>}
                </span>
                <span className="mix-source">{mixText.source(m)}</span>
              </div>
              <button type="button" className="small-button" disabled={busy} onClick={() => dispatch({ type: 'removeMix', id: m.mix.id })} aria-label={t('panel.removeLabel', { n: m.number, title: mixText.title(m) })}
              >
                {t('panel.remove')}
              </button>
            </li>
          ))}
        </ol>
      )}
      <AddMix setup={setup} onAdd={(spec) => dispatch({ type: 'addMix', spec })} />
      <div className="run-size">
        <NumberField
          label={t('panel.seeds')}
          value={setup.seeds}
          min={COMPARE_LIMITS.seeds.min}
          max={COMPARE_LIMITS.seeds.max}
          whole
          onCommit={(v) => v !== null && setSize({ seeds: v })}
          hint={t('panel.seedsHint')}
          testId="seeds"
        />
        <details className="advanced">
          <summary>{t('panel.more')}</summary>
          <NumberField label={t('panel.agents')} value={setup.agents} min={COMPARE_LIMITS.agents.min} max={COMPARE_LIMITS.agents.max} whole onCommit={(v) => v !== null && setSize({ agents: v })} hint={t('panel.agentsHint')} testId="agents" />
          <NumberField label={t('panel.months')} value={setup.months} min={COMPARE_LIMITS.months.min} max={COMPARE_LIMITS.months.max} whole onCommit={(v) => v !== null && setSize({ months: v })} hint={t('panel.monthsHint')} testId="months" />
          <NumberField label={t('panel.firstSeed')} value={setup.firstSeed} min={COMPARE_LIMITS.firstSeed.min} max={firstSeedMax(setup)} whole onCommit={(v) => v !== null && setSize({ firstSeed: v })} hint={t('panel.firstSeedHint')} testId="first-seed" />
        </details>
      </div>
      <button type="button" className="primary-button run-button" disabled={busy || !enough} onClick={onRun} data-testid="run-compare">
        {t('panel.run')}
      </button>
      <p className="small run-count">
        {enough ? t('panel.count', { mixes: mixes.length, seeds: setup.seeds, runs: formatCount(runs), agents: formatCount(setup.agents), months: setup.months }) : t('panel.addAtLeast', { min: MIN_MIXES })}
      </p>
    </section>
  );
}
