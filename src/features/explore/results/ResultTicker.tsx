/**
 * On a phone the levers sit below the results, so a student moving a slider cannot see them.
 * This strip sticks to the bottom of the screen while the levers are in view and repeats four
 * headline figures with their change against the baseline. Hidden on wider screens (CSS), and
 * from screen readers, which have the same figures in "Key figures".
 */
import { memo } from 'react';
import { OUTPUT_BY_KEY, type OutputKey, type RunSummary } from '../../../../models/index';
import { describeChange, formatOutput } from '../../../shared/format';
import { useTranslation } from 'react-i18next';

/** Each figure's short name is the catalogue's `ticker.<output>`. */
const TICKER: readonly OutputKey[] = ['humanSecurityIndex', 'stateSecurityIndex', 'deathRatePerAttempt', 'smugglingDemand'];

export const ResultTicker = memo(function ResultTicker({ summary, baseline }: { readonly summary: RunSummary | null; readonly baseline: RunSummary | null }) {
  const { t } = useTranslation('explore');
  if (!summary) return null;
  return (
    <div className="ticker" aria-hidden="true" data-testid="result-ticker">
      {TICKER.map((key) => {
        const spec = OUTPUT_BY_KEY.get(key);
        if (!spec) return null;
        const change = describeChange(summary[key], baseline?.[key]);
        return (
          <div key={key} className="ticker-item">
            <span className="ticker-label">{t(`ticker.${key}`)}</span>
            <span className="ticker-value">{formatOutput(spec, summary[key])}</span>
            <span className="ticker-change">{change.direction === 'same' ? '=' : change.text}</span>
          </div>
        );
      })}
    </div>
  );
});
