/**
 * Advanced settings, folded away: the seed, the number of agents, the number of months, and how
 * many seeds the headline is refined over. Folded, only the summary is drawn; the form
 * (RunSizeForm.tsx) and its words (the explorer's later words, src/shared/i18n/catalogue-parts.ts)
 * load the first time the fold opens.
 */
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadLaterPart } from '../../../shared/i18n/i18n';
import type { AdvancedSettingsProps } from './RunSizeForm';

const RunSizeForm = lazy(() => Promise.all([import('./RunSizeForm'), loadLaterPart('explore')]).then(([m]) => m));

/** The fold stays open across runs; the form inside starts afresh from the settings in force. */
export function AdvancedSettings({ size, onApply }: AdvancedSettingsProps) {
  const { t } = useTranslation('explore');
  const [opened, setOpened] = useState(false);
  return (
    <details className="advanced" data-testid="advanced-settings" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{t('advanced.summary')}</summary>
      {opened && (
        <Suspense fallback={null}>
          <RunSizeForm key={`${size.seed}-${size.agents}-${size.months}-${size.spreadSeeds}`} size={size} onApply={onApply} />
        </Suspense>
      )}
    </details>
  );
}
