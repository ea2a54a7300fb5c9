/**
 * How a mix is named and described on the page, in the interface language. The resolved mix keeps
 * its English title too (mixes.ts): the CSV files carry that one, so they are the same bytes in
 * every language.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/format';
import { useModelText } from '../../shared/i18n/model-text';
import { useScenarioTitles } from '../../shared/i18n/scenario-content';
import { mixScenario, type ResolvedMix } from './mixes';

export interface MixText {
  /** "Operation Sophia", "My explorer settings: Baseline (status quo)". */
  title(m: ResolvedMix): string;
  /** "1. Operation Sophia": the label on the charts. */
  numbered(m: ResolvedMix): string;
  /** Where the mix comes from, in a few words. */
  source(m: ResolvedMix): string;
}

export function useMixText(): MixText {
  const { t } = useTranslation('compare');
  const titles = useScenarioTitles();
  const mt = useModelText();
  return useMemo(() => {
    const title = (m: ResolvedMix) => {
      const spec = m.mix.spec;
      const scenario = mixScenario(spec);
      if (!scenario) return m.title;
      if (spec.kind === 'file') return scenario.title;
      if (spec.kind === 'preset') return titles(scenario);
      return t('mix.explorerTitle', { title: titles(scenario) });
    };
    return {
      title,
      numbered: (m) => `${m.number}. ${title(m)}`,
      source: (m) => {
        const spec = m.mix.spec;
        if (spec.kind === 'preset') return t('mix.builtIn');
        if (spec.kind === 'file') return t('mix.imported', { id: spec.scenario.id });
        const parts = Object.entries(spec.overrides).map(([k, v]) => `${mt.leverLabel(k)} ${formatNumber(v, { maximumFractionDigits: 2 })}`);
        const changes = parts.length ? parts.join('; ') : t('mix.noLever');
        return spec.timeline ? t('mix.fromExplorerEdited', { changes }) : t('mix.fromExplorer', { changes });
      },
    };
  }, [t, titles, mt]);
}
