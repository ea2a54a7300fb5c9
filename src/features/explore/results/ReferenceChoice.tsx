/**
 * The labelled choice of what the key figures and the plane compare the user's run with: the
 * status quo or the scenario as loaded (shared/settings/reference.ts). Two radio buttons, so both
 * choices are visible at once and reachable by the keyboard's arrows.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { REFERENCES, type Reference } from '../../../shared/settings/reference';

interface ReferenceChoiceProps {
  readonly value: Reference;
  readonly onChange: (reference: Reference) => void;
}

export function ReferenceChoice({ value, onChange }: ReferenceChoiceProps) {
  const { t } = useTranslation();
  const hint = useId();
  return (
    <fieldset className="reference-choice" data-testid="reference-choice" data-reference={value} aria-describedby={hint}>
      <legend>{t('reference.label')}</legend>
      {REFERENCES.map((r) => (
        <label key={r}>
          <input type="radio" name="reference" value={r} checked={value === r} onChange={() => onChange(r)} data-testid={`reference-${r}`} /> {t(`reference.${r}`)}
        </label>
      ))}
      <p id={hint} className="reference-hint">
        {t('reference.hint')}
      </p>
    </fieldset>
  );
}
