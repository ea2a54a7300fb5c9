/**
 * The settings of each sensitivity analysis. Levers and outputs are picked from the model's
 * tables; numbers are checked against the levers' ranges as they are typed.
 */
import { LEVER_BY_KEY } from '../../../models/index';
import { LeverSelect, NumberField, OutputSelect } from './Fields';
import type { CompareAction } from './setup-reducer';
import { COMPARE_LIMITS, TORNADO_STEP_LIMITS, type GridSettings, type SweepSettings, type TornadoSettings } from './setup';
import { useTranslation } from 'react-i18next';

type Dispatch = (action: CompareAction) => void;

const range = (lever: string) => ({ min: LEVER_BY_KEY.get(lever)?.min ?? 0, max: LEVER_BY_KEY.get(lever)?.max ?? 1 });
/** A second lever's default values: low, middle and high within its range. */
const BY_SHARES = [0.2, 0.5, 0.8];
const BY_SLOTS = [0, 1, 2];

export function SweepControls({ settings, dispatch }: { readonly settings: SweepSettings; readonly dispatch: Dispatch }) {
  const { t } = useTranslation('compare');
  const set = (patch: Partial<SweepSettings>) => dispatch({ type: 'setSweep', sweep: { ...settings, ...patch } });
  const r = range(settings.lever);
  const by = settings.byLever ? range(settings.byLever) : null;
  return (
    <>
      <OutputSelect label={t('controls.output')} value={settings.output} onChange={(output) => set({ output })} testId="sweep-output" />
      <LeverSelect
        label={t('controls.leverToMove')}
        value={settings.lever}
        onChange={(lever) => set({ lever, from: range(lever).min, to: range(lever).max, ...(settings.byLever === lever ? { byLever: null, byValues: [] } : {}) })}
        testId="sweep-lever"
      />
      <div className="field-row">
        <NumberField label={t('controls.from')} value={settings.from} min={r.min} max={r.max} step={0.05} onCommit={(v) => v !== null && set({ from: v })} />
        <NumberField label={t('controls.to')} value={settings.to} min={r.min} max={r.max} step={0.05} onCommit={(v) => v !== null && set({ to: v })} />
        <NumberField label={t('controls.values')} value={settings.steps} min={COMPARE_LIMITS.sweepSteps.min} max={COMPARE_LIMITS.sweepSteps.max} whole onCommit={(v) => v !== null && set({ steps: v })} testId="sweep-steps" />
      </div>
      <LeverSelect
        label={t('controls.secondLever')}
        value={settings.byLever ?? ''}
        allowNone={t('controls.none')}
        onChange={(lever) => {
          if (!lever) set({ byLever: null, byValues: [] });
          else {
            const q = range(lever);
            set({ byLever: lever, byValues: BY_SHARES.map((t) => Math.round((q.min + t * (q.max - q.min)) * 100) / 100) });
          }
        }}
        testId="sweep-by"
      />
      {by && (
        <div className="field-row">
          {BY_SLOTS.map((i) => (
            <NumberField
              key={i}
              label={t('controls.valueN', { n: i + 1 })}
              value={settings.byValues[i] ?? null}
              min={by.min}
              max={by.max}
              step={0.05}
              optional
              onCommit={(v) => {
                const slots: (number | null)[] = BY_SLOTS.map((j) => settings.byValues[j] ?? null);
                slots[i] = v;
                set({ byValues: slots.filter((x): x is number => x !== null) });
              }}
            />
          ))}
        </div>
      )}
    </>
  );
}

export function GridControls({ settings, dispatch }: { readonly settings: GridSettings; readonly dispatch: Dispatch }) {
  const { t } = useTranslation('compare');
  const set = (patch: Partial<GridSettings>) => dispatch({ type: 'setGrid', grid: { ...settings, ...patch } });
  return (
    <>
      <OutputSelect label={t('controls.output')} value={settings.output} onChange={(output) => set({ output })} testId="map-output" />
      <LeverSelect label={t('controls.across')} value={settings.xLever} onChange={(xLever) => set({ xLever })} testId="map-x" />
      <LeverSelect label={t('controls.up')} value={settings.yLever} onChange={(yLever) => set({ yLever })} testId="map-y" />
      <NumberField
        label={t('controls.valuesPerLever')}
        value={settings.steps}
        min={COMPARE_LIMITS.gridSteps.min}
        max={COMPARE_LIMITS.gridSteps.max}
        whole
        onCommit={(v) => v !== null && set({ steps: v })}
        hint={t('controls.wholeRange')}
        testId="map-steps"
      />
    </>
  );
}

export function TornadoControls({ settings, dispatch, flattened }: { readonly settings: TornadoSettings; readonly dispatch: Dispatch; readonly flattened: boolean }) {
  const { t } = useTranslation('compare');
  const set = (patch: Partial<TornadoSettings>) => dispatch({ type: 'setTornado', tornado: { ...settings, ...patch } });
  return (
    <>
      <OutputSelect label={t('controls.output')} value={settings.output} onChange={(output) => set({ output })} testId="tornado-output" />
      <NumberField
        label={t('controls.moveBy')}
        value={settings.step}
        min={TORNADO_STEP_LIMITS.min}
        max={TORNADO_STEP_LIMITS.max}
        step={0.05}
        onCommit={(v) => v !== null && set({ step: v })}
        hint={t('controls.downUp')}
        testId="tornado-step"
      />
      {flattened && <p className="small">{t('controls.flattened')}</p>}
    </>
  );
}
