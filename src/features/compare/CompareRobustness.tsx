/**
 * Under Compare's table: for each mix against the reference mix, whether its ranking on each
 * index holds over other weightings (the robustness figure over the mixes' seeds, term means
 * taken over every seed), read with the set-up's weights ("What counts as security?", beside it;
 * the comparison above is read with them too, see reweigh.ts).
 */
import { memo, useMemo } from 'react';
import type { IndexWeights } from '../../../models/index';
import { RobustnessLine } from '../../shared/weights/RobustnessLine';
import type { Comparison } from './ensembles';
import { useMixText } from './use-mix-text';

export const CompareRobustness = memo(function CompareRobustness({ comparison, reference, weights }: { readonly comparison: Comparison; readonly reference: number; readonly weights: IndexWeights }) {
  const mixText = useMixText();
  const ref = comparison.mixes[reference];
  const refSummaries = useMemo(() => ref?.summaries.map((s) => s.summary) ?? [], [ref]);
  const others = useMemo(
    () => comparison.mixes.filter((_, i) => i !== reference).map((m) => ({ id: m.mix.mix.id, names: { a: mixText.numbered(m.mix), b: ref ? mixText.numbered(ref.mix) : '' }, summaries: m.summaries.map((s) => s.summary) })),
    [comparison, reference, ref, mixText],
  );
  if (!ref) return null;
  return (
    <div className="compare-robustness" data-testid="compare-robustness">
      {others.map((o) => (
        <RobustnessLine key={o.id} names={o.names} a={o.summaries} b={refSummaries} weights={weights} testId={`robustness-${o.id}`} />
      ))}
    </div>
  );
});
