/**
 * Beside Compare's table: which weights its indices are read with. A set-up can carry weights of
 * its own (from its link, its autosave or the "What counts as security?" panel below); then the
 * table, the plane and the robustness line all use them, and a student reading the table must be
 * told so, with one click back to the model's defaults.
 */
import { useTranslation } from 'react-i18next';
import { DEFAULT_WEIGHTS, type IndexWeights } from '../../../models/index';
import { presetOf, sameWeights } from '../../../scenarios/index-weights';

interface WeightsInUseProps {
  readonly weights: IndexWeights;
  readonly onDefaults: () => void;
}

export function WeightsInUse({ weights, onDefaults }: WeightsInUseProps) {
  const { t } = useTranslation('compare');
  if (sameWeights(weights, DEFAULT_WEIGHTS)) {
    return (
      <p className="small weights-in-use" data-testid="compare-weights-in-use" data-own="false">
        {t('weightsInUse.defaults')}
      </p>
    );
  }
  const preset = presetOf(weights);
  const name = t(`common:weights.presets.${preset ?? 'custom'}`);
  return (
    <p className="notice weights-in-use" role="status" data-testid="compare-weights-in-use" data-own="true">
      {t('weightsInUse.own', { weights: name })}{' '}
      <button type="button" className="small-button" onClick={onDefaults} data-testid="compare-use-default-weights">
        {t('weightsInUse.useDefaults')}
      </button>
    </p>
  );
}
