/**
 * What counts as security for one team, in the set-up: a default role keeps its role's weighting
 * (with the reason in one line) or takes a preset; a role of the facilitator's own picks a preset.
 * The debrief scores each team on these weights beside the shared index.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexWeights } from '../../../models/index';
import { WEIGHT_PRESET_IDS, WEIGHT_PRESETS, type WeightPresetId } from '../../../scenarios/index-weights';
import { DEFAULT_ROLES } from './session/roles';
import type { Team } from './session/session';
import { weightingName } from './session/team-weights';
import { useRoleText } from './role-text';

const ROLE = 'role';
const CUSTOM = 'custom';

export function TeamWeighting({ team, onChange }: { readonly team: Team; readonly onChange: (weights: IndexWeights) => void }) {
  const { t } = useTranslation('seminar');
  const { t: tc } = useTranslation('common');
  const roles = useRoleText();
  const id = useId();
  const role = DEFAULT_ROLES.find((r) => r.id === team.roleId);
  const now = weightingName(team);
  const value = now.kind === 'role' ? ROLE : now.kind === 'preset' ? now.preset : CUSTOM;
  return (
    <p className="team-weighting small">
      <label htmlFor={id}>
        <strong>{t('ownScores.teamWeights')}</strong>
      </label>{' '}
      <select
        id={id}
        value={value}
        data-testid={`team-weights-${team.id}`}
        onChange={(e) => {
          const v = e.currentTarget.value;
          if (v === ROLE && role) onChange(role.weighting.weights);
          else if (v !== CUSTOM && v !== ROLE) onChange(WEIGHT_PRESETS[v as WeightPresetId]);
        }}
      >
        {role && <option value={ROLE}>{t('ownScores.roleWeights')}</option>}
        {WEIGHT_PRESET_IDS.map((p) => (
          <option key={p} value={p}>
            {tc(`weights.presets.${p}`)}
          </option>
        ))}
        {value === CUSTOM && (
          <option value={CUSTOM} disabled>
            {t('ownScores.custom')}
          </option>
        )}
      </select>
      {role && value === ROLE && <span className="team-weighting-reason">{roles.weightsReason(role)}</span>}
    </p>
  );
}
