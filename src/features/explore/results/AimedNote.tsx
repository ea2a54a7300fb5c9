/**
 * Beside the key figures: which levers are aimed at one route, at what value, so a student reading
 * the figures knows the policy acts on that route alone (the other routes keep the scenario's
 * values). The per-route chart below opens on that route.
 */
import { useTranslation } from 'react-i18next';
import { LEVER_BY_KEY, type RouteId } from '../../../../models/index';
import { formatNumber } from '../../../shared/format';
import { useModelText } from '../../../shared/i18n/model-text';
import { stepDecimals } from '../../../shared/settings/settings';

interface AimedNoteProps {
  readonly aimed: readonly { readonly key: string; readonly route: RouteId; readonly value: number }[];
}

export function AimedNote({ aimed }: AimedNoteProps) {
  const { t } = useTranslation('explore');
  const mt = useModelText();
  return (
    <div className="kpi-aimed" data-testid="kpi-aimed">
      <p className="kpi-aimed-title">{t('results.aimedTitle', { count: aimed.length })}</p>
      <ul>
        {aimed.map((a) => {
          const decimals = stepDecimals(LEVER_BY_KEY.get(a.key as never)?.step ?? 0.01);
          const value = formatNumber(a.value, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
          return (
            <li key={a.key} data-lever={a.key} data-route={a.route}>
              {t('results.aimedItem', { label: mt.leverLabel(a.key), value, route: mt.routeLabel(a.route) })}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
