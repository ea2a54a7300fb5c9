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

const grouped = new Intl.NumberFormat('en-GB');

interface MixPanelProps {
  readonly setup: CompareSetup;
  readonly mixes: readonly ResolvedMix[];
  readonly dispatch: (action: CompareAction) => void;
  readonly busy: boolean;
  readonly onRun: () => void;
}

export function MixPanel({ setup, mixes, dispatch, busy, onRun }: MixPanelProps) {
  const size = { seeds: setup.seeds, firstSeed: setup.firstSeed, agents: setup.agents, months: setup.months };
  const setSize = (patch: Partial<typeof size>) => dispatch({ type: 'setRunSize', size: { ...size, ...patch } });
  const ref = referenceMix(setup)?.id;
  const runs = mixes.length * setup.seeds;
  const enough = mixes.length >= MIN_MIXES;
  return (
    <section className="mix-panel" aria-labelledby="mix-panel-title">
      <h3 id="mix-panel-title">Mixes to compare</h3>
      {mixes.length === 0 ? (
        <p className="small">No mixes yet: add two to six below.</p>
      ) : (
        <ol className="mix-list">
          {mixes.map((m) => (
            <li key={m.mix.id} className="mix-item" data-testid="mix-item">
              <MixKey style={m.style} number={m.number} />
              <div className="mix-text">
                <span className="mix-title">
                  {m.number}. {m.title}
                  {m.mix.id === ref && <span className="mix-badge"> reference</span>}
                </span>
                <span className="mix-source">{m.source}</span>
              </div>
              <button type="button" className="small-button" disabled={busy} onClick={() => dispatch({ type: 'removeMix', id: m.mix.id })} aria-label={`Remove mix ${m.number}, ${m.title}`}>
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
      <AddMix setup={setup} onAdd={(spec) => dispatch({ type: 'addMix', spec })} />
      <div className="run-size">
        <NumberField
          label="Seeds per mix"
          value={setup.seeds}
          min={COMPARE_LIMITS.seeds.min}
          max={COMPARE_LIMITS.seeds.max}
          whole
          onCommit={(v) => v !== null && setSize({ seeds: v })}
          hint="Each seed is one run of chance; every mix runs with the same seeds."
          testId="seeds"
        />
        <details className="advanced">
          <summary>More settings: agents, months, first seed</summary>
          <NumberField label="Agents per run" value={setup.agents} min={COMPARE_LIMITS.agents.min} max={COMPARE_LIMITS.agents.max} whole onCommit={(v) => v !== null && setSize({ agents: v })} hint="Fewer agents run faster but are noisier." testId="agents" />
          <NumberField label="Months" value={setup.months} min={COMPARE_LIMITS.months.min} max={COMPARE_LIMITS.months.max} whole onCommit={(v) => v !== null && setSize({ months: v })} hint="Every mix runs this long." testId="months" />
          <NumberField label="First seed" value={setup.firstSeed} min={COMPARE_LIMITS.firstSeed.min} max={firstSeedMax(setup)} whole onCommit={(v) => v !== null && setSize({ firstSeed: v })} hint="Seeds run from this one upwards." testId="first-seed" />
        </details>
      </div>
      <button type="button" className="primary-button run-button" disabled={busy || !enough} onClick={onRun} data-testid="run-compare">
        Run the comparison
      </button>
      <p className="small run-count">
        {enough
          ? `${mixes.length} mixes × ${setup.seeds} seeds = ${grouped.format(runs)} runs of ${grouped.format(setup.agents)} agents over ${setup.months} months.`
          : `Add at least ${MIN_MIXES} mixes to compare.`}
      </p>
    </section>
  );
}
